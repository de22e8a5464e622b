/**
 * Study documents → tables: one Studies row per study, one Preparations row per declared preparation, one
 * Arms row per declared arm, under the three header rows (section titles, readable titles, keys).
 *
 * Every value goes into its columns only when the reader gives it back unchanged (record.ts checks each
 * field); whatever cannot be written so (a value of the wrong shape, a key the schema does not know, an
 * override list whose order or ids rows cannot express) goes whole into the row's `extra` cell as YAML
 * flow. So document → tables → document is the same document, for any document.
 */
import { isPlainObject } from '../schema/pointer.js';
import { documentVersion, LATEST_VERSION, type SchemaVersion } from '../schema/versions.js';
import { readCell, writeYaml } from './cells.js';
import { VERSION_KEY, workbookLayout, type SheetFields, type TabularLayout } from './layout.js';
import { encodeField, setOwn } from './record.js';
import type { CellValue, Column, SheetData, SheetKind, TableSet } from './types.js';

type Json = Record<string, unknown>;

/** Row 1 (section titles over their first column), row 2 (titles) and row 3 (keys). */
export const HEADER_ROWS = 3;

/** The three header rows of a sheet: section titles (over the first column of each section), titles, keys. */
export function headerRows(columns: readonly Column[]): CellValue[][] {
  const sections = columns.map((column, index) => (index === 0 || columns[index - 1]!.sectionTitle !== column.sectionTitle ? column.sectionTitle : null));
  return [sections, columns.map((column) => column.title), columns.map((column) => column.key)];
}

/** The version the tables are written in: the one every document declares, else the latest. */
function tablesVersion(studies: ReadonlyArray<{ document: unknown }>): SchemaVersion {
  const versions = new Set(studies.map(({ document }) => documentVersion(document)));
  return versions.size === 1 ? [...versions][0]! : LATEST_VERSION;
}

/** A partial document of what the columns could not hold, built up path by path. */
function putExtra(extra: Json, path: readonly string[], value: unknown): void {
  let holder = extra;
  for (const segment of path.slice(0, -1)) {
    if (!isPlainObject(holder[segment])) setOwn(holder, segment, {});
    holder = holder[segment] as Json;
  }
  setOwn(holder, path.at(-1)!, value);
}

