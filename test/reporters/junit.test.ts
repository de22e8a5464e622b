import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { junitReporter } from '../../src/reporters/junit.js';
import { BATCH, EV_STUDY, HOSTILE_MESSAGE, MOUSE_STUDY, STDIN_STUDY, options } from './fixtures.js';

interface Parsed {
  testsuites: {
    '@_tests': string;
    '@_failures': string;
    '@_skipped': string;
    '@_errors': string;
    testsuite: Array<{
      '@_name': string;
      '@_tests': string;
      '@_failures': string;
      '@_skipped': string;
      testcase: Array<{ '@_name': string; '@_classname': string; failure?: { '@_message': string; '#text'?: string }; skipped?: unknown }>;
    }>;
  };
}

function parse(xml: string): Parsed {
  const verdict = XMLValidator.validate(xml);
  expect(verdict).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
    parseAttributeValue: false,
    htmlEntities: true,
  });
  return parser.parse(xml) as Parsed;
}

function junit(reports: Report[]): Parsed {
  return parse(junitReporter(reports, options({ batch: reports.length > 1 })));
}

describe('junit reporter', () => {
  it('is well-formed XML with an XML declaration', () => {
    const xml = junitReporter(BATCH, options({ batch: true }));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has one testsuite per report, named by file or "document N"', () => {
    const suites = junit(BATCH).testsuites.testsuite;
    expect(suites.map((s) => s['@_name'])).toEqual([
      'studies/amodeo-2025-neuropathy.yaml',
      'studies\\lab-b\\ev-fraction 2023.json',
      'document 3',
    ]);
  });

  it('with a ledger, has one testcase per checklist item: failures for unsatisfied items, skips for exclusions', () => {
    const suite = junit([MOUSE_STUDY]).testsuites.testsuite[0]!;
    const ledger = MOUSE_STUDY.ledger!;
    expect(suite.testcase.map((t) => t['@_name'])).toEqual(ledger.map((e) => e.itemId));
    const failed = suite.testcase.filter((t) => t.failure !== undefined).map((t) => t['@_name']);
    expect(failed).toEqual(ledger.filter((e) => e.applicable && !e.satisfied).map((e) => e.itemId));
    const skipped = suite.testcase.filter((t) => t.skipped !== undefined).map((t) => t['@_name']);
    expect(skipped).toEqual(['production.priming', 'storage.reconstitution']);
    expect(suite['@_tests']).toBe(String(ledger.length));
    expect(suite['@_failures']).toBe(String(failed.length));
    expect(suite['@_skipped']).toBe('2');
  });

  it('puts the message and the hint in a failure, and the location and sources in its text', () => {
    const suite = junit([MOUSE_STUDY]).testsuites.testsuite[0]!;
    const temperature = suite.testcase.find((t) => t['@_name'] === 'storage.temperature')!;
    expect(temperature['@_classname']).toBe('storage');
    expect(temperature.failure!['@_message']).toBe(
      'Storage temperature is not reported for the whole secretome. State the storage temperature (e.g. −80 °C) in °C.',
    );
    expect(temperature.failure!['#text']).toContain('studies/amodeo-2025-neuropathy.yaml:41:7');
    expect(temperature.failure!['#text']).toContain('MISEV2023 §5 (storage conditions)');
  });

  it('without a ledger, has one testcase per finding plus a minimal-set summary', () => {
    const [ev, stdin] = junit([EV_STUDY, STDIN_STUDY]).testsuites.testsuite;
    expect(ev!.testcase.map((t) => t['@_name'])).toEqual(['qualityControl.endotoxin', 'minimal set complete']);
    expect(ev!['@_failures']).toBe('1');
    expect(ev!.testcase[1]!.failure).toBeUndefined();
    expect(stdin!['@_tests']).toBe(String(STDIN_STUDY.findings.length + 1));
    expect(stdin!['@_failures']).toBe(String(STDIN_STUDY.findings.length + 1));
    expect(stdin!.testcase.at(-1)!.failure!['@_message']).toContain('Minimal set incomplete');
  });

  it('adds up tests, failures and skips over all suites on <testsuites>', () => {
    const root = junit(BATCH).testsuites;
    const sum = (key: '@_tests' | '@_failures' | '@_skipped'): number =>
      root.testsuite.reduce((total, suite) => total + Number(suite[key]), 0);
    const cases = root.testsuite.flatMap((s) => s.testcase);
    expect(Number(root['@_tests'])).toBe(cases.length);
    expect(Number(root['@_failures'])).toBe(cases.filter((t) => t.failure !== undefined).length);
    expect(Number(root['@_skipped'])).toBe(cases.filter((t) => t.skipped !== undefined).length);
    expect(Number(root['@_tests'])).toBe(sum('@_tests'));
    expect(Number(root['@_failures'])).toBe(sum('@_failures'));
    expect(Number(root['@_skipped'])).toBe(sum('@_skipped'));
    expect(root['@_errors']).toBe('0');
  });

  it('escapes markup and replaces control characters that XML 1.0 forbids', () => {
    const xml = junitReporter([STDIN_STUDY], options());
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
    const structural = parse(xml).testsuites.testsuite[0]!.testcase[0]!;
    expect(structural['@_name']).toBe('document');
    // Read back, the message is the original text with the BEL replaced; the line break survives.
    expect(structural.failure!['@_message']).toBe(
      `${HOSTILE_MESSAGE.replace('\u0007', '\uFFFD')} ${STDIN_STUDY.findings[0]!.hint!}`,
    );
  });

  it('keeps XML well-formed for unpaired surrogates and every C0 control character', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    const nasty: Report = {
      ...STDIN_STUDY,
      source: { file: `odd${controls}\uD800name.yaml` },
      findings: [{ ...STDIN_STUDY.findings[0]!, message: `${HOSTILE_MESSAGE}${controls}\uDC00]]>` }],
    };
    expect(XMLValidator.validate(junitReporter([nasty], options()))).toBe(true);
  });
});
