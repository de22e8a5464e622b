/**
 * "Keep a draft in this browser": off by default. Only when the author turns it on are the study
 * report's text and file name written to localStorage (one key), on every change; turning it off or
 * "Delete the stored draft" removes the key. Nothing else is stored, ever. A stored draft is what says
 * the author opted in, so the page reads it back at start.
 */
import { byId } from './dom.js';

const KEY = 'secretome-checklist:draft';
/** localStorage holds about 5 MB per origin in UTF-16: a larger text is refused with a message. */
const MAX_DRAFT_CHARS = 2_000_000;

export interface Draft {
  text: string;
  file: string;
  savedAt: string;
}

const ui = {
  keep: byId<HTMLInputElement>('keep-draft'),
  clear: byId<HTMLButtonElement>('clear-draft'),
  status: byId('draft-status'),
};

/** localStorage, or undefined where the browser refuses it (a sandboxed frame, storage turned off). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return typeof draft['text'] === 'string' && typeof draft['file'] === 'string' && typeof draft['savedAt'] === 'string';
}

export class DraftKeeper {
  constructor(private readonly current: () => { text: string; file: string }) {
    if (!storage()) {
      ui.keep.disabled = true;
      ui.status.textContent = 'This browser does not allow this page to store anything, so drafts cannot be kept here; download the study report instead.';
      return;
    }
    ui.keep.addEventListener('change', () => {
      if (ui.keep.checked) this.save();
      else this.delete('Draft keeping is off; the stored draft was deleted.');
    });
    ui.clear.addEventListener('click', () => {
      ui.keep.checked = false;
      this.delete('The stored draft was deleted. Nothing is kept in this browser.');
      ui.keep.focus();
    });
  }

  /** The stored draft, if the author opted in earlier; also ticks the box, since keeping continues. */
  restore(): Draft | undefined {
    const store = storage();
    const raw = store?.getItem(KEY);
    if (raw === null || raw === undefined) return undefined;
    let draft: unknown;
    try {
      draft = JSON.parse(raw);
    } catch {
      draft = undefined;
    }
    if (!isDraft(draft)) {
      store?.removeItem(KEY);
      ui.status.textContent = 'A stored draft could not be read and was deleted.';
      return undefined;
    }
    ui.keep.checked = true;
    ui.clear.hidden = false;
    return draft;
  }

  /** Called after every change of the text: writes only while keeping is on. */
  changed(): void {
    if (ui.keep.checked) this.save();
  }

  private save(): void {
    const store = storage();
    if (!store) return;
    const { text, file } = this.current();
    if (text.length > MAX_DRAFT_CHARS) {
      ui.status.textContent = 'This study report is too large to keep in the browser; download it instead.';
      return;
    }
    const savedAt = new Date().toISOString();
    try {
      store.setItem(KEY, JSON.stringify({ text, file, savedAt } satisfies Draft));
    } catch {
      ui.status.textContent = 'The browser refused to store the draft (its storage is full); download the study report instead.';
      return;
    }
    ui.clear.hidden = false;
    ui.status.textContent = `Draft kept in this browser (${savedAt.slice(11, 16)} UTC).`;
  }

  private delete(message: string): void {
    storage()?.removeItem(KEY);
    ui.clear.hidden = true;
    ui.status.textContent = message;
  }
}
