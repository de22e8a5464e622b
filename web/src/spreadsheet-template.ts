/**
 * "Download spreadsheet template": the workbook `secretome-checklist init --format xlsx` writes (About,
 * Studies, Preparations and Arms sheets, drop-down lists), made in the page. A chunk of its own, imported
 * on the first click: the workbook writer is the largest part of the page and most visits never need it.
 */
import { documentsToTables } from '../../src/tabular/to-tables.js';
import { workbookLayout } from '../../src/tabular/layout.js';
import { writeWorkbook } from '../../src/tabular/xlsx/write.js';
import { LATEST_VERSION } from '../../src/schema/versions.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Builds the template workbook and hands it to the browser as a download of studies.xlsx. */
export async function downloadTemplate(): Promise<void> {
  const bytes = await writeWorkbook(documentsToTables([], LATEST_VERSION), workbookLayout(LATEST_VERSION));
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'studies.xlsx';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
