/**
 * Tables → study documents. Each Studies row is a study; Preparations and Arms rows find their study by
 * `studyId` and become its `production.preparations[]` / `doseAdministration.arms[]` entries and the
 * per-preparation and per-arm overrides of the other sections. Every problem is an InputError naming the
 * file, the cell (`Arms!F7`) and the fix; a study with a problem in any of its cells is not returned (a
 * half-read study would be checked as if it lacked what the bad cell says).
 */
import type { InputError, InputErrorCode } from '../io/errors.js';
import { checkValueLimits, DEFAULT_LIMITS, type InputLimits } from '../io/limits.js';
import type { SourceMap } from '../io/source-map.js';
import { toPointer, isPlainObject } from '../schema/pointer.js';
import { nearest } from '../schema/suggest.js';
import { LATEST_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../schema/versions.js';
import { parseQuantity, parseRange, readCell, type CellRead } from './cells.js';
import { findHeader, isLabelRow, matchColumns, sheetKind, suggestHeading, type ColumnMatch, type FoundHeader } from './header.js';
import { VERSION_KEY, workbookLayout, type FieldNode, type SheetFields, type TabularLayout } from './layout.js';
import { decodeField, setOwn } from './record.js';
import { cellAddress, columnName, SHEET_NAMES, type CellRef, type CellValue, type SheetData, type SheetKind, type TableSet } from './types.js';
import { cellSourceMap, sheetKey, type CellPlace } from './source-map.js';

type Json = Record<string, unknown>;

/** A study read from tables, with the cells its values came from. */
export interface TabularStudy {
  id: string;
  document: Record<string, unknown>;
  sourceMap: SourceMap;
  /** The study's row on the Studies sheet (its id cell). */
  row: CellRef;
  /** The file of the Studies sheet, when it is not the file the tables were opened as. */
  file?: string;
}

/** The studies read, and every problem found on the way (studies with a problem are left out). */
export interface TablesResult {
  studies: TabularStudy[];
  errors: InputError[];
  /** The schema version whose layout the tables were read with. */
  version: SchemaVersion;
}

/** Limits (those of a YAML file by default) and, to override the choice by headers, the version. */
export interface ReadTablesOptions {
  limits?: Partial<InputLimits>;
  /** Read with this version's layout instead of the one the headers fit best. */
  version?: SchemaVersion;
}

/** A sheet found in the tables, with its header and what each column holds. */
interface FoundSheet {
  kind: SheetKind;
  sheet: SheetData;
  file: string;
  header: FoundHeader;
  matches: ColumnMatch[];
}

/** One data row, read: its cells' reads by layout column and where each layout column is on the sheet. */
interface ReadRow {
  sheet: FoundSheet;
  /** 1-based row number. */
  row: number;
  reads: Map<number, CellRead>;
  /** Layout column → 1-based sheet column. */
  at: Map<number, number>;
}

/** Errors listed per file: a sheet with a wrong column in 100,000 rows says so a hundred times, then counts. */
export const MAX_LISTED_ERRORS = 100;

class Problems {
  readonly errors: InputError[] = [];
  /** Problems past MAX_LISTED_ERRORS: counted, not listed. */
  private unlisted: { count: number; first?: InputError } = { count: 0 };
  /** Studies with a problem: not returned. */
  readonly failed = new Set<string>();

  /** The listed errors, and one more that counts the rest. */
  list(): InputError[] {
    const { count, first } = this.unlisted;
    if (count === 0 || !first) return this.errors;
    const more: InputError = { code: first.code, file: first.file, message: `and ${count} more problem${count === 1 ? '' : 's'} (the first ${MAX_LISTED_ERRORS} are listed above).`, hint: 'Fix those, then check the file again.' };
    if (first.sheet !== undefined) more.sheet = first.sheet;
    return [...this.errors, more];
  }

  add(code: InputErrorCode, sheet: FoundSheet, place: { row?: number; column?: number }, message: string, hint?: string, study?: string): void {
    this.addAt(code, { file: sheet.file, sheet: sheet.sheet.name }, place, message, hint, study);
  }

  addAt(code: InputErrorCode, where: { file: string; sheet: string }, place: { row?: number; column?: number }, message: string, hint?: string, study?: string): void {
    const error: InputError = { code, file: where.file, sheet: where.sheet, message };
    if (place.row !== undefined) error.line = place.row;
    if (place.column !== undefined) error.column = place.column;
    if (place.row !== undefined && place.column !== undefined) error.cell = cellAddress({ row: place.row, column: place.column });
    if (hint !== undefined) error.hint = hint;
    if (study !== undefined) this.failed.add(study);
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push(error);
    else if (this.unlisted.count++ === 0) this.unlisted.first = error;
  }
}

function placeOf(row: ReadRow, column: number): CellPlace {
  const place: CellPlace = { sheet: row.sheet.sheet.name, row: row.row, column };
  if (row.sheet.sheet.file !== undefined) place.file = row.sheet.sheet.file;
  return place;
}

/** Layout column → 1-based column of the sheet, from the header's matches. */
function columnsOf(sheet: FoundSheet): Map<number, number> {
  const map = new Map<number, number>();
  sheet.matches.forEach((match, at) => {
    if (match.type === 'column') map.set(match.column, at + 1);
  });
  return map;
}

/** The nearest text above a sheet's header in one column (a title a person gave a column they added), with its 1-based row. */
function titleAbove(sheet: FoundSheet, at: number): { text: string; row: number } | undefined {
  for (let index = sheet.header.row - 1; index >= 0; index--) {
    const text = cellText(sheet.sheet.rows[index]?.[at]).trim();
    if (text !== '') return { text, row: index + 1 };
  }
  return undefined;
}

function cellText(cell: CellValue | undefined): string {
  return typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell);
}

