/**
 * The review corpus (examples/review-2025/): every study of Tables 2–5 of Amodeo et al. 2025 as a 1.1
 * study report. The reports must hold every cell of the tables (tables.tsv) in a structured field whose
 * `where` names the cell, record every N/A cell as not reported on its arm and field, stay structurally
 * valid, and score as pinned in test/corpus/expected/ (reviewed against the tables: no finding may call
 * missing what a cell states).
 */
import { describe, expect, it } from 'vitest';
import {
  armPointers,
  cellReference,
  factCoverage,
  loadStudies,
  loadTables,
  locate,
  measure,
  notAvailablePlacement,
  parseTables,
  scoreStudy,
  type Study,
} from '../../scripts/corpus-metrics.js';
import { SCHEMAS } from '../../src/schema/versions.js';
import type { Report } from '../../src/report/types.js';

const studies = loadStudies();
const cells = loadTables();
const reports = new Map<string, Report>(studies.map((study) => [study.file, scoreStudy(study)]));

/** A copy of a study with its document changed by `edit`, re-located. */
function edited(study: Study, edit: (document: Record<string, any>) => void): Study {
  const document = structuredClone(study.document) as Record<string, any>;
  edit(document);
  return { ...study, document, located: locate(document) };
}

function byFile(file: string): Study {
  const study = studies.find((candidate) => candidate.file === file);
  if (!study) throw new Error(`no study ${file}`);
  return study;
}

describe('the tables', () => {
  it('hold 33 rows (18 + 7 + 4 + 4) that give 30 studies, one report each', () => {
    const rows = new Set(cells.map((cell) => `${cell.table}/${cell.row}`));
    expect(rows.size).toBe(33);
    expect([2, 3, 4, 5].map((table) => new Set(cells.filter((cell) => cell.table === table).map((cell) => cell.row)).size)).toEqual([18, 7, 4, 4]);
    expect(studies).toHaveLength(30);
  });

  it('name each cell once: no two cells share a reference', () => {
    const references = cells.map(cellReference);
    expect(new Set(references).size).toBe(references.length);
  });

  it('give each row to exactly one study report', () => {
    for (const row of new Set(cells.map((cell) => `Table ${cell.table}, ${cell.ref.startsWith('NCT') ? cell.ref : `ref${cell.ref.includes(',') ? 's' : ''}. ${cell.ref}`}, row ${cell.row}`))) {
      const holders = studies.filter((study) => study.located.some((located) => located.places.some((place) => place.startsWith(`${row}:`) || place.startsWith(`${row}, arm`))));
      expect(holders.map((study) => study.file), row).toHaveLength(1);
    }
  });

  it('reject a malformed tables.tsv with the line that is wrong', () => {
    expect(() => parseTables('table\trow\tref\tarm\tcolumn\ttext\n2\t1\t102\tDose\n')).toThrow('tables.tsv line 2: 4 fields, expected 6');
  });
});

describe('every study report', () => {
  it.each(studies.map((study) => [study.file, study] as const))('%s is structurally valid under 1.1', (_file, study) => {
    expect(study.document.checklistVersion).toBe('1.1');
    expect(SCHEMAS['1.1'].validateStructure(study.document)).toEqual([]);
    expect(SCHEMAS['1.1'].checkReferences(study.document)).toEqual([]);
    expect(reports.get(study.file)!.valid).toBe(true);
  });

  it.each(studies.map((study) => [study.file, study] as const))('%s scores and finds as pinned', async (file, study) => {
    const report = reports.get(file)!;
    const pinned = {
      checklist: report.checklist.version,
      score: report.score.overall,
      minimalSetComplete: report.minimalSetComplete,
      counts: report.counts,
      // One line per finding: status, level, item, pointer, then what an incomplete value lacks and what a gate unlocks.
      findings: report.findings.map((finding) =>
        [
          `${finding.status} ${finding.level} ${finding.itemId} ${finding.pointer}`,
          ...(finding.missingDetails ? [`lacks: ${finding.missingDetails.join('; ')}`] : []),
          ...(finding.unlocks ? [`unlocks: ${finding.unlocks.join(', ')}`] : []),
        ].join(' | '),
      ),
    };
    expect(study.located.length).toBeGreaterThan(0);
    await expect(`${JSON.stringify(pinned, null, 2)}\n`).toMatchFileSnapshot(`expected/${file.replace(/\.yaml$/, '.json')}`);
  });
});

describe('where and note', () => {
  const known = new Set(cells.flatMap((cell) => [cellReference(cell), ...(cell.text.includes('N/A') ? [`${cellReference(cell)}: N/A`] : [])]));
  const prose = /^(Review §5\.[123], para\. \d|Review, references? \d+(, \d+)*|Table 2, Note 1)$/;

  it.each(studies.map((study) => [study.file, study] as const))('%s: every where names a cell of tables.tsv, a footnote or a paragraph of the review', (_file, study) => {
    const unknown = study.located.flatMap((located) => located.places).filter((place) => !known.has(place) && !prose.test(place));
    expect(unknown).toEqual([]);
  });

  it.each(studies.map((study) => [study.file, study] as const))('%s: no note names a cell (a fact lives in a field, a note only says why)', (_file, study) => {
    const notes: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'note' && typeof value === 'string') notes.push(value);
          else walk(value);
        }
      }
    };
    walk(study.document);
    expect(notes.filter((note) => /Table [2-5], (refs?\.|NCT)/.test(note))).toEqual([]);
  });
});

