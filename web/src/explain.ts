/**
 * Item explanations: a modal dialog with the item's title, rationale, hint, sources and an example,
 * also reachable as #item/<id> (a link a journal can put in its own instructions).
 */
import { stringify } from 'yaml';
import type { Checklist } from '../../src/browser.js';
import { byId, h } from './dom.js';

const ui = {
  dialog: byId<HTMLDialogElement>('explain'),
  close: byId<HTMLButtonElement>('explain-close'),
  title: byId('explain-title'),
  meta: byId('explain-meta'),
  rationale: byId('explain-rationale'),
  hint: byId('explain-hint'),
  sources: byId('explain-sources'),
  example: byId('explain-example'),
};

let opener: HTMLElement | undefined;

export function openExplanation(checklist: Checklist, id: string): void {
  const item = checklist.items.find((candidate) => candidate.id === id);
  if (!item) return;
  const sectionTitle = checklist.sectionTitles[item.section] ?? item.section;
  ui.title.textContent = item.title;
  ui.meta.textContent = `${item.id} · ${item.level} · ${sectionTitle}`;
  ui.rationale.textContent = item.rationale;
  ui.hint.textContent = item.hint;
  ui.sources.replaceChildren(...item.sources.map((source) => h('li', {}, source)));
  const key = (item.path ?? item.id.split('.')[1] ?? item.id).split('/').at(-1)!;
  ui.example.textContent = item.example === undefined ? '(none)' : stringify({ [key]: item.example }).trimEnd();
  if (!ui.dialog.open) {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    ui.dialog.showModal();
  }
}

/** Opens or closes the dialog as the address says; call once at start and on every hashchange. */
export function installExplanations(checklist: () => Checklist): void {
  const onHashChange = (): void => {
    const match = /^#item\/([A-Za-z0-9.]{1,120})$/.exec(location.hash);
    if (match) openExplanation(checklist(), match[1]!);
    else if (ui.dialog.open) ui.dialog.close();
  };
  ui.close.addEventListener('click', () => ui.dialog.close());
  ui.dialog.addEventListener('click', (event) => {
    // A click on the backdrop (outside the dialog box) closes it.
    if (event.target === ui.dialog) ui.dialog.close();
  });
  ui.dialog.addEventListener('close', () => {
    if (location.hash.startsWith('#item/')) history.replaceState(null, '', location.pathname + location.search);
    opener?.focus();
    opener = undefined;
  });
  window.addEventListener('hashchange', onHashChange);
  onHashChange();
}
