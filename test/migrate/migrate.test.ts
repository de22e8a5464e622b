/**
 * Migration between checklist versions: nothing the user wrote is lost or reworded, only the version,
 * the `$schema` link and renamed keys change; going down refuses what the older version cannot hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDocument, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { migrate, relinkSchema } from '../../src/migrate/migrate.js';
import type { Rename } from '../../src/migrate/renames.js';
import { migrateText } from '../../src/migrate/text.js';
import { SCHEMAS } from '../../src/schema/versions.js';
import { ROOT, copy } from '../helpers.js';

const ORIGINALS = join(ROOT, 'test', 'fixtures', 'documents-1.0');
const NAMES = readdirSync(ORIGINALS).filter((name) => name.endsWith('.yaml')).sort();

function original(name: string): string {
  return readFileSync(join(ORIGINALS, name), 'utf8');
}

/** Every leaf value of a document by its JSON pointer. */
function leaves(value: unknown, pointer = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((entry, index) => [String(index), entry] as const) : Object.entries(value);
    if (entries.length === 0) into.set(pointer, value);
    for (const [key, child] of entries) leaves(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, into);
  } else into.set(pointer, value);
  return into;
}

/** The comments of a YAML text, in order, as yaml's Document API sees them (document, nodes and pairs). */
function comments(text: string): string[] {
  const document = parseDocument(text);
  const found: string[] = [];
  if (document.commentBefore) found.push(document.commentBefore);
  visit(document, (_key, node) => {
    if (isDocument(node)) return;
    const commented = node as { commentBefore?: string | null; comment?: string | null };
    if (commented.commentBefore) found.push(commented.commentBefore);
    if (commented.comment) found.push(commented.comment);
  });
  if (document.comment) found.push(document.comment);
  return found;
}

describe('the five examples, migrated from their 1.0 originals', () => {
  it('there are five originals, all checklist 1.0', () => {
    expect(NAMES).toHaveLength(5);
    for (const name of NAMES) expect(original(name)).toContain('checklistVersion: "1.0"');
  });

  for (const name of NAMES) {
    describe(name, () => {
      const text = original(name);
      const up = migrateText(text, { filename: name, to: '1.1' });
      if (!up.ok) throw new Error(`${name} did not migrate: ${JSON.stringify(up)}`);

      it('1.0 → 1.1 → 1.0 gives back the same bytes', () => {
        const down = migrateText(up.text, { filename: name, to: '1.0' });
        expect(down.ok && down.text).toBe(text);
      });

      it('the 1.1 text keeps every value, pointer by pointer; only the version and the $schema link change', () => {
        const before = parseReportText(text, { filename: name });
        const after = parseReportText(up.text, { filename: name });
        if (!before.ok || !after.ok) throw new Error('parse failed');
        const old = leaves(before.document);
        const migrated = leaves(after.document);
        expect([...migrated.keys()]).toEqual([...old.keys()]);
        const changed = [...old.keys()].filter((pointer) => old.get(pointer) !== migrated.get(pointer));
        expect(changed).toEqual(['/$schema', '/checklistVersion']);
        expect(migrated.get('/checklistVersion')).toBe('1.1');
        expect(migrated.get('/$schema')).toBe('../schemas/study-report-1.1.schema.json');
      });

      it('the 1.1 text keeps every comment, and differs from the original on exactly two lines', () => {
        expect(comments(up.text)).toEqual(comments(text));
        expect(comments(text).length).toBeGreaterThan(0);
        const oldLines = text.split('\n');
        const newLines = up.text.split('\n');
        expect(newLines).toHaveLength(oldLines.length);
        expect(newLines.filter((line, index) => line !== oldLines[index])).toEqual(['$schema: ../schemas/study-report-1.1.schema.json', 'checklistVersion: "1.1"']);
      });
    });
  }
});

describe('JSON stays JSON, with its own layout', () => {
  const document = parseReportText(original('multi-arm-three-doses.yaml'), { filename: 'x.yaml' });
  if (!document.ok) throw new Error('parse failed');

  it.each([
    ['two spaces', JSON.stringify(document.document, null, 2)],
    ['tabs', JSON.stringify(document.document, null, '\t')],
    ['one line, CRLF at the end', `${JSON.stringify(document.document)}\r\n`],
  ])('indented with %s: only the two values change, and the way back gives the same bytes', (_label, json) => {
    const up = migrateText(json, { filename: 'study.json' });
    if (!up.ok) throw new Error(JSON.stringify(up));
    expect(up.format).toBe('json');
    expect(up.text.length).toBe(json.length);
    expect(up.text).toBe(json.replace('"checklistVersion":"1.0"', '"checklistVersion":"1.1"').replace('"checklistVersion": "1.0"', '"checklistVersion": "1.1"').replace('study-report-1.0.schema.json', 'study-report-1.1.schema.json'));
    const down = migrateText(up.text, { filename: 'study.json', to: '1.0' });
    expect(down.ok && down.text).toBe(json);
  });
});

