/** What reporters need to know about the checklist, derived once from it. */
import type { Checklist } from '../checklist/checklist.js';
import type { ReporterItemInfo, ReporterOptions } from './types.js';
import { VERSION } from '../cli/version.js';

export function reporterItems(checklist: Checklist): ReporterItemInfo[] {
  return checklist.items.map(({ id, section, title, rationale, hint, level, sources }) => ({ id, section, title, rationale, hint, level, sources }));
}

export function reporterOptions(checklist: Checklist, flags: Pick<ReporterOptions, 'color' | 'quiet' | 'verbose' | 'batch'>): ReporterOptions {
  return { ...flags, items: reporterItems(checklist), sectionTitles: checklist.sectionTitles, toolVersion: VERSION };
}