/** The layout the headers fit best: fewest unknown headings, then the version the rows declare, then the closest column count. */
function chooseVersion(found: Array<Omit<FoundSheet, 'matches'>>): SchemaVersion {
  const scored = SCHEMA_VERSIONS.map((version) => {
    const layout = workbookLayout(version);
    let unknown = 0;
    let countGap = 0;
    const declared = new Set<string>();
    for (const sheet of found) {
      const columns = layout.sheets.find((candidate) => candidate.kind === sheet.kind)!.columns;
      const matches = matchColumns(sheet.sheet.rows[sheet.header.row]!, columns);
      unknown += matches.filter((match) => match.type === 'unknown').length;
      countGap += Math.abs(matches.filter((match) => match.type !== 'empty').length - columns.length);
      if (sheet.kind === 'studies') {
        const at = matches.findIndex((match) => match.type === 'column' && columns[match.column]!.key === 'checklistVersion');
        if (at >= 0) for (const row of sheet.sheet.rows.slice(sheet.header.row + 1)) if (cellText(row[at]) !== '') declared.add(cellText(row[at]));
      }
    }
    const declaresThis = declared.size === 1 && declared.has(version) ? 0 : 1;
    return { version, unknown, declaresThis, countGap };
  });
  scored.sort((a, b) => a.unknown - b.unknown || a.declaresThis - b.declaresThis || a.countGap - b.countGap || Number(b.version === LATEST_VERSION) - Number(a.version === LATEST_VERSION));
  return scored[0]!.version;
}

/** Merges a partial document into `target`; returns the paths both set. */
function mergeInto(target: Json, extra: Json, path: string[] = [], conflicts: string[][] = []): string[][] {
  for (const key of Object.keys(extra)) {
    if (!Object.prototype.hasOwnProperty.call(target, key)) setOwn(target, key, extra[key]);
    else if (isPlainObject(target[key]) && isPlainObject(extra[key])) mergeInto(target[key] as Json, extra[key] as Json, [...path, key], conflicts);
    else conflicts.push([...path, key]);
  }
  return conflicts;
}

/**
 * Study documents from tables (a workbook's sheets, or CSV files as sheets). `file` names the workbook in
 * errors; a sheet with its own `file` (a CSV file read beside it) is named by that.
 */
