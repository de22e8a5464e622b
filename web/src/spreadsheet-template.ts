/**
 * "Download spreadsheet template": the workbook `secretome-checklist init --format xlsx` writes (About,
 * Studies, Preparations and Arms sheets, drop-down lists). It is made when the page is built
 * (tsup.config.ts) and embedded here as bytes, in a module of its own that the page imports on the first
 * click: most visits never need it, and the page carries no workbook writer.
 */
import template from 'virtual:template-workbook';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template's bytes. */
export function templateBytes(): Uint8Array {
  const binary = atob(template);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Hands the template to the browser as a download of studies.xlsx. */
export function downloadTemplate(): void {
  const url = URL.createObjectURL(new Blob([templateBytes() as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'studies.xlsx';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
