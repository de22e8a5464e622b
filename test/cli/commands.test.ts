/** The commands besides `check` (init, explain, schema), --version and --help, and mistakes on the command line. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinChecklist } from '../../src/checklist/checklist.js';
import { CHECK_OPTIONS } from '../../src/cli/check-options.js';
import type { Report } from '../../src/report/types.js';
import {
  CLI,
  ROOT,
  STACK_TRACE,
  createWorkspace,
  expectUsageError,
  parseJson,
  reportOf,
  reportsOf,
  requireBuiltCli,
  uncommentTemplate,
  type Workspace,
} from './helpers.js';

let ws: Workspace;

beforeAll(() => {
  requireBuiltCli();
  ws = createWorkspace();
});

afterAll(() => ws?.remove());

describe('init → check round trip', () => {
  const DESIGNS = [['in-vivo'], ['in-vitro'], ['clinical']] as const;
  const FRACTIONS = { whole: 'conditioned-medium', ev: 'small-ev', 'ev-depleted': 'ev-depleted-conditioned-medium' } as const;
  type Case = { design: readonly string[]; fraction: keyof typeof FRACTIONS; name: string };
  const cases: Case[] = [
    ...DESIGNS.flatMap((design) =>
      (Object.keys(FRACTIONS) as Array<keyof typeof FRACTIONS>).map((fraction) => ({ design, fraction, name: `${design[0]}-${fraction}` })),
    ),
    // A study with several designs gets the items of each.
    { design: ['in-vivo', 'in-vitro'], fraction: 'ev-depleted', name: 'in-vivo+in-vitro-ev-depleted' },
  ];
  const templates = new Map<string, string>();
  let asIs: Report[] = [];
  let filledIn: Report[] = [];

  beforeAll(async () => {
    await Promise.all(
      cases.map(async ({ design, fraction, name }) => {
        const result = await ws.run(['init', ...design.flatMap((d) => ['--design', d]), '--fraction', fraction]);
        expect(result, name).toMatchObject({ code: 0, stderr: '' });
        templates.set(name, result.stdout);
        ws.write(`templates/${name}.yaml`, result.stdout);
        ws.write(`filled-in/${name}.yaml`, uncommentTemplate(result.stdout));
      }),
    );
    const [raw, uncommented] = await Promise.all([
      ws.run(['check', 'templates', '-f', 'json', '--fail-on', 'none']),
      ws.run(['check', 'filled-in', '-f', 'json', '--fail-on', 'none']),
    ]);
    expect(raw.stderr).toBe('');
    expect(uncommented.stderr).toBe('');
    asIs = reportsOf(raw);
    filledIn = reportsOf(uncommented);
  });

  it('init prints a template for each design and fraction, saying which it is for', () => {
    for (const { design, fraction, name } of cases) {
      const first = templates.get(name)!.split('\n')[0];
      expect(first).toContain(`(design: ${design.join(', ')}; preparation: ${FRACTIONS[fraction]})`);
    }
  });

  it('the template as printed is a valid document that scores 0', () => {
    expect(asIs).toHaveLength(cases.length);
    for (const report of asIs) {
      expect(report.valid, report.source?.file).toBe(true);
      expect(report.score.overall, report.source?.file).toBe(0);
    }
  });

  it('with its examples uncommented, the template is a structurally valid, complete document', () => {
    expect(filledIn).toHaveLength(cases.length);
    for (const report of filledIn) {
      const file = report.source?.file;
      expect(report.findings.filter((f) => f.status === 'invalid'), file).toEqual([]);
      expect(report.valid, file).toBe(true);
      // Every item that applies has an example in the template.
      expect(report.score.overall, file).toBe(100);
      expect(report.minimalSetComplete, file).toBe(true);
    }
  });

  it('each text of an example is written as the checklist data gives it (commas keep one space after them)', () => {
    const template = templates.get('clinical-whole')!;
    expect(template).not.toMatch(/, {2}/);
    const texts = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
    // The design and the preparation are the ones the template was made for, not the data's examples.
    const shown = builtinChecklist().items.filter((item) => template.includes(`#   # ${item.title} (`) && item.id !== 'study.design' && item.id !== 'production.preparation');
    expect(shown.length).toBeGreaterThan(40);
    for (const item of shown) for (const text of texts(item.example)) expect(template, item.id).toContain(JSON.stringify(text));
  });

  it('the uncommented template keeps the design and fraction it was made for', () => {
    const text = uncommentTemplate(templates.get('in-vivo+in-vitro-ev-depleted')!);
    const document = parseYaml(text) as { study: { design: string[] }; production: { preparation: { value: string } } };
    expect(document.study.design).toEqual(['in-vivo', 'in-vitro']);
    expect(document.production.preparation.value).toBe('ev-depleted-conditioned-medium');
  });

  it('init without options makes an in-vivo template for small EVs; a bad option is a usage error', async () => {
    const [plain, badDesign, badFlag] = await Promise.all([
      ws.run(['init']),
      ws.run(['init', '--design', 'in-silico']),
      ws.run(['init', '--fractoin', 'ev']),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(templates.get('in-vivo-ev'));
    expectUsageError(badDesign, '--design must be in-vivo, in-vitro or clinical');
    expectUsageError(badFlag, "Unknown option '--fractoin'");
  });
});

describe.concurrent('explain', () => {
  it('<itemId> says what the item asks for, when it applies, why, where it goes, the sources and an example', async () => {
    const result = await ws.run(['explain', 'storage.temperature']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const item = builtinChecklist().items.find((candidate) => candidate.id === 'storage.temperature')!;
    const { stdout } = result;
    expect(stdout.startsWith('storage.temperature: Storage temperature\n')).toBe(true);
    expect(stdout).toMatch(/^Level: +essential, weight 2$/m);
    expect(stdout).toMatch(/^Applies: +unless the storage form is fresh \(checked for every preparation\)$/m);
    expect(stdout).toMatch(/^Where: +\/storage\/temperature$/m);
    expect(stdout).toContain(`Why: ${item.rationale}`);
    expect(stdout).toContain(`How to report it: ${item.hint}`);
    expect(stdout).toContain(`Sources: ${item.sources.join('; ')}`);
    const example = stdout.slice(stdout.indexOf('Example (YAML):\n') + 'Example (YAML):\n'.length);
    expect(parseYaml(example)).toEqual({ temperature: item.example });
  });

  it('the example is keyed by where the value goes, also for an item that reads a field inside another', async () => {
    const result = await ws.run(['explain', 'outcomes.trialStatus']);
    const item = builtinChecklist().items.find((candidate) => candidate.id === 'outcomes.trialStatus')!;
    expect(item.path).toBe('trialRegistration/status');
    const example = result.stdout.slice(result.stdout.indexOf('Example (YAML):\n') + 'Example (YAML):\n'.length);
    expect(parseYaml(example)).toEqual({ trialRegistration: { status: item.example } });
  });

  it('--list lists every item with its level, under its section', async () => {
    const result = await ws.run(['explain', '--list']);
    expect(result.code).toBe(0);
    const checklist = builtinChecklist();
    for (const item of checklist.items) expect(result.stdout).toMatch(new RegExp(`^  ${item.id.replace('.', '\\.')} +${item.level} +`, 'm'));
    for (const title of Object.values(checklist.sectionTitles)) expect(result.stdout).toMatch(new RegExp(`^${title}$`, 'm'));
  });

  it('an unknown id is a usage error that suggests the nearest id', async () => {
    const [typo, none] = await Promise.all([ws.run(['explain', 'storage.temprature']), ws.run(['explain'])]);
    expectUsageError(typo, 'there is no item "storage.temprature", and no item id or title contains it. Did you mean "storage.temperature"?');
    expectUsageError(none, 'explain needs an item id (e.g. storage.temperature) or words to search for, or --list.');
  });

  it('words that are not an id search the ids and titles: several matches are listed, one is explained', async () => {
    const [several, one] = await Promise.all([ws.run(['explain', 'volume']), ws.run(['explain', 'freeze', 'thaw'])]);
    const matching = builtinChecklist().items.filter((item) => `${item.id} ${item.title}`.toLowerCase().includes('volume'));
    expect(matching.length).toBeGreaterThan(1);
    expect(several).toMatchObject({ code: 0, stderr: '' });
    expect(several.stdout.split('\n')[0]).toBe(`${matching.length} items match "volume":`);
    for (const item of matching) expect(several.stdout).toMatch(new RegExp(`^  ${item.id.replace('.', '\\.')} +${item.level} +`, 'm'));
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(one.stdout.startsWith('storage.freezeThaw: ')).toBe(true);
  });

  it('--checklist FILE explains the items a user checklist adds, and lists them', async () => {
    ws.write(
      'lab-checklist.yaml',
      [
        'add:',
        '  - id: storage.container',
        '    section: storage',
        '    scope: preparation',
        '    level: essential',
        '    title: Labelled tube',
        '    rationale: The lab audits every tube.',
        '    hint: Name the tube.',
        '    sources: [Lab SOP 12]',
        '',
      ].join('\n'),
    );
    ws.write(
      'lab-added.yaml',
      ['items:', '  storage.container: { enabled: false }', 'add:', '  - { id: storage.labelledTube, section: storage, path: container, scope: preparation, level: essential, title: Labelled tube, rationale: The lab audits every tube., hint: Name the tube., sources: [Lab SOP 12] }', ''].join('\n'),
    );
    const [explained, listed, bad] = await Promise.all([
      ws.run(['explain', 'storage.labelledTube', '--checklist', 'lab-added.yaml']),
      ws.run(['explain', '--list', '--checklist', 'lab-added.yaml']),
      ws.run(['explain', 'storage.container', '--checklist', 'lab-checklist.yaml']),
    ]);
    expect(explained).toMatchObject({ code: 0, stderr: '' });
    expect(explained.stdout.startsWith('storage.labelledTube: Labelled tube\n')).toBe(true);
    expect(explained.stdout).toContain('Sources: Lab SOP 12');
    expect(listed.stdout).toMatch(/^  storage\.labelledTube +essential +Labelled tube$/m);
    expect(listed.stdout).not.toMatch(/^  storage\.container /m);
    expectUsageError(bad, 'an item "storage.container" exists already');
  });
});

describe.concurrent('--checklist-version', () => {
  it('init, explain and schema follow the latest version; --checklist-version 1.0 picks 1.0', async () => {
    const [init, init10, list, list10, schema10, bad] = await Promise.all([
      ws.run(['init']),
      ws.run(['init', '--checklist-version', '1.0']),
      ws.run(['explain', '--list']),
      ws.run(['explain', '--list', '--checklist-version', '1.0']),
      ws.run(['schema', '--checklist-version', '1.0']),
      ws.run(['init', '--checklist-version', '2']),
    ]);
    expect(init.stdout).toContain('\nchecklistVersion: "1.1"\n');
    expect(init10.stdout).toContain('\nchecklistVersion: "1.0"\n');
    for (const item of builtinChecklist('1.1').items) expect(list.stdout).toContain(`  ${item.id} `);
    expect(list10.stdout.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(builtinChecklist('1.0').items.length);
    expect(parseJson(schema10.stdout)).toEqual(parseJson(readFileSync(join(ROOT, 'schemas', 'study-report-1.0.schema.json'), 'utf8')));
    expectUsageError(bad, '--checklist-version must be 1.0 or 1.1, not "2".');
  });

  it('the 1.0 template, uncommented, is a complete checklist 1.0 document', async () => {
    const template = (await ws.run(['init', '--design', 'in-vivo', '--fraction', 'whole', '--checklist-version', '1.0'])).stdout;
    ws.write('template-1.0/filled.yaml', uncommentTemplate(template));
    const report = reportOf(await ws.run(['check', 'template-1.0/filled.yaml', '-f', 'json']));
    expect(report.checklist.version).toBe('1.0');
    expect(report).toMatchObject({ valid: true, minimalSetComplete: true, score: { overall: 100 } });
  });
});

describe.concurrent('schema', () => {
  it('prints the JSON Schema of the study report, equal to schemas/study-report-1.1.schema.json (the latest)', async () => {
    const result = await ws.run(['schema']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const onDisk = parseJson(readFileSync(join(ROOT, 'schemas', 'study-report-1.1.schema.json'), 'utf8'));
    expect(parseJson(result.stdout)).toEqual(onDisk);
  });

  it('takes no arguments', async () => {
    const [flag, positional] = await Promise.all([ws.run(['schema', '--draft', '7']), ws.run(['schema', 'study.yaml'])]);
    expectUsageError(flag, "Unknown option '--draft'");
    expectUsageError(positional, "Unexpected argument 'study.yaml'");
    expect(flag.stdout + positional.stdout).toBe('');
  });
});

describe.concurrent('--version and --help', () => {
  it('--version (-V) prints the package version', async () => {
    const { version } = parseJson<{ version: string }>(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const [long, short] = await Promise.all([ws.run(['--version']), ws.run(['-V'])]);
    expect(long).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(short).toEqual(long);
  });

  it('--help (-h) lists every command and the exit codes', async () => {
    const [long, short] = await Promise.all([ws.run(['--help']), ws.run(['-h'])]);
    expect(long.code).toBe(0);
    for (const command of ['check', 'init', 'explain', 'schema', 'migrate', 'changes', '--version']) expect(long.stdout).toContain(`secretome-checklist ${command}`);
    expect(long.stdout).toContain('Exit codes: 0');
    expect(short).toEqual(long);
  });

  it('check --help lists every option of check', async () => {
    const result = await ws.run(['check', '--help']);
    expect(result.code).toBe(0);
    for (const [name, option] of Object.entries(CHECK_OPTIONS)) {
      expect(result.stdout, `--${name}`).toMatch(new RegExp(`(^|[ ,])--${name}\\b`, 'm'));
      if ('short' in option) expect(result.stdout).toContain(`-${option.short}, --${name}`);
    }
  });

  it('init, explain, schema, migrate and changes --help print their usage', async () => {
    const commands = ['init', 'explain', 'schema', 'migrate', 'changes'];
    const results = await Promise.all(commands.map((command) => ws.run([command, '--help'])));
    for (const [index, result] of results.entries()) {
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^Usage: secretome-checklist ${commands[index]} `));
    }
  });

  it('no command at all shows the usage and exits 2', async () => {
    const result = await ws.run([]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('Usage:');
  });
});

describe.concurrent('mistakes on the command line', () => {
  it('an unknown command is one line, exit 2', async () => {
    const result = await ws.run(['chek', 'examples']);
    expectUsageError(result, 'secretome-checklist: unknown command "chek". Commands: check, init, explain, schema, migrate, changes, convert, serve, summary. See --help.');
    expect(result.stdout).toBe('');
  });

  it('an unknown flag is one line, exit 2, for every command', async () => {
    const results = await Promise.all([
      ws.run(['check', 'examples', '--formt', 'json']),
      ws.run(['explain', 'storage.temperature', '--all']),
      ws.run(['check', 'examples', '-x']),
    ]);
    expectUsageError(results[0]!, "secretome-checklist: Unknown option '--formt'.");
    expectUsageError(results[1]!, "Unknown option '--all'");
    expectUsageError(results[2]!, "Unknown option '-x'");
    for (const result of results) expect(result.stdout).toBe('');
  });

  it('a flag without its value is one line, exit 2', async () => {
    expectUsageError(await ws.run(['check', 'examples', '--format']), "Option '-f, --format <value>' argument missing");
  });
});

describe('a reader that stops early (| head)', () => {
  it('is not an error: no stack trace, and the exit code is that of the check', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      // Twenty reports with their ledgers (~800 kB) are far more than a pipe or socket buffer holds, so the
      // CLI is still writing when the reader goes away.
      const study = readFileSync(join(ROOT, 'examples', 'under-reported-concentrated-cm.yaml'), 'utf8');
      for (let i = 1; i <= 20; i += 1) ws.write(`many/study-${String(i).padStart(2, '0')}.yaml`, study);
      const args = [CLI, 'check', 'many', '--format', 'json', '--ledger', '--fail-on', 'none'];
      const child = spawn(process.execPath, args, { cwd: ws.dir, stdio: 'pipe' });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end();
    });
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result).toEqual({ code: 0, stderr: '' });
  });
});
