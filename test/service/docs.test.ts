/** docs/service.md keeps up with the service: a curl example for every endpoint, every option of `serve --help`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVE_HELP } from '../../src/cli/usage.js';
import { buildOpenApi } from '../../src/service/openapi.js';
import { resolveLimits } from '../../src/io/limits.js';
import { ROOT } from './harness.js';

const manual = readFileSync(join(ROOT, 'docs', 'service.md'), 'utf8');

describe('docs/service.md', () => {
  it('has a curl example for every endpoint of the OpenAPI document', () => {
    const paths = Object.keys((buildOpenApi({ limits: resolveLimits(), bearer: false }) as { paths: Record<string, unknown> }).paths);
    const curls = manual.split('\n').filter((line) => line.startsWith('curl '));
    for (const path of paths) {
      const pattern = new RegExp(`"\\$S${path.replace(/\{[^}]+\}/g, '[^/?"]+').replace(/[.]/g, '\\.')}[?"]`);
      expect(curls.some((line) => pattern.test(line)), path).toBe(true);
    }
  });

  it('describes every option of serve --help', () => {
    for (const [option] of SERVE_HELP.matchAll(/--[a-z][a-z-]+/g)) expect(manual, option).toContain(option);
  });
});
