/**
 * The acceptance test of issue 13: a workbook made by `init --format xlsx`, filled in as a user would
 * (cells typed into the template's data rows: numbers, a value with its unit in one cell, a `;` list,
 * "not reported", "not applicable: reason", drop-down words), checked with the CLI, gives the same report as
 * the equivalent YAML document, apart from where the findings point.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { createWorkspace, requireBuiltCli, type Workspace } from './helpers.js';

let ws: Workspace;

/** What the user types, sheet by sheet, by column key (row 3 of the template); data go in from row 4. */
const TYPED: Record<string, Array<Record<string, string | number>>> = {
  Studies: [
    {
      studyId: 'cci-2024',
      // Picked from the column's drop-down (its one entry).
      checklistVersion: '1.1',
      'study.title': 'Adipose MSC secretome in chronic constriction injury',
      'study.design': 'in-vivo',
      'study.condition': 'Neuropathic pain',
      'cellSource.species.value': 'human',
      'cellSource.tissue.value': 'adipose-tissue',
      'cellSource.donors.count': 3,
      'cellSource.donors.sex': 'female; male',
      'storage.form.value': 'frozen',
      // Value and unit typed into the value cell, the unit cell left empty.
      'storage.temperature.value': '−80 °C',
      'storage.freezeThaw.cycles': 'not reported',
      'storage.reconstitution.vehicle': 'not applicable: the secretome was frozen, never lyophilised',
    },
  ],
  Preparations: [{ studyId: 'cci-2024', preparationId: 'cm', 'production.label': 'Conditioned medium', 'production.preparation.value': 'concentrated-conditioned-medium' }],
  Arms: [
    {
      studyId: 'cci-2024',
      armId: 'iv',
      'doseAdministration.label': 'CCI + CM i.v.',
      'doseAdministration.preparationId': 'cm',
      'doseAdministration.route.value': 'intravenous',
      'doseAdministration.volume.volume.value': 200,
      'doseAdministration.volume.volume.unit': 'µL',
    },
  ],
};

/** The same study, as a YAML study report. */
const YAML = `checklistVersion: "1.1"
study:
  title: Adipose MSC secretome in chronic constriction injury
  design: [in-vivo]
  condition: Neuropathic pain
cellSource:
  species: { value: human }
  tissue: { value: adipose-tissue }
  donors: { count: 3, sex: [female, male] }
production:
  preparations:
    - id: cm
      label: Conditioned medium
      preparation: { value: concentrated-conditioned-medium }
storage:
  form: { value: frozen }
  temperature: { value: -80, unit: °C }
  freezeThaw: { notReported: true }
  reconstitution: { notApplicable: "the secretome was frozen, never lyophilised" }
doseAdministration:
  arms:
    - id: iv
      label: CCI + CM i.v.
      preparationId: cm
      route: { value: intravenous }
      volume: { volume: { value: 200, unit: µL } }
`;

/** Types the values into the template's data rows, finding each column by its key in row 3. */
async function fillIn(template: string, filled: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  for (const [sheetName, rows] of Object.entries(TYPED)) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new Error(`the template has no ${sheetName} sheet`);
    const columns = new Map<string, number>();
    sheet.getRow(3).eachCell((cell, number) => columns.set(String(cell.value), number));
    for (const [index, values] of rows.entries()) {
      for (const [key, value] of Object.entries(values)) {
        const column = columns.get(key);
        if (column === undefined) throw new Error(`the ${sheetName} sheet has no column ${key}`);
        sheet.getRow(4 + index).getCell(column).value = value;
      }
    }
  }
  await workbook.xlsx.writeFile(filled);
}

/** A report without the places its findings point at, and without its source. */
function withoutPlaces(report: Report): unknown {
  const { source: _source, ...rest } = report;
  return { ...rest, findings: report.findings.map(({ location: _location, ...finding }) => finding) };
}

beforeAll(() => {
  requireBuiltCli();
  ws = createWorkspace();
  ws.write('cci-2024.yaml', YAML);
});

afterAll(() => ws?.remove());

describe('a workbook made by init --format xlsx and filled in by hand', () => {
  it('gives the same report as the equivalent YAML document', async () => {
    const init = await ws.run(['init', '--format', 'xlsx', '-o', 'template.xlsx']);
    expect(init.code, init.stderr).toBe(0);
    await fillIn(join(ws.dir, 'template.xlsx'), join(ws.dir, 'filled.xlsx'));

    const [sheet, yaml] = await Promise.all([ws.run(['check', 'filled.xlsx', '-f', 'json', '--ledger']), ws.run(['check', 'cci-2024.yaml', '-f', 'json', '--ledger'])]);
    expect(sheet.stderr).toBe('');
    expect(sheet.code).toBe(yaml.code);
    const [fromSheet] = JSON.parse(sheet.stdout) as Report[];
    const fromYaml = JSON.parse(yaml.stdout) as Report;
    expect(fromSheet!.source).toEqual({ file: 'filled.xlsx', studyId: 'cci-2024', sheet: 'Studies', line: 4 });
    expect(withoutPlaces(fromSheet!)).toEqual(withoutPlaces(fromYaml));
    // What the user typed is read as the YAML says it: "not reported", "not applicable: …", the ; list, −80 °C.
    const state = (itemId: string): string | undefined => fromSheet!.ledger!.find((entry) => entry.itemId === itemId)?.state;
    expect(state('storage.freezeThaw')).toBe('not-reported');
    expect(state('storage.reconstitution')).toBe('not-applicable');
    expect(state('storage.temperature')).toBe('value');
    // Findings point at the cells to fill in: the study's row on each sheet is row 4.
    const atCells = fromSheet!.findings.filter((finding) => finding.location?.cell !== undefined);
    expect(atCells.length).toBeGreaterThan(0);
    for (const finding of atCells) expect(finding.location!.cell, finding.itemId).toMatch(/^[A-Z]+4$/);
    expect(new Set(atCells.map((finding) => finding.location!.sheet))).toEqual(new Set(['Studies', 'Preparations', 'Arms']));
  });

  it('names the cell of a value that does not fit, and says how to write it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(ws.dir, 'filled.xlsx'));
    const studies = workbook.getWorksheet('Studies')!;
    let column = 0;
    studies.getRow(3).eachCell((cell, number) => {
      if (cell.value === 'storage.reconstitution.vehicle') column = number;
    });
    studies.getRow(4).getCell(column).value = 'not applicable';
    await workbook.xlsx.writeFile(join(ws.dir, 'no-reason.xlsx'));
    const result = await ws.run(['check', 'no-reason.xlsx']);
    expect(result.code).toBe(2);
    const address = studies.getRow(4).getCell(column).address;
    expect(result.stderr).toMatch(new RegExp(`^no-reason\\.xlsx › Studies!${address}: .*reason`, 'm'));
  });
});
