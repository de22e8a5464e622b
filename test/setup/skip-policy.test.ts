import { describe, expect, it } from 'vitest';
import { disallowedSkips, inCi } from './skip-policy.js';

describe('the CI skip policy', () => {
  it('refuses a skipped suite such as the browser tests without Chromium', () => {
    const browser = { name: 'browser/checker.test.ts: the checker page > loads', note: undefined };
    expect(disallowedSkips([browser])).toEqual([browser]);
  });

  it('allows the documented root-only case and nothing else', () => {
    const root = { name: 'robustness/corpus.test.ts: an unreadable file', note: 'running as root, where chmod 000 does not stop reads; the case runs for other users' };
    const other = { name: 'x', note: 'no network here' };
    expect(disallowedSkips([root, other])).toEqual([other]);
  });

  it('reads CI=true and CI=1 as CI, and CI=false, CI=0 or no CI as not', () => {
    expect([inCi({ CI: 'true' }), inCi({ CI: '1' }), inCi({ CI: 'false' }), inCi({ CI: '0' }), inCi({})]).toEqual([true, true, false, false, false]);
  });
});
