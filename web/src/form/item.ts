/**
 * One checklist item in the form: its title and level (the fieldset's legend), the hint, an "Explain"
 * disclosure, the reporting state (a value, not reported in the manuscript, or not applicable with a
 * required reason), the value's fields, and "where in the manuscript".
 */
import type { FieldRead, FormField, FormItem } from '../../../src/browser.js';
import { h, type Child } from '../dom.js';
import { renderItemValue, type FieldHost, type RenderContext } from './controls.js';

export interface ItemHost extends FieldHost {
  /** The item's value as read from the document, with its state. */
  readItem(): FieldRead;
  where(text: string | undefined): void;
}

const STATES = [
  { value: 'value', label: 'Reported here' },
  { value: 'not-reported', label: 'Not reported in the manuscript' },
  { value: 'not-applicable', label: 'Not applicable' },
] as const;

/** "Explain": the rationale, when it applies, what a complete answer gives, the sources. Filled when first opened. */
function explanation(item: FormItem): HTMLElement {
  const { explain } = item;
  const disclosure = h('details', { class: 'item-explain' }, h('summary', {}, 'Explain', h('span', { class: 'visually-hidden' }, `: ${item.title}`)));
  disclosure.addEventListener(
    'toggle',
    () => {
      const parts: Child[] = [
        h('p', {}, explain.rationale),
        explain.appliesWhen !== '' && h('p', {}, h('strong', {}, 'Applies: '), explain.appliesWhen),
        explain.details.length > 0 && h('p', {}, h('strong', {}, 'A complete answer gives: '), explain.details.join(', ')),
        h('p', { class: 'muted' }, h('strong', {}, 'Sources: '), explain.sources.join('; ')),
        h('p', { class: 'muted' }, h('code', {}, item.id), ` · ${item.level} · weight ${explain.weight}`),
      ];
      disclosure.append(h('div', { class: 'explain-body' }, ...parts));
    },
    { once: true },
  );
  return disclosure;
}

/** Whether an item's value has details that can be "not reported" on their own (checklist 1.1). */
function hasDetails(field: FormField): boolean {
  switch (field.kind) {
    case 'group':
      return field.fields.some((child) => child.detail || hasDetails(child));
    case 'list':
      return field.entry.detail || hasDetails(field.entry);
    default:
      return false;
  }
}

