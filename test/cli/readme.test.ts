/** The manual's command-line page (docs/cli.md) documents what the CLI has. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_OPTIONS } from '../../src/cli/check-options.js';
import { REPORTER_FORMATS } from '../../src/reporters/index.js';
import { requireBuiltCli, ROOT, runCli } from './helpers.js';

const readme = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
const section = readme.slice(readme.indexOf('<!-- cli:start -->'), readme.indexOf('<!-- cli:end -->'));

describe('the README command-line section', () => {
  it('documents every option of check', () => {
    for (const [name, option] of Object.entries(CHECK_OPTIONS)) {
      expect(section, `--${name}`).toMatch(new RegExp(`\`--${name}\\b`));
      if ('short' in option) expect(section, `-${option.short}`).toContain(`\`-${option.short}\`, \`--${name}`);
    }
  });

  it('shows an excerpt of every output format', () => {
    for (const format of REPORTER_FORMATS) expect(section, format).toContain(`**\`${format}\`**`);
  });

  it('documents every command and the exit codes', () => {
    for (const command of ['check', 'init', 'explain', 'schema', '--version', '--help']) expect(section).toContain(`secretome-checklist ${command}`);
    expect(section).toMatch(/\| 0 \| every document passes \|/);
    expect(section).toMatch(/\| 1 \| /);
    expect(section).toMatch(/\| 2 \| /);
  });
});

describe('the README front page', () => {
  beforeAll(requireBuiltCli);

  it('shows its example with the output check really prints', async () => {
    const front = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const result = await runCli(['check', 'examples/multi-arm-three-doses.yaml'], ROOT);
    expect(result.code).toBe(1);
    expect(front).toContain(`$ npx secretome-checklist check examples/multi-arm-three-doses.yaml\n${result.stdout}`);
  });
});
