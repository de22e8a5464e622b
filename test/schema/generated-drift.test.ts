/** The generated validators and types are derived from the schema; committed copies must not drift. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER_TEXT, generateTypes, generateValidators } from '../../scripts/lib/codegen.js';
import { ROOT } from '../helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/study-report-1.0.schema.json'), 'utf8')) as Record<string, unknown>;
const committed = (name: string): string => readFileSync(join(ROOT, 'src/schema/generated', name), 'utf8');

describe('generated code', () => {
  it('the standalone validators match the schema (run "npm run generate" after editing it)', () => {
    const { code, declarations } = generateValidators(schema);
    expect(committed('validators.js') === code, 'src/schema/generated/validators.js is stale').toBe(true);
    expect(committed('validators.d.ts')).toBe(declarations);
  });

  it('the TypeScript types match the schema', async () => {
    expect(committed('study-report.ts')).toBe(await generateTypes(schema));
  });

  it('generated files carry the banner and import nothing from ajv', () => {
    for (const name of ['validators.js', 'validators.d.ts', 'study-report.ts']) expect(committed(name)).toContain(BANNER_TEXT);
    expect(committed('validators.js')).not.toMatch(/from ['"]ajv|require\(/);
  });

  it('the generated types are closed: no open index signatures', () => {
    expect(committed('study-report.ts')).not.toContain('[k: string]: unknown');
  });
});