describe('fact coverage: every cell that states something is held in a structured field naming it', () => {
  it('is 100 % over every cell and every arm it speaks to', () => {
    const metrics = measure(cells, studies);
    expect(metrics.uncovered).toEqual([]);
    expect(metrics.factUnits.held).toBe(metrics.factUnits.total);
    expect(metrics.factUnits.total).toBeGreaterThanOrEqual(metrics.factCells);
  });

  it('drops when a value loses the where that names its cell', () => {
    const study = edited(byFile('ref-104-stz-mouse-bm-msc-cm.yaml'), (document) => {
      delete document.doseAdministration.volume.where;
    });
    const checks = factCoverage(cells, [...studies.filter((other) => other !== byFile('ref-104-stz-mouse-bm-msc-cm.yaml')), study]);
    const route = checks.find((check) => cellReference(check.cell) === 'Table 2, ref. 104, row 3: Route and Volume')!;
    // The route still names the cell: one structured value is enough for the cell.
    expect(route.units[0]!.heldBy).toEqual(['ref-104-stz-mouse-bm-msc-cm.yaml#/doseAdministration/route']);
  });

  it('counts a cell for one arm only when the value sits on that arm', () => {
    const original = byFile('ref-114-pnl-mouse-shed-cm.yaml');
    // Arm 2's dose moved to arm 3: arm 2 no longer holds its cell.
    const moved = edited(original, (document) => {
      document.doseAdministration.arms[2].dose = document.doseAdministration.arms[1].dose;
      delete document.doseAdministration.arms[1].dose;
    });
    const metrics = measure(cells, [...studies.filter((other) => other !== original), moved]);
    expect(metrics.uncovered).toEqual(['Table 2, ref. 114, row 13, arm 2: Dose (arm 2)', 'Table 2, ref. 114, row 13, arm 3: Dose (arm 3)']);
  });

  it('does not count a cell named only in a note', () => {
    const original = byFile('ref-103-cipn-oxaliplatin-rat-asc-lyophilised.yaml');
    const noted = edited(original, (document) => {
      document.cellSource = { species: { value: 'rat', note: 'Table 2, ref. 103, row 2: Secretome Source' } };
    });
    const metrics = measure(cells, [...studies.filter((other) => other !== original), noted]);
    expect(metrics.uncovered).toEqual(['Table 2, ref. 103, row 2: Secretome Source']);
  });
});

describe('N/A placement: every N/A cell is a notReported naming it, on its arm and field', () => {
  it('is 100 % over every N/A cell and every arm it speaks to', () => {
    const metrics = measure(cells, studies);
    expect(metrics.misplaced).toEqual([]);
    expect(metrics.notAvailableUnits.held).toBe(metrics.notAvailableUnits.total);
  });

  it('overrules an N/A only where another table states the value for the same study (Table 5 vs Table 4, ref. 141)', () => {
    expect(measure(cells, studies).overruled).toEqual(['Table 5, NCT05579665, row 3: Secretome Origin']);
  });

  it('fails when the notReported sits on another arm than its cell', () => {
    const original = byFile('ref-107-snl-rat-uc-msc-ev.yaml');
    // The N/A of arm 8's biochemical evaluations moved to arm 7's outcomes entry.
    const moved = edited(original, (document) => {
      const arms = document.outcomes.arms as Record<string, unknown>[];
      arms[6]!.mechanisticReadouts = arms[7]!.mechanisticReadouts;
      delete arms[7]!.mechanisticReadouts;
    });
    const checks = notAvailablePlacement(cells, [...studies.filter((other) => other !== original), moved]);
    const arm8 = checks.find((check) => cellReference(check.cell) === 'Table 2, ref. 107, row 6, arm 8: Biochemical Evaluations: Time and Effect')!;
    expect(arm8.units).toEqual([{ arm: 8, heldBy: [] }]);
  });

  it('fails when the notReported sits on another field than its cell speaks to', () => {
    const original = byFile('ref-109-db-db-mouse-bm-msc-ev.yaml');
    // "Intravenous, N/A": the volume is not reported, not the route.
    const wrong = edited(original, (document) => {
      document.doseAdministration.route = document.doseAdministration.volume;
      delete document.doseAdministration.volume;
    });
    const metrics = measure(cells, [...studies.filter((other) => other !== original), wrong]);
    expect(metrics.misplaced).toEqual(['Table 2, ref. 109, row 8: Route and Volume: N/A']);
  });

  it('finds the pointers of an arm through its id and its preparation', () => {
    expect(armPointers(byFile('ref-118-119-cci-rat-uc-msc-ev.yaml').document, 1)).toEqual([
      '/doseAdministration/arms/0/',
      '/outcomes/arms/0/',
      '/production/preparations/0/',
      '/storage/preparations/0/',
    ]);
  });
});

describe('no false flag: a finding never calls missing or not reported what a cell of the tables states', () => {
  it.each(studies.map((study) => [study.file, study] as const))('%s', (file, study) => {
    const stated = study.located.filter((located) => located.state === 'value' && located.places.some((place) => place.startsWith('Table ')));
    const notAvailable = study.located.filter((located) => located.state === 'not-reported');
    for (const finding of reports.get(file)!.findings) {
      // doseBases asks for a second basis of a stated dose: its pointer is the dose's own.
      if (finding.status === 'missing' && finding.itemId !== 'doseAdministration.doseBases') {
        // Nothing the tables state sits at (or under) the pointer of a missing item.
        expect(stated.filter((located) => `${located.pointer}/`.startsWith(`${finding.pointer}/`)).map((located) => located.pointer), `${finding.itemId} ${finding.pointer}`).toEqual([]);
      }
      if (finding.status === 'not-reported') {
        // Every not-reported finding is an N/A of the tables (or a fact the review says is not given).
        expect(notAvailable.some((located) => located.pointer === finding.pointer), `${finding.itemId} ${finding.pointer}`).toBe(true);
      }
    }
  });
});
