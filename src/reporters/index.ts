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

/** Imports the reporter for a format. Throws a TypeError for an unknown format (check with `isReporterFormat`). */
export async function loadReporter(format: ReporterFormat): Promise<Reporter> {
  switch (format) {
    case 'text':
      return (await import('./text.js')).textReporter;
    case 'json':
      return (await import('./json.js')).jsonReporter;
    case 'ndjson':
      return (await import('./ndjson.js')).ndjsonReporter;
    case 'markdown':
      return (await import('./markdown.js')).markdownReporter;
    case 'html':
      return (await import('./html.js')).htmlReporter;
    case 'sarif':
      return (await import('./sarif.js')).sarifReporter;
    case 'junit':
      return (await import('./junit.js')).junitReporter;
    case 'github':
      return (await import('./github.js')).githubReporter;
    default: {
      const unknown: never = format;
      throw new TypeError(`Unknown report format "${String(unknown)}"; expected one of ${REPORTER_FORMATS.join(', ')}.`);
    }
  }
}
