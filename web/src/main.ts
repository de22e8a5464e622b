/**
 * The checker page: text in, report out, all in the page. It uses only the public browser API
 * (src/browser.ts), the way a journal's own form would. The DOM is built with textContent and
 * attributes only (no innerHTML), so text from a study report is never markup.
 */
import { parse, stringify } from 'yaml';
import {
  ChecklistConfigError,
  SECTION_KEYS,
  buildTemplate,
  checkText,
  createValidator,
  detectFormat,
  formatChecklistError,
  htmlReporter,
  jsonReporter,
  markdownReporter,
  reporterOptionsFor,
  type CheckTextResult,
  type ChecklistItem,
  type Finding,
  type InputError,
  type ProfileName,
  type Report,
  type Reporter,
  type TemplateFraction,
  type Validator,
} from '../../src/browser.js';
import { EXAMPLES } from './examples.js';

declare const __PACKAGE_VERSION__: string | undefined;

/** How long typing must pause before the report is checked again. */
const DEBOUNCE_MS = 250;
/** Larger files are not study reports; refuse them before reading. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A user checklist is a few kilobytes of items. */
const MAX_CHECKLIST_BYTES = 1024 * 1024;
/** The name of text that came from no file (pasted or typed): what reports and downloads call it. */
const UNTITLED = 'study-report.yaml';

const DOWNLOADS: Record<string, { reporter: Reporter; extension: string; type: string }> = {
  json: { reporter: jsonReporter, extension: 'json', type: 'application/json' },
  markdown: { reporter: markdownReporter, extension: 'md', type: 'text/markdown' },
  html: { reporter: htmlReporter, extension: 'html', type: 'text/html' },
};

const STATUS_WORDS: Record<Finding['status'], string> = {
  missing: 'missing',
  'not-reported': 'not reported',
  incomplete: 'incomplete',
  invalid: 'invalid',
  'not-applicable': 'not applicable',
};

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}

type Child = Node | string | false | undefined;

/** A small element builder: attributes as strings, children as nodes or text. */
function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}

function formatScore(score: number): string {
  return (Math.round(score * 10) / 10).toFixed(1);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const ui = {
  editor: byId<HTMLTextAreaElement>('editor'),
  editorStatus: byId('editor-status'),
  liveScore: byId('live-score'),
  openChecklist: byId<HTMLButtonElement>('open-checklist'),
  checklistInput: byId<HTMLInputElement>('checklist-input'),
  checklistStatus: byId('checklist-status'),
  clearChecklist: byId<HTMLButtonElement>('clear-checklist'),
  exampleSelect: byId<HTMLSelectElement>('example-select'),
  loadExample: byId<HTMLButtonElement>('load-example'),
  openFile: byId<HTMLButtonElement>('open-file'),
  fileInput: byId<HTMLInputElement>('file-input'),
  fractionSelect: byId<HTMLSelectElement>('fraction-select'),
  startTemplate: byId<HTMLButtonElement>('start-template'),
  profileSelect: byId<HTMLSelectElement>('profile-select'),
  summary: byId('summary'),
  scoreValue: byId('score-value'),
  verdict: byId('verdict'),
  counts: byId('counts'),
  announcer: byId('announcer'),
  sections: byId('sections'),
  findings: byId('findings'),
  findingsCount: byId('findings-count'),
  explain: byId<HTMLDialogElement>('explain'),
  explainClose: byId<HTMLButtonElement>('explain-close'),
  version: byId('version'),
};

const state: {
  file: string;
  result: CheckTextResult | undefined;
  validators: Map<ProfileName, Validator>;
  /** A user checklist (file name and data) applied over the profile, or none. */
  custom: { file: string; data: unknown } | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  previous: { text: string; file: string } | undefined;
  explainOpener: HTMLElement | undefined;
  /** The next input replaces the whole text (everything was selected): it is then no longer that file. */
  replacingAll: boolean;
} = { file: UNTITLED, result: undefined, validators: new Map(), custom: undefined, timer: undefined, previous: undefined, explainOpener: undefined, replacingAll: false };

function profile(): ProfileName {
  return ui.profileSelect.value === 'journal-strict' ? 'journal-strict' : 'default';
}

function validator(): Validator {
  let cached = state.validators.get(profile());
  if (!cached) {
    const custom = state.custom ? { checklist: state.custom.data, checklistFile: state.custom.file } : {};
    cached = createValidator({ profile: profile(), ...custom });
    state.validators.set(profile(), cached);
  }
  return cached;
}

// ── Checking and rendering ───────────────────────────────────────────────────────────────────────

function check(): void {
  clearTimeout(state.timer);
  state.timer = undefined;
  const text = ui.editor.value;
  // The syntax follows the text, not the file name: pasting JSON over a YAML example just works.
  state.result = text.trim() === '' ? undefined : checkText(text, { filename: state.file, format: detectFormat(undefined, text), validator: validator() });
  render();
}

function scheduleCheck(): void {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, DEBOUNCE_MS);
}

