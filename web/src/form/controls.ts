/**
 * The controls of one form field, by the field's kind: text, number, yes/no, pick list (with "other"
 * revealing its description), multi-select, quantity (number with a unit pick list beside it), range,
 * repeatable rows, nested group. A control writes through its host on every change; it never keeps a
 * value of its own, so the YAML text stays the one document.
 */
import type { FormField, NumberField } from '../../../src/browser.js';
import { h } from '../dom.js';

export type Path = Array<string | number>;

/** What a control needs from the form: reading, writing and naming the value at a path of its holder. */
export interface FieldHost {
  /** The value at a path inside the holder (section or unit entry); undefined when absent. */
  read(path: Path): unknown;
  set(path: Path, value: unknown): void;
  clear(path: Path): void;
  /** A detail's own state (checklist 1.1): not reported, or not applicable with a reason. */
  state(path: Path, state: 'not-reported' | { notApplicable: string }): void;
  /** The HTML id and the `data-field` key of the control at a path. */
  id(path: Path): string;
  key(path: Path): string;
  /** Shows (or, with undefined, clears) a problem with what was typed, announced to screen readers. */
  problem(control: HTMLElement, message: string | undefined): void;
  /** Drops the edit typed at a path and not yet written (what was typed after it is not to be written). */
  forget(path: Path): void;
}

