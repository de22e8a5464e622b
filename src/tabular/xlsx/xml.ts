/**
 * A small, bounded XML tokenizer for the parts of a workbook (SpreadsheetML is plain, regular XML). It
 * reads one pass, iteratively, calling a handler per start tag, end tag and text. What makes it safe for
 * hostile input: no DOCTYPE and therefore no entity definitions (no "billion laughs", nothing external
 * fetched), only the five predefined entities and character references, nesting bounded by `maxDepth`,
 * and attributes in prototype-free objects. Element and attribute names lose their namespace prefix
 * (`x:c` and `c` are the same cell; `r:id` is `id`), as generators differ there.
 */

export type Attributes = Record<string, string>;

export interface XmlHandler<P> {
  /** A start tag (`selfClosing` for `<c/>`). Return a problem to stop. */
  open(name: string, attributes: Attributes, selfClosing: boolean): P | undefined;
  /** An end tag (also called after a self-closing start tag). */
  close(name: string): P | undefined;
  /** Character data between tags, entities decoded (CDATA as is). */
  text(text: string): P | undefined;
}

export type XmlSyntax = { kind: 'xml'; message: string; offset: number };

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{1,8});/g;

/** Text with its entities decoded, or undefined when it uses one that is not predefined. */
function decodeEntities(text: string): string | undefined {
  if (!text.includes('&')) return text;
  let unknown = false;
  const decoded = text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) {
        unknown = true;
        return whole;
      }
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body];
    if (named === undefined) unknown = true;
    return named ?? whole;
  });
  // An ampersand that starts no entity is malformed XML.
  if (unknown || /&(?!(?:#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);)/.test(text)) return undefined;
  return decoded;
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const isNameEnd = (code: number): boolean => isSpace(code) || code === 0x2f || code === 0x3e;

/** Runs the handler over the XML text; returns the handler's problem, a syntax problem, or undefined. */
export function scanXml<P>(text: string, handler: XmlHandler<P>, maxDepth: number): P | XmlSyntax | undefined {
  const syntax = (message: string, offset: number): XmlSyntax => ({ kind: 'xml', message, offset });
  const open: string[] = [];
  let at = 0;
  if (text.charCodeAt(0) === 0xfeff) at = 1;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > at) {
      if (open.length > 0) {
        const decoded = decodeEntities(text.slice(at, textEnd));
        if (decoded === undefined) return syntax('an unknown entity or a stray "&"', at);
        const problem = handler.text(decoded);
        if (problem !== undefined) return problem;
      } else if (text.slice(at, textEnd).trim() !== '') {
        return syntax('text outside the root element', at);
      }
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return syntax('an unterminated processing instruction', lt);
      at = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) return syntax('an unterminated comment', lt);
        at = end + 3;
        continue;
      }
      if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0) return syntax('an unterminated CDATA section', lt);
        if (open.length === 0) return syntax('text outside the root element', lt);
        const problem = handler.text(text.slice(lt + 9, end));
        if (problem !== undefined) return problem;
        at = end + 3;
        continue;
      }
      // <!DOCTYPE and <!ENTITY: workbook parts never declare them; refusing them rules out entity expansion.
      return syntax('a document type declaration (<!DOCTYPE>), which workbook parts never have', lt);
    }
    if (next === 0x2f /* / */) {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) return syntax('an unterminated end tag', lt);
      const name = localName(text.slice(lt + 2, end).trim());
      const expected = open.pop();
      if (expected !== name) return syntax(expected === undefined ? `an end tag </${name}> without a start tag` : `</${name}> closes <${expected}>`, lt);
      const problem = handler.close(name);
      if (problem !== undefined) return problem;
      at = end + 1;
      continue;
    }
    // A start tag: the name, then attributes up to > or />.
    let index = lt + 1;
    while (index < text.length && !isNameEnd(text.charCodeAt(index))) index++;
    if (index === lt + 1) return syntax('a "<" that starts no tag', lt);
    const name = localName(text.slice(lt + 1, index));
    const attributes: Attributes = Object.create(null) as Attributes;
    let selfClosing = false;
    for (;;) {
      while (index < text.length && isSpace(text.charCodeAt(index))) index++;
      if (index >= text.length) return syntax(`an unterminated <${name}> tag`, lt);
      const code = text.charCodeAt(index);
      if (code === 0x3e /* > */) {
        index++;
        break;
      }
      if (code === 0x2f /* / */) {
        if (text.charCodeAt(index + 1) !== 0x3e) return syntax(`a stray "/" in <${name}>`, index);
        selfClosing = true;
        index += 2;
        break;
      }
      const equals = text.indexOf('=', index);
      if (equals < 0) return syntax(`an attribute without a value in <${name}>`, index);
      const attribute = text.slice(index, equals).trim();
      if (attribute === '' || /[\s<>"']/.test(attribute)) return syntax(`a malformed attribute in <${name}>`, index);
      let quoteAt = equals + 1;
      while (quoteAt < text.length && isSpace(text.charCodeAt(quoteAt))) quoteAt++;
      const quote = text[quoteAt];
      if (quote !== '"' && quote !== "'") return syntax(`an attribute value without quotes in <${name}>`, quoteAt);
      const close = text.indexOf(quote, quoteAt + 1);
      if (close < 0) return syntax(`an unterminated attribute value in <${name}>`, quoteAt);
      const value = decodeEntities(text.slice(quoteAt + 1, close));
      if (value === undefined) return syntax('an unknown entity or a stray "&"', quoteAt);
      attributes[localName(attribute)] = value;
      index = close + 1;
    }
    if (open.length + 1 > maxDepth) return syntax(`elements nested more than ${maxDepth} deep`, lt);
    const opened = handler.open(name, attributes, selfClosing);
    if (opened !== undefined) return opened;
    if (selfClosing) {
      const closed = handler.close(name);
      if (closed !== undefined) return closed;
    } else {
      open.push(name);
    }
    at = index;
  }
  if (open.length > 0) return syntax(`the part ends inside <${open[open.length - 1]}> (it is truncated)`, text.length);
  return undefined;
}

/**
 * How many start tags named `name` (with any prefix) the text holds, counting at most `limit + 1`: a cheap
 * first look, so a part of millions of elements is refused before the tokenizer walks it. Tags inside
 * comments or CDATA count too, so the count is never below the true one.
 */
export function countStartTags(text: string, name: string, limit: number): number {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]{0,40}:)?${name}[\\s/>]`, 'g');
  let count = 0;
  while (count <= limit && pattern.exec(text) !== null) count++;
  return count;
}