function render(): void {
  const result = state.result;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) button.disabled = !result?.ok;
  if (!result) renderEmpty();
  else if (!result.ok) renderInputError(result.error);
  else renderReport(result.report);
}

function setSummary(kind: 'empty' | 'error' | 'pass' | 'fail', score: string, verdict: string, counts: string, announcement: string): void {
  ui.summary.dataset['state'] = kind;
  ui.liveScore.dataset['state'] = kind;
  ui.liveScore.textContent = kind === 'empty' ? '' : kind === 'error' ? verdict : `Score ${score} / 100 · ${verdict}`;
  ui.scoreValue.textContent = score;
  ui.verdict.textContent = verdict;
  ui.counts.textContent = counts;
  // Announced once per check (typing is debounced), and only when something changed.
  if (ui.announcer.textContent !== announcement) ui.announcer.textContent = announcement;
}

function renderEmpty(): void {
  setSummary('empty', '–', 'No study report yet', 'Load an example, open a file or paste a report to see its score.', '');
  ui.sections.replaceChildren();
  ui.findings.replaceChildren();
  ui.findingsCount.textContent = '';
}

function renderInputError(error: InputError): void {
  setSummary('error', '–', 'The study report cannot be read', 'Fix the problem below; the score appears as soon as the text parses.', `The study report cannot be read: ${error.message}`);
  ui.sections.replaceChildren();
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
        location && h('p', { class: 'meta' }, locationButton(location)),
      ),
    ),
  );
}

function countsText(report: Report): string {
  const { essentialMissing, recommendedMissing, invalid, notApplicable } = report.counts;
  const parts = [`${essentialMissing} essential missing`, `${recommendedMissing} recommended missing`];
  if (invalid > 0) parts.push(`${invalid} invalid`);
  if (notApplicable > 0) parts.push(`${notApplicable} not applicable`);
  return parts.join(' · ');
}

function renderReport(report: Report): void {
  const score = formatScore(report.score.overall);
  const verdict = report.minimalSetComplete ? 'Minimal set complete' : 'Minimal set incomplete';
  const structure = report.valid ? '' : ` The report has ${plural(report.counts.invalid, 'structural problem')}.`;
  setSummary(
    report.minimalSetComplete ? 'pass' : 'fail',
    score,
    verdict,
    countsText(report),
    `Score ${score} out of 100. ${verdict}: ${plural(report.counts.essentialMissing, 'essential item')} and ${plural(report.counts.recommendedMissing, 'recommended item')} missing.${structure}`,
  );
  renderSections(report);
  renderFindings(report);
}

function renderSections(report: Report): void {
  const titles = validator().checklist.sectionTitles;
  ui.sections.replaceChildren(
    ...SECTION_KEYS.map((section) => {
      const entry = report.score.sections[section];
      const applies = entry !== undefined && entry.applicable > 0;
      const fill = h('span', { class: 'fill' });
      // CSSOM, not a style attribute: `style-src 'self'` allows the former and blocks the latter.
      fill.style.width = `${applies ? Math.min(100, Math.max(0, entry.score)) : 0}%`;
      return h(
        'li',
        { 'data-section': section, class: applies ? '' : 'not-applicable' },
        h('span', { class: 'section-name' }, titles[section] ?? section),
        h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
        h('span', { class: 'section-score' }, applies ? formatScore(entry.score) : 'n/a', applies ? h('span', { class: 'visually-hidden' }, ' out of 100') : h('span', { class: 'visually-hidden' }, ': nothing in this section applies')),
      );
    }),
  );
}

