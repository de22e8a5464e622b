/**
 * GitHub Actions workflow commands: one annotation per finding, so findings show on the pull request
 * beside the file and line they concern.
 */
import type { Finding } from '../report/types.js';
import { withoutBidiControls } from './shared/escape.js';
import { isProblem, visibleFindings } from './shared/findings.js';
import { cellName, locationFile, toPosixPath } from './shared/location.js';
import type { Reporter } from './types.js';

/** Escapes a command's message (the text after `::`). */
export function escapeWorkflowData(text: string): string {
  return withoutBidiControls(text)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    // Other control characters (escape sequences included) would reach the log as they are.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
}

/** Escapes a command property value (`file=…`, `title=…`): as data, plus `:` and `,`. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `error` for essential problems, `warning` for recommended and incomplete ones, `notice` for declared exclusions. */
function command(finding: Finding): 'error' | 'warning' | 'notice' {
  if (!isProblem(finding)) return 'notice';
  return finding.level === 'essential' && finding.status !== 'incomplete' ? 'error' : 'warning';
}

/** A workbook is not text: a row and column of it are no line and column GitHub could show. */
const BINARY_SHEETS = /\.(xlsx|xlsm|xls|ods)$/i;

function annotation(finding: Finding, reportFile: string | undefined): string {
  const properties: string[] = [];
  const file = locationFile(reportFile, finding.location);
  if (file !== undefined && file !== '') properties.push(`file=${escapeWorkflowProperty(toPosixPath(file))}`);
  // A cell of a CSV or TSV file is on its row's line; the cell's name goes in the title either way.
  const cell = cellName(finding.location);
  if (finding.location && !(cell !== undefined && file !== undefined && BINARY_SHEETS.test(file))) {
    properties.push(`line=${finding.location.line}`, `col=${finding.location.column}`);
  }
  properties.push(`title=${escapeWorkflowProperty(cell === undefined ? finding.itemId : `${finding.itemId} (${cell})`)}`);
  return `::${command(finding)} ${properties.join(',')}::${escapeWorkflowData(finding.message)}`;
}

/** One workflow command per finding (with `quiet`, essential problems only). */
export const githubReporter: Reporter = (reports, options) =>
  reports
    .flatMap((report) => visibleFindings(report, options).map((finding) => `${annotation(finding, report.source?.file)}\n`))
    .join('');