/** The item block. `shared` lists items whose value this item's field also gives (their titles show beside it). */
export function renderItem(item: FormItem, host: ItemHost, context: RenderContext, shared: FormItem[], extra: HTMLElement[] = []): HTMLElement {
  const itemPath = item.path;
  const key = host.key(itemPath);
  const id = host.id(itemPath);
  const read = host.readItem();
  const legendId = `${id}-title`;
  const block = h('fieldset', { class: `item ${item.level}`, id, 'data-item': item.id, 'data-field': key, 'data-level': item.level, 'data-state': read.state, 'aria-describedby': `${id}-hint` });
  block.append(
    h('legend', { id: legendId, class: 'item-legend' }, h('span', { class: 'item-title' }, item.title), ' ', h('span', { class: `badge ${item.level}` }, item.level)),
    h('p', { class: 'item-finding', 'data-finding-for': key }),
    h('p', { class: 'hint', id: `${id}-hint` }, item.hint),
    explanation(item),
  );
  if (shared.length > 0) block.append(h('p', { class: 'muted shared-note' }, `This answer also gives: ${shared.map((other) => `${other.title} (${other.level})`).join('; ')}.`));
  block.append(...extra);

  const statePath = [...itemPath, '$item-state'];
  const stateName = `${key}#state`;
  const current = read.state === 'missing' ? 'value' : read.state;
  const body = h('div', { class: 'item-body' });
  if (item.stateCapable) {
    const radios = STATES.map((state, index) => {
      const radioId = `${host.id(statePath)}-${index}`;
      const radio = h('input', { type: 'radio', name: stateName, id: radioId, value: state.value, 'data-field': host.key(statePath) }) as HTMLInputElement;
      radio.checked = current === state.value;
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        if (state.value === 'value') context.structural(() => host.clear(itemPath), key, true);
        else if (state.value === 'not-reported') context.structural(() => host.state(itemPath, 'not-reported'), host.key(statePath));
        else {
          // "Not applicable" needs its reason before it is written: show the reason field, empty.
          context.notApplicablePending.add(key);
          context.structural(() => undefined, host.key([...itemPath, 'notApplicable']));
        }
      });
      return h('span', { class: 'state-choice' }, radio, h('label', { for: radioId }, state.label));
    });
    const pending = context.notApplicablePending.has(key) && read.state !== 'not-applicable';
    if (pending) for (const radio of radios) (radio.firstChild as HTMLInputElement).checked = (radio.firstChild as HTMLInputElement).value === 'not-applicable';
    body.append(h('fieldset', { class: 'item-state' }, h('legend', { class: 'visually-hidden' }, `${item.title}: reporting state`), ...radios));
    if (read.state === 'not-applicable' || pending) body.append(reasonField(item, host, read.state === 'not-applicable' ? read.reason : ''));
    if (read.state === 'not-reported') body.append(h('p', { class: 'muted' }, 'Counts as missing; the report says the manuscript was checked and does not give it.'));
    if (read.state === 'not-applicable' || read.state === 'not-reported' || pending) {
      // Where the manuscript was checked is worth saying for "not reported" and "not applicable" too.
      if (item.whereCapable && !pending) body.append(whereField(host, itemPath, read));
      block.append(body);
      return block;
    }
  }
  body.append(renderItemValue(item.field, host, itemPath, item.title, context));
  if (hasDetails(item.field)) {
    const open = context.detailMenus(`${key}/`);
    const toggle = h('button', { type: 'button', class: 'link-button details-toggle', 'aria-pressed': String(open), 'data-field': host.key([...itemPath, '$details']) }, open ? 'Hide the menus for single details' : 'Mark single details as not reported or not applicable', h('span', { class: 'visually-hidden' }, `: ${item.title}`));
    toggle.addEventListener('click', () => context.toggleDetailMenus(key, host.key([...itemPath, '$details'])));
    body.append(toggle);
  }
  if (item.whereCapable) body.append(whereField(host, itemPath, read));
  block.append(body);
  return block;
}

function reasonField(item: FormItem, host: ItemHost, reason: string): HTMLElement {
  const path = [...item.path, 'notApplicable'];
  const input = h('input', { type: 'text', id: host.id(path), 'data-field': host.key(path), 'aria-required': 'true', maxlength: '300' }) as HTMLInputElement;
  input.value = reason;
  if (reason === '') input.setAttribute('aria-invalid', 'true');
  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (text === '') {
      host.forget(item.path);
      host.problem(input, `${item.title}: say why it does not apply; without a reason it cannot count as not applicable.`);
      return;
    }
    host.problem(input, undefined);
    host.state(item.path, { notApplicable: input.value });
  });
  const suggestion = item.notApplicableBecause !== undefined ? h('span', { class: 'field-help' }, `For example: ${item.notApplicableBecause}.`) : undefined;
  return h('div', { class: 'field text reason' }, h('label', { for: input.id, class: 'field-label' }, 'Why it does not apply (required)'), input, suggestion);
}

function whereField(host: ItemHost, itemPath: string[], read: FieldRead): HTMLElement {
  const path = [...itemPath, 'where'];
  const input = h('input', { type: 'text', id: host.id(path), 'data-field': host.key(path), maxlength: '200', placeholder: 'e.g. Methods 2.3, p. 4' }) as HTMLInputElement;
  const value = read.state === 'value' && typeof read.value === 'object' && read.value !== null ? (read.value as Record<string, unknown>)['where'] : read.state === 'not-reported' || read.state === 'not-applicable' ? read.where : undefined;
  input.value = typeof value === 'string' ? value : '';
  input.addEventListener('input', () => host.where(input.value.trim() === '' ? undefined : input.value));
  return h('div', { class: 'field text where' }, h('label', { for: input.id, class: 'field-label' }, 'Where in the manuscript'), input);
}
