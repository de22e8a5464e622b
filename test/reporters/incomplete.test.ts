/**
 * Every reporter shows what checklist 1.1 adds to a report: `incomplete` findings with the details they
 * lack, and a gate's finding with the items it unlocks. The report is the engine's own, for a 1.1 study
 * with a partial sample size (essential), a donor sex not reported (recommended) and priming not stated.
 */
import { describe, expect, it } from 'vitest';
import { builtinChecklist } from '../../src/checklist/checklist.js';
import { reporterOptions } from '../../src/reporters/options.js';
import type { Report } from '../../src/report/types.js';
import { githubReporter } from '../../src/reporters/github.js';
import { htmlReporter } from '../../src/reporters/html.js';
import { jsonReporter } from '../../src/reporters/json.js';
import { junitReporter } from '../../src/reporters/junit.js';
import { markdownReporter } from '../../src/reporters/markdown.js';
import { ndjsonReporter } from '../../src/reporters/ndjson.js';
import { sarifReporter, type SarifLog } from '../../src/reporters/sarif.js';
import { textReporter } from '../../src/reporters/text.js';
import type { ReporterOptions } from '../../src/reporters/types.js';
import { validate } from '../../src/validator.js';

const report: Report = validate(
  {
    checklistVersion: '1.1',
    study: { design: ['in-vivo'] },
    cellSource: { donors: { count: 3, pooled: true, ageYears: { min: 24, max: 38 }, health: 'healthy', sex: { notReported: true } } },
    production: { preparation: { value: 'conditioned-medium' } },
    outcomes: { sampleSize: { perGroup: [{ group: 'vehicle', n: 8 }] } },
  },
  { file: 'studies/partial.yaml', ledger: true },
);

const options = (flags: Partial<ReporterOptions> = {}): ReporterOptions => ({
  ...reporterOptions(builtinChecklist('1.1'), { color: false, quiet: false, verbose: false, batch: false }),
  ...flags,
});

const SAMPLE_SIZE = 'Sample size: the justification is missing.';
const DONORS = "Donors: the donors' sex not reported (the paper was checked and does not state it).";

describe('the report these reporters are given', () => {
  it('holds an essential and a recommended incomplete finding and a gate with what it unlocks', () => {
    expect(report.reportVersion).toBe('2');
    expect(report.findings.filter((finding) => finding.status === 'incomplete').map((finding) => [finding.itemId, finding.level, finding.message])).toEqual([
      ['cellSource.donors', 'recommended', DONORS],
      ['outcomes.sampleSize', 'essential', SAMPLE_SIZE],
    ]);
    expect(report.findings.find((finding) => finding.itemId === 'production.priming')?.unlocks).toEqual(['production.primingConditions']);
    expect(report.counts.incomplete).toBe(2);
  });
});

describe('every reporter shows incomplete findings', () => {
  it('text: the status "incomplete" with the sentence that names the missing detail', () => {
    const text = textReporter([report], options());
    const line = text.split('\n').find((candidate) => candidate.includes('outcomes.sampleSize'))!;
    expect(line).toMatch(/incomplete\s+essential\s+outcomes\.sampleSize\s+Sample size: the justification is missing\./);
    expect(text).toContain('Once stated, these may apply: Priming conditions.');
  });

  it('text with colour: an incomplete essential finding is yellow (a value is there), a missing one red', () => {
    const text = textReporter([report], options({ color: true }));
    const line = (needle: string) => text.split('\n').find((candidate) => candidate.includes(needle))!;
    expect(line('outcomes.sampleSize')).toContain('\u001b[33mincomplete');
    expect(line('production.priming')).toContain('\u001b[31mmissing');
  });

  it('markdown: the status and a "Missing details" line', () => {
    const markdown = markdownReporter([report], options());
    expect(markdown).toContain('`outcomes.sampleSize` · essential · incomplete');
    expect(markdown).toContain('  - Missing details: the justification');
    expect(markdown).toContain("  - Missing details: the donors' sex");
  });

  it('html: a finding marked incomplete, with its missing details', () => {
    const html = htmlReporter([report], options());
    expect(html).toContain('class="finding essential incomplete"');
    expect(html).toContain('<strong>Missing details:</strong> the justification');
    expect(html).toContain('.finding.incomplete {');
  });

  it('the batch overviews of markdown and html count incomplete items per document', () => {
    const markdown = markdownReporter([report, report], options({ batch: true }));
    expect(markdown).toContain('| Essential missing | Recommended missing | Incomplete |');
    expect(markdown).toContain(` | ${report.counts.essentialMissing} | ${report.counts.recommendedMissing} | 2 |`);
    const html = htmlReporter([report, report], options({ batch: true }));
    expect(html).toContain('<th scope="col">Incomplete</th>');
    expect(html).toContain(`<td class="num">${report.counts.recommendedMissing}</td><td class="num">2</td>`);
  });

  it('sarif: an incomplete finding is a warning whatever its level, with its missing details and unlocks as properties', () => {
    const log = JSON.parse(sarifReporter([report], options())) as SarifLog;
    const results = log.runs[0].results;
    const sampleSize = results.find((result) => result.ruleId === 'outcomes.sampleSize')!;
    expect(sampleSize).toMatchObject({ level: 'warning', properties: { status: 'incomplete', missingDetails: ['the justification'] } });
    expect(results.find((result) => result.ruleId === 'production.priming')).toMatchObject({ level: 'error', properties: { unlocks: ['production.primingConditions'] } });
  });

  it('github: an incomplete finding is a ::warning annotation', () => {
    const lines = githubReporter([report], options()).split('\n');
    expect(lines.find((line) => line.includes('title=outcomes.sampleSize'))).toMatch(/^::warning file=studies\/partial\.yaml,title=outcomes\.sampleSize::Sample size: the justification is missing\.$/);
    expect(lines.find((line) => line.includes('title=production.priming'))).toMatch(/^::error /);
  });

  it('junit: an incomplete item fails its test case and says what is missing', () => {
    const xml = junitReporter([report], options());
    const testCase = xml.slice(xml.indexOf('name="outcomes.sampleSize"'));
    expect(testCase.slice(0, testCase.indexOf('</testcase>'))).toContain('<failure message="Sample size: the justification is missing.');
    expect(xml).toContain('(incomplete, essential)');
  });

  it('json and ndjson: the report as it is, with status, missingDetails, unlocks, counts.incomplete and ledger credit', () => {
    for (const output of [jsonReporter([report], options()), ndjsonReporter([report], options())]) {
      const parsed = JSON.parse(output) as Report;
      expect(parsed).toEqual(report);
      expect(parsed.ledger?.find((entry) => entry.itemId === 'outcomes.sampleSize')).toMatchObject({ state: 'incomplete', credit: 0.75, deferred: false });
      expect(parsed.ledger?.find((entry) => entry.itemId === 'production.primingConditions')).toMatchObject({ applicable: false, deferred: true });
    }
  });
});
