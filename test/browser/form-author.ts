/**
 * An author at the checker page's form, typing, picking and ticking with the keyboard only: focus moves
 * to a control, then keys. The keystrokes are worked out from the form model and a target document, so
 * every value of the target goes in through the control the form shows for it (used by form-fill.test.ts).
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { builtinChecklist } from '../../src/checklist/checklist.js';
import { addressKey, formModel, type FieldAddress, type FormField, type FormItem, type FormModel, type UnitKind } from '../../src/form/index.js';

export type Json = Record<string, unknown>;
type Holder = { section: FieldAddress['section']; unit?: { kind: UnitKind; id: string } };

const model: FormModel = formModel('1.1', builtinChecklist('1.1'));

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stateOf(value: unknown): 'not-reported' | { notApplicable: string } | undefined {
  if (!isObject(value)) return undefined;
  if (value['notReported'] === true) return 'not-reported';
  if (typeof value['notApplicable'] === 'string') return { notApplicable: value['notApplicable'] };
  return undefined;
}

/** Types, picks and ticks through the form with the keyboard only (focus moves to a control, then keys). */
export class Author {
  constructor(private readonly page: Page) {}

  private key(holder: Holder, path: Array<string | number>): string {
    return addressKey({ ...holder, path });
  }

  private control(key: string, extra = ''): Locator {
    return this.page.locator(`[data-field="${key.replaceAll('"', '\\"')}"]${extra}`).first();
  }

  /** Waits until the page has checked the latest edit and redrawn what that changed. */
  async settle(): Promise<void> {
    let last = '';
    for (let round = 0; round < 40; round++) {
      await this.page.waitForTimeout(120);
      const now = await this.page.evaluate(() => `${document.documentElement.dataset['checks'] ?? ''}|${document.querySelector('#panel-form [data-renders]')?.getAttribute('data-renders') ?? ''}`);
      if (now === last) return;
      last = now;
    }
  }

  /** Focuses a control, first opening the collapsed blocks around it (Enter on their summary). */
  private async focus(control: Locator): Promise<void> {
    await control.waitFor({ state: 'attached' });
    // A description beside a listed word shows after "Describe it".
    const key = await control.getAttribute('data-field');
    const reveal = this.page.locator(`[data-field="${key}/$reveal"]`);
    if (!(await control.isVisible()) && (await reveal.count()) > 0 && (await reveal.isVisible())) {
      await reveal.focus();
      await this.page.keyboard.press('Enter');
    }
    for (let round = 0; round < 5 && !(await control.isVisible()); round++) {
      // The outermost closed block first: the ancestor axis counts outwards.
      const summary = control.locator('xpath=ancestor::details[not(@open)][last()]/summary');
      if ((await summary.count()) === 0) break;
      await summary.focus();
      await this.page.keyboard.press('Enter');
    }
    expect(await control.isVisible(), `${key ?? 'a control'} is shown`).toBe(true);
    await control.focus();
  }

  async press(control: Locator, key = 'Enter'): Promise<void> {
    await this.focus(control);
    await this.page.keyboard.press(key);
    await this.settle();
  }

  async type(key: string, text: string): Promise<void> {
    const control = this.control(key);
    await this.focus(control);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
    expect(await control.inputValue(), key).toBe(text);
  }

