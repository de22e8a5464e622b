/**
 * What a report says about the study beyond scores, for a reader who has not got the document: the
 * study's title and citation, and the manuscript location (`where`) the document gives for a value.
 */
import { resolvePointer, isPlainObject } from '../schema/pointer.js';

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 500) : undefined);

/** `study.title` and `study.citation` (authors, year, journal, DOI, PMID as one line), when stated. */
export function studyOf(document: unknown): { title?: string; citation?: string } | undefined {
  const study = isPlainObject(document) && isPlainObject(document['study']) ? document['study'] : undefined;
  if (!study) return undefined;
  const title = text(study['title']);
  const cited = isPlainObject(study['citation']) ? study['citation'] : {};
  const year = typeof cited['year'] === 'number' ? String(cited['year']) : undefined;
  const doi = text(cited['doi']);
  const pmid = text(cited['pmid']);
  const parts = [text(cited['authors']), year && `(${year})`, text(cited['journal']), doi && `doi:${doi}`, pmid && `PMID ${pmid}`].filter(Boolean);
  const citation = parts.length > 0 ? parts.join(' ') : undefined;
  if (title === undefined && citation === undefined) return undefined;
  return { ...(title !== undefined ? { title } : {}), ...(citation !== undefined ? { citation } : {}) };
}

/**
 * The `where` of the value at a pointer or of the nearest value holding it (a unit's quantity, an arm's
 * dose), looking no higher than the item inside its section.
 */
export function whereOf(document: unknown, pointer: string): string | undefined {
  const segments = pointer.split('/').slice(1);
  for (let length = segments.length; length >= 2; length--) {
    const value = resolvePointer(document, `/${segments.slice(0, length).join('/')}`);
    if (isPlainObject(value) && text(value['where']) !== undefined) return text(value['where']);
  }
  return undefined;
}