describe('migrate (plain data)', () => {
  it('returns a migrated copy and leaves the document as it was', () => {
    const document = { $schema: 'https://example.org/schemas/study-report-1.0.schema.json', checklistVersion: '1.0', study: { design: ['in-vivo'] } };
    const before = copy(document);
    const result = migrate(document, { to: '1.1' });
    expect(result).toMatchObject({ ok: true, from: '1.0', to: '1.1' });
    expect(result.ok && result.document).toEqual({ ...before, $schema: 'https://example.org/schemas/study-report-1.1.schema.json', checklistVersion: '1.1' });
    expect(document).toEqual(before);
  });

  it('migrates to the latest version by default, and a document already there is returned as it is', () => {
    const result = migrate({ checklistVersion: '1.0' });
    expect(result.ok && result.document).toEqual({ checklistVersion: '1.1' });
    const same = migrate({ checklistVersion: '1.1', study: {} });
    expect(same).toMatchObject({ ok: true, edits: [], document: { checklistVersion: '1.1', study: {} } });
  });

  it('a $schema that names no study-report schema is kept', () => {
    const result = migrate({ $schema: './my-own.schema.json', checklistVersion: '1.0' });
    expect(result.ok && result.document.$schema).toBe('./my-own.schema.json');
  });

  it('the $schema link is recognised by file name and by $id', () => {
    expect(relinkSchema('../schemas/study-report-1.0.schema.json', '1.1')).toBe('../schemas/study-report-1.1.schema.json');
    expect(relinkSchema('urn:secretome-checklist:schema:study-report:1.1', '1.0')).toBe('urn:secretome-checklist:schema:study-report:1.0');
    expect(relinkSchema('https://json-schema.org/draft/2020-12/schema', '1.1')).toBeUndefined();
  });

  it('a document without a version, with an unknown one, or an unknown target is refused with the fix', () => {
    expect(migrate({ study: {} })).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'no-version', pointer: '/checklistVersion', hint: expect.stringContaining('checklistVersion: "1.0"') })] });
    expect(migrate({ checklistVersion: 1 })).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'unknown-version', message: 'checklistVersion is the number 1, not text.' })] });
    expect(migrate({ checklistVersion: '2.0' })).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'unknown-version', message: 'checklistVersion is "2.0", not a version this tool knows.' })] });
    expect(migrate({ checklistVersion: '1.0' }, { to: '0.9' })).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'unknown-target' })] });
    expect(migrate([{ checklistVersion: '1.0' }])).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'not-a-document' })] });
  });

  it('1.1 → 1.0 works for a document that uses only what 1.0 has', () => {
    const result = migrate({ checklistVersion: '1.1', storage: { temperature: { value: -80, unit: '°C' } } }, { to: '1.0' });
    expect(result.ok && result.document).toEqual({ checklistVersion: '1.0', storage: { temperature: { value: -80, unit: '°C' } } });
  });

  it('1.1 → 1.0 lists every value 1.0 cannot hold, and migrates nothing', () => {
    const document = {
      checklistVersion: '1.1',
      // A not-reported sub-field and a bare-number dose exist only in 1.1.
      cellSource: { donors: { count: 3, sex: { notReported: true } } },
      doseAdministration: { dose: { amounts: [{ value: 2000000 }] } },
      storage: { temperature: { value: -80, unit: '°C' } },
    };
    const result = migrate(document, { to: '1.0' });
    expect(result.ok).toBe(false);
    const pointers = result.ok ? [] : result.errors.map((error) => error.pointer);
    expect(pointers.some((pointer) => pointer.startsWith('/cellSource/donors'))).toBe(true);
    expect(pointers.some((pointer) => pointer.startsWith('/doseAdministration/dose'))).toBe(true);
    expect(pointers.some((pointer) => pointer.startsWith('/storage'))).toBe(false);
    for (const error of result.ok ? [] : result.errors) expect(error).toMatchObject({ code: 'does-not-fit', message: expect.stringMatching(/^checklist 1\.0 cannot hold this: /) });
  });

  it('problems the document already has under its own version are carried, not blamed on the migration', () => {
    const result = migrate({ checklistVersion: '1.1', study: { titel: 'A study' } }, { to: '1.0' });
    expect(result.ok && result.document).toEqual({ checklistVersion: '1.0', study: { titel: 'A study' } });
  });
});

