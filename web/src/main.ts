/**
 * The checker page: one study report, two views of it (a form for authors, the YAML text for data
 * managers), and its report beside them, all in the page. The YAML text is the document: the form
 * writes its edits into the text (comments kept) and reads the document back from it. Only the
 * public browser API (src/browser.ts) is used, the way a journal's own form would.
 *
 * Modules: dom (builders), views (the tabs), report-view (score, bars, findings), explain (the item
 * dialog), draft (opt-in storage), caret (pointer ↔ place in the text), form/ (the form view, loaded
 * on first use).
 */
import { parse, stringify } from 'yaml';
import {
  ChecklistConfigError,
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
  type Finding,
  type ProfileName,
  type Reporter,
  type TemplateFraction,
  type Validator,
} from '../../src/browser.js';
import { offsetOfLocation, pointerAtOffset } from './caret.js';
import { byId, downloadText, h, type Child } from './dom.js';
import { DraftKeeper } from './draft.js';
import { EXAMPLES } from './examples.js';
import { installExplanations } from './explain.js';
import type { FormView } from './form/form-view.js';
import { ReportView } from './report-view.js';
import { Views, type ViewName } from './views.js';

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

const ui = {
  editor: byId<HTMLTextAreaElement>('editor'),
  editorStatus: byId('editor-status'),
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
  formRoot: byId('form-root'),
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
  /** The next input replaces the whole text (everything was selected): it is then no longer that file. */
  replacingAll: boolean;
  /** The form, once loaded, and whether the text changed since it last showed it. */
  form: FormView | undefined;
  formLoading: Promise<FormView> | undefined;
  formStale: boolean;
} = { file: UNTITLED, result: undefined, validators: new Map(), custom: undefined, timer: undefined, previous: undefined, replacingAll: false, form: undefined, formLoading: undefined, formStale: true };

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

const reportView = new ReportView({
  goToLine: (location) => {
    views.show('yaml');
    moveCaret(location.line, location.column);
  },
  goToField: (finding) => void goToField(finding),
});

/** Checks done so far, and how long the last took: bench/form.ts reads both from the root element. */
let checks = 0;

function check(): void {
  clearTimeout(state.timer);
  state.timer = undefined;
  const started = performance.now();
  state.form?.flush();
  const text = ui.editor.value;
  // The syntax follows the text, not the file name: pasting JSON over a YAML example just works.
  state.result = text.trim() === '' ? undefined : checkText(text, { filename: state.file, format: detectFormat(undefined, text), validator: validator() });
  render();
  draft.changed();
  document.documentElement.dataset['checkMs'] = (performance.now() - started).toFixed(1);
  document.documentElement.dataset['checks'] = String(++checks);
}

function scheduleCheck(): void {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, DEBOUNCE_MS);
}

function render(): void {
  const result = state.result;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download], [data-save]')) button.disabled = !result?.ok;
  if (!result) reportView.showEmpty();
  else if (!result.ok) reportView.showInputError(result.error);
  else reportView.showReport(result.report, validator().checklist);
  if (views.view === 'form' && state.form) {
    state.form.update(ui.editor.value, result, validator().checklist);
    state.formStale = false;
  } else state.formStale = true;
}

/** Puts the caret at a 1-based line and column of the editor and scrolls it into view (and focuses it). */
function moveCaret(line: number, column: number, focus = true): void {
  const offset = offsetOfLocation(ui.editor.value, line, column);
  if (focus) ui.editor.focus();
  ui.editor.setSelectionRange(offset, offset);
  const lineHeight = Number.parseFloat(getComputedStyle(ui.editor).lineHeight) || 20;
  ui.editor.scrollTop = Math.max(0, (line - 1) * lineHeight - ui.editor.clientHeight / 3);
}

// ── The two views ────────────────────────────────────────────────────────────────────────────────

/** Loads the form's code on first use (a chunk of its own: the YAML view does not need it). */
function loadForm(): Promise<FormView> {
  state.formLoading ??= import('./form/form-view.js').then(({ FormView: View }) => {
    state.form = new View(ui.formRoot, {
      edit: (text, message) => {
        ui.editor.value = text;
        if (message !== undefined) setStatus(message);
        scheduleCheck();
      },
      // Typed edits: the check runs after typing pauses, like the YAML view's, and writes them first.
      changed: scheduleCheck,
      written: (text) => {
        ui.editor.value = text;
      },
      explain: (itemId) => {
        location.hash = `#item/${itemId}`;
      },
    });
    return state.form;
  });
  return state.formLoading;
}

