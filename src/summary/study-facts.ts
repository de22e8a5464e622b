/** What a study is, read from its document: design(s), preparation types and year, for the splits. */
import type { Report } from '../report/types.js';
import { isPlainObject } from '../schema/pointer.js';
import { NOT_STATED, type StudyFacts } from './types.js';

/** A vocabulary word stated as `{ value }` or bare; undefined for a detail state or anything else. */
function word(value: unknown): string | undefined {
  const inner = isPlainObject(value) ? value['value'] : value;
  return typeof inner === 'string' && inner !== '' ? inner : undefined;
}

function section(document: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = document[key];
  return isPlainObject(value) ? value : {};
}

function designsOf(document: Record<string, unknown>): string[] {
  const design = section(document, 'study')['design'];
  const words = Array.isArray(design) ? design.filter((entry): entry is string => typeof entry === 'string') : [];
  return words.length > 0 ? [...new Set(words)] : [NOT_STATED];
}

function preparationsOf(document: Record<string, unknown>): string[] {
  const production = section(document, 'production');
  const list = Array.isArray(production['preparations']) ? production['preparations'] : [];
  const words = [word(production['preparation']), ...list.map((entry) => (isPlainObject(entry) ? word(entry['preparation']) : undefined))];
  const found = [...new Set(words.filter((entry): entry is string => entry !== undefined))];
  return found.length > 0 ? found : [NOT_STATED];
}

function yearOf(document: Record<string, unknown>): number | null {
  const study = section(document, 'study');
  const citations = [study['citation'], ...(Array.isArray(study['citations']) ? study['citations'] : [])];
  for (const citation of citations) {
    const year = isPlainObject(citation) ? citation['year'] : undefined;
    if (typeof year === 'number' && Number.isInteger(year)) return year;
  }
  return null;
}

/** The study's name: the label given (a spreadsheet row's id), else the file's name without its extension. */
export function studyName(file: string, label?: string): string {
  if (label !== undefined && label !== '') return label;
  // No node:path: the summary also runs in the browser bundle.
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]{1,10}$/, '') || name;
}

export function studyFacts(document: Record<string, unknown>, report: Report, name: string): StudyFacts {
  const title = section(document, 'study')['title'];
  return {
    study: name,
    file: report.source?.file ?? name,
    ...(typeof title === 'string' ? { title } : {}),
    designs: designsOf(document),
    preparations: preparationsOf(document),
    year: yearOf(document),
    valid: report.valid,
    score: report.score.overall,
  };
}
