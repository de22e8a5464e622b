/** The options of `check`: exit codes and thresholds, colour, --output, --quiet/--verbose, the config file, --checklist. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SarifLog } from '../../src/reporters/sarif.js';
import {
  ANSI_ESCAPE,
  STACK_TRACE,
  createWorkspace,
  expectUsageError,
  parseJson,
  reportOf,
  requireBuiltCli,
  type Workspace,
} from './helpers.js';

const COMPLETE = 'examples/complete-in-vivo-ev.yaml';
const CLINICAL = 'examples/clinical-knee-oa.yaml'; // minimal set complete, two recommended items missing
const MULTI_ARM = 'examples/multi-arm-three-doses.yaml'; // score 98.2, one essential item missing
const UNDER_REPORTED = 'examples/under-reported-concentrated-cm.yaml'; // many essential and recommended items missing

let ws: Workspace;

beforeAll(() => {
  requireBuiltCli();
  ws = createWorkspace();
});

afterAll(() => ws?.remove());

async function exitCode(...args: string[]): Promise<number | null> {
  const result = await ws.run(['check', ...args]);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return result.code;
}

describe.concurrent('check options', () => {
  describe('exit codes', () => {
    it('0 when every document passes, 1 when one misses an essential item (--fail-on essential, the default)', async () => {
      const [pass, fail] = await Promise.all([exitCode(COMPLETE, CLINICAL), exitCode(COMPLETE, MULTI_ARM, '--fail-on', 'essential')]);
      expect([pass, fail]).toEqual([0, 1]);
    });

    it('--fail-on recommended also fails on a missing recommended item; --fail-on none never fails', async () => {
      const [complete, clinical, none] = await Promise.all([
        exitCode(COMPLETE, '--fail-on', 'recommended'),
        exitCode(CLINICAL, '--fail-on', 'recommended'),
        exitCode('examples', '--fail-on', 'none'),
      ]);
      expect([complete, clinical, none]).toEqual([0, 1, 0]);
    });

    it('--min-score fails a document whose overall score is below it, whatever --fail-on says', async () => {
      const [below, above] = await Promise.all([
        exitCode(MULTI_ARM, '--fail-on', 'none', '--min-score', '98'),
        exitCode(MULTI_ARM, '--fail-on', 'none', '--min-score', '99'),
      ]);
      expect([below, above]).toEqual([0, 1]);
    });

    it('says on stderr which threshold a document fails when its report shows a complete minimal set', async () => {
      const [minScore, recommended, essential] = await Promise.all([
        ws.run(['check', CLINICAL, '--min-score', '99']),
        ws.run(['check', CLINICAL, '--fail-on', 'recommended']),
        ws.run(['check', MULTI_ARM]),
      ]);
      expect(minScore.code).toBe(1);
      expect(minScore.stdout).toContain('✔ minimal set complete · score 98.3');
      expect(minScore.stderr).toBe(`${CLINICAL} fails: its score 98.3 is below the minimum of 99 (--min-score).\n`);
      expect(recommended.code).toBe(1);
      expect(recommended.stderr).toBe(`${CLINICAL} fails: 2 recommended items are not satisfied (--fail-on recommended).\n`);
      // A missing essential item is shown as the failure in the report itself: nothing to add.
      expect(essential.code).toBe(1);
      expect(essential.stderr).toBe('');
    });

    it('--profile journal-strict treats recommended items as essential', async () => {
      const result = await ws.run(['check', CLINICAL, '--profile', 'journal-strict', '-f', 'json']);
      expect(result.code).toBe(1);
      expect(reportOf(result).checklist.profile).toBe('journal-strict');
      expect(reportOf(result).minimalSetComplete).toBe(false);
    });

    it('2 for a bad option value, in one line', async () => {
      const results = await Promise.all([
        ws.run(['check', COMPLETE, '--fail-on', 'warning']),
        ws.run(['check', COMPLETE, '--min-score', '101']),
        ws.run(['check', COMPLETE, '--min-score', 'high']),
        ws.run(['check', COMPLETE, '--min-score', '']),
        ws.run(['check', COMPLETE, '--format', 'xml']),
        ws.run(['check', COMPLETE, '--profile', 'strict']),
        ws.run(['check']),
      ]);
      const [failOn, tooHigh, notANumber, empty, format, profile, noInput] = results;
      expectUsageError(failOn!, '--fail-on must be essential, recommended or none');
      expectUsageError(tooHigh!, '--min-score must be at most 100');
      expectUsageError(notANumber!, '--min-score must be a number from 0 to 100');
      expectUsageError(empty!, '--min-score must be a number from 0 to 100');
      expectUsageError(format!, '--format must be one of text, json, ndjson, markdown, html, sarif, junit, github');
      expectUsageError(profile!, '--profile must be default or journal-strict');
      expectUsageError(noInput!, 'no input: name files, directories or quoted globs, or - for standard input.');
      for (const result of results) expect(result.stdout).toBe('');
    });
  });

  describe('colour', () => {
    it('is off when stdout is not a terminal, forced on by --color, and off with --no-color or NO_COLOR', async () => {
      const [plain, forced, noColorFlag, noColorEnv] = await Promise.all([
        ws.run(['check', MULTI_ARM]),
        ws.run(['check', MULTI_ARM, '--color']),
        ws.run(['check', MULTI_ARM, '--color', '--no-color']),
        ws.run(['check', MULTI_ARM, '--color'], { env: { NO_COLOR: '1' } }),
      ]);
      expect(plain.stdout).not.toMatch(ANSI_ESCAPE);
      expect(forced.stdout).toMatch(ANSI_ESCAPE);
      expect(forced.stdout).toContain('\u001b[31m'); // the missing essential item in red
      expect(noColorFlag.stdout).not.toMatch(ANSI_ESCAPE);
      expect(noColorEnv.stdout).not.toMatch(ANSI_ESCAPE);
      // Without the escapes, the coloured text is the plain text.
      expect(forced.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
    });

    it('never reaches machine formats', async () => {
      expect((await ws.run(['check', MULTI_ARM, '--color', '-f', 'github'])).stdout).not.toMatch(ANSI_ESCAPE);
    });
  });

  describe('--output', () => {
    it('writes the report to the file instead of stdout and keeps the exit code', async () => {
      const result = await ws.run(['check', MULTI_ARM, '--format', 'json', '--output', 'report.json']);
      expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
      expect(parseJson<{ score: { overall: number } }>(ws.read('report.json')).score.overall).toBe(98.2);
    });

    it('writes a file even when a glob matched nothing (--allow-empty), so a SARIF upload step finds one', async () => {
      const result = await ws.run(['check', 'papers/*.yaml', '--allow-empty', '-f', 'sarif', '-o', 'empty.sarif']);
      expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
      const log = parseJson<SarifLog>(ws.read('empty.sarif'));
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0].results).toEqual([]);
    });

    it('that cannot be written is a usage error naming the file', async () => {
      expectUsageError(await ws.run(['check', COMPLETE, '-o', 'no/such/dir/report.md']), 'no/such/dir/report.md: the report cannot be written (ENOENT).');
    });
  });

  describe('--quiet and --verbose', () => {
    it('--quiet shows essential findings only', async () => {
      const [normal, quiet] = await Promise.all([ws.run(['check', UNDER_REPORTED]), ws.run(['check', UNDER_REPORTED, '--quiet'])]);
      expect(normal.stdout).toMatch(/missing +recommended +cellSource\.donors/);
      expect(quiet.stdout).not.toContain('cellSource.donors');
      expect(quiet.stdout).toMatch(/missing +essential +storage\.temperature/);
      expect(quiet.stdout).toMatch(/not reported +essential +storage\.duration/);
      expect(quiet.stdout.split('\n').length).toBeLessThan(normal.stdout.split('\n').length);
    });

    it('--verbose also lists the satisfied items, with sources', async () => {
      const [normal, verbose] = await Promise.all([ws.run(['check', MULTI_ARM]), ws.run(['check', MULTI_ARM, '-v'])]);
      expect(normal.stdout).not.toContain('✔ satisfied');
      expect(verbose.stdout).toMatch(/✔ satisfied +essential +storage\.temperature +Storage temperature: reported/);
      expect(verbose.stdout).toContain('sources: Amodeo et al. 2025');
    });

    it('--ledger adds the per-item ledger to the JSON report', async () => {
      const report = reportOf(await ws.run(['check', MULTI_ARM, '-f', 'json', '--ledger']));
      const volume = report.ledger?.find((entry) => entry.itemId === 'doseAdministration.volume');
      expect(volume).toMatchObject({ applicable: true, satisfied: false });
    });
  });
});

describe.concurrent('the config file', () => {
  let cfg: Workspace;

  beforeAll(() => {
    cfg = createWorkspace();
    cfg.write('secretome-checklist.config.yaml', 'format: json\nfailOn: none\nchecklist: checklists/no-volume.yaml\n');
    cfg.write('checklists/no-volume.yaml', 'id: no-volume\nitems:\n  doseAdministration.volume: { enabled: false }\n');
    cfg.write('papers/2024/.keep', '');
    cfg.write('other.config.json', JSON.stringify({ format: 'ndjson', minScore: 99 }));
    cfg.write('invalid/value.config.json', JSON.stringify({ minScore: 'high' }));
    cfg.write('invalid/key.config.yaml', 'colour: true\n');
    cfg.write('invalid/syntax.config.json', '{ "format": "json", }');
    cfg.write('invalid/two.config.yaml', 'minScore: high\nfailon: none\n');
    cfg.write('both/secretome-checklist.config.json', '{}');
    cfg.write('both/secretome-checklist.config.yaml', 'format: json\n');
    cfg.write('switches.config.json', JSON.stringify({ format: 'json', quiet: true, ledger: true, failOn: 'none' }));
    cfg.write('verbose.config.json', JSON.stringify({ format: 'text', verbose: true, failOn: 'none' }));
    cfg.write('plain.config.json', JSON.stringify({ format: 'text', failOn: 'none' }));
  });

  afterAll(() => cfg?.remove());

  it('is found from the working directory upwards; its checklist path is relative to the config file', async () => {
    const result = await cfg.run(['check', '../../examples/multi-arm-three-doses.yaml'], { cwd: 'papers/2024' });
    expect(result.code).toBe(0);
    const report = reportOf(result); // format: json
    expect(report.checklist.id).toBe('secretome-minimal+no-volume');
    expect(report.minimalSetComplete).toBe(true);
  });

  it('is overridden by flags', async () => {
    const [flags, checklist] = await Promise.all([
      cfg.run(['check', 'examples/clinical-knee-oa.yaml', '--format', 'text', '--fail-on', 'recommended']),
      // A --checklist that does not exist: the error shows that the flag, not the config, was used.
      cfg.run(['check', 'examples/clinical-knee-oa.yaml', '--checklist', 'checklists/none.yaml']),
    ]);
    expect(flags.code).toBe(1);
    expect(flags.stdout.startsWith('examples/clinical-knee-oa.yaml\n  score ')).toBe(true);
    expectUsageError(checklist, 'checklists/none.yaml: the checklist file cannot be read: no such file.');
  });

  it('switches it turns on (quiet, verbose, ledger) are turned off by --no-quiet, --no-verbose, --no-ledger', async () => {
    const base = ['check', 'examples/clinical-knee-oa.yaml', '--config', 'switches.config.json'];
    const [configured, off, both] = await Promise.all([cfg.run(base), cfg.run([...base, '--no-ledger', '--format', 'text', '--no-quiet']), cfg.run([...base, '--quiet', '--no-quiet'])]);
    expect(reportOf(configured).ledger).toHaveLength(79);
    // Quiet text shows essential problems only; the knee-OA study lacks two recommended items, shown again without it.
    const quietText = (await cfg.run([...base, '--format', 'text'])).stdout;
    expect(quietText).not.toContain('cellSource.nomenclature');
    expect(off.stdout).toContain('cellSource.nomenclature');
    const json = await cfg.run([...base, '--no-ledger']);
    expect(reportOf(json).ledger).toBeUndefined();
    expectUsageError(both, '--quiet and --no-quiet contradict each other: give one of them.');
    const study = 'examples/clinical-knee-oa.yaml';
    const [verbose, notVerbose, plain] = await Promise.all([
      cfg.run(['check', study, '--config', 'verbose.config.json']),
      cfg.run(['check', study, '--config', 'verbose.config.json', '--no-verbose']),
      cfg.run(['check', study, '--config', 'plain.config.json']),
    ]);
    expect(verbose.stdout.length).toBeGreaterThan(plain.stdout.length);
    expect(notVerbose.stdout).toBe(plain.stdout);
  });

  it('--config names one explicitly (instead of the one found)', async () => {
    const result = await cfg.run(['check', 'examples/multi-arm-three-doses.yaml', '--config', 'other.config.json']);
    expect(result.code).toBe(1); // minScore 99 > 98.2, and failOn is back to essential
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1); // ndjson
    expect(reportOf(result).checklist.id).toBe('secretome-minimal');
  });

  it('that is invalid is a usage error naming the file and the field', async () => {
    const [value, key, syntax, missing] = await Promise.all([
      cfg.run(['check', 'examples', '--config', 'invalid/value.config.json']),
      cfg.run(['check', 'examples', '--config', 'invalid/key.config.yaml']),
      cfg.run(['check', 'examples', '--config', 'invalid/syntax.config.json']),
      cfg.run(['check', 'examples', '--config', 'invalid/none.config.json']),
    ]);
    expectUsageError(value!, /^secretome-checklist: invalid\/value\.config\.json \(minScore\): .*expected number/);
    expectUsageError(key!, /^secretome-checklist: invalid\/key\.config\.yaml \(colour\): unknown key\. The keys are profile, checklist, format, minScore, failOn, ledger, quiet, verbose\.$/);
    expectUsageError(syntax!, /^secretome-checklist: invalid\/syntax\.config\.json:1:19: the config file cannot be read: invalid JSON: a trailing comma after the last entry of an object\./);
    expectUsageError(missing!, /^secretome-checklist: invalid\/none\.config\.json: the config file cannot be read: no such file\./);
    for (const result of [value, key, syntax, missing]) expect(result!.stdout).toBe('');
  });

  it('names every mistake in it, one line each, and suggests the key meant', async () => {
    const result = await cfg.run(['check', 'examples', '--config', 'invalid/two.config.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^secretome-checklist: invalid\/two\.config\.yaml \(minScore\): .*expected number/),
      'secretome-checklist: invalid/two.config.yaml (failon): unknown key. Did you mean "failOn"?',
    ]);
  });

  it('found as a .json and a .yaml side by side is an error, not a silent choice', async () => {
    const result = await cfg.run(['check', '../examples/complete-in-vivo-ev.yaml'], { cwd: 'both' });
    expectUsageError(result, 'secretome-checklist: .: secretome-checklist.config.json and secretome-checklist.config.yaml are both config files; keep one, or name the one to use with --config.');
  });
});

describe.concurrent('--checklist (a user checklist)', () => {
  let lab: Workspace;

  beforeAll(() => {
    lab = createWorkspace();
    lab.write('no-volume.yaml', 'id: lab\nitems:\n  doseAdministration.volume:\n    enabled: false\n');
    lab.write('heavy-nomenclature.json', JSON.stringify({ items: { 'cellSource.nomenclature': { weight: 10 } } }));
    lab.write('typo-item.yaml', 'items:\n  storage.temprature:\n    level: essential\n');
    lab.write('bad-values.yaml', 'items:\n  storage.temperature:\n    level: optional\n    weight: -1\n');
    lab.write('bad-syntax.yaml', 'items: [\n');
  });

  afterAll(() => lab?.remove());

  it('that switches an item off takes its weight out of the score', async () => {
    const [before, after] = await Promise.all([
      lab.run(['check', MULTI_ARM, '-f', 'json']),
      lab.run(['check', MULTI_ARM, '-f', 'json', '--checklist', 'no-volume.yaml']),
    ]);
    const [b, a] = [reportOf(before), reportOf(after)];
    expect(after.code).toBe(0);
    expect(a.checklist.id).toBe('secretome-minimal+lab');
    expect(a.findings.filter((f) => f.itemId === 'doseAdministration.volume')).toEqual([]);
    expect(a.score.sections.doseAdministration!.applicable).toBe(b.score.sections.doseAdministration!.applicable - 2);
    expect(a.score.sections.doseAdministration!.score).toBe(100);
    expect(a.score.overall).toBe(100);
    expect(a.minimalSetComplete).toBe(true);
  });

  it('that raises the weight of a missing item lowers the score by exactly that weight', async () => {
    const [before, after] = await Promise.all([
      lab.run(['check', CLINICAL, '-f', 'json']),
      lab.run(['check', CLINICAL, '-f', 'json', '--checklist', 'heavy-nomenclature.json']),
    ]);
    const [b, a] = [reportOf(before).score.sections.cellSource!, reportOf(after).score.sections.cellSource!];
    expect(a.applicable).toBe(b.applicable + 9); // recommended items weigh 1; now 10
    expect(a.satisfied).toBe(b.satisfied);
    expect(reportOf(after).score.overall).toBeLessThan(reportOf(before).score.overall);
  });

  it('with an unknown item is rejected, naming the entry and suggesting the nearest id', async () => {
    expectUsageError(
      await lab.run(['check', MULTI_ARM, '--checklist', 'typo-item.yaml']),
      'secretome-checklist: typo-item.yaml (items › storage.temprature): there is no item "storage.temprature". Did you mean "storage.temperature"?',
    );
  });

  it('with bad values is rejected with one line per bad entry', async () => {
    const result = await lab.run(['check', MULTI_ARM, '--checklist', 'bad-values.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^secretome-checklist: bad-values\.yaml \(items › storage\.temperature › level\): /);
    expect(lines[1]).toMatch(/^secretome-checklist: bad-values\.yaml \(items › storage\.temperature › weight\): /);
  });

  it('that is missing or not YAML is a usage error naming the file', async () => {
    const [missing, syntax] = await Promise.all([
      lab.run(['check', MULTI_ARM, '--checklist', 'none.yaml']),
      lab.run(['check', MULTI_ARM, '--checklist', 'bad-syntax.yaml']),
    ]);
    expectUsageError(missing, 'none.yaml: the checklist file cannot be read: no such file.');
    expectUsageError(syntax, /^secretome-checklist: bad-syntax\.yaml:2:1: the checklist file cannot be read: invalid YAML: .*\.$/);
  });
});