export function tablesToDocuments(tables: TableSet, file: string, options: ReadTablesOptions = {}): TablesResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const problems = new Problems();
  const found: Array<Omit<FoundSheet, 'matches'>> = [];
  for (const sheet of tables.sheets) {
    const header = findHeader(sheet);
    const kind = sheetKind(sheet, header);
    const sheetFile = sheet.file ?? file;
    if (!kind) continue;
    const placeholder: FoundSheet = { kind, sheet, file: sheetFile, header: header ?? { row: 0, byKey: true }, matches: [] };
    if (!header) {
      // A sheet named Studies, Preparations or Arms must have a header; other sheets (About, Lists) are not data.
      problems.add(
        'missing-header',
        placeholder,
        {},
        `the sheet has no header row with a "studyId" column.`,
        `Keep the template's key row (row 3: studyId, ${kind === 'studies' ? 'study.title' : kind === 'arms' ? 'armId' : 'preparationId'}, …), or a row of its column titles ("Study id", …), above the data.`,
      );
      continue;
    }
    const twin = found.find((other) => other.kind === kind);
    if (twin) {
      problems.add('duplicate-sheet', placeholder, {}, `the sheet holds ${SHEET_NAMES[kind]} rows, as "${twin.sheet.name}"${twin.file !== sheetFile ? ` in ${twin.file}` : ''} does.`, 'Put all rows of one kind in one sheet (or one CSV file).');
      continue;
    }
    found.push({ kind, sheet, file: sheetFile, header });
  }
  const version = options.version ?? chooseVersion(found);
  const layout = workbookLayout(version);
  const sheets = found.map((sheet): FoundSheet => {
    const columns = layout.sheets.find((candidate) => candidate.kind === sheet.kind)!.columns;
    return { ...sheet, matches: matchColumns(sheet.sheet.rows[sheet.header.row]!, columns) };
  });
  const studiesSheet = sheets.find((sheet) => sheet.kind === 'studies');
  if (!studiesSheet) {
    if (sheets.length > 0 && problems.errors.length === 0) {
      problems.add('missing-sheet', sheets[0]!, {}, 'there is no Studies sheet: preparations and arms name their study by its row there.', 'Add the Studies sheet (or studies.csv beside this file), with one row per study.');
    }
    return { studies: [], errors: problems.list(), version };
  }
  const reader = new TableReader(layout, problems, { ...limits });
  const studies = reader.read(studiesSheet, sheets);
  return { studies, errors: problems.list(), version };
}

interface UnitRowRef {
  row: ReadRow;
  unitId: string;
}

class TableReader {
  constructor(
    private readonly layout: TabularLayout,
    private readonly problems: Problems,
    private readonly limits: InputLimits,
  ) {}

  private fields(kind: SheetKind): SheetFields {
    return this.layout.fields[kind];
  }

  private columns(kind: SheetKind) {
    return this.layout.sheets.find((sheet) => sheet.kind === kind)!.columns;
  }

