/**
 * secretome-checklist: checks whether a study of MSC secretome therapy reports the minimal parameter set,
 * scores how complete the report is and says exactly what is missing.
 */
export * from './core.js';
export { parseReportFile, parseReportBytes, DEFAULT_MAX_FILE_BYTES } from './io/read-file.js';
export type { ReadOptions } from './io/read-file.js';
export { parseSpreadsheet, spreadsheetFormat, SPREADSHEET_FORMATS } from './io/spreadsheet.js';
export type { CompanionFile, SpreadsheetEntry, SpreadsheetFormat, SpreadsheetInput, SpreadsheetStudy } from './io/spreadsheet.js';
export { CONVERT_FORMATS, LossyConversionError, documentToJson, documentToYaml, inSchemaOrder, studiesToDelimited, studiesToWorkbook, studyIdOfFile, studyToText } from './convert/convert.js';
export type { ConvertFormat, StudyDocument } from './convert/convert.js';
