/**
 * The form view: the study report as questions, generated from the schema and the checklist (F1's form
 * model in src/form/), never written per item. Sections are fieldsets in checklist order; each item
 * shows its state, value, "where" and explanation; preparations and arms are repeatable groups that
 * show what they inherit and can override it. Items that do not apply are collapsed with the reason.
 *
 * The YAML text is the document: every change becomes an edit of the text (comments and layout kept),
 * and the form reads the document back from the text. It redraws fully only when the text changed
 * elsewhere (the YAML view, a file, an example) or its shape changed (a row, a unit, a state).
 */
import {
  addressKey,
  domId,
  fieldForPointer,
  formModel,
  formStatus,
  openDocument,
  parseAddressKey,
  type CheckTextResult,
  type Checklist,
  type EditableDocument,
  type FieldAddress,
  type FieldRead,
  type FormEdit,
  type FormItem,
  type FormModel,
  type FormSection,
  type Applicability,
  type ItemStatus,
  type Report,
  type UnitKind,
  type UnitStatus,
} from '../../../src/browser.js';
import { formatScore, h } from '../dom.js';
import { renderField, type FieldHost, type Path, type RenderContext } from './controls.js';
import { renderItem, type ItemHost } from './item.js';
import { summarise } from './summarise.js';

export interface FormHost {
  /** The form changed the document at once (a unit added, a state chosen): the new text, checked soon. */
  edit(text: string, message?: string): void;
  /** The form has typed edits waiting: check after typing pauses (the check calls `flush` first). */
  changed(): void;
  /** Typed edits were written into the text (by `flush`, as the check starts). */
  written(text: string): void;
  /** Opens the item's explanation dialog. */
  explain(itemId: string): void;
}

interface Holder {
  section: FormSection['key'];
  unit?: { kind: UnitKind; id: string };
}

interface Unit {
  id: string;
  label?: string;
  preparationId?: string;
}

/** A new document written from the form starts with the version the form edits. */
const EMPTY_DOCUMENT = 'checklistVersion: "1.1"\n';

