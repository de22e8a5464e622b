/** The template workbook of a checklist version (what `init --format xlsx` writes): empty data sheets, drop-downs, the About sheet. */
import { LATEST_VERSION, type SchemaVersion } from '../../schema/versions.js';
import { workbookLayout } from '../layout.js';
import { documentsToTables } from '../to-tables.js';
import { writeWorkbook } from './write.js';

export function templateWorkbook(version: SchemaVersion = LATEST_VERSION): Promise<Uint8Array> {
  return writeWorkbook(documentsToTables([], version), workbookLayout(version));
}
