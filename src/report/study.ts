/**
 * What a report says about the study beyond scores, for a reader who has not got the document: the
 * study's title and citation, and the manuscript location (`where`) the document gives for a value.
 */
import { getOwn, isPlainObject, parsePointer } from '../schema/pointer.js';

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 500) : undefined);

/** `study.title` and `study.citation` (authors, year, journal, DOI, PMID as one line), when stated. */
export function studyOf(document: unknown): { title?: string; citation?: string } | undefined {
  const study = isPlainObject(document) && isPlainObject(document['study']) ? document['study'] : undefined;
  if (!study) return undefined;
  const title = text(study['title']);
  const cited = isPlainObject(study['citation']) ? study['citation'] : undefined;
  let citation: string | undefined;
  if (cited) {
    const year = typeof cited['year'] === 'number' ? `(${String(cited['year'])})` : undefined;
    const doi = text(cited['doi']);
    const pmid = text(cited['pmid']);
    // The parts stated, one space apart (a part is never empty).
    for (const part of [text(cited['authors']), year, text(cited['journal']), doi && `doi:${doi}`, pmid && `PMID ${pmid}`]) {
      if (part) citation = citation === undefined ? part : `${citation} ${part}`;
    }
  }
  if (title === undefined && citation === undefined) return undefined;
  // Keys in this order whichever are stated (reports are compared as text).
  const described: { title?: string; citation?: string } = {};
  if (title !== undefined) described.title = title;
  if (citation !== undefined) described.citation = citation;
  return described;
}

/**
 * The `where` of the value at a pointer or of the nearest value holding it (a unit's quantity, an arm's
 * dose), looking no higher than the item inside its section.
 */
export function whereOf(document: unknown, pointer: string): string | undefined {
  // One walk down the pointer; the deepest value (two segments down or more) that gives a `where` wins.
  let where: string | undefined;
  let node = document;
  let depth = 0;
  const segments = parsePointer(pointer);
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    node = getOwn(node, Array.isArray(node) ? Number(segment) : segment);
    if (node === undefined) break;
    if (++depth >= 2 && isPlainObject(node)) where = text(node['where']) ?? where;
  }
  return where;
}
