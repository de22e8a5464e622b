/**
 * A newcomer's first command is `npm ci`: on the oldest Node the package supports and on the one
 * running the tests, no locked dependency may ask for a newer one (npm prints an EBADENGINE warning
 * for each that does).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// semver is installed by several of our dependencies (as npm itself uses it); it ships no types.
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

const oldest = semver.minVersion(manifest.engines.node)!.version;

describe('the locked dependencies', () => {
  it.each([oldest, process.versions.node])('all run on Node %s, so npm ci prints no EBADENGINE warning there', (node) => {
    const tooNew = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return wanted && !semver.satisfies(node, wanted) ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${wanted}`] : [];
      });
    expect(tooNew).toEqual([]);
  });
});
