import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeXml, escapeXmlAttribute, markdownCode, oneLine } from '../../src/reporters/shared/escape.js';
import { escapeWorkflowData } from '../../src/reporters/github.js';
import { groupBySection, visibleFindings } from '../../src/reporters/shared/findings.js';
import { formatLocation, toPosixPath } from '../../src/reporters/shared/location.js';
import { formatScore, scoreBar, scoreStep } from '../../src/reporters/shared/score.js';
import { describeCounts, documentName, summarizeBatch } from '../../src/reporters/shared/summary.js';
import { BATCH, EV_STUDY, MOUSE_STUDY, STDIN_STUDY } from './fixtures.js';

describe('shared reporter helpers', () => {
  it('shows scores with one decimal', () => {
    expect(formatScore(62.5)).toBe('62.5');
    expect(formatScore(100)).toBe('100.0');
    expect(formatScore((5 / 9) * 100)).toBe('55.6');
    expect(formatScore(0.05)).toBe('0.1');
  });

  it('draws a ten-cell score bar, clamped to 0–100', () => {
    expect(scoreBar(62.5)).toBe('██████░░░░');
    expect(scoreBar(0)).toBe('░░░░░░░░░░');
    expect(scoreBar(100)).toBe('██████████');
    expect(scoreBar(140)).toBe('██████████');
    expect(scoreBar(Number.NaN)).toBe('░░░░░░░░░░');
    expect(scoreBar(50, 4)).toBe('██░░');
  });

  it('colours a score that shows as 100.0 as complete', () => {
    expect(scoreStep(100).min).toBe(100);
    expect(scoreStep(99.96).min).toBe(100);
    expect(scoreStep(99.9).min).toBe(80);
    expect(scoreStep(0).min).toBe(0);
  });

  it('formats locations as file:line:column, or as much as is known', () => {
    expect(formatLocation('a.yaml', { line: 3, column: 7 })).toBe('a.yaml:3:7');
    expect(formatLocation('a.yaml', undefined)).toBe('a.yaml');
    expect(formatLocation(undefined, { line: 3, column: 7 })).toBe('3:7');
    expect(formatLocation(undefined, undefined)).toBe('');
    expect(toPosixPath('a\\b\\c.yaml')).toBe('a/b/c.yaml');
  });

  it('groups findings by section: structural problems first, then section order', () => {
    const findings = [...MOUSE_STUDY.findings, ...STDIN_STUDY.findings];
    expect(groupBySection(findings).map((g) => g.section)).toEqual([
      'document',
      'study',
      'cellSource',
      'production',
      'storage',
      'characterization',
      'doseAdministration',
      'outcomes',
    ]);
  });

  it('with quiet, keeps essential problems and drops recommended items and declared exclusions', () => {
    const quiet = visibleFindings(MOUSE_STUDY, { quiet: true }).map((f) => f.itemId);
    expect(quiet).toEqual(['storage.temperature', 'storage.freezeThaw', 'characterization.particleConcentration']);
    expect(visibleFindings(MOUSE_STUDY, { quiet: false })).toHaveLength(MOUSE_STUDY.findings.length);
  });

  it('names reports and summarises a batch', () => {
    expect(documentName(STDIN_STUDY, 2)).toBe('document 3');
    expect(documentName(EV_STUDY, 1)).toBe('studies\\lab-b\\ev-fraction 2023.json');
    const summary = summarizeBatch(BATCH);
    expect(summary).toMatchObject({ documents: 3, passingMinimalSet: 1 });
    expect(formatScore(summary.meanScore)).toBe('77.4');
    expect(summarizeBatch([]).meanScore).toBe(0);
    expect(describeCounts({ ...EV_STUDY, counts: { essentialMissing: 0, recommendedMissing: 0, incomplete: 0, invalid: 0, notApplicable: 0 } })).toBe(
      'nothing missing',
    );
  });

  it('escapes XML, keeping line breaks in attributes', () => {
    expect(escapeXml(`<a b="c">'&'</a>\r`)).toBe('&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#13;');
    expect(escapeXmlAttribute('a\nb\tc')).toBe('a&#10;b&#9;c');
    expect(escapeXml('a\u0000b\uFFFEc\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
  });

  it('puts terminal text on one line without control characters', () => {
    expect(oneLine('a\r\nb\u001b[31mc\u009bd')).toBe('a b\uFFFD[31mc\uFFFDd');
    // Bidirectional controls cannot reorder the line; joiners in scripts and emoji are kept.
    expect(oneLine('ok \u202Eevil\u202C \u2067x\u2069 \u200F')).toBe('ok \uFFFDevil\uFFFD \uFFFDx\uFFFD \uFFFD');
    expect(oneLine('👩\u200D🔬 مي\u200Cخواهم')).toBe('👩\u200D🔬 مي\u200Cخواهم');
  });

  it('shows bidirectional controls as U+FFFD in every format meant for people, and keeps them in data formats', () => {
    const reason = 'fresh \u202Egnisu\u202C only';
    const shown = 'fresh \uFFFDgnisu\uFFFD only';
    expect(escapeHtml(reason)).toBe(shown);
    expect(escapeMarkdown(reason)).toBe(shown);
    expect(markdownCode(reason)).toBe(`\`${shown}\``);
    expect(escapeWorkflowData(reason)).toBe(shown);
    expect(escapeXml(reason)).toBe(reason);
  });
});
