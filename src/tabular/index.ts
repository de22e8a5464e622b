/**
 * The tabular model (docs/spreadsheets.md): the workbook layout generated from the schema and checklist,
 * the one cell grammar, and the lossless conversion between study documents and tables. File formats
 * (XLSX, CSV, TSV) live beside it and read into / write from these types.
 */
export * from './types.js';
export { workbookLayout, STUDY_ID_KEY, EXTRA_KEY, type TabularLayout } from './layout.js';
export { readCell, writeCell, parseNumber, parseQuantity, readStateWords, type CellRead, type StateValue } from './cells.js';
export { documentsToTables, headerRows, HEADER_ROWS } from './to-tables.js';
export { tablesToDocuments, type TabularStudy, type TablesResult, type ReadTablesOptions } from './from-tables.js';
