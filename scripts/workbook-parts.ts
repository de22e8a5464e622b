/**
 * Workbooks made part by part, for tests of the reader: a minimal valid package around the sheets given,
 * so each test states only the XML it is about (and hostile packages can be made the same way).
 */
import { zipSync, type Zippable } from 'fflate';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export interface SheetSpec {
  name: string;
  /** The worksheet XML's content inside <worksheet>, e.g. `<sheetData>…</sheetData>`. */
  body: string;
}

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `<row r="n">` with inline-string or number cells, from values. */
export function row(number: number, cells: Array<string | number | null>): string {
  const xml = cells
    .map((value, index) => {
      if (value === null) return '';
      const ref = `${String.fromCharCode(65 + index)}${number}`;
      return typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    })
    .join('');
  return `<row r="${number}">${xml}</row>`;
}

export function workbookParts(sheets: SheetSpec[], extra: { sharedStrings?: string; styles?: string; workbookPr?: string; parts?: Record<string, string | Uint8Array> } = {}): Zippable {
  const files: Zippable = {
    '[Content_Types].xml': utf8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    '_rels/.rels': utf8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': utf8(
      `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}">${extra.workbookPr ?? ''}<sheets>${sheets.map((sheet, index) => `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': utf8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
        .join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = utf8(`<?xml version="1.0"?><worksheet xmlns="${NS}">${sheet.body}</worksheet>`);
  });
  if (extra.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = utf8(`<?xml version="1.0"?><sst xmlns="${NS}">${extra.sharedStrings}</sst>`);
  if (extra.styles !== undefined) files['xl/styles.xml'] = utf8(`<?xml version="1.0"?><styleSheet xmlns="${NS}">${extra.styles}</styleSheet>`);
  for (const [path, content] of Object.entries(extra.parts ?? {})) files[path] = typeof content === 'string' ? utf8(content) : content;
  return files;
}

/** A workbook file from sheets (see workbookParts). */
export function makeWorkbook(...args: Parameters<typeof workbookParts>): Uint8Array {
  return zipSync(workbookParts(...args), { mtime: new Date(Date.UTC(2026, 0, 1)) });
}
