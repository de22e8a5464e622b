/** `check --format …` on the examples: every output format, read for its content. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import type { SarifLog } from '../../src/reporters/sarif.js';
import {
  ANSI_ESCAPE,
  EXAMPLES,
  createWorkspace,
  exampleText,
  parseJson,
  reportOf,
  reportsOf,
  requireBuiltCli,
  textAt,
  type CliResult,
  type Workspace,
} from './helpers.js';

const MULTI_ARM = 'examples/multi-arm-three-doses.yaml';
const COMPLETE = 'examples/complete-in-vivo-ev.yaml';
const VOLUME_POINTER = '/doseAdministration/arms/2/volume';

let ws: Workspace;
const runs: Record<string, CliResult> = {};

// Every run up front and in parallel: the assertions below only read the results.
const RUNS: Record<string, string[]> = {
  textOne: ['check', MULTI_ARM],
  textBatch: ['check', 'examples'],
  jsonComplete: ['check', COMPLETE, '--format', 'json'],
  jsonBatch: ['check', 'examples', '--format=json'],
  ndjsonBatch: ['check', 'examples', '--ndjson'],
  markdownOne: ['check', MULTI_ARM, '--format', 'markdown'],
  markdownBatch: ['check', 'examples', '--format', 'markdown'],
  htmlOne: ['check', MULTI_ARM, '--format', 'html'],
  htmlBatch: ['check', 'examples', '--format', 'html'],
  sarif: ['check', 'examples', '--format', 'sarif'],
  junit: ['check', 'examples', '--format', 'junit'],
  github: ['check', 'examples', '--format', 'github'],
};

beforeAll(async () => {
  requireBuiltCli();
  ws = createWorkspace();
  await Promise.all(
    Object.entries(RUNS).map(async ([name, args]) => {
      runs[name] = await ws.run(args);
    }),
  );
});

afterAll(() => ws?.remove());

function run(name: keyof typeof RUNS): CliResult {
  const result = runs[name];
  if (!result) throw new Error(`no run ${name}`);
  return result;
}

/** The multi-arm example's report, from the batch (same report as for the file alone). */
function multiArmReport(): Report {
  const report = reportsOf(run('jsonBatch'))[3];
  if (report?.source?.file !== MULTI_ARM) throw new Error('the fourth report is not that of the multi-arm example');
  return report;
}

/** Where the multi-arm example's missing volume is, from the JSON report; checked against the file itself. */
function volumeLocation(): { line: number; column: number } {
  const finding = multiArmReport().findings.find((f) => f.pointer === VOLUME_POINTER);
  if (!finding?.location) throw new Error('the volume finding has no location');
  return finding.location;
}

describe('every format', () => {
  it('writes the report to stdout, nothing to stderr, and exits 1 because two examples miss essential items', () => {
    for (const name of Object.keys(RUNS)) {
      const result = run(name);
      expect(result.stderr, name).toBe('');
      expect(result.stdout.length, name).toBeGreaterThan(0);
      expect(result.stdout, name).not.toMatch(ANSI_ESCAPE);
      const expected = name === 'jsonComplete' ? 0 : 1;
      expect(result.code, `${name}: ${result.stderr}`).toBe(expected);
    }
  });
});

