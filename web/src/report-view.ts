/**
 * The result pane: the summary (score and minimal-set verdict), a bar per section, and the findings,
 * each linked to its line in the YAML view and to its field in the form view. Also the compact line
 * that keeps the score and the bars in sight on a narrow screen.
 */
import { SECTION_KEYS, type Checklist, type ChecklistItem, type Finding, type InputError, type Report } from '../../src/browser.js';
import { byId, formatScore, h, plural } from './dom.js';

const STATUS_WORDS: Record<Finding['status'], string> = {
  missing: 'missing',
  'not-reported': 'not reported',
  incomplete: 'incomplete',
  invalid: 'invalid',
  'not-applicable': 'not applicable',
};

/** What the "essential gaps only" filter keeps: essential items that still lack a satisfying value. */
export function isEssentialGap(finding: Finding): boolean {
  return finding.level === 'essential' && finding.status !== 'not-applicable';
}

export interface ReportViewActions {
  /** Moves the caret of the YAML view to a place. */
  goToLine(location: { line: number; column: number }): void;
  /** Moves focus to the form field of a finding (opening its section, preparation or arm). */
  goToField(finding: Finding): void;
}

const ui = {
  summary: byId('summary'),
  scoreValue: byId('score-value'),
  verdict: byId('verdict'),
  counts: byId('counts'),
  announcer: byId('announcer'),
  sections: byId('sections'),
  findings: byId('findings'),
  findingsCount: byId('findings-count'),
  essentialOnly: byId<HTMLInputElement>('essential-only'),
  liveScore: byId('live-score'),
  liveText: byId('live-text'),
  liveBars: byId('live-bars'),
};

type SummaryState = 'empty' | 'error' | 'pass' | 'fail';

export class ReportView {
  private last: { kind: 'empty' } | { kind: 'error'; error: InputError } | { kind: 'report'; report: Report; checklist: Checklist } = { kind: 'empty' };

  constructor(private readonly actions: ReportViewActions) {
    ui.essentialOnly.addEventListener('change', () => {
      if (this.last.kind === 'report') this.renderFindings(this.last.report, this.last.checklist);
    });
  }

  showEmpty(): void {
    this.last = { kind: 'empty' };
    this.setSummary('empty', '–', 'No study report yet', 'Load an example, open a file, start a template or fill in the form to see the score.', '');
    ui.sections.replaceChildren();
    ui.liveBars.replaceChildren();
    ui.findings.replaceChildren();
    ui.findingsCount.textContent = '';
  }

  showInputError(error: InputError): void {
    this.last = { kind: 'error', error };
    this.setSummary('error', '–', 'The study report cannot be read', 'Fix the problem below; the score appears as soon as the text parses.', `The study report cannot be read: ${error.message}`);
    ui.sections.replaceChildren();
    ui.liveBars.replaceChildren();
    ui.findingsCount.textContent = '(1)';
    const location = error.line !== undefined ? { line: error.line, column: error.column ?? 1 } : undefined;
    ui.findings.replaceChildren(
      h(
        'ul',
        { class: 'finding-list' },
        h(
          'li',
          { class: 'finding essential', 'data-finding': '', 'data-item-id': 'input', 'data-status': error.code },
          h('p', { class: 'message' }, `Cannot read the report: ${error.message}`),
          error.hint !== undefined && h('p', { class: 'hint' }, error.hint),
          location && h('p', { class: 'meta' }, this.locationButton(location)),
        ),
      ),
    );
  }

  showReport(report: Report, checklist: Checklist): void {
    this.last = { kind: 'report', report, checklist };
    const score = formatScore(report.score.overall);
    const verdict = report.minimalSetComplete ? 'Minimal set complete' : 'Minimal set incomplete';
    const structure = report.valid ? '' : ` The report has ${plural(report.counts.invalid, 'structural problem')}.`;
    this.setSummary(
      report.minimalSetComplete ? 'pass' : 'fail',
      score,
      verdict,
      countsText(report),
      `Score ${score} out of 100. ${verdict}: ${plural(report.counts.essentialMissing, 'essential item')} and ${plural(report.counts.recommendedMissing, 'recommended item')} missing.${structure}`,
    );
    this.renderSections(report, checklist);
    this.renderFindings(report, checklist);
  }

  private setSummary(kind: SummaryState, score: string, verdict: string, counts: string, announcement: string): void {
    ui.summary.dataset['state'] = kind;
    ui.liveScore.dataset['state'] = kind;
    ui.liveText.textContent = kind === 'empty' ? '' : kind === 'error' ? verdict : `Score ${score} / 100 · ${verdict}`;
    ui.scoreValue.textContent = score;
    ui.verdict.textContent = verdict;
    ui.counts.textContent = counts;
    // Announced once per check (typing is debounced), and only when something changed.
    if (ui.announcer.textContent !== announcement) ui.announcer.textContent = announcement;
  }

