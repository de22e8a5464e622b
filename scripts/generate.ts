/**
 * Generates the code that derives from the JSON Schemas (the single source of truth), for every version V
 * in SCHEMA_VERSIONS (schemas/study-report-V.schema.json):
 *   src/schema/generated/V/validators.js   ajv standalone validators (no schema is compiled at run time)
 *   src/schema/generated/V/validators.d.ts their declarations
 *   src/schema/generated/V/study-report.ts TypeScript types of the document (json-schema-to-typescript)
 * and docs/checklist-items.md, the item list between <!-- items:start --> and <!-- items:end --> (from the checklist data),
 * and docs/checklist-versions.md, the changes between checklist versions between <!-- changes:start --> and <!-- changes:end -->
 * `tsx scripts/generate.ts` writes them; `--check` exits 1 when the committed files have drifted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { generateTypes, generateValidators, SCHEMA_VERSIONS, schemaFileOf } from './lib/codegen.js';
import { itemsMarkdown, replaceSection } from './lib/readme.js';
import { VERSIONS_DOC, versionChangesMarkdown } from './lib/versions-doc.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src/schema/generated');

/** Generated file (relative to src/schema/generated) → content, for every schema version. */
async function generatedFiles(): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  for (const version of SCHEMA_VERSIONS) {
    const schema = JSON.parse(readFileSync(join(root, schemaFileOf(version)), 'utf8')) as Record<string, unknown>;
    const validators = generateValidators(schema);
    outputs[`${version}/validators.js`] = validators.code;
    outputs[`${version}/validators.d.ts`] = validators.declarations;
    outputs[`${version}/study-report.ts`] = await generateTypes(schema);
  }
  return outputs;
}

async function main(): Promise<void> {
  const outputs = await generatedFiles();
  const drifted: string[] = [];
  const readmeFile = join(root, 'docs/checklist-items.md');
  const check = process.argv.includes('--check');
  const readme = readFileSync(readmeFile, 'utf8');
  const updatedReadme = replaceSection(readme, 'items', itemsMarkdown());
  if (check && updatedReadme !== readme) drifted.push('docs/checklist-items.md (item list)');
  if (!check) writeFileSync(readmeFile, updatedReadme);
  const versionsFile = join(root, VERSIONS_DOC);
  const versions = readFileSync(versionsFile, 'utf8');
  const updatedVersions = replaceSection(versions, 'changes', versionChangesMarkdown());
  if (check && updatedVersions !== versions) drifted.push(`${VERSIONS_DOC} (changes between checklist versions)`);
  if (!check && updatedVersions !== versions) writeFileSync(versionsFile, updatedVersions);
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
      mkdirSync(dirname(file), { recursive: true });
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