  /**
   * Picks an option of a pick list as a keyboard user does: typing its label (Chromium's type-ahead on a
   * closed list), then the arrow keys for what typing cannot reach (×g). Each step selects and the page
   * writes the last one; tried again after the page settles if a redraw replaced the list meanwhile.
   */
  async choose(key: string, value: string): Promise<void> {
    const select = this.control(key, ':is(select)');
    const position = (): Promise<{ current: number; target: number; label: string }> =>
      select.evaluate((element, wanted) => {
        const options = Array.from((element as HTMLSelectElement).options);
        const target = options.findIndex((option) => option.value === wanted);
        return { current: (element as HTMLSelectElement).selectedIndex, target, label: options[target]?.text ?? '' };
      }, value);
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.focus(select);
      let { current, target, label } = await position();
      expect(target, `${key}: no option ${value}`).toBeGreaterThan(0);
      if (current !== target && /^[\x20-\x7e]+$/.test(label)) {
        await this.page.keyboard.type(label);
        ({ current } = await position());
      }
      for (let step = 0; step < Math.abs(target - current); step++) await this.page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
      if ((await select.inputValue()) === value) break;
      // Type-ahead forgets what was typed after a second.
      await this.page.waitForTimeout(1100);
      await this.settle();
    }
    expect(await select.inputValue(), key).toBe(value);
  }

  /** Ticks the boxes of a multi-select that the value lists (each with Space). */
  async tick(key: string, values: string[]): Promise<void> {
    for (const value of values) {
      await this.settle();
      const box = this.control(key, `[value="${value}"]`);
      await this.focus(box);
      if (!(await box.isChecked())) await this.page.keyboard.press('Space');
      expect(await box.isChecked(), `${key} ${value}`).toBe(true);
    }
  }

  /** A detail's own state (1.1): its item's "Mark single details…" opens the menus; then the state and reason. */
  async detailState(holder: Holder, itemPath: string[], path: Array<string | number>, state: 'not-reported' | { notApplicable: string }): Promise<void> {
    const stateKey = this.key(holder, [...path, '$state']);
    if ((await this.page.locator(`[data-field="${stateKey}"]`).count()) === 0) {
      await this.press(this.control(this.key(holder, [...itemPath, '$details'])));
    }
    await this.choose(stateKey, state === 'not-reported' ? 'not-reported' : 'not-applicable');
    if (state !== 'not-reported') await this.type(this.key(holder, [...path, 'notApplicable']), state.notApplicable);
    await this.settle();
  }

  /** Fills one field's value at a path of its holder. */
  async field(holder: Holder, itemPath: string[], field: FormField, path: Array<string | number>, value: unknown): Promise<void> {
    const state = stateOf(value);
    if (state !== undefined) {
      if (!field.detail) throw new Error(`${this.key(holder, path)} holds a state, but the form gives it none`);
      await this.detailState(holder, itemPath, path, state);
      return;
    }
    const key = this.key(holder, path);
    switch (field.kind) {
      case 'text':
        return this.type(key, String(value));
      case 'number':
        return this.type(key, String(value));
      case 'boolean':
        return this.choose(key, String(value));
      case 'choice':
        await this.choose(key, String(value));
        return this.settle();
      case 'multi-choice':
        await this.tick(key, value as string[]);
        return this.settle();
      case 'quantity': {
        const quantity = value as Json;
        const atItem = path.length === itemPath.length;
        for (const name of Object.keys(quantity)) {
          if (!['value', 'unit', ...(atItem ? ['where'] : []), ...(field.note ? ['note'] : [])].includes(name)) throw new Error(`${key}: the form has no place for "${name}" beside a quantity`);
        }
        if (quantity['value'] !== undefined) await this.field(holder, itemPath, field.value, [...path, 'value'], quantity['value']);
        if (quantity['unit'] !== undefined) await this.field(holder, itemPath, field.unit, [...path, 'unit'], quantity['unit']);
        if (quantity['note'] !== undefined && field.note) await this.field(holder, itemPath, field.note, [...path, 'note'], quantity['note']);
        return;
      }
      case 'range': {
        const range = value as Json;
        if (range['min'] !== undefined) await this.field(holder, itemPath, field.min, [...path, 'min'], range['min']);
        if (range['max'] !== undefined) await this.field(holder, itemPath, field.max, [...path, 'max'], range['max']);
        return;
      }
      case 'list': {
        const entries = value as unknown[];
        for (const [index, entry] of entries.entries()) {
          const rowKey = this.key(holder, [...path, index]);
          if ((await this.page.locator(`[data-field="${rowKey}"], [data-field^="${rowKey}/"]`).count()) === 0) await this.press(this.control(key, '.row-add'));
          await this.field(holder, itemPath, field.entry, [...path, index], entry);
          await this.settle();
        }
        return;
      }
      case 'group': {
        const object = value as Json;
        for (const name of Object.keys(object)) {
          if (name === 'where' && path.length === itemPath.length) continue;
          if (!field.fields.some((child) => child.key === name)) throw new Error(`${key}: the form has no field "${name}"`);
        }
        // In the form's order, so a pick list's "other" is chosen before the description it reveals.
        for (const child of field.fields) if (object[child.key] !== undefined) await this.field(holder, itemPath, child, [...path, child.key], object[child.key]);
        return;
      }
    }
  }

  /** One item: its state (a value, not reported, or not applicable with the reason), its value and where. */
  async item(holder: Holder, item: FormItem, value: unknown): Promise<void> {
    const stateKey = this.key(holder, [...item.path, '$item-state']);
    const state = item.stateCapable ? stateOf(value) : undefined;
    if (state !== undefined) {
      await this.press(this.control(stateKey, `[value="${state === 'not-reported' ? 'not-reported' : 'not-applicable'}"]`), 'Space');
      if (state !== 'not-reported') {
        await this.type(this.key(holder, [...item.path, 'notApplicable']), state.notApplicable);
        await this.settle();
      }
    } else {
      await this.field(holder, item.path, item.field, item.path, value);
    }
    const where = isObject(value) ? value['where'] : undefined;
    if (typeof where === 'string') {
      await this.settle();
      await this.type(this.key(holder, [...item.path, 'where']), where);
    }
    if (isObject(value) && value['note'] !== undefined && state !== undefined) throw new Error(`${item.id}: the form has no note beside a state`);
    await this.settle();
  }

  /** Every value of a section (or of one unit's entry in it) that the form shows as an item or a field. */
  async holder(holder: Holder, values: Json, items: FormItem[], fields: FormField[]): Promise<void> {
    if (holder.unit) {
      // A unit's card is drawn when it is first opened (Enter on its summary).
      const card = this.page.locator(`details[data-card="${holder.section}@${holder.unit.kind}:${holder.unit.id}"]`);
      if ((await card.count()) > 0 && !(await card.evaluate((element) => (element as HTMLDetailsElement).open))) {
        await this.press(card.locator(':scope > summary'));
      }
    }
    for (const field of fields) if (values[field.key] !== undefined) await this.field(holder, [field.key], field, [field.key], values[field.key]);
    for (const item of items) {
      const value = values[item.path[0]!];
      if (value === undefined) continue;
      if (holder.unit) {
        // A unit's own value starts with "Give <id> its own value".
        const give = this.page.locator(`button.override[data-field="${this.key(holder, item.path)}"]`);
        if ((await give.count()) > 0) await this.press(give);
      }
      await this.item(holder, item, value);
    }
  }

  /** Adds the units of a kind as the target lists them: "Add …", the id, the other fields. */
  async units(kind: UnitKind, entries: Json[]): Promise<void> {
    const unitKind = model.units[kind];
    const section = unitKind.declaredIn.section;
    const items = model.sections.find((entry) => entry.key === section)!.items.filter((item) => item.scope === kind && item.sharedWith === undefined);
    for (const entry of entries) {
      const id = String(entry['id']);
      await this.press(this.page.locator(`button.unit-add[data-field="${section}@${kind}:+"]`));
      // Focus lands in the new unit's id: the author types the id the paper uses.
      const active = await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['field'] ?? '');
      expect(active).toMatch(new RegExp(`^${section}@${kind}:[^/]+/id$`));
      await this.page.keyboard.press('ControlOrMeta+A');
      await this.page.keyboard.type(id);
      await this.page.keyboard.press('Tab');
      await this.settle();
      const holder: Holder = { section, unit: { kind, id } };
      await this.control(this.key(holder, ['id'])).waitFor({ state: 'attached' });
      if (typeof entry['label'] === 'string') await this.type(this.key(holder, ['label']), entry['label']);
      if (typeof entry['preparationId'] === 'string') await this.choose(this.key(holder, ['preparationId']), entry['preparationId']);
      await this.settle();
      await this.holder(holder, entry, items, []);
    }
  }

  /** The whole document, section by section, in the form's order. */
  async document(target: Json, only?: readonly string[]): Promise<void> {
    for (const section of model.sections) {
      if (only && !only.includes(section.key)) continue;
      const values = isObject(target[section.key]) ? (target[section.key] as Json) : {};
      const sectionItems = section.items.filter((item) => item.sharedWith === undefined);
      await this.holder({ section: section.key }, values, sectionItems, section.extraFields);
      for (const kind of ['preparation', 'arm'] as const) {
        const unitKind = model.units[kind];
        if (unitKind.declaredIn.section === section.key) {
          const list = values[unitKind.declaredIn.container];
          if (Array.isArray(list)) await this.units(kind, list as Json[]);
        }
        const override = unitKind.overrides.find((entry) => entry.section === section.key);
        const list = override ? values[override.container] : undefined;
        if (!override || !Array.isArray(list)) continue;
        const extra = unitKind.extraFields.filter((entry) => entry.section === section.key).map((entry) => entry.field);
        for (const entry of list as Json[]) {
          await this.holder({ section: section.key, unit: { kind, id: String(entry[override.idField]) } }, entry, sectionItems.filter((item) => item.scope === kind), extra);
        }
      }
    }
  }
}

