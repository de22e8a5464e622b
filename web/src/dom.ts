/**
 * DOM helpers for the checker page. Everything is built with createElement, attributes and text
 * (never innerHTML), so text from a study report is never markup.
 */

export type Child = Node | string | false | undefined | null;

/** The element with this id; the page's HTML is ours, so a missing one is a programmer error. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}

/** A small element builder: attributes as strings, children as nodes or text. */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined && child !== null) element.append(child);
  return element;
}

/** A score as the reporters print it: one decimal. */
export function formatScore(score: number): string {
  return (Math.round(score * 10) / 10).toFixed(1);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Starts a download of text made in the page (Blob + object URL: nothing is sent anywhere). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