  /** The data rows of a sheet, read cell by cell; problems are reported against the row's study. */
  private rows(sheet: FoundSheet, studyOf: (row: ReadRow) => string | undefined): ReadRow[] {
    const columns = this.columns(sheet.kind);
    const rows: ReadRow[] = [];
    for (let index = sheet.header.row + 1; index < sheet.sheet.rows.length; index++) {
      const cells = sheet.sheet.rows[index]!;
      if (cells.every((cell) => cellText(cell) === '') || isLabelRow(cells, columns)) continue;
      const row: ReadRow = { sheet, row: index + 1, reads: new Map(), at: new Map() };
      const pending: Array<() => void> = [];
      cells.forEach((cell, at) => {
        const match = sheet.matches[at];
        if (cellText(cell) === '') return;
        if (!match || match.type === 'empty') {
          pending.push(() => {
            // A column a person added often has a title (row 2) but no key: say so, rather than "no heading".
            const title = titleAbove(sheet, at);
            const headerCell = cellAddress({ row: sheet.header.row + 1, column: at + 1 });
            this.problems.add(
              'unknown-column',
              sheet,
              { row: row.row, column: at + 1 },
              title !== undefined
                ? `the cell holds a value under "${title.text.slice(0, 80)}" (${cellAddress({ row: title.row, column: at + 1 })}), a column the checker does not know: its key cell ${headerCell} is empty, so the value would be lost.`
                : `the cell holds a value under a column without a heading (column ${columnName(at + 1)}), so the value would be lost.`,
              title !== undefined
                ? `Move the value into the column of the field it belongs to (a remark fits a "… note" column), or write that field's key into ${headerCell}.`
                : 'Give the column the key of the field it holds (row 3 of the template), or move the value into its column.',
              studyOf(row),
            );
          });
          return;
        }
        if (match.type === 'unknown') {
          const headerCell = cellAddress({ row: sheet.header.row + 1, column: at + 1 });
          pending.push(() => {
            const suggestion = suggestHeading(match.heading, columns, sheet.header.byKey);
            this.problems.add(
              'unknown-column',
              sheet,
              { row: row.row, column: at + 1 },
              `the cell holds a value under "${match.heading.slice(0, 80)}" (${headerCell}), which is not a column of the ${sheet.sheet.name} sheet.`,
              suggestion !== undefined ? `Did you mean "${suggestion}"? Rename the heading, or move the value.` : 'Use a heading of the template (row 3 keys, or row 2 titles), or move the value into the column it belongs in.',
              studyOf(row),
            );
          });
          return;
        }
        if (match.type === 'duplicate') {
          pending.push(() =>
            this.problems.add('duplicate-column', sheet, { row: row.row, column: at + 1 }, `the cell is under "${match.heading.slice(0, 80)}", a heading that column ${columnName(match.first + 1)} already has.`, 'Keep one column per field: merge the two columns.', studyOf(row)),
          );
          return;
        }
        row.at.set(match.column, at + 1);
        const read = readCell(columns[match.column]!, cell, { limits: this.limits });
        row.reads.set(match.column, read);
      });
      this.readQuantities(row);
      rows.push(row);
      const study = studyOf(row);
      for (const report of pending) report();
      for (const [column, read] of row.reads) {
        if (read.type === 'problem') this.problems.add('bad-cell', sheet, { row: row.row, column: row.at.get(column)! }, `${columns[column]!.title}: ${read.message}`, read.hint, study);
      }
    }
    return rows;
  }

  /**
   * A value cell that is not a number but a value with its unit ("−80 °C") or a range ("350–450 µL"), the
   * unit and range cells beside it empty: the cells it stands for.
   */
  private readQuantities(row: ReadRow): void {
    const columns = this.columns(row.sheet.kind);
    const isEmpty = (column: number | undefined): boolean => column === undefined || (row.reads.get(column)?.type ?? 'empty') === 'empty';
    const visit = (node: FieldNode): void => {
      if (node.type === 'group') {
        node.children.forEach(visit);
        return;
      }
      if (node.unitColumn === undefined && node.rangeColumns === undefined) return;
      const read = row.reads.get(node.column);
      const cell = row.sheet.sheet.rows[row.row - 1]![(row.at.get(node.column) ?? 0) - 1];
      if (read?.type !== 'problem' || typeof cell !== 'string') return;
      const units = isEmpty(node.unitColumn) ? (columns[node.column]!.units ?? []) : [];
      const at = row.at.get(node.column)!;
      const set = (column: number, value: unknown): void => {
        row.reads.set(column, { type: 'value', value, exact: false });
        row.at.set(column, at);
      };
      const quantity = parseQuantity(cell, units);
      if (quantity && node.unitColumn !== undefined) {
        set(node.column, quantity.value);
        set(node.unitColumn, quantity.unit);
        return;
      }
      const range = node.rangeColumns && isEmpty(node.rangeColumns.min) && isEmpty(node.rangeColumns.max) ? parseRange(cell, units) : undefined;
      if (range && node.rangeColumns) {
        row.reads.delete(node.column);
        set(node.rangeColumns.min, range.min);
        set(node.rangeColumns.max, range.max);
        if (range.unit !== undefined && node.unitColumn !== undefined) set(node.unitColumn, range.unit);
      }
    };
    for (const root of this.fields(row.sheet.kind).roots) visit(root.node);
  }

