/**
 * JUnit XML for CI dashboards: one <testsuite> per report, one <testcase> per checklist item (from the
 * ledger) or per finding, failures for what is missing, not reported or invalid, skips for what does not apply.
 */
import type { Finding, LedgerEntry, Report } from '../report/types.js';
import { escapeXml, escapeXmlAttribute } from './shared/escape.js';
import { STATUS_LABELS, indexItems, isProblem } from './shared/findings.js';
import { formatLocation } from './shared/location.js';
import { formatScore } from './shared/score.js';
import { describeCounts, documentName, yesNo } from './shared/summary.js';
import type { Reporter, ReporterItemInfo } from './types.js';

type Outcome = { kind: 'passed' } | { kind: 'skipped'; message: string } | { kind: 'failure'; message: string; body: string };

interface TestCase {
  name: string;
  classname: string;
  outcome: Outcome;
}

export function attr(name: string, value: string | number): string {
  return `${name}="${escapeXmlAttribute(String(value))}"`;
}

/** The failure body: every finding of the item (one per preparation or arm), with hint, location and sources. */
function describeFindings(findings: readonly Finding[], file: string | undefined): string {
  return findings
    .map((finding) => {
      const lines = [`${finding.message} (${STATUS_LABELS[finding.status]}, ${finding.level})`];
      if (finding.hint) lines.push(`Hint: ${finding.hint}`);
      const location = formatLocation(file, finding.location);
      lines.push(`At: ${location === '' ? '' : `${location} `}${finding.pointer}`);
      if (finding.sources.length > 0) lines.push(`Sources: ${finding.sources.join('; ')}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

function failureMessage(finding: Finding): string {
  return finding.hint ? `${finding.message} ${finding.hint}` : finding.message;
}

function findingCase(finding: Finding, findings: readonly Finding[], file: string | undefined): TestCase {
  const outcome: Outcome = isProblem(finding)
    ? { kind: 'failure', message: failureMessage(finding), body: describeFindings(findings, file) }
    : { kind: 'skipped', message: finding.message };
  return { name: finding.itemId, classname: finding.section, outcome };
}

function ledgerCase(
  entry: LedgerEntry,
  findings: readonly Finding[],
  file: string | undefined,
  items: Map<string, ReporterItemInfo>,
): TestCase {
  const base = { name: entry.itemId, classname: entry.section };
  const problems = findings.filter(isProblem);
  if (entry.applicable && !entry.satisfied) {
    const first = problems[0];
    const title = items.get(entry.itemId)?.title ?? entry.itemId;
    const message = first ? failureMessage(first) : `${title}: ${entry.state.replace('-', ' ')}.`;
    return { ...base, outcome: { kind: 'failure', message, body: describeFindings(problems, file) || message } };
  }
  if (!entry.applicable || entry.state === 'not-applicable') {
    const reason = entry.reason ?? findings[0]?.message ?? 'not applicable';
    return { ...base, outcome: { kind: 'skipped', message: reason } };
  }
  return { ...base, outcome: { kind: 'passed' } };
}

function summaryCase(report: Report): TestCase {
  const name = 'minimal set complete';
  if (report.minimalSetComplete) return { name, classname: 'summary', outcome: { kind: 'passed' } };
  const message = `Minimal set incomplete: ${describeCounts(report)}.`;
  return { name, classname: 'summary', outcome: { kind: 'failure', message, body: message } };
}

/** Test cases of one report: per ledger entry when there is a ledger, else per finding plus a summary. */
export function testCases(report: Report, items: readonly ReporterItemInfo[]): TestCase[] {
  const file = report.source?.file;
  const byItem = new Map<string, Finding[]>();
  for (const finding of report.findings) byItem.set(finding.itemId, [...(byItem.get(finding.itemId) ?? []), finding]);

  if (report.ledger === undefined) {
    return [...report.findings.map((finding) => findingCase(finding, [finding], file)), summaryCase(report)];
  }
  const index = indexItems(items);
  const ledgerIds = new Set(report.ledger.map((entry) => entry.itemId));
  // Structural problems (and anything else outside the ledger) still fail the suite.
  const outside = report.findings.filter((finding) => !ledgerIds.has(finding.itemId));
  return [
    ...outside.map((finding) => findingCase(finding, [finding], file)),
    ...report.ledger.map((entry) => ledgerCase(entry, byItem.get(entry.itemId) ?? [], file, index)),
  ];
}

function renderCase(test: TestCase): string {
  const open = `    <testcase ${attr('name', test.name)} ${attr('classname', test.classname)}`;
  const { outcome } = test;
  if (outcome.kind === 'passed') return `${open}/>`;
  if (outcome.kind === 'skipped') return `${open}>\n      <skipped ${attr('message', outcome.message)}/>\n    </testcase>`;
  return (
    `${open}>\n      <failure ${attr('message', outcome.message)} ${attr('type', 'checklist')}>` +
    `${escapeXml(outcome.body)}</failure>\n    </testcase>`
  );
}

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

export function count(cases: readonly TestCase[]): Counts {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.outcome.kind === 'failure').length,
    skipped: cases.filter((c) => c.outcome.kind === 'skipped').length,
  };
}

export function countAttrs(counts: Counts): string {
  return [attr('tests', counts.tests), attr('failures', counts.failures), attr('errors', 0), attr('skipped', counts.skipped)].join(' ');
}

export function renderSuite(report: Report, index: number, cases: readonly TestCase[]): string {
  const properties = [
    ['score', formatScore(report.score.overall)],
    ['minimalSetComplete', yesNo(report.minimalSetComplete)],
    ['valid', yesNo(report.valid)],
    ['checklist', `${report.checklist.id} ${report.checklist.version}`],
    ['profile', report.checklist.profile],
  ].map(([name, value]) => `      <property ${attr('name', name!)} ${attr('value', value!)}/>`);
  return [
    `  <testsuite ${attr('name', documentName(report, index))} ${countAttrs(count(cases))}>`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases.map(renderCase),
    '  </testsuite>',
  ].join('\n');
}

/** Renders reports as JUnit XML (well-formed XML 1.0; every text and attribute escaped). */
export const junitReporter: Reporter = (reports, options) => {
  const suites = reports.map((report) => testCases(report, options.items));
  const total = count(suites.flat());
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attr('name', 'secretome-checklist')} ${countAttrs(total)}>`,
    ...reports.map((report, index) => renderSuite(report, index, suites[index] ?? [])),
    '</testsuites>',
    '',
  ].join('\n');
};