describe('renames are data', () => {
  const RENAMED: Rename[] = [{ from: '/doseAdministration/arms/*/volume', to: 'injectedVolume', since: '1.1', note: 'for the test' }];
  const text = ['checklistVersion: "1.0"', 'doseAdministration:', '  arms:', '    - id: low # the low dose', '      volume: { volume: { value: 10, unit: µL } }', '    - id: high', '      volume: # doubled', '        volume: { value: 20, unit: µL }', ''].join('\n');

  it('a rename in the table renames the key in every list entry, in text and data, and back again', () => {
    const up = migrateText(text, { to: '1.1', renames: RENAMED });
    if (!up.ok) throw new Error(JSON.stringify(up));
    expect(up.text).toBe(text.replace('"1.0"', '"1.1"').replace(/^ {6}volume:/gm, '      injectedVolume:'));
    const down = migrateText(up.text, { to: '1.0', renames: RENAMED });
    expect(down.ok && down.text).toBe(text);
  });

  it('the built-in table is empty: 1.1 renames no field of 1.0', async () => {
    const { RENAMES } = await import('../../src/migrate/renames.js');
    expect(RENAMES).toEqual([]);
  });
});

describe('migrateText refuses what it cannot read, as check would', () => {
  it('a syntax error is the parser\'s error, with its place', () => {
    const result = migrateText('checklistVersion: "1.0"\nstudy: [\n', { filename: 'broken.yaml' });
    expect(result).toMatchObject({ ok: false, input: { code: 'yaml-syntax', file: 'broken.yaml' } });
  });

  it('inputs are bounded by the same limits', () => {
    const result = migrateText(`checklistVersion: "1.0"\nstudy: { title: "${'x'.repeat(200)}" }\n`, { filename: 'long.yaml', maxStringLength: 100 });
    expect(result).toMatchObject({ ok: false, input: { code: 'too-long' } });
  });

  it('errors of the migration carry the line and column of the value', () => {
    const result = migrateText('# a comment\nchecklistVersion: 1.0\n', { filename: 'x.yaml' });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'unknown-version', line: 2, column: 19 }] });
  });

  it('a byte-order mark and CRLF line ends are kept', () => {
    const text = '\ufeffchecklistVersion: "1.0"\r\nstudy:\r\n  design: [in-vivo]\r\n';
    const up = migrateText(text, { filename: 'bom.yaml' });
    expect(up.ok && up.text).toBe(text.replace('1.0', '1.1'));
  });
});

describe('examples/ holds the five originals migrated to 1.1, improved where 1.1 says more', () => {
  /** Values the 1.1 examples state more precisely than their originals could (every other value is kept). */
  const REWORDED: Record<string, Record<string, unknown>> = {
    'clinical-knee-oa.yaml': {
      '/doseAdministration/route/site': 'Index knee; superolateral approach', // the guidance has its own field in 1.1
      '/outcomes/mechanisticReadouts/readouts/0/tissue': 'synovial-fluid',
      '/outcomes/mechanisticReadouts/readouts/1/tissue': 'synovial-fluid',
    },
    'complete-in-vivo-ev.yaml': { '/outcomes/mechanisticReadouts/readouts/1/tissue': 'sciatic-nerve' },
    'in-vitro-microglia.yaml': Object.fromEntries([0, 1, 2, 3].map((index) => [`/outcomes/mechanisticReadouts/readouts/${index}/tissue`, 'cell-culture'])),
    'multi-arm-three-doses.yaml': {},
    'under-reported-concentrated-cm.yaml': {},
  };

  for (const name of NAMES) {
    it(`${name}: every value of the migrated original is kept, apart from the rewordings listed, and it is valid 1.1`, () => {
      const migrated = migrateText(original(name), { filename: name });
      const current = parseReportText(readFileSync(join(ROOT, 'examples', name), 'utf8'), { filename: name });
      if (!migrated.ok || !current.ok) throw new Error(`${name} does not parse`);
      const reparsed = parseReportText(migrated.text, { filename: name });
      if (!reparsed.ok) throw new Error(`${name}: the migrated text does not parse`);
      const before = leaves(reparsed.document);
      const after = leaves(current.document);
      const changed = [...before].filter(([pointer, value]) => after.get(pointer) !== value).map(([pointer]) => pointer);
      expect(changed.sort()).toEqual(Object.keys(REWORDED[name]!).sort());
      for (const [pointer, value] of Object.entries(REWORDED[name]!)) expect(after.get(pointer), pointer).toBe(value);
      expect(after.size).toBeGreaterThan(before.size);
      expect(SCHEMAS['1.1'].validateStructure(current.document)).toEqual([]);
    });
  }
});
