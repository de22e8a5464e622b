/**
 * The source map of a study read from tables: a JSON pointer → the cell it came from, or for a value the
 * study lacks, the (empty) cell where it belongs, so that "Storage temperature is missing" points at the
 * cell to fill in.
 */
import type { SourceMap } from '../io/source-map.js';
import type { SourceLocation } from '../report/types.js';
import { parsePointer, toPointer } from '../schema/pointer.js';
import { firstLeaf, type FieldNode, type TabularLayout } from './layout.js';
import { cellAddress, type SheetKind } from './types.js';

/** A cell, by sheet name (and file, for a CSV file read beside the workbook's). */
export interface CellPlace {
  sheet: string;
  file?: string;
  row: number;
  column: number;
}

/** For each sheet: its kind and the 1-based sheet column of each layout column. */
export type SheetColumns = ReadonlyMap<string, { kind: SheetKind; columns: ReadonlyMap<number, number> }>;

/** A key for a sheet of a set, unique across the files of a CSV set. */
export function sheetKey(sheet: string, file: string | undefined): string {
  return `${file ?? ''}\u0000${sheet}`;
}

function location(place: CellPlace): SourceLocation {
  const out: SourceLocation = { line: place.row, column: place.column, sheet: place.sheet, cell: cellAddress(place) };
  if (place.file !== undefined) out.file = place.file;
  return out;
}

/**
 * `places` holds the cell of every value read (pointers into the study's document); `study` is the study's
 * row on the Studies sheet.
 */
export function cellSourceMap(layout: TabularLayout, places: ReadonlyMap<string, CellPlace>, study: Omit<CellPlace, 'column'>, sheets: SheetColumns): SourceMap {
  const studyColumns = sheets.get(sheetKey(study.sheet, study.file));
  const idColumn = studyColumns?.columns.get(layout.fields.studies.studyIdColumn) ?? 1;

  /** The cell where the field at `segments` belongs, and how many segments the layout could follow. */
  const layoutCell = (segments: string[]): { place: CellPlace; depth: number } | undefined => {
    let row: Omit<CellPlace, 'column'> = study;
    let kind: SheetKind = 'studies';
    let rest: string[];
    let section: string | undefined;
    let depth: number;
    const unit = (['preparations', 'arms'] as const)
      .flatMap((sheetKind) => layout.fields[sheetKind].sources.map((source) => ({ sheetKind, source })))
      .find(({ source }) => source.section === segments[0] && source.container === segments[1]);
    if (unit && segments.length >= 3) {
      const entry = places.get(toPointer(segments.slice(0, 3)));
      if (!entry) return undefined;
      row = entry;
      kind = unit.sheetKind;
      section = segments[0];
      rest = segments.slice(3);
      depth = 3;
    } else if (layout.fields.studies.roots.some((root) => root.section === segments[0])) {
      section = segments[0];
      rest = segments.slice(1);
      depth = 1;
    } else {
      rest = segments;
      depth = 0;
    }
    const root = layout.fields[kind].roots.find((candidate) => candidate.section === section && candidate.node.key === rest[0]);
    if (!root) return undefined;
    let node: FieldNode = root.node;
    depth++;
    for (const segment of rest.slice(1)) {
      if (node.type !== 'group') break;
      const child: FieldNode | undefined = node.children.find((candidate) => candidate.key === segment);
      if (!child) break;
      node = child;
      depth++;
    }
    const column = sheets.get(sheetKey(row.sheet, row.file))?.columns.get(firstLeaf(node).column);
    return column === undefined ? undefined : { place: { ...row, column }, depth };
  };

  return {
    locate(pointer) {
      let segments: string[];
      try {
        segments = parsePointer(pointer);
      } catch {
        return undefined;
      }
      let mapped: { place: CellPlace; depth: number } | undefined;
      for (let depth = segments.length; depth > 0 && !mapped; depth--) {
        const place = places.get(toPointer(segments.slice(0, depth)));
        if (place) mapped = { place, depth };
      }
      const laid = layoutCell(segments);
      if (laid && (!mapped || laid.depth > mapped.depth)) return location(laid.place);
      return location(mapped?.place ?? { ...study, column: idColumn });
    },
  };
}