const UNIT_WORDS: Record<UnitKind, { one: string; all: string }> = {
  preparation: { one: 'preparation', all: 'all preparations' },
  arm: { one: 'arm', all: 'all arms' },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a unit's entry is found in a section: its list and the key that names the unit. */
interface UnitList {
  container: string;
  idField: string;
}

export class FormView {
  private model: FormModel | undefined;
  private modelChecklist: Checklist | undefined;
  private checklist: Checklist | undefined;
  private doc: EditableDocument | undefined;
  /** The text the form shows; the host's text equals it unless the YAML view changed it since. */
  private text: string | undefined;
  private statuses = new Map<string, ItemStatus>();
  private report: Report | undefined;
  /** Unit items (by key) the author chose to give a value of their own. */
  private readonly overrides = new Set<string>();
  private parsed: { text: string; document: Record<string, unknown> } | undefined;
  /** The `data-field` of the control focused last. */
  private lastFocused: string | undefined;
  /** Preparation and arm cards (by `section@kind:id`) the author opened: they stay open when the form redraws. */
  private readonly openCards = new Set<string>();
  /** How to draw a closed card's fields (on opening, or when a finding or the caret leads inside). */
  private readonly drawCard = new WeakMap<HTMLElement, () => void>();
  /** Typed edits not yet written into the text, by field. */
  private readonly pending = new Map<string, FormEdit>();
  private readonly announcer: HTMLElement;
  private readonly body: HTMLElement;
  private readonly context: RenderContext;
  /** Timing of the last full render, for the bench. */
  lastRenderMs = 0;

  constructor(private readonly root: HTMLElement, private readonly host: FormHost) {
    this.announcer = h('p', { class: 'form-problems', role: 'alert', 'aria-live': 'assertive', id: 'form-problems' });
    this.body = h('div', { class: 'form-body' });
    root.addEventListener('focusin', (event) => {
      const key = (event.target as HTMLElement).closest<HTMLElement>('[data-field]')?.dataset['field'];
      if (key !== undefined) this.lastFocused = key;
    });
    root.replaceChildren(
      h(
        'div',
        { class: 'form-intro' },
        h('p', {}, 'Answer each question as the manuscript reports it. For each item, say where in the manuscript it is; choose "Not reported in the manuscript" when you checked and it is not there, or "Not applicable" with the reason. The score updates as you type.'),
        this.announcer,
      ),
      this.body,
    );
    const detailMenus = new Set<string>();
    this.context = {
      pendingRows: new Map(),
      notApplicablePending: new Set(),
      detailMenus: (key) => [...detailMenus].some((itemKey) => key.startsWith(`${itemKey}/`)),
      toggleDetailMenus: (itemKey, focusKey) => {
        if (!detailMenus.delete(itemKey)) detailMenus.add(itemKey);
        this.renderAll();
        this.focusKey(focusKey, false);
      },
      structural: (edit, focusKey, inside) => {
        this.flush();
        edit();
        this.flush();
        this.renderAll();
        if (focusKey !== undefined) this.focusKey(focusKey, inside === true);
      },
    };
  }

  /** Shows the document of `text` (a full redraw when the text changed elsewhere) with its report. */
  update(text: string, result: CheckTextResult | undefined, checklist: Checklist): void {
    this.report = result?.ok ? result.report : undefined;
    // The check parsed this text already: the form reuses its data instead of parsing it again.
    this.parsed = result?.ok ? { text, document: result.document } : undefined;
    const sameText = text === this.text && checklist === this.checklist && this.doc !== undefined;
    this.checklist = checklist;
    if (sameText) {
      this.refreshStatuses();
      return;
    }
    this.text = text;
    this.context.pendingRows.clear();
    this.context.notApplicablePending.clear();
    this.renderAll(true);
  }

  /**
   * The document pointer of the field focused last (a click on the YAML tab takes the focus first), for
   * the YAML caret.
   */
  focusedPointer(): string | undefined {
    const key = this.lastFocused;
    if (key === undefined || !this.doc) return undefined;
    const address = parseAddressKey(key.replace(/\/\$[a-z-]+$/, ''));
    return address ? this.pointerOf(address) : undefined;
  }

  /** The document pointer of an address: a unit's entry is found by its id in the section's list. */
  private pointerOf(address: FieldAddress): string | undefined {
    const escape = (segment: string | number): string => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
    let prefix: Array<string | number> = [address.section];
    if (address.unit) {
      const list = this.unitList(address.section, address.unit.kind);
      const entries = list ? (this.doc!.data[address.section] as Record<string, unknown> | undefined)?.[list.container] : undefined;
      const index = Array.isArray(entries) ? entries.findIndex((entry) => isObject(entry) && entry[list!.idField] === address.unit!.id) : -1;
      if (index < 0) return `/${escape(address.section)}`;
      prefix = [address.section, list!.container, index];
    }
    return [...prefix, ...address.path].map((segment) => `/${escape(segment)}`).join('');
  }

  private unitList(section: FormSection['key'], kind: UnitKind): UnitList | undefined {
    const unitKind = this.model?.units[kind];
    if (!unitKind) return undefined;
    if (unitKind.declaredIn.section === section) return unitKind.declaredIn;
    return unitKind.overrides.find((entry) => entry.section === section);
  }

  /** Focuses the field of a document pointer (a finding's, or the YAML caret's), opening what hides it. */
  focusPointer(pointer: string, options: { focus?: boolean } = {}): boolean {
    if (!this.doc) return false;
    const target = fieldForPointer(this.doc.data, pointer);
    if (!target) return false;
    const found = this.focusKey(target.key, true, options.focus !== false);
    found?.scrollIntoView({ block: 'center' });
    return found !== undefined;
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────────

  /** Draws the whole form; `reopen` when the text changed outside the form (else the document is current). */
  private renderAll(reopen = false): void {
    const started = performance.now();
    const checklist = this.checklist;
    if (!checklist) return;
    if (!reopen && this.doc) {
      this.draw(checklist, started, true);
      return;
    }
    const text = this.text === undefined || this.text.trim() === '' ? EMPTY_DOCUMENT : this.text;
    const opened = openDocument(text, this.parsed?.text === text ? { document: this.parsed.document } : {});
    if (!opened.ok) {
      this.doc = undefined;
      const { line, column } = opened.error;
      this.body.replaceChildren(
        h(
          'div',
          { class: 'form-blocked' },
          h('p', {}, `The form cannot show this text: ${opened.error.message}`),
          h('p', {}, line !== undefined ? `Fix it in the YAML view (line ${line}:${column ?? 1}); the form comes back as soon as the text parses.` : 'Fix it in the YAML view; the form comes back as soon as the text parses.'),
        ),
      );
      return;
    }
    this.doc = opened.doc;
    const version = this.doc.data['checklistVersion'];
    if (version !== undefined && version !== '1.1') {
      this.doc = undefined;
      this.body.replaceChildren(h('div', { class: 'form-blocked' }, h('p', {}, `This report is written for checklist ${String(version)}; the form edits checklist 1.1 reports. Upgrade it with "secretome-checklist migrate" (nothing is lost) or edit it in the YAML view.`)));
      return;
    }
    this.draw(checklist, started, false);
  }

  /** `keepScroll`: a redraw of the same document keeps the author's place (a new one starts at its top). */
  private draw(checklist: Checklist, started: number, keepScroll: boolean): void {
    if (!this.doc) return;
    if (this.modelChecklist !== checklist || !this.model) {
      this.model = formModel('1.1', checklist);
      this.modelChecklist = checklist;
    }
    this.statuses = new Map(formStatus(this.doc.data, checklist).map((status) => [status.itemId, status]));
    // Reading scrollTop lays the old form out first: only for a redraw that keeps the place.
    const panel = keepScroll ? this.root.closest<HTMLElement>('.input-pane') : null;
    const scroll = panel?.scrollTop ?? 0;
    this.body.replaceChildren(...this.model.sections.map((section) => this.renderSection(section)));
    // Reading or setting scrollTop lays the page out at once: only when there is a place to keep.
    if (panel && scroll > 0) panel.scrollTop = scroll;
    this.refreshFindings();
    this.lastRenderMs = performance.now() - started;
    this.root.dataset['renders'] = String(Number(this.root.dataset['renders'] ?? 0) + 1);
    // What the author waits for ends when the form is on screen: after style, layout and paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.root.dataset['renderMs'] = (performance.now() - started).toFixed(1);
        this.root.dataset['drawn'] = this.root.dataset['renders'];
      }),
    );
  }

  private renderSection(section: FormSection): HTMLElement {
    const model = this.model!;
    const holder: Holder = { section: section.key };
    const fieldHost = this.fieldHost(holder);
    const content: HTMLElement[] = section.extraFields.map((field) => renderField(field, fieldHost, [field.key], field.label, this.context));
    const kinds = (['preparation', 'arm'] as const).filter((kind) => {
      const unitKind = model.units[kind];
      const holds = unitKind.declaredIn.section === section.key || unitKind.overrides.some((entry) => entry.section === section.key);
      return holds && section.items.some((item) => item.scope === kind);
    });
    if (kinds.length > 0) content.push(h('p', { class: 'muted shared-help' }, `Values here apply to ${kinds.map((kind) => UNIT_WORDS[kind].all).join(' and ')}; each one below can give its own.`));
    for (const item of section.items) {
      if (item.sharedWith !== undefined) continue;
      content.push(this.itemBlock(item, holder));
    }
    for (const kind of kinds) content.push(this.renderUnits(section, kind));
    const sectionScore = this.report?.score.sections[section.key];
    const scoreText = sectionScore && sectionScore.applicable > 0 ? `${formatScore(sectionScore.score)} / 100` : '';
    return h(
      'details',
      { class: 'form-section', open: '', id: `form-section-${section.key}`, 'data-section': section.key },
      h('summary', {}, h('span', { class: 'form-section-title' }, section.title), ' ', h('span', { class: 'form-section-score', 'data-section-score': section.key }, scoreText)),
      h('fieldset', { class: 'section-fields' }, h('legend', { class: 'visually-hidden' }, section.title), ...content),
    );
  }

  /** An item at section level or for one unit, collapsed with the reason when it does not apply. */
  private itemBlock(item: FormItem, holder: Holder, extra: HTMLElement[] = []): HTMLElement {
    const shared = [...this.model!.items.values()].filter((other) => other.sharedWith === item.id);
    const block = renderItem(item, this.itemHost(holder, item), this.context, shared, extra);
    const status = this.itemStatus(item, holder);
    if (status.applicability === 'applies') return block;
    const why = status.applicability === 'waits' ? `applies once you answer ${this.titles(status.waitsFor ?? []).join(' and ') || 'an earlier question'}` : `does not apply: ${status.reason ?? item.notApplicableBecause ?? 'not for this study'}`;
    return h('details', { class: 'item-collapsed', 'data-item': item.id, 'data-applies': status.applicability }, h('summary', {}, h('span', { class: 'item-title' }, item.title), h('span', { class: 'muted' }, ` — ${why}`)), block);
  }

  private titles(itemIds: string[]): string[] {
    return itemIds.map((id) => this.model!.items.get(id)?.title ?? id);
  }

  /** The item's applicability for a holder: the item's own (any unit it applies to), or one unit's. */
  private itemStatus(item: FormItem, holder: Holder): { applicability: Applicability; reason?: string; waitsFor?: string[]; source?: UnitStatus['source'] } {
    const status = this.statuses.get(item.id);
    if (!status) return { applicability: 'applies' };
    if (!holder.unit) return status;
    const { kind, id } = holder.unit;
    return status.units.find((unit) => unit.unit?.kind === kind && unit.unit.id === id) ?? status;
  }

  private units(kind: UnitKind): Unit[] {
    return this.doc!.units(kind);
  }

  private renderUnits(section: FormSection, kind: UnitKind): HTMLElement {
    const model = this.model!;
    const declaring = model.units[kind].declaredIn.section === section.key;
    const units = this.units(kind);
    const words = UNIT_WORDS[kind];
    const items = section.items.filter((item) => item.scope === kind && item.sharedWith === undefined);
    const cards = units.map((unit, index) => {
      const holder: Holder = { section: section.key, unit: { kind, id: unit.id } };
      const name = unit.label !== undefined && unit.label !== '' ? `${unit.id} (${unit.label})` : unit.id;
      const cardKey = `${section.key}@${kind}:${unit.id}`;
      const content = (): HTMLElement[] => {
        const parts: HTMLElement[] = [];
        if (declaring) {
          parts.push(this.unitActions(kind, unit, index, units.length));
          const host = this.fieldHost(holder);
          for (const field of model.units[kind].fields) {
            if (field.key === 'id') parts.push(this.unitIdField(kind, unit));
            else if (field.key === 'preparationId') parts.push(this.preparationPicker(holder, unit));
            else parts.push(renderField(field, host, [field.key], field.label, this.context));
          }
        } else {
          for (const { section: extraSection, field } of model.units[kind].extraFields) {
            if (extraSection === section.key) parts.push(renderField(field, this.fieldHost(holder), [field.key], field.label, this.context));
          }
        }
        for (const item of items) parts.push(this.unitItem(item, holder, name));
        return parts;
      };
      const fields = h('fieldset', { class: 'unit-fields' }, h('legend', { class: 'visually-hidden' }, `${words.one} ${name}`));
      const card = h(
        'details',
        { class: `unit ${kind}`, 'data-unit': `${kind}:${unit.id}`, 'data-card': cardKey, id: `unit-${section.key}-${kind}-${index}` },
        h('summary', {}, h('span', { class: 'unit-kind' }, `${words.one[0]!.toUpperCase()}${words.one.slice(1)} `), h('span', { class: 'unit-name' }, name), h('span', { class: 'unit-findings', 'data-unit-findings': cardKey })),
        fields,
      ) as HTMLDetailsElement;
      // A closed card is drawn when first opened: a study with many arms draws in a fraction of the time.
      let drawn = false;
      const draw = (): void => {
        if (drawn) return;
        drawn = true;
        fields.append(...content());
        this.refreshFindings(card);
      };
      this.drawCard.set(card, draw);
      card.addEventListener('toggle', () => {
        if (card.open) {
          this.openCards.add(cardKey);
          draw();
        } else this.openCards.delete(cardKey);
      });
      if (this.openCards.has(cardKey) || units.length <= 2) {
        card.open = true;
        draw();
      }
      return card;
    });
    const heading = declaring ? `${words.one[0]!.toUpperCase()}${words.one.slice(1)}s` : `Per ${words.one}`;
    const children: HTMLElement[] = [h('h3', { class: 'units-title' }, heading, h('span', { class: 'muted' }, ` (${units.length})`))];
    if (units.length === 0) children.push(h('p', { class: 'muted' }, declaring ? `No ${words.one}s declared: the values above describe the study's one ${words.one}. Add a ${words.one} when the study compares several.` : `Declare ${words.one}s (in ${this.model!.sections.find((entry) => entry.key === model.units[kind].declaredIn.section)?.title ?? 'their section'}) to give values per ${words.one}.`));
    children.push(...cards);
    if (declaring) {
      const add = h('button', { type: 'button', class: 'unit-add', 'data-field': `${section.key}@${kind}:+` }, `Add ${words.one}`);
      add.addEventListener('click', () => {
        const id = this.freeId(kind, `${kind}-${units.length + 1}`);
        this.openCards.add(`${section.key}@${kind}:${id}`);
        this.context.structural(() => this.apply({ op: 'add-unit', kind, id }, `Added ${words.one} ${id}.`), addressKey({ section: section.key, unit: { kind, id }, path: ['id'] }));
      });
      children.push(add);
    }
    return h('div', { class: 'units', 'data-units': kind }, ...children);
  }

  private freeId(kind: UnitKind, wanted: string): string {
    const taken = new Set(this.units(kind).map((unit) => unit.id));
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    return id;
  }

  private unitActions(kind: UnitKind, unit: Unit, index: number, count: number): HTMLElement {
    const words = UNIT_WORDS[kind];
    const section = this.model!.units[kind].declaredIn.section;
    const focusKey = (id: string): string => addressKey({ section, unit: { kind, id }, path: ['id'] });
    const button = (label: string, disabled: boolean, run: () => void): HTMLElement => {
      const element = h('button', { type: 'button', class: 'unit-action' }, label, h('span', { class: 'visually-hidden' }, ` ${words.one} ${unit.id}`));
      if (disabled) element.setAttribute('disabled', '');
      element.addEventListener('click', run);
      return element;
    };
    return h(
      'div',
      { class: 'unit-actions', role: 'group', 'aria-label': `${words.one} ${unit.id}` },
      button('Duplicate', false, () => {
        const newId = this.freeId(kind, `${unit.id}-copy`);
        this.openCards.add(`${section}@${kind}:${newId}`);
        this.context.structural(() => this.apply({ op: 'duplicate-unit', kind, id: unit.id, newId }, `Duplicated ${words.one} ${unit.id} as ${newId}.`), focusKey(newId));
      }),
      button('Move up', index === 0, () => this.context.structural(() => this.apply({ op: 'move-unit', kind, id: unit.id, to: index - 1 }, `Moved ${words.one} ${unit.id} up.`), focusKey(unit.id))),
      button('Move down', index === count - 1, () => this.context.structural(() => this.apply({ op: 'move-unit', kind, id: unit.id, to: index + 1 }, `Moved ${words.one} ${unit.id} down.`), focusKey(unit.id))),
      button('Remove', false, () => {
        this.context.structural(() => this.apply({ op: 'remove-unit', kind, id: unit.id }, `Removed ${words.one} ${unit.id} and its own values; "Restore the previous text" is not available for form edits, so download first if unsure.`), `${section}@${kind}:+`);
      }),
    );
  }

  /** A unit's id: renamed on change (every reference to it follows), refused when empty or taken. */
  private unitIdField(kind: UnitKind, unit: Unit): HTMLElement {
    const section = this.model!.units[kind].declaredIn.section;
    const address: FieldAddress = { section, unit: { kind, id: unit.id }, path: ['id'] };
    const input = h('input', { type: 'text', id: domId(address), 'data-field': addressKey(address), maxlength: '60', autocomplete: 'off' }) as HTMLInputElement;
    input.value = unit.id;
    input.addEventListener('change', () => {
      const newId = input.value.trim();
      if (newId === unit.id) return;
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/.test(newId)) {
        this.problem(input, `The ${kind} id must be letters, digits, dots, hyphens or underscores (e.g. ev-low).`);
        return;
      }
      if (this.units(kind).some((other) => other.id === newId)) {
        this.problem(input, `Another ${kind} is already called ${newId}.`);
        return;
      }
      this.problem(input, undefined);
      for (const key of [...this.openCards]) {
        if (key.endsWith(`@${kind}:${unit.id}`)) {
          this.openCards.delete(key);
          this.openCards.add(key.replace(`@${kind}:${unit.id}`, `@${kind}:${newId}`));
        }
      }
      this.context.structural(() => this.apply({ op: 'rename-unit', kind, id: unit.id, newId }, `Renamed ${kind} ${unit.id} to ${newId}.`), addressKey({ ...address, unit: { kind, id: newId } }));
    });
    return h('div', { class: 'field text' }, h('label', { for: input.id, class: 'field-label' }, `${kind === 'arm' ? 'Arm' : 'Preparation'} id`), input);
  }

  private preparationPicker(holder: Holder, unit: Unit): HTMLElement {
    const host = this.fieldHost(holder);
    const path = ['preparationId'];
    const select = h('select', { id: host.id(path), 'data-field': host.key(path) }) as HTMLSelectElement;
    select.append(new Option('—', ''));
    for (const preparation of this.units('preparation')) select.append(new Option(preparation.label ? `${preparation.id} (${preparation.label})` : preparation.id, preparation.id));
    if (unit.preparationId !== undefined && !this.units('preparation').some((preparation) => preparation.id === unit.preparationId)) select.append(new Option(`${unit.preparationId} (not declared)`, unit.preparationId));
    select.value = unit.preparationId ?? '';
    select.addEventListener('change', () => (select.value === '' ? host.clear(path) : host.set(path, select.value)));
    return h('div', { class: 'field choice' }, h('label', { for: select.id, class: 'field-label' }, 'Preparation given'), select);
  }

  /** A unit's item: its own value, or the line that says what it inherits, with the way to override. */
  private unitItem(item: FormItem, holder: Holder, unitName: string): HTMLElement {
    const unit = holder.unit!;
    const address: FieldAddress = { section: holder.section, unit, path: item.path };
    const key = addressKey(address);
    const status = this.itemStatus(item, holder);
    const own = status.source === 'unit' || this.doc!.read(address).state !== 'missing';
    if (own || this.overrides.has(key)) {
      const back = h('button', { type: 'button', class: 'link-button' }, `Use the value for ${UNIT_WORDS[unit.kind].all}`, h('span', { class: 'visually-hidden' }, ` (${item.title}, ${unitName})`));
      back.addEventListener('click', () => {
        this.overrides.delete(key);
        this.context.structural(() => this.apply({ op: 'clear', address }), key);
      });
      return this.itemBlock(item, holder, [h('p', { class: 'inherit-note' }, `Own value for ${unitName}. `, back)]);
    }
    const sharedRead = this.doc!.read({ section: holder.section, path: item.path });
    const inherited = sharedRead.state === 'missing' ? undefined : summarise(sharedRead.state === 'value' ? sharedRead.value : sharedRead.state === 'not-reported' ? { notReported: true } : { notApplicable: sharedRead.reason });
    const give = h('button', { type: 'button', class: 'override', 'data-field': key }, `Give ${unit.id} its own value`, h('span', { class: 'visually-hidden' }, `: ${item.title}`));
    give.addEventListener('click', () => {
      this.overrides.add(key);
      this.context.structural(() => undefined, key, true);
    });
    const applies = status.applicability === 'applies';
    const state = applies ? '' : status.applicability === 'waits' ? ' (applies once an earlier question is answered)' : ` (does not apply: ${status.reason ?? item.notApplicableBecause ?? ''})`;
    return h(
      'div',
      { class: `inherits ${item.level}`, 'data-item': item.id, 'data-field': key, 'data-applies': status.applicability },
      h('span', { class: 'item-title' }, item.title),
      h('span', { class: `badge ${item.level}` }, item.level),
      h('span', {}, inherited === undefined ? `: nothing given for ${UNIT_WORDS[unit.kind].all}${state}.` : `: inherits ${inherited} from ${UNIT_WORDS[unit.kind].all}${state}.`),
      h('span', { class: 'item-finding', 'data-finding-for': key }),
      give,
    );
  }

  // ── Reading and writing through the document ───────────────────────────────────────────────────

  private address(holder: Holder, path: Path): FieldAddress {
    return { section: holder.section, ...(holder.unit ? { unit: holder.unit } : {}), path };
  }

  private fieldHost(holder: Holder): FieldHost {
    return {
      read: (path) => {
        const read = this.doc!.read(this.address(holder, path));
        if (read.state === 'value') return read.value;
        if (read.state === 'not-reported') return { notReported: true };
        if (read.state === 'not-applicable') return { notApplicable: read.reason };
        return undefined;
      },
      set: (path, value) => this.queue({ op: 'set', address: this.address(holder, path), value }),
      clear: (path) => this.queue({ op: 'clear', address: this.address(holder, path) }),
      state: (path, state) => this.queue({ op: 'state', address: this.address(holder, path), state }),
      id: (path) => domId(this.address(holder, path)),
      key: (path) => addressKey(this.address(holder, path)),
      problem: (control, message) => this.problem(control, message),
      forget: (path) => this.pending.delete(`${addressKey(this.address(holder, path))}#`),
    };
  }

  private itemHost(holder: Holder, item: FormItem): ItemHost {
    const address = this.address(holder, item.path);
    return {
      ...this.fieldHost(holder),
      readItem: (): FieldRead => this.doc!.read(address),
      where: (text) => this.queue({ op: 'where', address, where: text ?? '' }, 'where'),
    };
  }

  /**
   * Typed edits wait until typing pauses: each one rewrites the text (a parse or two of the whole
   * report), so they are written once, when the check starts, the latest value of each field winning.
   */
  private queue(edit: FormEdit & { address: FieldAddress }, kind = ''): void {
    const key = `${addressKey(edit.address)}#${kind}`;
    this.pending.delete(key);
    this.pending.set(key, edit);
    this.host.changed();
  }

  /** Writes the waiting edits into the text. The page calls it before every check and every read of the text. */
  flush(): void {
    if (!this.doc || this.pending.size === 0) return;
    const edits = [...this.pending.values()];
    this.pending.clear();
    let text: string | undefined;
    for (const edit of edits) {
      const result = this.doc.apply(edit);
      if (!result.ok) this.announce(result.error.message);
      else text = result.text;
    }
    if (text !== undefined) {
      this.text = text;
      this.host.written(text);
    }
  }

  /** Applies one edit at once (units, renames); the host re-checks after a pause. Refused edits are announced. */
  private apply(edit: FormEdit, message?: string): void {
    if (!this.doc) return;
    const result = this.doc.apply(edit);
    if (!result.ok) {
      this.announce(result.error.message);
      return;
    }
    this.text = result.text;
    this.host.edit(result.text, message);
  }

  private announce(message: string): void {
    this.announcer.textContent = message;
  }

  /** Marks a control as wrong (or right again) and announces what to do. */
  private problem(control: HTMLElement, message: string | undefined): void {
    const errorId = `${control.id}-error`;
    control.parentElement?.querySelector(`[id="${errorId}"]`)?.remove();
    if (message === undefined) {
      control.removeAttribute('aria-invalid');
      control.removeAttribute('aria-errormessage');
      if (this.announcer.dataset['for'] === control.id) this.announce('');
      return;
    }
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-errormessage', errorId);
    control.after(h('span', { id: errorId, class: 'field-error' }, message));
    this.announcer.dataset['for'] = control.id;
    this.announce(message);
  }

  // ── After a check: applicability and findings, without rebuilding what the author is typing in ──

  private refreshStatuses(): void {
    if (!this.doc || !this.checklist) return;
    const shape = (statuses: Iterable<ItemStatus>): string => JSON.stringify([...statuses].map((status) => [status.itemId, status.applicability, status.units.map((unit) => [unit.unit?.id, unit.applicability, unit.source])]));
    const before = shape(this.statuses.values());
    this.statuses = new Map(formStatus(this.doc.data, this.checklist).map((status) => [status.itemId, status]));
    const after = shape(this.statuses.values());
    if (before !== after) {
      // An answer changed which items apply: redraw, keeping the focused field and its caret.
      // Ids are unique (the boxes of a multi-select share their data-field): the same id first.
      const active = document.activeElement as HTMLInputElement | null;
      const inForm = active !== null && this.root.contains(active);
      const id = inForm ? active.id : '';
      const key = inForm ? active.dataset['field'] : undefined;
      const selection = inForm && 'selectionStart' in active ? { start: active.selectionStart, end: active.selectionEnd } : undefined;
      this.renderAll();
      const same = id !== '' ? document.getElementById(id) : null;
      if (same && this.root.contains(same)) same.focus({ preventScroll: true });
      const again = (same && this.root.contains(same) ? same : key !== undefined ? this.focusKey(key, false) : undefined) as HTMLInputElement | undefined;
      if (again) {
        if (selection && 'setSelectionRange' in again && selection.start !== null) {
          try {
            again.setSelectionRange(selection.start, selection.end);
          } catch {
            // Selects and checkboxes have no caret.
          }
        }
      }
      return;
    }
    this.refreshFindings();
  }

  /**
   * Writes each finding beside its item (the nearest item block whose key starts the finding's field),
   * and counts them on the cards of preparations and arms, closed or open. `within`: one card just drawn.
   */
  private refreshFindings(within?: HTMLElement): void {
    const scope = within ?? this.root;
    for (const slot of scope.querySelectorAll<HTMLElement>('[data-finding-for]')) {
      slot.textContent = '';
      slot.removeAttribute('data-status');
    }
    if (!within) {
      for (const score of this.root.querySelectorAll<HTMLElement>('[data-section-score]')) {
        const entry = this.report?.score.sections[score.dataset['sectionScore'] as FormSection['key']];
        score.textContent = entry && entry.applicable > 0 ? `${formatScore(entry.score)} / 100` : '';
      }
    }
    if (!this.report || !this.doc) return;
    const slots = new Map([...scope.querySelectorAll<HTMLElement>('[data-finding-for]')].map((slot) => [slot.dataset['findingFor']!, slot]));
    const perCard = new Map<string, number>();
    for (const finding of this.report.findings) {
      const target = fieldForPointer(this.doc.data, finding.pointer);
      if (!target) continue;
      const card = /^[A-Za-z]+@(?:preparation|arm):[^/]+/.exec(target.key)?.[0];
      if (card !== undefined && finding.status !== 'not-applicable') perCard.set(card, (perCard.get(card) ?? 0) + 1);
      const slot = this.slotFor(target.key, slots);
      if (!slot) continue;
      const text = `${finding.status === 'not-applicable' ? 'Declared not applicable' : finding.status.replace('-', ' ')}: ${finding.message}`;
      slot.textContent = slot.textContent === '' ? text : `${slot.textContent} ${text}`;
      slot.dataset['status'] = finding.status;
    }
    if (within) return;
    for (const count of this.root.querySelectorAll<HTMLElement>('[data-unit-findings]')) {
      const found = perCard.get(count.dataset['unitFindings']!) ?? 0;
      count.textContent = found === 0 ? '' : ` · ${found} finding${found === 1 ? '' : 's'}`;
    }
  }

  private slotFor(key: string, slots: Map<string, HTMLElement>): HTMLElement | undefined {
    const segments = key.split('/');
    for (let length = segments.length; length > 0; length--) {
      const slot = slots.get(segments.slice(0, length).join('/'));
      if (slot) return slot;
    }
    return undefined;
  }

  // ── Focus ──────────────────────────────────────────────────────────────────────────────────────

  /** Focuses the control with this key (or the nearest one above it), opening closed sections and units. */
  private focusKey(key: string, inside: boolean, focus = true): HTMLElement | undefined {
    // A field of a closed preparation or arm: its card is drawn first.
    const card = /^[A-Za-z]+@(?:preparation|arm):[^/]+/.exec(key)?.[0];
    if (card !== undefined) {
      const element = this.root.querySelector<HTMLDetailsElement>(`details[data-card="${CSS.escape(card)}"]`);
      if (element) {
        this.drawCard.get(element)?.();
        element.open = true;
      }
    }
    const segments = key.split('/');
    for (let length = segments.length; length > 0; length--) {
      const prefix = segments.slice(0, length).join('/');
      const exact = this.root.querySelector<HTMLElement>(`[data-field="${CSS.escape(prefix)}"]`);
      const candidate = exact && (inside || length < segments.length) ? this.firstControl(exact) : exact;
      const target = candidate ?? (inside ? this.root.querySelector<HTMLElement>(`[data-field^="${CSS.escape(prefix)}/"]`) : null);
      if (!target) continue;
      for (let parent = target.parentElement; parent && parent !== this.root; parent = parent.parentElement) {
        if (parent instanceof HTMLDetailsElement) parent.open = true;
      }
      if (focus) target.focus({ preventScroll: false });
      else this.lastFocused = target.dataset['field'] ?? this.lastFocused;
      return target;
    }
    return undefined;
  }

  /** The control to focus in a block: its first value field, else the state it is in, else any control. */
  private firstControl(element: HTMLElement): HTMLElement | null {
    if (element.matches('input, select, textarea, button')) return element;
    for (const selector of ['.item-body :is(input:not([type="radio"]), select, textarea, button)', 'input:checked', 'button.override', 'input, select, textarea, button']) {
      const found = element.querySelector<HTMLElement>(selector);
      if (found) return found;
    }
    return null;
  }
}