describe('--format json', () => {
  it('prints one report object for one file: complete-in-vivo-ev.yaml scores 100', () => {
    const report = reportOf(run('jsonComplete'));
    expect(report.reportVersion).toBe('2');
    expect(report.source).toEqual({ file: COMPLETE });
    expect(report.valid).toBe(true);
    expect(report.minimalSetComplete).toBe(true);
    expect(report.score.overall).toBe(100);
    expect(report.findings.every((f) => f.status === 'not-applicable')).toBe(true);
    expect(report.checklist).toEqual({ id: 'secretome-minimal', version: '1.0', profile: 'default' });
  });

  it('names the arm without a volume in multi-arm-three-doses.yaml by its pointer, line and column', () => {
    const report = multiArmReport();
    const problems = report.findings.filter((f) => f.status !== 'not-applicable');
    expect(problems.map((f) => [f.itemId, f.status, f.level, f.pointer])).toEqual([
      ['doseAdministration.volume', 'missing', 'essential', VOLUME_POINTER],
    ]);
    expect(report.minimalSetComplete).toBe(false);
    expect(report.counts.essentialMissing).toBe(1);
    // The location is that of the third arm in the file (the item that lacks the volume).
    const { line, column } = volumeLocation();
    expect(textAt(exampleText('multi-arm-three-doses.yaml'), line, column)).toMatch(/^id: ev-high\b/);
  });

  it('prints an array for a directory, one report per file in name order', () => {
    const reports = reportsOf(run('jsonBatch'));
    expect(reports.map((r) => r.source?.file)).toEqual(EXAMPLES.map((name) => `examples/${name}`));
    expect(reports.map((r) => r.minimalSetComplete)).toEqual([true, true, true, false, false]);
    expect(reports.every((r) => r.valid)).toBe(true);
    const underReported = reports[4]!;
    expect(underReported.score.overall).toBeLessThan(70);
    expect(underReported.findings.find((f) => f.itemId === 'storage.temperature')?.status).toBe('missing');
    expect(underReported.findings.find((f) => f.itemId === 'storage.duration')?.status).toBe('not-reported');
  });
});

describe('--ndjson (--format ndjson)', () => {
  it('prints one complete report per line, the same reports as --format json', () => {
    const { stdout } = run('ndjsonBatch');
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(EXAMPLES.length);
    expect(lines.map((line) => parseJson<Report>(line))).toEqual(reportsOf(run('jsonBatch')));
  });
});

describe('--format text', () => {
  it('shows each finding as file:line:column with its status, level, item and message', () => {
    const { line, column } = volumeLocation();
    const { stdout } = run('textOne');
    const findingLine = stdout.split('\n').find((l) => l.includes('doseAdministration.volume'));
    expect(findingLine).toBeDefined();
    expect(findingLine).toContain(`${MULTI_ARM}:${line}:${column}`);
    expect(findingLine).toMatch(/missing\s+essential\s+doseAdministration\.volume\s+Administered volume: not reported in arm 3/);
    expect(stdout.startsWith(`${MULTI_ARM}\n  score 98.2 · minimal set complete: no · valid: yes`)).toBe(true);
    expect(stdout).toContain('✖ minimal set incomplete');
    expect(stdout).not.toContain('Summary:');
  });

  it('adds a summary line for a batch', () => {
    const { stdout } = run('textBatch');
    for (const name of EXAMPLES) expect(`\n${stdout}`).toContain(`\nexamples/${name}\n  score `);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^Summary: 5 documents · 3 passing the minimal set · mean score \d+\.\d$/);
  });
});

describe('--format markdown', () => {
  it('gives a section table and the findings with location and pointer', () => {
    const { line, column } = volumeLocation();
    const { stdout } = run('markdownOne');
    expect(stdout.startsWith(`## Secretome checklist: ${MULTI_ARM}\n`)).toBe(true);
    expect(stdout).toContain('| Section | Score | Missing essentials |');
    expect(stdout).toContain('| Dose and administration | 88.2 | `doseAdministration.volume` |');
    expect(stdout).toContain(`  - Where: \`${MULTI_ARM}:${line}:${column}\`, pointer \`${VOLUME_POINTER}\``);
    expect(stdout).toContain('_Minimal set incomplete: 1 essential missing._');
  });

  it('starts a batch with an overview table of every document', () => {
    const { stdout } = run('markdownBatch');
    expect(stdout.startsWith('## Secretome checklist: 5 documents\n')).toBe(true);
    expect(stdout).toContain('| Document | Score | Minimal set complete | Valid | Essential missing | Recommended missing |');
    expect(stdout).toContain('| `examples/complete-in-vivo-ev.yaml` | 100.0 | yes | yes | 0 | 0 |');
    for (const name of EXAMPLES) expect(stdout).toContain(`\n### examples/${name}\n`);
  });
});

