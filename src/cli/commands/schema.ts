/** `schema`: prints the JSON Schema of a study report (the latest version, or `--checklist-version V`). */
import { parseArgs } from 'node:util';
import { visibleText } from '../../io/errors.js';
import { LATEST_VERSION, SCHEMAS, SCHEMA_VERSIONS, isSchemaVersion } from '../../schema/versions.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';

export function runSchema(args: string[], io: CliIo): ExitCode {
  // No other options: a stray flag or argument is a mistake, not something to ignore.
  const { values } = parseArgs({ args, options: { 'checklist-version': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout.write('Usage: secretome-checklist schema [--checklist-version V] > study-report.schema.json\n');
    return EXIT.pass;
  }
  const version = values['checklist-version'] ?? LATEST_VERSION;
  if (!isSchemaVersion(version)) throw new UsageError(`--checklist-version must be ${SCHEMA_VERSIONS.join(' or ')}, not "${visibleText(version.slice(0, 40))}".`);
  io.stdout.write(`${JSON.stringify(SCHEMAS[version].schema, null, 2)}\n`);
  return EXIT.pass;
}
