/**
 * SARIF 2.1.0 for code-scanning tools: one run whose rules are the checklist items (plus `document`
 * for structural problems) and whose results are the findings of every report.
 */
import type { Finding, Level, Report } from '../report/types.js';
import { replaceIllegalXmlChars } from './shared/escape.js';
import { DOCUMENT_SECTION_TITLE, isProblem } from './shared/findings.js';
import { cellName, locationFile, toPosixPath } from './shared/location.js';
import { documentName } from './shared/summary.js';
import type { Reporter, ReporterItemInfo } from './types.js';

const TOOL_NAME = 'secretome-checklist';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

interface SarifMessage {
  text: string;
}

/** A SARIF reportingDescriptor (the fields this reporter writes). */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: { section: string; level: Level; sources: string[]; tags: string[] };
}

/** A SARIF result (the fields this reporter writes). */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind?: 'notApplicable';
  level: SarifLevel;
  message: SarifMessage;
  locations?: Array<{
    physicalLocation: {
      artifactLocation: { uri: string };
      region?: { startLine: number; startColumn: number };
    };
    /** For a spreadsheet cell: the cell by name (`Arms!F7`); the region then holds its row and column. */
    logicalLocations?: Array<{ name: string; fullyQualifiedName: string; kind: 'element' }>;
  }>;
  properties: {
    document: string;
    section: string;
    status: Finding['status'];
    pointer: string;
    hint?: string;
    sources: string[];
    missingDetails?: string[];
    unlocks?: string[];
  };
}

/** The whole SARIF log. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; version: string; rules: SarifRule[] } };
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
      properties: {
        documents: Array<{ document: string; score: number; minimalSetComplete: boolean; valid: boolean }>;
      };
    },
  ];
}

function levelOf(level: Level): SarifLevel {
  return level === 'essential' ? 'error' : 'warning';
}

/** `Storage temperature` → `StorageTemperature`: SARIF wants an identifier-like rule name. */
function ruleName(title: string, fallback: string): string {
  const name = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
  return name === '' ? fallback : name;
}

function itemRule(item: ReporterItemInfo): SarifRule {
  const help = item.hint === '' ? item.rationale : `${item.rationale}\n\n${item.hint}`;
  return {
    id: item.id,
    name: ruleName(item.title, item.id),
    shortDescription: { text: item.title },
    fullDescription: { text: item.rationale },
    help: { text: help },
    defaultConfiguration: { level: levelOf(item.level) },
    properties: { section: item.section, level: item.level, sources: [...item.sources], tags: [item.section, item.level] },
  };
}

const DOCUMENT_RULE: SarifRule = {
  id: 'document',
  name: 'DocumentStructure',
  shortDescription: { text: DOCUMENT_SECTION_TITLE },
  fullDescription: {
    text: 'The study report must match the structure of the study-report schema before its items can be scored.',
  },
  help: {
    text: 'The study report must match the structure of the study-report schema before its items can be scored.\n\n' +
      'Fix the structural error at the reported pointer; the message names what the schema expected.',
  },
  defaultConfiguration: { level: 'error' },
  properties: { section: 'document', level: 'essential', sources: [], tags: ['document', 'essential'] },
};

/** A rule for a finding whose item the options do not list (e.g. from a custom checklist). */
function findingRule(finding: Finding): SarifRule {
  const text = `Checklist item ${finding.itemId}.`;
  return {
    id: finding.itemId,
    name: ruleName(finding.itemId, finding.itemId),
    shortDescription: { text: finding.itemId },
    fullDescription: { text },
    help: { text: finding.hint ? `${text}\n\n${finding.hint}` : text },
    defaultConfiguration: { level: levelOf(finding.level) },
    properties: {
      section: finding.section,
      level: finding.level,
      sources: [...finding.sources],
      tags: [finding.section, finding.level],
    },
  };
}

/**
 * An artifact URI as given, with forward slashes and percent-encoding where a URI needs it; a Windows
 * drive path becomes a `file:` URI so it is not read as a scheme.
 */
export function artifactUri(file: string): string {
  // encodeURI throws on unpaired surrogates; they (and control characters) become U+FFFD first.
  const posix = toPosixPath(replaceIllegalXmlChars(file));
  const encoded = encodeURI(posix).replace(/[?#]/g, (c) => encodeURIComponent(c));
  return /^[A-Za-z]:\//.test(posix) ? `file:///${encoded}` : encoded;
}

export function result(finding: Finding, report: Report, index: number, ruleIndex: number): SarifResult {
  const file = report.source?.file;
  const problem = isProblem(finding);
  const out: SarifResult = {
    ruleId: finding.itemId,
    ruleIndex,
    ...(problem ? {} : { kind: 'notApplicable' as const }),
    // An incomplete value is there but lacks details: a warning whatever the item's level.
    level: !problem ? 'none' : finding.status === 'incomplete' ? 'warning' : levelOf(finding.level),
    message: { text: finding.message === '' ? finding.itemId : finding.message },
    properties: {
      document: documentName(report, index),
      section: finding.section,
      status: finding.status,
      pointer: finding.pointer,
      ...(finding.hint !== undefined && finding.hint !== '' ? { hint: finding.hint } : {}),
      sources: [...finding.sources],
      ...(finding.missingDetails ? { missingDetails: [...finding.missingDetails] } : {}),
      ...(finding.unlocks ? { unlocks: [...finding.unlocks] } : {}),
    },
  };
  const at = locationFile(file, finding.location);
  if (at !== undefined && at !== '') {
    const region = finding.location
      ? { region: { startLine: finding.location.line, startColumn: finding.location.column } }
      : {};
    const cell = cellName(finding.location);
    // A cell: row and column in the region (what viewers place a result by), its name as a logical
    // location and at the head of the message (what a reader of a workbook looks for).
    const logical = cell !== undefined ? { logicalLocations: [{ name: finding.location!.cell!, fullyQualifiedName: cell, kind: 'element' as const }] } : {};
    out.locations = [{ physicalLocation: { artifactLocation: { uri: artifactUri(at) }, ...region }, ...logical }];
    if (cell !== undefined) out.message.text = `${cell}: ${out.message.text}`;
  }
  return out;
}

/** Builds the SARIF log as an object (the reporter serialises it). */
export function toSarif(reports: readonly Report[], items: readonly ReporterItemInfo[], toolVersion: string): SarifLog {
  const rules: SarifRule[] = items.map(itemRule);
  if (!rules.some((rule) => rule.id === DOCUMENT_RULE.id)) rules.push(DOCUMENT_RULE);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const indexOf = (finding: Finding): number => {
    const known = ruleIndex.get(finding.itemId);
    if (known !== undefined) return known;
    rules.push(findingRule(finding));
    ruleIndex.set(finding.itemId, rules.length - 1);
    return rules.length - 1;
  };

  const results = reports.flatMap((report, index) =>
    report.findings.map((finding) => result(finding, report, index, indexOf(finding))),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: toolVersion, rules } },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          documents: reports.map((report, index) => ({
            document: documentName(report, index),
            score: report.score.overall,
            minimalSetComplete: report.minimalSetComplete,
            valid: report.valid,
          })),
        },
      },
    ],
  };
}

/** SARIF 2.1.0, 2-space indent. All findings are included: `quiet` filtering is left to the consumer. */
export const sarifReporter: Reporter = (reports, options) =>
  `${JSON.stringify(toSarif(reports, options.items, options.toolVersion), null, 2)}\n`;
