// ajv-cli custom keyword module (-c): declares the schema's `x-message` annotation so ajv-cli can run in
// strict mode on schemas/study-report-1.0.schema.json, as a user of ajv-cli would set it up.
'use strict';

module.exports = (ajv) => {
  ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
  return ajv;
};
