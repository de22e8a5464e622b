/**
 * Batch output written as the documents are checked, in bounded memory, byte for byte what the format's
 * reporter would print for the whole batch (test/robustness/report-stream.test.ts holds the two equal).
 * A lab's corpus of 100 000 documents makes a report of gigabytes: it can be neither held as reports nor
 * built as one string (V8 strings stop at about 512 MB).
 *
 * Each report is rendered the moment it arrives and dropped. Formats whose opening does not depend on the
 * batch (text, json, ndjson, github) write it straight on; the others open with what only the whole batch
 * knows (markdown and html an overview table, junit the totals, sarif the rules), so their rendered
 * documents wait in a temporary file, and a small digest of each (name, scores, counts) in memory, until
 * the opening can be written.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, Report } from '../../report/types.js';
import { githubReporter } from '../../reporters/github.js';
import { htmlPage, overviewRow, reportArticle, HEATMAP_MAX_ROWS } from '../../reporters/html.js';
import { attr, count, countAttrs, renderSuite, testCases } from '../../reporters/junit.js';
import { heading, overallRow, overallTable, reportBlock, TITLE as MARKDOWN_TITLE } from '../../reporters/markdown.js';
import { escapeMarkdown } from '../../reporters/shared/escape.js';
import { createPaint } from '../../reporters/shared/ansi.js';
import { describeBatch, documentName, summarizeBatch } from '../../reporters/shared/summary.js';
import { result as sarifResult, toSarif } from '../../reporters/sarif.js';
import { renderReport } from '../../reporters/text.js';
import type { ReporterFormat, ReporterOptions } from '../../reporters/index.js';
import { writeAndWait } from './output.js';

/** Where the output goes: standard output or the file of --output (both may ask the writer to wait). */
export interface Sink {
  write(text: string): unknown;
  once?(event: string, listener: () => void): unknown;
  off?(event: string, listener: () => void): unknown;
}

const NO_FINDINGS: Report['findings'] = Object.freeze([]) as unknown as Report['findings'];

/**
 * What the opening and closing of a batch need from a report (name, scores, verdicts, counts), as a small
 * report without findings or ledger: a hundred bytes or so per document, the checklist shared.
 */
function digestOf(report: Report, index: number, shared: { checklist?: Report['checklist'] }): Report {
  const { checklist } = report;
  const same = shared.checklist && shared.checklist.id === checklist.id && shared.checklist.version === checklist.version && shared.checklist.profile === checklist.profile;
  if (!same) shared.checklist = checklist;
  return {
    reportVersion: report.reportVersion,
    checklist: shared.checklist!,
    ...(report.source ? { source: report.source } : {}),
    valid: report.valid,
    minimalSetComplete: report.minimalSetComplete,
    // Section scores feed the heatmap, which shows the first rows only.
    score: { overall: report.score.overall, sections: index < HEATMAP_MAX_ROWS ? report.score.sections : ({} as Report['score']['sections']) },
    findings: NO_FINDINGS,
    counts: report.counts,
  };
}

/** Placeholders in a skeleton (never in user data: a marker only counts alone in an array of its own). */
const MARK_ENTRIES = 'secretome-checklist:entries';
const MARK_RESULTS = 'secretome-checklist:results';
const MARK_DOCUMENTS = 'secretome-checklist:documents';

/**
 * JSON.stringify(value, null, 2) split where `marker` stands alone in an array, so the array's entries
 * can be written one by one: `before` ends with `[`, `after` starts with the closing line; `indent` is the
 * entries' indentation. An empty array is written `[]`, as JSON.stringify writes it.
 */
function splitAtMarker(json: string, marker: string): { before: string; indent: string; close: string; after: string } {
  const match = new RegExp(`\\[\\n( *)"${marker}"\\n( *)\\]`).exec(json);
  if (!match) throw new Error(`marker ${marker} not found`);
  return { before: json.slice(0, match.index + 1), indent: match[1]!, close: `\n${match[2]!}]`, after: json.slice(match.index + match[0].length) };
}

/** An entry of a streamed JSON array: its own JSON.stringify(…, null, 2) at the array's indentation. */
function arrayEntry(value: unknown, indent: string, first: boolean): string {
  return `${first ? '' : ','}\n${indent}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)}`;
}

/** Rows rendered a thousand at a time, so a table of any length is never one string. */
function* rowsOf(digests: readonly Report[], row: (digest: Report, index: number) => string): Generator<string> {
  for (let start = 0; start < digests.length; start += 1000) {
    let text = '';
    for (let index = start; index < Math.min(start + 1000, digests.length); index++) text += row(digests[index]!, index);
    yield text;
  }
}