function renderFindings(report: Report): void {
  const titles = validator().checklist.sectionTitles;
  const items = new Map(validator().checklist.items.map((item) => [item.id, item]));
  ui.findingsCount.textContent = `(${report.findings.length})`;
  if (report.findings.length === 0) {
    ui.findings.replaceChildren(h('p', { class: 'all-good' }, 'No findings: every applicable item is reported.'));
    return;
  }
  const groups: HTMLElement[] = [];
  // Structural problems (every invalid value, whatever its section) come first, together: fix them first.
  const groupOf = (finding: Finding): string => (finding.status === 'invalid' ? 'document' : finding.section);
  for (const section of ['document', ...SECTION_KEYS] as const) {
    const findings = report.findings.filter((finding) => groupOf(finding) === section);
    if (findings.length === 0) continue;
    const title = section === 'document' ? 'Document structure: fix these first' : (titles[section] ?? section);
    const headingId = `findings-${section}`;
    groups.push(
      h('h4', { id: headingId }, title, h('span', { class: 'muted' }, ` (${findings.length})`)),
      h('ul', { class: 'finding-list', 'aria-labelledby': headingId }, ...findings.map((finding) => findingElement(finding, items.get(finding.itemId)))),
    );
  }
  ui.findings.replaceChildren(...groups);
}

function findingElement(finding: Finding, item: ChecklistItem | undefined): HTMLElement {
  const attributes: Record<string, string> = {
    class: `finding ${finding.level} ${finding.status}`,
    'data-finding': '',
    'data-item-id': finding.itemId,
    'data-status': finding.status,
    'data-level': finding.level,
    'data-pointer': finding.pointer,
  };
  if (finding.location) attributes['data-location'] = `${finding.location.line}:${finding.location.column}`;
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
      finding.location ? locationButton(finding.location) : h('span', {}, 'not in the text'),
      ' · ',
      h('code', { title: 'JSON pointer' }, finding.pointer),
      item && ' · ',
      item && h('a', { href: `#item/${item.id}`, class: 'explain-link' }, 'Explain ', h('span', { class: 'visually-hidden' }, `${item.title} (`), item.id, h('span', { class: 'visually-hidden' }, ')')),
    ),
  );
}

function locationButton(location: { line: number; column: number }): HTMLElement {
  const button = h('button', { type: 'button', class: 'location', 'data-line': String(location.line), 'data-column': String(location.column) }, `Go to line ${location.line}:${location.column}`);
  button.addEventListener('click', () => moveCaret(location.line, location.column));
  return button;
}

/** Puts the caret at a 1-based line and column of the editor and scrolls it into view. */
function moveCaret(line: number, column: number): void {
  const text = ui.editor.value;
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  offset = Math.min(offset + column - 1, lineEnd === -1 ? text.length : lineEnd);
  ui.editor.focus();
  ui.editor.setSelectionRange(offset, offset);
  const lineHeight = Number.parseFloat(getComputedStyle(ui.editor).lineHeight) || 20;
  ui.editor.scrollTop = Math.max(0, (line - 1) * lineHeight - ui.editor.clientHeight / 3);
}

// ── Item explanations (a modal dialog, also reachable as #item/<id>) ─────────────────────────────

function openExplanation(id: string): void {
  const item = validator().checklist.items.find((candidate) => candidate.id === id);
  if (!item) return;
  const sectionTitle = validator().checklist.sectionTitles[item.section] ?? item.section;
  byId('explain-title').textContent = item.title;
  byId('explain-meta').textContent = `${item.id} · ${item.level} · ${sectionTitle}`;
  byId('explain-rationale').textContent = item.rationale;
  byId('explain-hint').textContent = item.hint;
  byId('explain-sources').replaceChildren(...item.sources.map((source) => h('li', {}, source)));
  const key = (item.path ?? item.id.split('.')[1] ?? item.id).split('/').at(-1)!;
  byId('explain-example').textContent = item.example === undefined ? '(none)' : stringify({ [key]: item.example }).trimEnd();
  if (!ui.explain.open) {
    state.explainOpener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    ui.explain.showModal();
  }
}

