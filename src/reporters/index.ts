/**
 * The reporter registry. Each format lives in its own module and is imported only when asked for, so
 * the CLI loads the one reporter it prints with.
 */
import type { Reporter } from './types.js';

export type { Reporter, ReporterItemInfo, ReporterOptions } from './types.js';

/** The output formats, in the order the CLI lists them; `text` is the default. */
export const REPORTER_FORMATS = ['text', 'json', 'ndjson', 'markdown', 'html', 'sarif', 'junit', 'github'] as const;
export type ReporterFormat = (typeof REPORTER_FORMATS)[number];

/** Whether a string (e.g. a `--format` value) names a reporter. */
export function isReporterFormat(value: string): value is ReporterFormat {
  return (REPORTER_FORMATS as readonly string[]).includes(value);
}

/** One loader per format; each import becomes its own chunk, loaded only when its format is asked for. */
const LOADERS: { readonly [F in ReporterFormat]: () => Promise<Reporter> } = {
  text: async () => (await import('./text.js')).textReporter,
  json: async () => (await import('./json.js')).jsonReporter,
  ndjson: async () => (await import('./ndjson.js')).ndjsonReporter,
  markdown: async () => (await import('./markdown.js')).markdownReporter,
  html: async () => (await import('./html.js')).htmlReporter,
  sarif: async () => (await import('./sarif.js')).sarifReporter,
  junit: async () => (await import('./junit.js')).junitReporter,
  github: async () => (await import('./github.js')).githubReporter,
};

/** Imports the reporter for a format. Throws a TypeError for an unknown format (check with `isReporterFormat`). */
export async function loadReporter(format: ReporterFormat): Promise<Reporter> {
  if (!isReporterFormat(format)) {
    throw new TypeError(`Unknown report format "${String(format)}"; expected one of ${REPORTER_FORMATS.join(', ')}.`);
  }
  return LOADERS[format]();
}
