/**
 * Batch output written as documents are checked (issue 11, point 6) is byte for byte what each format's
 * reporter prints for the whole batch: for every format, for empty, single and mixed batches, quiet and
 * verbose, with a ledger, with documents without a file name and items the options do not list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ReportStream } from '../../src/cli/batch/report-stream.js';
import { reporterOptions } from '../../src/reporters/options.js';
import type { Report } from '../../src/report/types.js';
import { loadReporter, REPORTER_FORMATS, type ReporterOptions } from '../../src/reporters/index.js';
import { createValidator } from '../../src/validator.js';

const ROOT = join(import.meta.dirname, '..', '..');
const example = (name: string): unknown => parse(readFileSync(join(ROOT, 'examples', name), 'utf8'));

const plain = createValidator();
const ledger = createValidator({ ledger: true });

function batch(validator: typeof plain): Report[] {
  return [
    validator.validate(example('complete-in-vivo-ev.yaml'), { file: 'examples/complete-in-vivo-ev.yaml', sourceMap: { locate: () => ({ line: 2, column: 3 }) } }),
    validator.validate(example('under-reported-concentrated-cm.yaml'), { file: 'papers/<b>&"x".yaml' }),
    validator.validate({ checklistVersion: '1.0', study: { design: ['in-vitro'] }, unknownTop: 1 }),
    validator.validate(example('multi-arm-three-doses.yaml'), { file: 'corpus.ndjson', line: 7 }),
  ];
}

async function streamed(format: (typeof REPORTER_FORMATS)[number], reports: Report[], options: ReporterOptions): Promise<string> {
  let out = '';
  const stream = new ReportStream(format, options, { write: (text: string) => ((out += text), true) });
  for (const report of reports) await stream.add(report);
  await stream.finish();
  return out;
}

const optionsOf = (flags: Partial<Pick<ReporterOptions, 'quiet' | 'verbose' | 'color'>> = {}): ReporterOptions =>
  reporterOptions(plain.checklist, { color: false, quiet: false, verbose: false, ...flags, batch: true });

describe.each(REPORTER_FORMATS)('--format %s written as it is checked', (format) => {
  it.each([
    ['no documents', () => [] as Report[], {}],
    ['one document', () => batch(plain).slice(0, 1), {}],
    ['four mixed documents', () => batch(plain), {}],
    ['four documents, quiet', () => batch(plain), { quiet: true }],
    ['four documents with ledgers, verbose', () => batch(ledger), { verbose: true }],
    ['four documents in colour', () => batch(plain), { color: true }],
  ] as const)('%s: the same bytes as the reporter', async (_name, make, flags) => {
    const reports = make();
    const options = optionsOf(flags);
    const reporter = await loadReporter(format);
    expect(await streamed(format, reports, options)).toBe(reporter(reports, options));
  });

  it('findings of items the options do not list (SARIF adds their rules in the order met)', async () => {
    const reports = batch(plain);
    const options = { ...optionsOf(), items: optionsOf().items.filter((item) => !item.id.startsWith('storage.') && item.id !== 'study.design') };
    const reporter = await loadReporter(format);
    expect(await streamed(format, reports, options)).toBe(reporter(reports, options));
  });
});

describe('tables longer than one chunk of rows and a heatmap longer than its cap', () => {
  it.each(['markdown', 'html', 'sarif'] as const)('--format %s: 1 203 documents give the same bytes as the reporter', async (format) => {
    const one = batch(plain);
    const reports = Array.from({ length: 1203 }, (_, index) => ({ ...one[index % one.length]!, source: { file: `corpus.ndjson`, line: index + 1 } }));
    const options = optionsOf();
    const reporter = await loadReporter(format);
    expect(await streamed(format, reports, options)).toBe(reporter(reports, options));
  }, 60_000);
});
