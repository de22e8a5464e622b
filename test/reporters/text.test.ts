import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { textReporter } from '../../src/reporters/text.js';
import { BATCH, EV_STUDY, MOUSE_STUDY, STDIN_STUDY, options } from './fixtures.js';

const ESC = '\u001b[';

describe('text reporter', () => {
  const plain = textReporter([MOUSE_STUDY], options());

  it('starts with a header: file, overall score, minimal set, validity', () => {
    const [file, facts] = plain.split('\n');
    expect(file).toBe('studies/amodeo-2025-neuropathy.yaml');
    expect(facts).toContain('score 78.9');
    expect(facts).toContain('minimal set complete: no');
    expect(facts).toContain('valid: no');
  });

  it('shows a score bar per section, with its satisfied and applicable weight as points', () => {
    expect(plain).toMatch(/Storage {2,}██████░░░░ {2}55\.6 {2}\(5 of 9 points\)/);
    expect(plain).toMatch(/Characterization {2,}█████░░░░░ {2}50\.0/);
    expect(plain).toMatch(/Study design {2,}██████████ 100\.0/);
  });

  it('lists structural problems first, under "Document structure", whatever section their item is in', () => {
    const lines = plain.split('\n');
    const heading = lines.findIndex((l) => l.startsWith('  Document structure'));
    const invalid = lines.findIndex((l) => l.includes('characterization.particleConcentration'));
    const firstSection = lines.findIndex((l) => /^ {2}\S/.test(l) && l.includes('█'));
    expect(lines[heading]).toBe('  Document structure  (fix these first)');
    expect(heading).toBeGreaterThan(0);
    expect(invalid).toBe(heading + 1);
    expect(invalid).toBeLessThan(firstSection);
    expect(lines.filter((l) => l.includes('characterization.particleConcentration'))).toHaveLength(1);
  });

  it('prints each finding as file:line:column, status, level, item id and message, with the hint indented below', () => {
    const lines = plain.split('\n');
    const index = lines.findIndex((l) => l.includes('storage.temperature'));
    expect(lines[index]).toMatch(
      /^ {4}studies\/amodeo-2025-neuropathy\.yaml:41:7 +missing +essential +storage\.temperature {2}Storage temperature is not reported for the whole secretome\.$/,
    );
    expect(lines[index + 1]).toBe('        State the storage temperature (e.g. −80 °C) in °C.');
  });

  it('groups the other findings under their section, in section order', () => {
    const storage = plain.indexOf('  Storage ');
    const characterization = plain.indexOf('  Characterization ');
    const temperature = plain.indexOf('storage.temperature');
    expect(storage).toBeLessThan(temperature);
    expect(temperature).toBeLessThan(characterization);
  });

  it('shows the pointer when a finding has no location', () => {
    expect(plain).toContain('        at /cellSource/donor/age');
  });

  it('ends with a one-line summary', () => {
    const lines = plain.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      '  ✖ minimal set incomplete · document invalid · score 78.9 · 2 essential missing, 2 recommended missing, 1 invalid, 1 not applicable',
    );
    expect(textReporter([EV_STUDY], options()).trimEnd().split('\n').at(-1)).toBe(
      '  ✔ minimal set complete · score 97.2 · 1 recommended missing',
    );
  });

  it('uses no ANSI escape codes when colour is off, and colours when it is on', () => {
    expect(textReporter(BATCH, options({ batch: true, verbose: true }))).not.toContain(ESC);
    const coloured = textReporter([MOUSE_STUDY], options({ color: true }));
    expect(coloured).toContain(`${ESC}31m`);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('keeps control characters in user text from reaching the terminal', () => {
    const hostile: Report = {
      ...STDIN_STUDY,
      findings: [{ ...STDIN_STUDY.findings[0]!, message: 'bad \u001b[2J value\nnext line' }],
    };
    const out = textReporter([hostile], options());
    expect(out).not.toContain('\u001b');
    expect(out).toContain('bad \uFFFD[2J value next line');
  });

  it('with quiet, lists essential problems only', () => {
    const quiet = textReporter([MOUSE_STUDY], options({ quiet: true }));
    expect(quiet).toContain('storage.temperature');
    expect(quiet).toContain('storage.freezeThaw');
    expect(quiet).toContain('characterization.particleConcentration');
    expect(quiet).not.toContain('cellSource.donorAge');
    expect(quiet).not.toContain('doseAdministration.volume');
    expect(quiet).not.toContain('storage.reconstitution');
    expect(quiet).not.toContain('Quality control');
  });

  it('with verbose, also lists satisfied items from the ledger', () => {
    const verbose = textReporter([MOUSE_STUDY], options({ verbose: true }));
    expect(verbose).toMatch(/✔ satisfied {2}essential {4}storage\.form {2}Storage form: reported/);
    expect(plain).not.toContain('✔ satisfied');
    expect(verbose).toContain('sources: MISEV2023 §5 (storage conditions)');
  });

  it('says when nothing in a section applies', () => {
    expect(textReporter([STDIN_STUDY], options())).toMatch(/Dose and administration +nothing applies/);
  });

  it('names a report without a file "document N" and shows line:column alone', () => {
    const out = textReporter(BATCH, options({ batch: true }));
    expect(out).toContain('\ndocument 3\n');
    expect(out).toMatch(/\n {4}30:5 +not reported +essential +characterization\.proteinContent/);
  });

  it('with batch, ends with a summary over all documents', () => {
    const out = textReporter(BATCH, options({ batch: true }));
    expect(out.endsWith('Summary: 3 documents · 1 passing the minimal set · mean score 77.4\n')).toBe(true);
    expect(plain).not.toContain('Summary:');
  });
});