function own(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

class RowWriter {
  readonly cells: CellValue[];
  readonly extra: Json = {};
  constructor(
    private readonly fields: SheetFields,
    private readonly columns: readonly Column[],
    ids: CellValue[],
  ) {
    this.cells = new Array<CellValue>(columns.length).fill(null);
    ids.forEach((id, index) => (this.cells[index] = id));
  }

  /** Writes `value` of the field `key` of `section` (undefined: a document field) into its columns, or into extra. */
  put(section: string | undefined, key: string, value: unknown): void {
    const root = this.fields.roots.find((candidate) => candidate.section === section && candidate.node.key === key);
    const cells = root ? encodeField(root.node, value, this.columns) : undefined;
    if (!cells) {
      putExtra(this.extra, section === undefined ? [key] : [section, key], value);
      return;
    }
    for (const [column, cell] of cells) this.cells[column] = cell;
  }

  finish(): CellValue[] {
    if (Object.keys(this.extra).length > 0) this.cells[this.fields.extraColumn] = writeYaml(this.extra);
    return this.cells;
  }
}

/** Whether an id cell gives the id back exactly. */
function idFits(column: Column, id: unknown): id is string {
  if (typeof id !== 'string' || id === '') return false;
  const read = readCell(column, id);
  return read.type === 'value' && read.value === id;
}

interface StudyRows {
  study: CellValue[];
  units: Record<Exclude<SheetKind, 'studies'>, CellValue[][]>;
}

function studyRows(layout: TabularLayout, id: string, document: Json): StudyRows {
  const studyFields = layout.fields.studies;
  const studyColumns = layout.sheets[0]!.columns;
  const study = new RowWriter(studyFields, studyColumns, [id]);
  const sections = new Set(studyFields.roots.flatMap((root) => (root.section ? [root.section as string] : [])));
  /** Keys of sections whose unit lists the unit sheets write. */
  const unitLists = new Map<string, string>();
  for (const kind of ['preparations', 'arms'] as const) for (const source of layout.fields[kind].sources) unitLists.set(source.section, source.container);

  const units: StudyRows['units'] = { preparations: [], arms: [] };
  /** Unit lists the rows hold; the others go to the study's extra cell. */
  const written = new Set<string>();
  for (const [index, kind] of (['preparations', 'arms'] as const).entries()) {
    const fields = layout.fields[kind];
    const columns = layout.sheets[index + 1]!.columns;
    const [declaring, ...overriding] = fields.sources;
    if (!declaring) continue;
    const declared = own(own(document, declaring.section), declaring.container);
    const idColumn = columns[fields.unitIdColumn!]!;
    const ids = Array.isArray(declared) ? declared.map((entry) => own(entry, declaring.idField)) : [];
    const rowsFit = Array.isArray(declared) && declared.length > 0 && ids.every((unitId) => idFits(idColumn, unitId)) && new Set(ids).size === ids.length;
    if (!rowsFit) continue;
    const rows = (declared as Json[]).map((entry) => {
      const row = new RowWriter(fields, columns, [id, entry[declaring.idField] as string]);
      for (const key of Object.keys(entry)) if (key !== declaring.idField) row.put(declaring.section, key, entry[key]);
      return row;
    });
    written.add(declaring.section);
    for (const source of overriding) {
      const list = own(own(document, source.section), source.container);
      if (!Array.isArray(list) || list.length === 0) continue;
      // Rows give the overrides in row order, one per unit, each with a value: anything else is kept whole.
      const positions = list.map((entry) => ids.indexOf(own(entry, source.idField) as string));
      const fits =
        positions.every((position, at) => position >= 0 && (at === 0 || position > positions[at - 1]!)) &&
        list.every((entry) => Object.keys(entry as Json).some((key) => key !== source.idField));
      if (!fits) continue;
      list.forEach((entry, at) => {
        const row = rows[positions[at]!]!;
        for (const key of Object.keys(entry as Json)) if (key !== source.idField) row.put(source.section, key, (entry as Json)[key]);
      });
      written.add(source.section);
    }
    units[kind] = rows.map((row) => row.finish());
  }

  // An empty version cell reads as the workbook's version; a document without one says so in its extra cell.
  if (!Object.prototype.hasOwnProperty.call(document, VERSION_KEY)) putExtra(study.extra, [VERSION_KEY], null);
  for (const key of Object.keys(document)) {
    const value = document[key];
    if (!sections.has(key)) {
      study.put(undefined, key, value);
      continue;
    }
    if (!isPlainObject(value)) {
      putExtra(study.extra, [key], value);
      continue;
    }
    const sectionKeys = Object.keys(value);
    if (sectionKeys.length === 0) putExtra(study.extra, [key], {});
    for (const sectionKey of sectionKeys) {
      if (sectionKey === unitLists.get(key) && written.has(key)) continue;
      study.put(key, sectionKey, value[sectionKey]);
    }
  }
  return { study: study.finish(), units };
}

/**
 * Tables of the given studies (ids as the Studies sheet shows them, e.g. file stems). `version` picks the
 * layout; by default the version every document declares, or the latest. Ids must be unique and non-empty.
 */
export function documentsToTables(studies: ReadonlyArray<{ id: string; document: Record<string, unknown> }>, version?: SchemaVersion): TableSet {
  const layout = workbookLayout(version ?? tablesVersion(studies));
  const seen = new Set<string>();
  for (const { id } of studies) {
    if (!idFits(layout.sheets[0]!.columns[0]!, id)) throw new RangeError(`A study id must be non-empty text without surrounding spaces, not ${JSON.stringify(id)}.`);
    if (seen.has(id)) throw new RangeError(`Two studies have the id "${id}"; ids must be unique.`);
    seen.add(id);
  }
  const sheets: SheetData[] = layout.sheets.map((sheet) => ({ name: sheet.name, rows: headerRows(sheet.columns) }));
  for (const { id, document } of studies) {
    const rows = studyRows(layout, id, document);
    sheets[0]!.rows.push(rows.study);
    sheets[1]!.rows.push(...rows.units.preparations);
    sheets[2]!.rows.push(...rows.units.arms);
  }
  return { sheets };
}