  private id(row: ReadRow, column: number): string | undefined {
    const read = row.reads.get(column);
    return read?.type === 'value' && typeof read.value === 'string' && read.value !== '' ? read.value : undefined;
  }

  /** The study id cell's place, for errors about a row without one. */
  private idPlace(row: ReadRow, column: number): { row: number; column?: number } {
    const at = row.at.get(column);
    return at === undefined ? { row: row.row } : { row: row.row, column: at };
  }

  /** Documents whose version cell was empty: they take the layout's version unless their extra cell says none. */
  private defaulted = new WeakSet<Json>();

  /** For each sheet by name: its kind and where each layout column is. */
  private sheetColumns = new Map<string, { kind: SheetKind; columns: Map<number, number> }>();

  read(studiesSheet: FoundSheet, sheets: FoundSheet[]): TabularStudy[] {
    for (const sheet of sheets) this.sheetColumns.set(sheetKey(sheet.sheet.name, sheet.sheet.file), { kind: sheet.kind, columns: columnsOf(sheet) });
    const studyFields = this.fields('studies');
    const studyRows = this.rows(studiesSheet, (row) => this.id(row, studyFields.studyIdColumn));
    const studies = new Map<string, { row: ReadRow; document: Json; places: Map<string, CellPlace> }>();
    for (const row of studyRows) {
      const id = this.id(row, studyFields.studyIdColumn);
      if (id === undefined) {
        this.problems.add('missing-id', studiesSheet, { row: row.row, column: 1 }, 'the row has values but no study id.', 'Give every study a short id in the studyId column (e.g. ref-107); its preparations and arms name it.');
        continue;
      }
      const first = studies.get(id);
      if (first) {
        this.problems.add('duplicate-id', studiesSheet, this.idPlace(row, studyFields.studyIdColumn), `the study id "${id}" is already used by row ${first.row.row}.`, 'Give each study its own id.', id);
        continue;
      }
      const places = new Map<string, CellPlace>();
      const document = this.decodeRow(row, studyFields, places, (root) => (root.section ? [root.section] : []));
      if (!Object.prototype.hasOwnProperty.call(document, VERSION_KEY)) this.defaulted.add(document);
      studies.set(id, { row, document, places });
    }
    const knownIds = [...studies.keys()];

    const unitRows = new Map<string, Map<SheetKind, UnitRowRef[]>>();
    for (const sheet of sheets) {
      if (sheet.kind === 'studies') continue;
      const fields = this.fields(sheet.kind);
      const rows = this.rows(sheet, (row) => this.id(row, fields.studyIdColumn));
      const seen = new Map<string, number>();
      for (const row of rows) {
        const studyId = this.id(row, fields.studyIdColumn);
        const unit = sheet.kind === 'preparations' ? 'preparation' : 'arm';
        if (studyId === undefined) {
          this.problems.add('missing-id', sheet, this.idPlace(row, fields.studyIdColumn), `the row has values but no study id.`, `Write the id of the study this ${unit} belongs to (its studyId on the Studies sheet).`);
          continue;
        }
        if (!studies.has(studyId)) {
          const suggestion = nearest(studyId, knownIds);
          this.problems.add(
            'unknown-study',
            sheet,
            this.idPlace(row, fields.studyIdColumn),
            `the study id "${studyId.slice(0, 80)}" names no row of the Studies sheet.`,
            suggestion !== undefined ? `Did you mean "${suggestion}"?` : `Use the studyId of a row on the Studies sheet${knownIds.length > 0 ? ` (${knownIds.slice(0, 5).join(', ')}${knownIds.length > 5 ? ', …' : ''})` : ''}, or add the study there.`,
          );
          continue;
        }
        const unitId = this.id(row, fields.unitIdColumn!);
        if (unitId === undefined) {
          this.problems.add('missing-id', sheet, this.idPlace(row, fields.unitIdColumn!), `the row has values but no ${unit} id.`, `Give each ${unit} a short id, unique within its study (e.g. ${unit === 'arm' ? 'high-dose' : 'ev'}).`, studyId);
          continue;
        }
        const key = `${studyId}\u0000${unitId}`;
        const first = seen.get(key);
        if (first !== undefined) {
          this.problems.add('duplicate-id', sheet, this.idPlace(row, fields.unitIdColumn!), `the ${unit} id "${unitId}" is already used for study "${studyId}" by row ${first}.`, `Give each ${unit} of a study its own id.`, studyId);
          continue;
        }
        seen.set(key, row.row);
        let byKind = unitRows.get(studyId);
        if (!byKind) unitRows.set(studyId, (byKind = new Map()));
        let list = byKind.get(sheet.kind);
        if (!list) byKind.set(sheet.kind, (list = []));
        list.push({ row, unitId });
      }
    }

    const out: TabularStudy[] = [];
    for (const [id, { row, document, places }] of studies) {
      for (const [kind, refs] of unitRows.get(id) ?? []) this.assembleUnits(kind, refs, document, places, id);
      this.mergeExtra(row, studyFields, document, places, [], id);
      if (this.defaulted.has(document)) setOwn(document, VERSION_KEY, this.layout.version);
      if (this.problems.failed.has(id)) continue;
      const sourceMap = cellSourceMap(this.layout, places, { sheet: studiesSheet.sheet.name, row: row.row, ...(studiesSheet.sheet.file !== undefined ? { file: studiesSheet.sheet.file } : {}) }, this.sheetColumns);
      // The study as a whole is bounded like a YAML or JSON document (many arms make a long list).
      const over = checkValueLimits(document, this.limits);
      if (over) {
        // A list too long is shown at its first entry over the limit (an arm's row, say).
        const pointer = over.code === 'too-many-items' && over.pointer !== undefined ? `${over.pointer}/${this.limits.maxArrayLength}` : (over.pointer ?? '');
        const at = sourceMap.locate(pointer)!;
        this.problems.addAt(over.code, { file: at.file ?? studiesSheet.file, sheet: at.sheet! }, { row: at.line, column: at.column }, `study "${id}": ${over.message}`, over.hint, id);
        continue;
      }
      const study: TabularStudy = {
        id,
        document,
        sourceMap,
        row: { sheet: studiesSheet.sheet.name, row: row.row, column: row.at.get(studyFields.studyIdColumn) ?? 1 },
      };
      if (studiesSheet.sheet.file !== undefined) study.file = studiesSheet.sheet.file;
      out.push(study);
    }
    return out;
  }

