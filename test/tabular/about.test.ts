/** The About text: a CSV/TSV set has no drop-downs or notes, so its README.txt lists what they would offer. */
import { describe, expect, it } from 'vitest';
import { aboutText } from '../../src/tabular/about.js';
import { workbookLayout } from '../../src/tabular/layout.js';

const layout = workbookLayout('1.1');

describe('README.txt of a CSV or TSV template', () => {
  const readme = aboutText(layout, 'csv').split('\r\n');

  it('lists the choices of every vocabulary column once, with the files that have it', () => {
    expect(readme).toContain('storage.form.value: one of fresh, frozen, lyophilised, refrigerated, other (studies.csv, preparations.csv)');
    expect(readme).toContain('study.design: one or more of in-vivo, in-vitro, clinical (studies.csv)');
    expect(readme).toContain('cellSource.donors.pooled: yes or no (true or false) (studies.csv)');
    const choiceKeys = new Set(layout.sheets.flatMap((sheet) => sheet.columns.filter((column) => column.vocabulary && column.kind !== 'id').map((column) => column.key)));
    for (const key of choiceKeys) expect(readme.filter((line) => line.startsWith(`${key}: `)), key).toHaveLength(1);
  });

  it('gives the shape of each YAML column, which the workbook shows in a note', () => {
    expect(readme.find((line) => line.startsWith('doseAdministration.dose.amounts: '))).toMatch(/^doseAdministration\.dose\.amounts: YAML flow text shaped like \[\{ value: 1, unit: .* \(studies\.csv, arms\.csv\)$/);
  });

  it('says how to write "not reported" and that lists are separated by ";", not commas', () => {
    expect(readme.join('\n')).toContain('"not reported" (or NR, n.r.)');
    expect(readme.join('\n')).toContain('not with commas');
  });
});

describe('the About sheet of a workbook', () => {
  it('does not list the choices (the drop-downs and notes hold them)', () => {
    expect(aboutText(layout, 'xlsx')).not.toContain('storage.form.value: one of');
  });
});
