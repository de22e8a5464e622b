/**
 * Generates the code that derives from the JSON Schema (the single source of truth):
 *   src/schema/generated/validators.js   ajv standalone validators (no schema is compiled at run time)
 *   src/schema/generated/validators.d.ts their declarations
 *   src/schema/generated/study-report.ts TypeScript types of the document (json-schema-to-typescript)
 *   docs/checklist-items.md, the item list between <!-- items:start --> and <!-- items:end --> (from the checklist data)
 * `tsx scripts/generate.ts` writes them; `--check` exits 1 when the committed files have drifted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { generateTypes, generateValidators } from './lib/codegen.js';
import { itemsMarkdown, replaceSection } from './lib/readme.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaFile = join(root, 'schemas/study-report-1.0.schema.json');
const outDir = join(root, 'src/schema/generated');

async function main(): Promise<void> {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  const validators = generateValidators(schema);
  const outputs: Record<string, string> = {
    'validators.js': validators.code,
    'validators.d.ts': validators.declarations,
    'study-report.ts': await generateTypes(schema),
  };
  const drifted: string[] = [];
  const readmeFile = join(root, 'docs/checklist-items.md');
  const check = process.argv.includes('--check');
  const readme = readFileSync(readmeFile, 'utf8');
  const updatedReadme = replaceSection(readme, 'items', itemsMarkdown());
  if (check && updatedReadme !== readme) drifted.push('docs/checklist-items.md (item list)');
  if (!check) writeFileSync(readmeFile, updatedReadme);
  for (const [name, content] of Object.entries(outputs)) {
    const file = join(outDir, name);
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        current = '';
      }
      if (current !== content) drifted.push(relative(root, file));
    } else {
      writeFileSync(file, content);
    }
  }
  if (drifted.length > 0) {
    process.stderr.write(`Generated files are out of date: ${drifted.join(', ')}. Run "npm run generate" and commit.\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