function onHashChange(): void {
  const match = /^#item\/([A-Za-z0-9.]{1,120})$/.exec(location.hash);
  if (match) openExplanation(match[1]!);
  else if (ui.explain.open) ui.explain.close();
}

ui.explainClose.addEventListener('click', () => ui.explain.close());
ui.explain.addEventListener('click', (event) => {
  // A click on the backdrop (outside the dialog box) closes it.
  if (event.target === ui.explain) ui.explain.close();
});
ui.explain.addEventListener('close', () => {
  if (location.hash.startsWith('#item/')) history.replaceState(null, '', location.pathname + location.search);
  state.explainOpener?.focus();
  state.explainOpener = undefined;
});
window.addEventListener('hashchange', onHashChange);

// ── Input: examples, templates, files, typing ────────────────────────────────────────────────────

function setStatus(message: string, restore = false): void {
  const children: Child[] = [message];
  if (restore && state.previous) {
    const button = h('button', { type: 'button', class: 'link-button' }, 'Restore the previous text');
    button.addEventListener('click', () => {
      const previous = state.previous;
      if (!previous) return;
      state.previous = undefined;
      replaceText(previous.text, previous.file, 'Previous text restored.', false);
    });
    children.push(' ', button);
  }
  ui.editorStatus.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
}

/** Replaces the editor's text (keeping what was there for one undo) and checks at once. */
function replaceText(text: string, file: string, message: string, keepPrevious = true): void {
  const current = ui.editor.value;
  state.previous = keepPrevious && current.trim() !== '' && current !== text ? { text: current, file: state.file } : undefined;
  ui.editor.value = text;
  ui.editor.scrollTop = 0;
  ui.editor.setSelectionRange(0, 0);
  state.file = file;
  setStatus(message, state.previous !== undefined);
  check();
}

for (const [index, example] of EXAMPLES.entries()) ui.exampleSelect.append(new Option(example.label, String(index)));

ui.loadExample.addEventListener('click', () => {
  const example = EXAMPLES[Number(ui.exampleSelect.value)];
  if (example) replaceText(example.text, example.file, `Loaded the example ${example.file} (a fictional study).`);
});

ui.startTemplate.addEventListener('click', () => {
  const designs = [...document.querySelectorAll<HTMLInputElement>('input[name="design"]:checked')].map((input) => input.value);
  if (designs.length === 0) {
    setStatus('Choose at least one study design for the template.');
    return;
  }
  const fraction = ui.fractionSelect.value as TemplateFraction;
  replaceText(buildTemplate(designs, fraction), `template-${designs.join('-')}.yaml`, `Started a template for ${designs.join(', ')} with ${ui.fractionSelect.selectedOptions[0]?.text ?? fraction}: uncomment each item and fill it in.`);
});

/**
 * A module of the page loaded on demand by its URL (spreadsheets: web/src/spreadsheet*.ts, built beside
 * checker.js by tsup.config.ts): the bundler leaves such an import alone, so checker.js does not carry it.
 */
function onDemand<T>(name: string): Promise<T> {
  return import(new URL(name, import.meta.url).href) as Promise<T>;
}

async function openFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    setStatus(`${file.name} is larger than 5 MB; that is not a study report.`);
    return;
  }
  if (/\.(xlsx|csv|tsv)$/i.test(file.name)) {
    const { openSpreadsheet } = await onDemand<typeof import('./spreadsheet.js')>('./spreadsheet.js');
    await openSpreadsheet(file, { status: ui.editorStatus, open: replaceText, say: (message) => setStatus(message) });
    return;
  }
  replaceText(await file.text(), file.name, `Opened ${file.name} (read in this page, not uploaded).`);
}

byId('download-template').addEventListener('click', () => {
  void onDemand<typeof import('./spreadsheet-template.js')>('./spreadsheet-template.js').then(({ downloadTemplate }) => downloadTemplate());
});

ui.openFile.addEventListener('click', () => ui.fileInput.click());
ui.fileInput.addEventListener('change', () => {
  const file = ui.fileInput.files?.[0];
  if (file) void openFile(file);
  ui.fileInput.value = '';
});