/** Shows the form in step with the text, then runs `then` with it. */
async function withForm(then: (form: FormView) => void): Promise<void> {
  const form = await loadForm();
  if (state.timer !== undefined) check();
  if (state.formStale) {
    form.update(ui.editor.value, state.result, validator().checklist);
    state.formStale = false;
  }
  then(form);
}

/**
 * Shows a view at the place of the other: the YAML caret becomes the focused field and back. A click
 * on a tab moves the focus there; the arrow keys keep it on the tabs (the tab pattern) and only set the place.
 */
function onShowView(view: ViewName, from: ViewName | undefined, focus = true): void {
  if (view === 'form') {
    // The place of the caret in the text becomes the focused field.
    const pointer = from === 'yaml' ? pointerAtOffset(ui.editor.value, ui.editor.selectionStart) : undefined;
    void withForm((form) => {
      if (pointer) form.focusPointer(pointer, { focus });
    });
  } else if (from === 'form' && state.form) {
    // The focused field becomes the caret's place in the text.
    const pointer = state.form.focusedPointer();
    if (state.timer !== undefined) check();
    const location = pointer !== undefined && state.result?.ok ? state.result.sourceMap.locate(pointer) : undefined;
    // The form rewrote the text (which puts a textarea's caret at its end): the caret goes to the field.
    moveCaret(location?.line ?? 1, location?.column ?? 1, focus);
  }
}

const initialView: ViewName = new URLSearchParams(location.search).get('view') === 'form' ? 'form' : 'yaml';
const views = new Views(initialView, onShowView);

async function goToField(finding: Finding): Promise<void> {
  views.show('form');
  await withForm((form) => {
    if (!form.focusPointer(finding.pointer)) setStatus(`The form has no field for ${finding.pointer}; it is shown in the YAML view.`);
  });
}

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

/** Replaces the whole document (keeping what was there for one undo) and checks at once. */
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

for (const [index, example] of EXAMPLES.entries()) {
  const option = new Option(example.label, String(index));
  option.dataset['file'] = example.file;
  ui.exampleSelect.append(option);
}

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
  replaceText(buildTemplate(designs, fraction), `template-${designs.join('-')}.yaml`, `Started a template for ${designs.join(', ')} with ${ui.fractionSelect.selectedOptions[0]?.text ?? fraction}: uncomment each item and fill it in, or use the form.`);
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
  state.formStale = true;
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

function baseName(): string {
  return state.file.replace(/\.(ya?ml|json)$/i, '');
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) {
  button.addEventListener('click', () => {
    // Typing may be waiting for its debounce: report on the text as it is now.
    if (state.timer !== undefined) check();
    const format = DOWNLOADS[button.dataset['download'] ?? ''];
    const result = state.result;
    if (!format || !result?.ok) return;
    const text = format.reporter([result.report], reporterOptionsFor(validator().checklist));
    downloadText(text, `${baseName()}.report.${format.extension}`, format.type);
  });
}

// The study report itself: YAML as written (comments kept) when the text is YAML, else converted.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-save]')) {
  button.addEventListener('click', () => {
    if (state.timer !== undefined) check();
    const result = state.result;
    if (!result?.ok) return;
    const text = ui.editor.value;
    const isJson = detectFormat(undefined, text) === 'json';
    if (button.dataset['save'] === 'json') downloadText(isJson ? text : `${JSON.stringify(result.document, null, 2)}\n`, `${baseName()}.json`, 'application/json');
    else downloadText(isJson ? stringify(result.document) : text, `${baseName()}.yaml`, 'application/yaml');
  });
}

// ── Start ────────────────────────────────────────────────────────────────────────────────────────

const draft = new DraftKeeper(() => ({ text: ui.editor.value, file: state.file }));
installExplanations(() => validator().checklist);
const checklistInfo = validator().checklist;
ui.version.textContent = `secretome-checklist ${typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : 'dev'} · checklist ${checklistInfo.id} ${checklistInfo.version}`;
const kept = draft.restore();
if (kept) replaceText(kept.text, kept.file, `Restored your draft kept in this browser (saved ${kept.savedAt.slice(0, 16).replace('T', ' ')} UTC).`, false);
else render();
if (views.view === 'form') onShowView('form', undefined);
document.documentElement.dataset['ready'] = 'true';
