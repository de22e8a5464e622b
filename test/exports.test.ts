/** What the entries export: everything the manual shows, and each output format the CLI writes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as browser from '../src/browser.js';
import * as node from '../src/index.js';
import { REPORTER_FORMATS } from '../src/reporters/index.js';
import { ROOT } from './helpers.js';

const ENTRIES: Record<string, Record<string, unknown>> = { 'secretome-checklist': node, 'secretome-checklist/browser': browser };
const REPORTER_NAMES = REPORTER_FORMATS.map((format) => `${format}Reporter`);

describe('the package entries', () => {
  it.each(Object.entries(ENTRIES))('%s exports a reporter for every output format, and reporterOptionsFor', (_name, entry) => {
    for (const name of [...REPORTER_NAMES, 'reporterOptionsFor', 'loadReporter']) expect(typeof entry[name], name).toBe('function');
    expect(entry['REPORTER_FORMATS']).toEqual(REPORTER_FORMATS);
  });

  it.each(Object.entries(ENTRIES))('%s exports parseReportBytes and the input limits', (_name, entry) => {
    expect(typeof entry['parseReportBytes']).toBe('function');
    expect(entry['DEFAULT_LIMITS']).toMatchObject({ maxBytes: entry['DEFAULT_MAX_FILE_BYTES'] });
    expect(typeof entry['resolveLimits']).toBe('function');
  });

  it('a SARIF report from the library is the one the CLI writes', () => {
    const report = node.validate({ checklistVersion: '1.0' }, { file: 'study.yaml' });
    const log = JSON.parse(node.sarifReporter([report], node.reporterOptionsFor(node.checklist))) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBe(report.findings.length);
  });

  it('every name a code example in the manual uses from the package is imported in that example', () => {
    for (const page of ['docs/library.md', 'docs/browser.md']) {
      const text = readFileSync(join(ROOT, page), 'utf8');
      for (const [, block] of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
        const imports = [...block!.matchAll(/import (?:type )?\{([^}]*)\} from '([^']+)'/g)];
        const imported = new Set(imports.flatMap(([, names]) => names!.split(',').map((name) => name.trim().replace(/^type /, ''))));
        for (const [, , from] of imports) {
          const entry = ENTRIES[from!];
          expect(entry, `${page} imports from ${from}`).toBeDefined();
          for (const name of imported) if (!/^[A-Z]/.test(name)) expect(name in entry!, `${page}: ${from} exports ${name}`).toBe(true);
          const used = [...block!.matchAll(/\b([A-Za-z_$][\w$]*)\(/g)].map(([, name]) => name!).filter((name) => name in entry!);
          for (const name of used) expect(imported.has(name), `${page}: ${name} is used but not imported`).toBe(true);
        }
      }
    }
  });
});
