/** Escaping for the markup languages the reporters write. Every piece of user text passes through one of these. */

/**
 * Characters XML 1.0 forbids anywhere (C0 controls other than tab, LF and CR; U+FFFE/U+FFFF; unpaired
 * surrogates). Escaping cannot represent them, so they become U+FFFD and the output stays well-formed.
 */
const ILLEGAL_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Bidirectional embeddings, overrides, isolates and marks: in text meant for people they could reorder
 * what a reader sees ("Trojan Source"), so the human formats show U+FFFD instead. Joiners stay (scripts
 * and emoji need them); machine formats (JSON, SARIF, JUnit) keep the author's text exactly.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * C1 controls (U+0080–U+009F): U+009B is a one-character CSI that some terminals and log viewers obey, and
 * none of them is text. The human formats show U+FFFD instead; XML allows them, so escaping alone keeps them.
 */
const C1_CONTROLS = /[\u0080-\u009F]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '\uFFFD').replace(C1_CONTROLS, '\uFFFD');
}

/** U+2060 WORD JOINER: invisible, and it stops a mention or an autolink from forming where it stands. */
const JOINER = '\u2060';

/**
 * Text that GitHub (and other Markdown renderers) would turn into a mention (`@everyone`, `@org/team`) or
 * a link (`https://…`, `www.…`) in a pull-request comment: a word joiner after `@`, inside `://` and
 * after `www`, so what the author wrote is shown, not acted on.
 */
export function withoutMentionsAndLinks(text: string): string {
  return text
    .replace(/@/g, `@${JOINER}`)
    .replace(/:\/\//g, `:${JOINER}//`)
    .replace(/\b(www)\./gi, `$1${JOINER}.`);
}

/** Replaces characters that XML 1.0 (and HTML) cannot carry with U+FFFD. */
export function replaceIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '\uFFFD');
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
};

/** Escapes text for XML element content and attribute values alike. */
export function escapeXml(text: string): string {
  return replaceIllegalXmlChars(text).replace(/[&<>"'\r]/g, (c) => XML_ENTITIES[c] ?? c);
}

/** Escapes an XML attribute value so that tabs and line breaks survive attribute-value normalisation. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML content and quoted attribute values. The colon of `://` is written as an entity
 * so the file holds no literal URL (it must not look like it loads anything); readers see the same text.
 */
export function escapeHtml(text: string): string {
  return withoutBidiControls(replaceIllegalXmlChars(text))
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/:\/\//g, '&#58;//');
}

/** Terminal-safe text on one line: control characters (escape sequences included) and bidirectional controls become U+FFFD. */
export function oneLine(text: string): string {
  return withoutBidiControls(text.replace(/\r\n|\r|\n/g, ' ').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD'));
}

/** Escapes Markdown syntax in inline text; line breaks become spaces so a list item or table cell stays whole. */
export function escapeMarkdown(text: string): string {
  return withoutMentionsAndLinks(withoutBidiControls(replaceIllegalXmlChars(text)))
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}

/** A Markdown code span that holds any text, backticks included (CommonMark: a longer fence). */
export function markdownCode(text: string): string {
  const clean = withoutBidiControls(replaceIllegalXmlChars(text)).replace(/\r\n|\r|\n/g, ' ');
  const longestRun = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  // Inside a table a pipe ends the cell even in a code span (GFM), so it is escaped there too.
  return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`;
}