ui.editor.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) {
    event.preventDefault();
    ui.editor.classList.add('dragging');
  }
});
ui.editor.addEventListener('dragleave', () => ui.editor.classList.remove('dragging'));
ui.editor.addEventListener('drop', (event) => {
  ui.editor.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  void openFile(file);
});

// Text that replaces everything (select all, then paste or type) is a new document, not the example or
// file loaded before: reports and downloads must not carry that name.
ui.editor.addEventListener('beforeinput', () => {
  const { selectionStart, selectionEnd, value } = ui.editor;
  state.replacingAll = value !== '' && selectionStart === 0 && selectionEnd === value.length;
});
ui.editor.addEventListener('input', () => {
  const replaced = state.replacingAll || ui.editor.value.trim() === '';
  state.replacingAll = false;
  if (replaced && state.file !== UNTITLED) {
    const before = state.file;
    state.file = UNTITLED;
    state.previous = undefined;
    setStatus(`New text: no longer ${before}. Reports name it ${UNTITLED}.`);
  }
  scheduleCheck();
});
ui.profileSelect.addEventListener('change', check);

// ── A user checklist (a lab's or journal's own items, levels and weights), read in the page ──────

function useChecklist(custom: { file: string; data: unknown } | undefined): string | undefined {
  const before = state.custom;
  state.custom = custom;
  state.validators.clear();
  try {
    validator();
  } catch (error) {
    state.custom = before;
    state.validators.clear();
    if (error instanceof ChecklistConfigError) return error.errors.slice(0, 3).map(formatChecklistError).join(' ');
    throw error;
  }
  return undefined;
}

function showChecklist(): void {
  const { items } = validator().checklist;
  ui.checklistStatus.textContent = state.custom ? `Checklist ${state.custom.file} (${items.length} items)` : 'Built-in checklist';
  ui.clearChecklist.hidden = state.custom === undefined;
}

async function openChecklist(file: File): Promise<void> {
  if (file.size > MAX_CHECKLIST_BYTES) {
    ui.checklistStatus.textContent = `${file.name} is larger than 1 MB; that is not a checklist.`;
    return;
  }
  let data: unknown;
  try {
    const text = await file.text();
    data = /\.json$/i.test(file.name) ? JSON.parse(text) : parse(text, { maxAliasCount: 100 });
  } catch (error) {
    ui.checklistStatus.textContent = `${file.name} cannot be read: ${(error as Error).message.split('\n')[0]}`;
    return;
  }
  const problem = useChecklist({ file: file.name, data });
  if (problem !== undefined) {
    ui.checklistStatus.textContent = `Not used: ${problem}`;
    return;
  }
  showChecklist();
  check();
}

ui.openChecklist.addEventListener('click', () => ui.checklistInput.click());
ui.checklistInput.addEventListener('change', () => {
  const file = ui.checklistInput.files?.[0];
  if (file) void openChecklist(file);
  ui.checklistInput.value = '';
});
ui.clearChecklist.addEventListener('click', () => {
  useChecklist(undefined);
  showChecklist();
  check();
  ui.openChecklist.focus();
});

// ── Downloads (Blob + object URL: nothing leaves the page) ───────────────────────────────────────

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) {
  button.addEventListener('click', () => {
    // Typing may be waiting for its debounce: report on the text as it is now.
    if (state.timer !== undefined) check();
    const format = DOWNLOADS[button.dataset['download'] ?? ''];
    const result = state.result;
    if (!format || !result?.ok) return;
    const text = format.reporter([result.report], reporterOptionsFor(validator().checklist));
    const url = URL.createObjectURL(new Blob([text], { type: `${format.type};charset=utf-8` }));
    const link = h('a', { href: url, download: `${state.file.replace(/\.(ya?ml|json)$/i, '')}.report.${format.extension}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}

// ── Start ────────────────────────────────────────────────────────────────────────────────────────

const checklistInfo = validator().checklist;
ui.version.textContent = `secretome-checklist ${typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : 'dev'} · checklist ${checklistInfo.id} ${checklistInfo.version}`;
render();
onHashChange();
document.documentElement.dataset['ready'] = 'true';