  /**
   * The record of one row: the fields of its roots, set at `prefix(root)` + the root's key, with the cell
   * of every value recorded in `places` under its pointer (built by `pointer`).
   */
  private decodeRow(row: ReadRow, fields: SheetFields, places: Map<string, CellPlace>, prefix: (root: SheetFields['roots'][number]) => string[]): Json {
    const record: Json = {};
    const reads = (column: number): CellRead => row.reads.get(column) ?? { type: 'empty' };
    const safeReads = (column: number): CellRead => {
      const read = reads(column);
      return read.type === 'problem' ? { type: 'empty' } : read;
    };
    for (const root of fields.roots) {
      const base = [...prefix(root), root.node.key];
      const value = decodeField(root.node, safeReads, (path, column) => {
        const at = row.at.get(column);
        if (at !== undefined) places.set(toPointer([...base, ...path]), placeOf(row, at));
      });
      if (value === undefined) continue;
      let holder = record;
      for (const segment of base.slice(0, -1)) {
        if (!isPlainObject(holder[segment])) setOwn(holder, segment, {});
        holder = holder[segment] as Json;
      }
      setOwn(holder, base.at(-1)!, value);
    }
    return record;
  }

  /** Preparations or Arms rows of one study → the declaring list and the override lists, in row order. */
  private assembleUnits(kind: SheetKind, refs: UnitRowRef[], document: Json, places: Map<string, CellPlace>, studyId: string): void {
    const fields = this.fields(kind);
    const lists = new Map<string, Json[]>(fields.sources.map((source) => [source.section, []]));
    for (const { row, unitId } of refs) {
      const rowPlaces = new Map<string, CellPlace>();
      // Decoded with pointers relative to the row's section entries: /storage/temperature/value.
      const record = this.decodeRow(row, fields, rowPlaces, (root) => [root.section!]);
      this.mergeExtra(row, fields, record, rowPlaces, fields.sources.map((source) => source.section), studyId);
      for (const source of fields.sources) {
        const entryValues = record[source.section];
        if (!source.declares && !isPlainObject(entryValues)) continue;
        const entry: Json = {};
        setOwn(entry, source.idField, unitId);
        if (isPlainObject(entryValues)) for (const key of Object.keys(entryValues)) setOwn(entry, key, entryValues[key]);
        const list = lists.get(source.section)!;
        const base = [source.section, source.container, String(list.length)];
        const idPlace = placeOf(row, row.at.get(fields.unitIdColumn!) ?? 2);
        places.set(toPointer(base), idPlace);
        places.set(toPointer([...base, source.idField]), idPlace);
        for (const [pointer, place] of rowPlaces) {
          const prefix = `/${source.section}/`;
          if (pointer.startsWith(prefix)) places.set(`${toPointer(base)}/${pointer.slice(prefix.length)}`, place);
        }
        list.push(entry);
      }
    }
    for (const source of fields.sources) {
      const list = lists.get(source.section)!;
      if (list.length === 0) continue;
      if (!isPlainObject(document[source.section])) setOwn(document, source.section, {});
      setOwn(document[source.section] as Json, source.container, list);
    }
  }

