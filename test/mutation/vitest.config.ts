/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the unit tests of the mutated modules
 * and the tests written to kill mutants. The slow end-to-end suites (CLI processes, the 100 000-call
 * reuse test, the property tests with thousands of runs) stay out: they cover the same code far slower.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/scoring/**/*.test.ts', 'test/checklist/**/*.test.ts', 'test/schema/structure.test.ts', 'test/units/**/*.test.ts', 'test/mutation/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    setupFiles: ['test/setup/no-stray-console.ts'],
  },
});
