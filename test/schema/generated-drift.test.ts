/** The generated validators and types are derived from the schemas; committed copies must not drift. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bannerText, generateTypes, generateValidators, SCHEMA_VERSIONS, schemaFileOf } from '../../scripts/lib/codegen.js';
import { ROOT } from '../helpers.js';

const schemaOf = (version: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, schemaFileOf(version)), 'utf8')) as Record<string, unknown>;
const committed = (version: string, name: string): string => readFileSync(join(ROOT, 'src/schema/generated', version, name), 'utf8');

describe('generated code', () => {
  it('every schema in schemas/ has its generated folder, and every folder a schema', () => {
    const schemas = readdirSync(join(ROOT, 'schemas')).flatMap((name) => /^study-report-(\d+\.\d+)\.schema\.json$/.exec(name)?.[1] ?? []);
    expect(schemas.sort()).toEqual([...SCHEMA_VERSIONS]);
    expect(readdirSync(join(ROOT, 'src/schema/generated')).sort()).toEqual([...SCHEMA_VERSIONS]);
  });

  describe.each(SCHEMA_VERSIONS)('schema %s', (version) => {
    it('the standalone validators match the schema (run "npm run generate" after editing it)', () => {
      const { code, declarations } = generateValidators(schemaOf(version));
      expect(committed(version, 'validators.js') === code, `src/schema/generated/${version}/validators.js is stale`).toBe(true);
      expect(committed(version, 'validators.d.ts')).toBe(declarations);
    });

    it('the TypeScript types match the schema', async () => {
      expect(committed(version, 'study-report.ts')).toBe(await generateTypes(schemaOf(version)));
    });

    it('generated files carry the banner and import nothing from ajv', () => {
      for (const name of ['validators.js', 'validators.d.ts', 'study-report.ts']) expect(committed(version, name)).toContain(bannerText(version));
      expect(committed(version, 'validators.js')).not.toMatch(/from ['"]ajv|require\(/);
    });

    it('the generated types are closed and lists are arrays: no open index signatures, no tuples', () => {
      const types = committed(version, 'study-report.ts');
      expect(types).not.toContain('[k: string]: unknown');
      // A tuple type from minItems reads `[Design, ...Design[]]`; a list built with .map() would need a cast.
      expect(types).not.toMatch(/, \.\.\.\(|\]\s*\|\s*\[/);
    });
  });
});