  /**
   * Merges a row's extra cell (a partial document, or for Preparations and Arms a partial entry per section)
   * into its record; a field that a column sets too is an error naming both.
   */
  private mergeExtra(row: ReadRow, fields: SheetFields, record: Json, places: Map<string, CellPlace>, sections: string[], studyId: string): void {
    const read = row.reads.get(fields.extraColumn);
    if (read?.type !== 'value') return;
    const at = row.at.get(fields.extraColumn)!;
    const place = { row: row.row, column: at };
    if (!isPlainObject(read.value)) {
      this.problems.add('bad-cell', row.sheet, place, 'the "Other fields" cell must hold a YAML mapping of fields, e.g. { storage: { container: { type: cryovial } } }.', 'Write the fields as { key: value }, or leave the cell empty.', studyId);
      return;
    }
    const extra = { ...read.value };
    if (sections.length === 0 && extra[VERSION_KEY] === null && this.defaulted.has(record)) {
      // The document had no version (see VERSION_KEY).
      delete extra[VERSION_KEY];
      this.defaulted.delete(record);
    }
    if (sections.length > 0) {
      const stray = Object.keys(extra).find((key) => !sections.includes(key));
      if (stray !== undefined) {
        const suggestion = nearest(stray, sections);
        this.problems.add('bad-cell', row.sheet, place, `the "Other fields" cell names "${stray.slice(0, 60)}", which is not a section of this sheet's entries (${sections.join(', ')}).`, suggestion ? `Did you mean "${suggestion}"?` : 'Move study-wide fields to the Studies sheet.', studyId);
        return;
      }
    }
    const conflicts = mergeInto(record, extra);
    if (conflicts.length > 0) {
      const path = conflicts[0]!;
      const columnPlace = places.get(toPointer(path));
      const other = columnPlace ? ` (also set in ${cellAddress(columnPlace)})` : '';
      this.problems.add('conflicting-cells', row.sheet, place, `the "Other fields" cell sets ${path.join('.')}, which the row's columns set too${other}.`, 'Keep the value in one place: its column, or the Other fields cell.', studyId);
      return;
    }
    recordExtraPlaces(extra, [], places, row, at);
  }
}

/** Every field taken from the extra cell points at that cell (the deepest mapped ancestor answers for the rest). */
function recordExtraPlaces(extra: Json, base: string[], places: Map<string, CellPlace>, row: ReadRow, column: number): void {
  for (const key of Object.keys(extra)) {
    const pointer = toPointer([...base, key]);
    if (!places.has(pointer)) places.set(pointer, placeOf(row, column));
    const value = extra[key];
    if (isPlainObject(value)) recordExtraPlaces(value, [...base, key], places, row, column);
  }
}
