/**
 * The built-in checklist data and profiles are used without parsing them at run time (it made every
 * command-line run slower). That is only sound while parsing them would change nothing: valid, no key
 * stripped, no default filled in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checklistOverlaySchema, checklistSectionFileSchema, checklistSettingsSchema } from '../../src/checklist/model.js';
import { ROOT } from '../helpers.js';

const read = (dir: string): Array<[string, unknown]> =>
  readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file, JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8')) as unknown]);

describe('the built-in checklist data', () => {
  const versions = readdirSync(join(ROOT, 'src/checklist/data'));
  const files = versions.flatMap((version) => read(`src/checklist/data/${version}`).map(([file, data]) => [`${version}/${file}`, data] as const));

  it.each(files)('%s is exactly what the zod model makes of it', (file, data) => {
    // checklist.json holds the version's settings; every other file is a section of items.
    const parsed = (file.endsWith('/checklist.json') ? checklistSettingsSchema : checklistSectionFileSchema).safeParse(data);
    expect(parsed.error).toBeUndefined();
    expect(isDeepStrictEqual(parsed.data, data)).toBe(true);
  });

  it.each(read('src/checklist/profiles'))('profile %s is exactly what the zod model makes of it', (_file, data) => {
    const parsed = checklistOverlaySchema.safeParse(data);
    expect(parsed.error).toBeUndefined();
    expect(isDeepStrictEqual(parsed.data, data)).toBe(true);
  });
});
