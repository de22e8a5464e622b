/**
 * The built-in checklist data and profiles are used without parsing them at run time (it made every
 * command-line run slower). That is only sound while parsing them would change nothing: valid, no key
 * stripped, no default filled in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checklistOverlaySchema, checklistSectionFileSchema } from '../../src/checklist/model.js';
import { ROOT } from '../helpers.js';

const read = (dir: string): Array<[string, unknown]> =>
  readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file, JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8')) as unknown]);

describe('the built-in checklist data', () => {
  it.each(read('src/checklist/data/1.0'))('%s is exactly what the zod model makes of it', (_file, data) => {
    const parsed = checklistSectionFileSchema.safeParse(data);
    expect(parsed.error).toBeUndefined();
    expect(isDeepStrictEqual(parsed.data, data)).toBe(true);
  });

  it.each(read('src/checklist/profiles'))('profile %s is exactly what the zod model makes of it', (_file, data) => {
    const parsed = checklistOverlaySchema.safeParse(data);
    expect(parsed.error).toBeUndefined();
    expect(isDeepStrictEqual(parsed.data, data)).toBe(true);
  });
});