  private renderSections(report: Report, checklist: Checklist): void {
    const titles = checklist.sectionTitles;
    const rows: HTMLElement[] = [];
    const minis: HTMLElement[] = [];
    for (const section of SECTION_KEYS) {
      const entry = report.score.sections[section];
      const applies = entry !== undefined && entry.applicable > 0;
      const width = `${applies ? Math.min(100, Math.max(0, entry.score)) : 0}%`;
      const fill = h('span', { class: 'fill' });
      // CSSOM, not a style attribute: `style-src 'self'` allows the former and blocks the latter.
      fill.style.width = width;
      rows.push(
        h(
          'li',
          { 'data-section': section, class: applies ? '' : 'not-applicable' },
          h('span', { class: 'section-name' }, titles[section] ?? section),
          h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
          h('span', { class: 'section-score' }, applies ? formatScore(entry.score) : 'n/a', applies ? h('span', { class: 'visually-hidden' }, ' out of 100') : h('span', { class: 'visually-hidden' }, ': nothing in this section applies')),
        ),
      );
      const miniFill = h('span', { class: 'fill' });
      miniFill.style.height = width;
      minis.push(h('span', { class: `mini-bar${applies ? '' : ' not-applicable'}`, title: `${titles[section] ?? section}: ${applies ? formatScore(entry.score) : 'n/a'}` }, miniFill));
    }
    ui.sections.replaceChildren(...rows);
    ui.liveBars.replaceChildren(...minis);
  }

  private renderFindings(report: Report, checklist: Checklist): void {
    const titles = checklist.sectionTitles;
    const items = new Map(checklist.items.map((item) => [item.id, item]));
    const essentialOnly = ui.essentialOnly.checked;
    const shown = essentialOnly ? report.findings.filter(isEssentialGap) : report.findings;
    ui.findingsCount.textContent = essentialOnly ? `(${shown.length} of ${report.findings.length})` : `(${report.findings.length})`;
    if (shown.length === 0) {
      ui.findings.replaceChildren(h('p', { class: 'all-good' }, essentialOnly && report.findings.length > 0 ? 'No essential gaps: every applicable essential item is reported.' : 'No findings: every applicable item is reported.'));
      return;
    }
    const groups: HTMLElement[] = [];
    // Structural problems (every invalid value, whatever its section) come first, together: fix them first.
    const groupOf = (finding: Finding): string => (finding.status === 'invalid' ? 'document' : finding.section);
    for (const section of ['document', ...SECTION_KEYS] as const) {
      const findings = shown.filter((finding) => groupOf(finding) === section);
      if (findings.length === 0) continue;
      const title = section === 'document' ? 'Document structure: fix these first' : (titles[section] ?? section);
      const headingId = `findings-${section}`;
      groups.push(
        h('h4', { id: headingId }, title, h('span', { class: 'muted' }, ` (${findings.length})`)),
        h('ul', { class: 'finding-list', 'aria-labelledby': headingId }, ...findings.map((finding) => this.findingElement(finding, items.get(finding.itemId)))),
      );
    }
    ui.findings.replaceChildren(...groups);
  }

  private findingElement(finding: Finding, item: ChecklistItem | undefined): HTMLElement {
    const attributes: Record<string, string> = {
      class: `finding ${finding.level} ${finding.status}`,
      'data-finding': '',
      'data-item-id': finding.itemId,
      'data-status': finding.status,
      'data-level': finding.level,
      'data-pointer': finding.pointer,
    };
    if (finding.location) attributes['data-location'] = `${finding.location.line}:${finding.location.column}`;
    const toField = h('button', { type: 'button', class: 'to-field', 'data-pointer': finding.pointer }, 'Go to the field', h('span', { class: 'visually-hidden' }, `: ${item?.title ?? finding.itemId}`));
    toField.addEventListener('click', () => this.actions.goToField(finding));
    return h(
      'li',
      attributes,
      h(
        'p',
        { class: 'finding-head' },
        h('span', { class: `badge ${finding.level}` }, finding.level),
        ' ',
        h('span', { class: 'badge status' }, STATUS_WORDS[finding.status]),
        ' ',
        h('code', {}, finding.itemId),
      ),
      h('p', { class: 'message' }, finding.message),
      finding.hint !== undefined && finding.hint !== '' && h('p', { class: 'hint' }, finding.hint),
      h(
        'p',
        { class: 'meta' },
        toField,
        ' ',
        finding.location ? this.locationButton(finding.location) : h('span', {}, 'not in the text'),
        ' · ',
        h('code', { title: 'JSON pointer' }, finding.pointer),
        item && ' · ',
        item && h('a', { href: `#item/${item.id}`, class: 'explain-link' }, 'Explain ', h('span', { class: 'visually-hidden' }, `${item.title} (`), item.id, h('span', { class: 'visually-hidden' }, ')')),
      ),
    );
  }

  private locationButton(location: { line: number; column: number }): HTMLElement {
    const button = h('button', { type: 'button', class: 'location', 'data-line': String(location.line), 'data-column': String(location.column) }, `Go to line ${location.line}:${location.column}`);
    button.addEventListener('click', () => this.actions.goToLine(location));
    return button;
  }
}

function countsText(report: Report): string {
  const { essentialMissing, recommendedMissing, invalid, notApplicable } = report.counts;
  const parts = [`${essentialMissing} essential missing`, `${recommendedMissing} recommended missing`];
  if (invalid > 0) parts.push(`${invalid} invalid`);
  if (notApplicable > 0) parts.push(`${notApplicable} not applicable`);
  return parts.join(' · ');
}