/** A format written as it is checked: what comes before the documents, each document, what comes after. */
interface Streamer {
  /** The opening needs the whole batch: documents wait in a temporary file until it is written. */
  deferred: boolean;
  document(report: Report, index: number): string;
  /** `count`: documents written; `digests`: one per document when `deferred`. In pieces: a table of 100 000 rows is written row by row. */
  head(count: number, digests: readonly Report[]): string | Iterable<string>;
  tail(count: number, digests: readonly Report[]): string | Iterable<string>;
}

function streamerFor(format: ReporterFormat, options: ReporterOptions): Streamer {
  switch (format) {
    case 'text': {
      const paint = createPaint(options.color);
      let total = 0;
      let passing = 0;
      let documents = 0;
      return {
        deferred: false,
        head: () => '',
        document(report, index) {
          total += report.score.overall;
          passing += report.minimalSetComplete ? 1 : 0;
          documents++;
          return `${index > 0 ? '\n\n' : ''}${renderReport(report, index, options, paint).join('\n')}`;
        },
        tail(written) {
          const summary = paint.bold(`Summary: ${describeBatch({ documents, passingMinimalSet: passing, meanScore: documents === 0 ? 0 : total / documents })}`);
          if (!options.batch) return written === 0 ? '' : '\n';
          return `${written > 0 ? '\n\n' : ''}${summary}\n`;
        },
      };
    }
    case 'json': {
      const parts = splitAtMarker(JSON.stringify([MARK_ENTRIES], null, 2), MARK_ENTRIES);
      return {
        deferred: false,
        head: () => parts.before,
        document: (report, index) => arrayEntry(report, parts.indent, index === 0),
        tail: (written) => `${written > 0 ? parts.close : ']'}${parts.after}\n`,
      };
    }
    case 'ndjson':
      return { deferred: false, head: () => '', document: (report) => `${JSON.stringify(report)}\n`, tail: () => '' };
    case 'github':
      return { deferred: false, head: () => '', document: (report) => githubReporter([report], options), tail: () => '' };
    case 'markdown':
      return {
        deferred: true,
        *head(written, digests) {
          yield [
            heading(2, `${MARKDOWN_TITLE}: ${written} ${written === 1 ? 'document' : 'documents'}`),
            '',
            escapeMarkdown(describeBatch(summarizeBatch(digests))),
            '',
            ...overallTable([]),
          ].join('\n');
          yield* rowsOf(digests, (digest, index) => `\n${overallRow(digest, index)}`);
        },
        document: (report, index) => `\n\n${reportBlock(report, options, 3, escapeMarkdown(documentName(report, index))).join('\n')}`,
        tail: () => '\n',
      };
    case 'html': {
      // The page is built once, with a placeholder where the overview's rows go (HTML text never holds NUL).
      const ROWS = '\u0000overview-rows';
      let page: { head: string; tail: string } | undefined;
      return {
        deferred: true,
        *head(_written, digests) {
          page ??= htmlPage(digests, options, ROWS);
          const at = page.head.indexOf(ROWS);
          yield page.head.slice(0, at);
          yield* rowsOf(digests, (digest, index) => `${index > 0 ? '\n' : ''}${overviewRow(digest, index)}`);
          yield page.head.slice(at + ROWS.length);
        },
        document: (report, index) => `\n${reportArticle(report, index, options)}`,
        tail: (_written, digests) => `\n${(page ??= htmlPage(digests, options)).tail}`,
      };
    }
    case 'junit': {
      const totals = { tests: 0, failures: 0, skipped: 0 };
      return {
        deferred: true,
        head: () => ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites ${attr('name', 'secretome-checklist')} ${countAttrs({ ...totals })}>`].join('\n'),
        document(report, index) {
          const cases = testCases(report, options.items);
          const counts = count(cases);
          totals.tests += counts.tests;
          totals.failures += counts.failures;
          totals.skipped += counts.skipped;
          return `\n${renderSuite(report, index, cases)}`;
        },
        tail: () => '\n</testsuites>\n',
      };
    }
    case 'sarif':
      return sarifStreamer(options);
  }
}

/** The SARIF log toSarif builds for a batch, split around its results and its documents. */
function sarifParts(options: ReporterOptions, unknown: readonly Finding[]): { results: ReturnType<typeof splitAtMarker>; documents: ReturnType<typeof splitAtMarker> } {
  // A carrier report whose findings add the rules of unknown items in the order the batch met them.
  const carrier = { findings: unknown, score: { overall: 0, sections: {} }, minimalSetComplete: true, valid: true } as unknown as Report;
  const log = toSarif(unknown.length > 0 ? [carrier] : [], options.items, options.toolVersion);
  log.runs[0].results = [MARK_RESULTS as never];
  log.runs[0].properties.documents = [MARK_DOCUMENTS as never];
  const results = splitAtMarker(JSON.stringify(log, null, 2), MARK_RESULTS);
  return { results, documents: splitAtMarker(results.after, MARK_DOCUMENTS) };
}

/**
 * SARIF: rules first (the checklist's, then one per item the checklist does not list, in the order met),
 * then results, then documents. A result's rule index is known when it is rendered: the checklist's rules
 * come first and never move, and unknown items are numbered as toSarif numbers them.
 */
function sarifStreamer(options: ReporterOptions): Streamer {
  const base = toSarif([], options.items, options.toolVersion).runs[0].tool.driver.rules;
  const ruleIndex = new Map(base.map((rule, index) => [rule.id, index]));
  const unknown: Finding[] = [];
  const { indent } = sarifParts(options, []).results;
  let resultsWritten = false;
  return {
    deferred: true,
    head: () => sarifParts(options, unknown).results.before,
    document(report, index) {
      let text = '';
      for (const finding of report.findings) {
        let rule = ruleIndex.get(finding.itemId);
        if (rule === undefined) {
          rule = base.length + unknown.length;
          ruleIndex.set(finding.itemId, rule);
          unknown.push(finding);
        }
        text += arrayEntry(sarifResult(finding, report, index, rule), indent, !resultsWritten);
        resultsWritten = true;
      }
      return text;
    },
    *tail(_written, digests) {
      const { results, documents } = sarifParts(options, unknown);
      yield `${resultsWritten ? results.close : ']'}${documents.before}`;
      yield* rowsOf(digests, (digest, index) =>
        arrayEntry({ document: documentName(digest, index), score: digest.score.overall, minimalSetComplete: digest.minimalSetComplete, valid: digest.valid }, documents.indent, index === 0),
      );
      yield `${digests.length > 0 ? documents.close : ']'}${documents.after}\n`;
    },
  };
}

/**
 * Writes a batch's reports as they come, then its ending. `add` and `finish` wait while the sink is busy,
 * so memory stays flat however fast documents are checked.
 */
export class ReportStream {
  readonly #sink: Sink;
  readonly #streamer: Streamer;
  #count = 0;
  readonly #digests: Report[] = [];
  #spillDir: string | undefined;
  #spill: WriteStream | undefined;
  #spillError: Error | undefined;
  readonly #shared: { checklist?: Report['checklist'] } = {};

  constructor(format: ReporterFormat, options: ReporterOptions, sink: Sink) {
    this.#sink = sink;
    this.#streamer = streamerFor(format, options);
  }

  async add(report: Report): Promise<void> {
    const text = this.#streamer.document(report, this.#count);
    if (this.#streamer.deferred) {
      this.#digests.push(digestOf(report, this.#count, this.#shared));
      this.#count++;
      await writeAndWait(this.#spillFile(), text);
      return;
    }
    if (this.#count === 0) await writeAndWait(this.#sink, this.#streamer.head(0, []) as string);
    this.#count++;
    await writeAndWait(this.#sink, text);
  }

  #spillFile(): WriteStream {
    if (!this.#spill) {
      this.#spillDir = mkdtempSync(join(tmpdir(), 'secretome-checklist-'));
      this.#spill = createWriteStream(join(this.#spillDir, 'documents'), { encoding: 'utf8' });
      // A full disk under the temporary folder: kept and thrown by the next add or finish.
      this.#spill.on('error', (error) => (this.#spillError ??= error));
    }
    if (this.#spillError) throw this.#spillError;
    return this.#spill;
  }

  async finish(): Promise<void> {
    const streamer = this.#streamer;
    if (!streamer.deferred) {
      if (this.#count === 0) await writeAndWait(this.#sink, streamer.head(0, []) as string);
      await writeAndWait(this.#sink, streamer.tail(this.#count, []) as string);
      return;
    }
    try {
      const head = streamer.head(this.#count, this.#digests);
      for (const piece of typeof head === 'string' ? [head] : head) await writeAndWait(this.#sink, piece);
      if (this.#spill) {
        const spill = this.#spill;
        await new Promise<void>((resolve, reject) => spill.end((error?: Error | null) => (error ?? this.#spillError ? reject(error ?? this.#spillError) : resolve())));
        await this.#copySpill(join(this.#spillDir!, 'documents'));
      }
      const tail = streamer.tail(this.#count, this.#digests);
      for (const piece of typeof tail === 'string' ? [tail] : tail) await writeAndWait(this.#sink, piece);
    } finally {
      this.close();
    }
  }

  /** Copies the waiting documents to the sink. */
  async #copySpill(path: string): Promise<void> {
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) await writeAndWait(this.#sink, chunk as string);
  }

  /** Removes the temporary file (also when the check stops early). */
  close(): void {
    this.#spill?.destroy();
    if (this.#spillDir) rmSync(this.#spillDir, { recursive: true, force: true });
    this.#spillDir = undefined;
  }
}
