/**
 * The two views of one document, "Form" and "YAML", as an ARIA tab pattern: one tab stop, the arrow
 * keys (and Home/End) move between tabs and show the panel at once.
 */
import { byId } from './dom.js';

export type ViewName = 'form' | 'yaml';

const VIEWS: readonly ViewName[] = ['form', 'yaml'];

export class Views {
  private current: ViewName;
  private readonly tabs: Record<ViewName, HTMLButtonElement>;
  private readonly panels: Record<ViewName, HTMLElement>;

  /**
   * `onShow` runs after a panel is shown; `from` is the view that was hidden (where the author was);
   * `focus` is false when the arrow keys chose the tab (the focus then stays on the tabs).
   */
  constructor(initial: ViewName, private readonly onShow: (view: ViewName, from: ViewName | undefined, focus: boolean) => void) {
    this.tabs = { form: byId('tab-form'), yaml: byId('tab-yaml') };
    this.panels = { form: byId('panel-form'), yaml: byId('panel-yaml') };
    this.current = initial;
    for (const view of VIEWS) {
      const tab = this.tabs[view];
      tab.addEventListener('click', () => this.show(view));
      tab.addEventListener('keydown', (event) => {
        const index = VIEWS.indexOf(view);
        const next =
          event.key === 'ArrowRight' ? VIEWS[(index + 1) % VIEWS.length]
          : event.key === 'ArrowLeft' ? VIEWS[(index + VIEWS.length - 1) % VIEWS.length]
          : event.key === 'Home' ? VIEWS[0]
          : event.key === 'End' ? VIEWS.at(-1)
          : undefined;
        if (next === undefined) return;
        event.preventDefault();
        this.show(next, false);
        this.tabs[next].focus();
      });
    }
    this.apply();
  }

  get view(): ViewName {
    return this.current;
  }

  show(view: ViewName, focus = true): void {
    if (view === this.current) {
      this.onShow(view, undefined, focus);
      return;
    }
    const from = this.current;
    this.current = view;
    this.apply();
    this.onShow(view, from, focus);
  }

  private apply(): void {
    for (const view of VIEWS) {
      const selected = view === this.current;
      this.tabs[view].setAttribute('aria-selected', String(selected));
      this.tabs[view].tabIndex = selected ? 0 : -1;
      this.panels[view].hidden = !selected;
    }
    document.documentElement.dataset['view'] = this.current;
  }
}
