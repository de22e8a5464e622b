// ajv-cli custom keyword module (-c): declares the schema's annotations (`x-message`, and from 1.1 `x-sources`)
// so ajv-cli can run in strict mode on schemas/study-report-*.schema.json, as a user of ajv-cli would set it up.
'use strict';

module.exports = (ajv) => {
  ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-sources', schemaType: 'array' });
  return ajv;
};