describe('--format html', () => {
  it('is one self-contained page: no script, no external resource', () => {
    for (const name of ['htmlOne', 'htmlBatch'] as const) {
      const { stdout } = run(name);
      expect(stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
      expect(stdout.trimEnd().endsWith('</html>')).toBe(true);
      expect(stdout).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/i);
      expect(stdout).not.toMatch(/https?:\/\//);
    }
  });

  it('shows the finding with its location, pointer and hint', () => {
    const { line, column } = volumeLocation();
    const { stdout } = run('htmlOne');
    expect(stdout).toContain(`<title>Secretome checklist report: ${MULTI_ARM}</title>`);
    expect(stdout).toContain(`Location <code>${MULTI_ARM}:${line}:${column}</code> · pointer <code>${VOLUME_POINTER}</code>`);
    expect(stdout).toContain('<strong>How to fix:</strong> Give the administered volume');
  });

  it('adds an overview and a study × section heatmap for a batch', () => {
    const { stdout } = run('htmlBatch');
    expect(stdout).toContain('<h2 id="overview-title">Overview</h2>');
    expect(stdout).toContain('<svg');
    expect(stdout.match(/<article class="report"/g)).toHaveLength(EXAMPLES.length);
    for (const name of EXAMPLES) expect(stdout).toContain(`<a href="#doc-${EXAMPLES.indexOf(name) + 1}">examples/${name}</a>`);
  });
});

describe('--format sarif', () => {
  it('is a SARIF 2.1.0 log whose rules are the checklist items and whose results point at file, line and column', () => {
    const log = parseJson<SarifLog>(run('sarif').stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('secretome-checklist');
    const rules = sarifRun.tool.driver.rules;
    expect(rules.map((r) => r.id)).toContain('storage.temperature');
    for (const result of sarifRun.results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);

    const { line, column } = volumeLocation();
    const volume = sarifRun.results.filter((r) => r.properties.pointer === VOLUME_POINTER);
    expect(volume).toHaveLength(1);
    expect(volume[0]).toMatchObject({
      ruleId: 'doseAdministration.volume',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: MULTI_ARM }, region: { startLine: line, startColumn: column } } }],
    });
    // Declared exclusions are kept, marked as such.
    expect(sarifRun.results.some((r) => r.kind === 'notApplicable' && r.level === 'none')).toBe(true);
    expect(sarifRun.properties.documents.map((d) => d.document)).toEqual(EXAMPLES.map((name) => `examples/${name}`));
  });

  it('gives every finding of the JSON reports one result', () => {
    const findings = reportsOf(run('jsonBatch')).reduce((sum, report) => sum + report.findings.length, 0);
    expect(parseJson<SarifLog>(run('sarif').stdout).runs[0].results).toHaveLength(findings);
  });
});

describe('--format junit', () => {
  interface Suite {
    '@_name': string;
    '@_failures': string;
    properties: { property: Array<{ '@_name': string; '@_value': string }> };
    testcase: Array<{ '@_name': string; failure?: { '@_message': string } }>;
  }

  it('is well-formed XML with one testsuite per document and a failure per missing item', () => {
    const xml = run('junit').stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) }).parse(xml) as {
      testsuites: { testsuite: Suite[] };
    };
    const suites = parsed.testsuites.testsuite;
    expect(suites.map((s) => s['@_name'])).toEqual(EXAMPLES.map((name) => `examples/${name}`));
    const multiArm = suites[3]!;
    expect(multiArm.properties.property).toContainEqual({ '@_name': 'score', '@_value': '98.2' });
    const volume = multiArm.testcase.find((c) => c['@_name'] === 'doseAdministration.volume');
    expect(volume?.failure?.['@_message']).toMatch(/^Administered volume: not reported in arm 3/);
    expect(suites[1]!['@_failures']).toBe('0');
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding: error for essential, warning for recommended, notice for exclusions', () => {
    const lines = run('github').stdout.trimEnd().split('\n');
    const findings = reportsOf(run('jsonBatch')).reduce((sum, report) => sum + report.findings.length, 0);
    expect(lines).toHaveLength(findings);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=examples\/[a-z-]+\.yaml,line=\d+,col=\d+,title=[\w.]+::\S/);
    const { line, column } = volumeLocation();
    expect(lines).toContain(
      `::error file=${MULTI_ARM},line=${line},col=${column},title=doseAdministration.volume::Administered volume: not reported in arm 3 ("SNI + sEV 1 × 10^11").`,
    );
    expect(lines.some((l) => l.startsWith('::warning ') && l.includes('title=cellSource.nomenclature'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::notice ') && l.includes('title=storage.excipient'))).toBe(true);
  });
});
