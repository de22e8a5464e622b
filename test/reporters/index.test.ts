import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORTER_FORMATS, isReporterFormat, loadReporter, type ReporterFormat } from '../../src/reporters/index.js';
import { BATCH, options } from './fixtures.js';

const __dirname = path.dirname(fileURLToPath(import.meta.url));

describe('reporter registry', () => {
  it('names the formats, text first', () => {
    expect(REPORTER_FORMATS).toEqual(['text', 'json', 'ndjson', 'markdown', 'html', 'sarif', 'junit', 'github']);
  });

  it.each(REPORTER_FORMATS)('loads the %s reporter, which renders a batch to text', async (format) => {
    const reporter = await loadReporter(format);
    const out = reporter(BATCH, options({ batch: true }));
    expect(typeof out).toBe('string');
    expect(out.length).toBeGreaterThan(0);
  });

  it('renders the same input to the same output (no clock, no randomness)', async () => {
    for (const format of REPORTER_FORMATS) {
      const reporter = await loadReporter(format);
      expect(reporter(BATCH, options({ batch: true }))).toBe(reporter(BATCH, options({ batch: true })));
    }
  });

  it('does not mutate the reports', async () => {
    const before = JSON.stringify(BATCH);
    for (const format of REPORTER_FORMATS) (await loadReporter(format))(BATCH, options({ batch: true, verbose: true }));
    expect(JSON.stringify(BATCH)).toBe(before);
  });

  it('recognises format names', () => {
    expect(isReporterFormat('sarif')).toBe(true);
    expect(isReporterFormat('xml')).toBe(false);
  });

  it('rejects an unknown format', async () => {
    await expect(loadReporter('xml' as ReporterFormat)).rejects.toThrow(/Unknown report format "xml"/);
  });

  it('imports reporter modules only on demand', () => {
    const source = readFileSync(path.resolve(__dirname, '../../src/reporters/index.ts'), 'utf8');
    expect(source).not.toMatch(/^import [^;]*from '\.\/(text|json|ndjson|markdown|html|sarif|junit|github)\.js'/m);
    for (const format of REPORTER_FORMATS) expect(source).toContain(`import('./${format}.js')`);
  });
});