const EMPTY = '';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ notReported: true }` or `{ notApplicable: reason }` in place of a detail's value. */
export function detailState(value: unknown): 'not-reported' | { notApplicable: string } | undefined {
  if (!isObject(value)) return undefined;
  if (value['notReported'] === true) return 'not-reported';
  if (typeof value['notApplicable'] === 'string') return { notApplicable: value['notApplicable'] };
  return undefined;
}

/** Numbers as papers write them: 2000000, 2e6, 2×10^6, 2 x 10^6, 1,5 (a decimal comma). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '' || trimmed.length > 40) return undefined;
  const power = /^(-?\d+(?:[.,]\d+)?)[x\u00d7*]10\^(-?\d{1,3})$/i.exec(trimmed);
  const number = power ? Number(power[1]!.replace(',', '.')) * 10 ** Number(power[2]) : Number(trimmed.replace(/^(-?\d+),(\d+)$/, '$1.$2'));
  return Number.isFinite(number) ? number : undefined;
}

function numberProblem(field: NumberField, value: number): string | undefined {
  if (field.integer && !Number.isInteger(value)) return 'Write a whole number.';
  if (field.minimum !== undefined && value < field.minimum) return `Write a number of at least ${field.minimum}.`;
  if (field.exclusiveMinimum !== undefined && value <= field.exclusiveMinimum) return `Write a number above ${field.exclusiveMinimum}.`;
  if (field.maximum !== undefined && value > field.maximum) return `Write a number of at most ${field.maximum}.`;
  return undefined;
}

function labelFor(host: FieldHost, path: Path, text: string, hidden = false): HTMLElement {
  return h('label', { for: host.id(path), class: hidden ? 'visually-hidden' : 'field-label' }, text);
}

function describedBy(field: FormField, host: FieldHost, path: Path): Record<string, string> {
  return field.description !== undefined ? { 'aria-describedby': `${host.id(path)}-help` } : {};
}

function help(field: FormField, host: FieldHost, path: Path): HTMLElement | undefined {
  return field.description !== undefined ? h('span', { id: `${host.id(path)}-help`, class: 'field-help' }, field.description) : undefined;
}

function textControl(field: Extract<FormField, { kind: 'text' }>, host: FieldHost, path: Path, label: string): HTMLElement {
  const value = host.read(path);
  const attributes = { id: host.id(path), 'data-field': host.key(path), ...describedBy(field, host, path), ...(field.maxLength !== undefined ? { maxlength: String(field.maxLength) } : {}) };
  const control = field.multiline ? h('textarea', { ...attributes, rows: '2' }) : h('input', { ...attributes, type: 'text' });
  (control as HTMLInputElement).value = typeof value === 'string' ? value : EMPTY;
  control.addEventListener('input', () => {
    const text = (control as HTMLInputElement).value;
    if (text.trim() === '') host.clear(path);
    else host.set(path, text);
  });
  return h('div', { class: `field text${field.multiline ? ' wide' : ''}` }, labelFor(host, path, label), control, help(field, host, path));
}

function numberInput(field: NumberField, host: FieldHost, path: Path, label: string, hiddenLabel = false): HTMLElement[] {
  const value = host.read(path);
  const control = h('input', { id: host.id(path), 'data-field': host.key(path), type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'number', ...describedBy(field, host, path) }) as HTMLInputElement;
  control.value = typeof value === 'number' ? String(value) : EMPTY;
  control.addEventListener('input', () => {
    if (control.value.trim() === '') {
      host.problem(control, undefined);
      host.clear(path);
      return;
    }
    const number = parseNumber(control.value);
    const problem = number === undefined ? `${label}: write a number, e.g. 2000000, 2e6 or 2\u00d710^6.` : numberProblem(field, number);
    host.problem(control, problem === undefined ? undefined : problem.startsWith(label) ? problem : `${label}: ${problem}`);
    if (problem !== undefined) host.forget(path);
    if (number !== undefined && problem === undefined) host.set(path, number);
  });
  return [labelFor(host, path, label, hiddenLabel), control];
}

function selectControl(options: Array<{ value: string; label: string }>, host: FieldHost, path: Path, current: unknown, attributes: Record<string, string> = {}): HTMLSelectElement {
  const select = h('select', { id: host.id(path), 'data-field': host.key(path), ...attributes }) as HTMLSelectElement;
  select.append(new Option('—', EMPTY));
  for (const option of options) select.append(new Option(option.label, option.value));
  // A value the list does not know (a typo in the YAML) stays visible and selected, not silently lost.
  if (typeof current === 'string' && current !== '' && !options.some((option) => option.value === current)) select.append(new Option(`${current} (not in the list)`, current));
  select.value = typeof current === 'string' ? current : EMPTY;
  return select;
}

function choiceControl(field: Extract<FormField, { kind: 'choice' }>, host: FieldHost, path: Path, label: string): HTMLElement {
  const select = selectControl(field.options, host, path, host.read(path), describedBy(field, host, path));
  select.addEventListener('change', () => (select.value === EMPTY ? host.clear(path) : host.set(path, select.value)));
  return h('div', { class: 'field choice' }, labelFor(host, path, label), select, help(field, host, path));
}

function booleanControl(field: FormField, host: FieldHost, path: Path, label: string): HTMLElement {
  const value = host.read(path);
  const select = selectControl([{ value: 'true', label: 'yes' }, { value: 'false', label: 'no' }], host, path, typeof value === 'boolean' ? String(value) : undefined, describedBy(field, host, path));
  select.addEventListener('change', () => (select.value === EMPTY ? host.clear(path) : host.set(path, select.value === 'true')));
  return h('div', { class: 'field boolean' }, labelFor(host, path, label), select, help(field, host, path));
}

function multiChoiceControl(field: Extract<FormField, { kind: 'multi-choice' }>, host: FieldHost, path: Path, label: string): HTMLElement {
  const current = host.read(path);
  const chosen = new Set(Array.isArray(current) ? current.filter((value): value is string => typeof value === 'string') : typeof current === 'string' ? [current] : []);
  const options = [...field.options, ...[...chosen].filter((value) => !field.options.some((option) => option.value === value)).map((value) => ({ value, label: `${value} (not in the list)` }))];
  const boxes = options.map((option, index) => {
    const id = `${host.id(path)}-${index}`;
    const box = h('input', { type: 'checkbox', id, value: option.value, 'data-field': host.key(path) }) as HTMLInputElement;
    box.checked = chosen.has(option.value);
    return { box, element: h('span', { class: 'check' }, box, h('label', { for: id }, option.label)) };
  });
  const group = h('fieldset', { class: 'field multi-choice', ...describedBy(field, host, path) }, h('legend', { class: 'field-label' }, label), ...boxes.map((entry) => entry.element), help(field, host, path));
  group.addEventListener('change', () => {
    const values = boxes.filter((entry) => entry.box.checked).map((entry) => entry.box.value);
    if (values.length === 0) host.clear(path);
    else host.set(path, values);
  });
  return group;
}

function quantityControl(field: Extract<FormField, { kind: 'quantity' }>, host: FieldHost, path: Path, label: string): HTMLElement {
  const valuePath = [...path, 'value'];
  const unitPath = [...path, 'unit'];
  const unit = selectControl(field.unit.options, host, unitPath, host.read(unitPath), { class: 'unit' });
  unit.addEventListener('change', () => (unit.value === EMPTY ? host.clear(unitPath) : host.set(unitPath, unit.value)));
  const range = host.read([...path, 'range']);
  return h(
    'div',
    { class: 'field quantity' },
    ...numberInput(field.value, host, valuePath, label),
    labelFor(host, unitPath, `${label}: unit`, true),
    unit,
    isObject(range) ? h('span', { class: 'field-help' }, `Given as a range (${String(range['min'])}–${String(range['max'])}); edit it in the YAML view.`) : undefined,
    help(field, host, path),
    // An item's quantity may carry a curator's note (storage.duration: "maximum; all used within 4 weeks").
    field.note ? textControl(field.note, host, [...path, 'note'], `${label}: note`) : undefined,
  );
}

function rangeControl(field: Extract<FormField, { kind: 'range' }>, host: FieldHost, path: Path, label: string): HTMLElement {
  return h(
    'fieldset',
    { class: 'field range' },
    h('legend', { class: 'field-label' }, label),
    h('span', { class: 'range-part' }, ...numberInput(field.min, host, [...path, 'min'], 'from')),
    h('span', { class: 'range-part' }, ...numberInput(field.max, host, [...path, 'max'], 'to')),
    help(field, host, path),
  );
}

function listControl(field: Extract<FormField, { kind: 'list' }>, host: FieldHost, path: Path, label: string, context: RenderContext): HTMLElement {
  const current = host.read(path);
  const entries = Array.isArray(current) ? current : [];
  // Rows the author added but has not filled yet live in the page only (an empty entry is not data):
  // the form remembers how many rows the list should show, never fewer than it has.
  const rows = h('ol', { class: 'rows' });
  const count = Math.max(entries.length, context.pendingRows.get(host.key(path)) ?? 0);
  for (let index = 0; index < count; index++) {
    const rowPath = [...path, index];
    const rowLabel = `${label} ${index + 1}`;
    const remove = h('button', { type: 'button', class: 'row-remove', 'data-field': host.key(rowPath) }, 'Remove', h('span', { class: 'visually-hidden' }, ` ${rowLabel}`));
    remove.addEventListener('click', () => {
      context.pendingRows.set(host.key(path), count - 1);
      context.structural(() => (index < entries.length ? host.clear(rowPath) : undefined), host.key(path));
    });
    rows.append(h('li', { class: 'row' }, renderField(field.entry, host, rowPath, rowLabel, context), remove));
  }
  const add = h('button', { type: 'button', class: 'row-add', 'data-field': host.key(path) }, `Add ${label.toLowerCase()}`);
  if (field.maxItems !== undefined && count >= field.maxItems) add.setAttribute('disabled', '');
  add.addEventListener('click', () => {
    context.pendingRows.set(host.key(path), count + 1);
    context.structural(() => undefined, host.key([...path, count]), true);
  });
  return h('fieldset', { class: 'field list' }, h('legend', { class: 'field-label' }, label), help(field, host, path), rows, add);
}

function groupControl(field: Extract<FormField, { kind: 'group' }>, host: FieldHost, path: Path, label: string, context: RenderContext, legend = true): HTMLElement {
  const children = field.fields.map((child) => ({ child, element: renderField(child, host, [...path, child.key], child.label, context) }));
  // "other" in a pick list reveals the description the schema asks for with it.
  const reveals = new Map<HTMLElement, HTMLElement>();
  for (const { child, element } of children) {
    if ((child.kind !== 'choice' && child.kind !== 'multi-choice') || child.otherDescription === undefined) continue;
    const description = children.find((entry) => entry.child.key === child.otherDescription);
    if (!description) continue;
    const hasDescription = host.read([...path, child.otherDescription]) !== undefined;
    // A description may also qualify a listed word (the model "sni", described as the paper did it):
    // a button reveals it when neither "other" nor a description already shows it.
    const descriptionPath = [...path, child.otherDescription];
    const reveal = h('button', { type: 'button', class: 'link-button reveal-description', 'data-field': host.key([...descriptionPath, '$reveal']) }, `Describe it`, h('span', { class: 'visually-hidden' }, `: ${label}`));
    let revealed = false;
    // Read from the controls: the document catches up with typed edits only when typing pauses.
    const showDescription = (): void => {
      const other = [...element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input:checked')].some((control) => control.value === 'other');
      description.element.hidden = !other && !hasDescription && !revealed;
      reveal.hidden = !description.element.hidden;
    };
    reveal.addEventListener('click', () => {
      revealed = true;
      showDescription();
      description.element.querySelector<HTMLElement>('input, textarea')?.focus();
    });
    showDescription();
    element.addEventListener('change', showDescription);
    reveals.set(description.element, reveal);
  }
  const body = children.flatMap((entry) => {
    const reveal = reveals.get(entry.element);
    return reveal ? [reveal, entry.element] : [entry.element];
  });
  return legend ? h('fieldset', { class: 'field group' }, h('legend', { class: 'field-label' }, label), help(field, host, path), ...body) : h('div', { class: 'group-body' }, ...body);
}

/** The page-side state controls share: rows added but not yet filled, and how to redraw after a structural change. */
export interface RenderContext {
  pendingRows: Map<string, number>;
  /** Items (by key) whose author chose "not applicable" and has not written the reason yet. */
  notApplicablePending: Set<string>;
  /** Whether the detail with this key shows its "not reported / not applicable" menu. */
  detailMenus(key: string): boolean;
  /** Shows or hides those menus for the details of the item with this key, then focuses its toggle. */
  toggleDetailMenus(itemKey: string, focusKey: string): void;
  /** Runs an edit that changes the form's shape, redraws, then focuses the control with this key (if any). */
  structural(edit: () => void, focusKey: string | undefined, focusFirstInside?: boolean): void;
}

/**
 * A detail's own state menu (1.1): a field inside a value may be "not reported" or "not applicable".
 * Shown where a detail has a state, and for the details of items whose author asked for the menus
 * ("Mark single details…"): hundreds of menus nobody opens would slow the form down.
 */
function withDetailState(field: FormField, host: FieldHost, path: Path, label: string, control: HTMLElement, context: RenderContext): HTMLElement {
  const state = detailState(host.read(path));
  if (state === undefined && !context.detailMenus(host.key(path))) return control;
  const statePath = [...path, '$state'];
  const select = selectControl(
    [
      { value: 'not-reported', label: 'not reported' },
      { value: 'not-applicable', label: 'not applicable' },
    ],
    host,
    statePath,
    state === undefined ? undefined : state === 'not-reported' ? 'not-reported' : 'not-applicable',
    { class: 'detail-state' },
  );
  select.options[0]!.text = 'given';
  const reason = h('input', { type: 'text', id: host.id([...path, 'notApplicable']), 'data-field': host.key([...path, 'notApplicable']), 'aria-required': 'true' }) as HTMLInputElement;
  reason.value = typeof state === 'object' ? state.notApplicable : EMPTY;
  const reasonField = h('span', { class: 'detail-reason' }, labelFor(host, [...path, 'notApplicable'], `Why ${label.toLowerCase()} does not apply`), reason);
  reasonField.hidden = typeof state !== 'object';
  select.addEventListener('change', () => {
    if (select.value === 'not-reported') context.structural(() => host.state(path, 'not-reported'), host.key(statePath));
    else if (select.value === 'not-applicable') {
      reasonField.hidden = false;
      control.hidden = true;
      reason.focus();
    } else context.structural(() => host.clear(path), host.key(path), true);
  });
  reason.addEventListener('input', () => {
    if (reason.value.trim() === '') {
      host.forget(path);
      host.problem(reason, `${label}: say why it does not apply, or choose "given".`);
    }
    else {
      host.problem(reason, undefined);
      host.state(path, { notApplicable: reason.value });
    }
  });
  control.hidden = state !== undefined;
  return h('div', { class: 'detail' }, control, h('span', { class: 'detail-controls' }, labelFor(host, statePath, `${label}: state`, true), select, reasonField));
}

/** The controls of a field at a path of its holder. */
export function renderField(field: FormField, host: FieldHost, path: Path, label: string, context: RenderContext): HTMLElement {
  const control = ((): HTMLElement => {
    switch (field.kind) {
      case 'text':
        return textControl(field, host, path, label);
      case 'number':
        return h('div', { class: 'field number' }, ...numberInput(field, host, path, label), help(field, host, path));
      case 'boolean':
        return booleanControl(field, host, path, label);
      case 'choice':
        return choiceControl(field, host, path, label);
      case 'multi-choice':
        return multiChoiceControl(field, host, path, label);
      case 'quantity':
        return quantityControl(field, host, path, label);
      case 'range':
        return rangeControl(field, host, path, label);
      case 'list':
        return listControl(field, host, path, label, context);
      case 'group':
        return groupControl(field, host, path, label, context);
    }
  })();
  return field.detail ? withDetailState(field, host, path, label, control, context) : control;
}

/** An item's value: a group's fields directly (the item's fieldset is their group), anything else as is. */
export function renderItemValue(field: FormField, host: FieldHost, path: Path, label: string, context: RenderContext): HTMLElement {
  return field.kind === 'group' ? groupControl(field, host, path, label, context, false) : renderField(field, host, path, label, context);
}
