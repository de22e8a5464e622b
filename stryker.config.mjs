// Mutation testing of the scoring engine, the checklist model and the structural validation messages:
// `npm run test:mutation` (not part of CI; about half an hour on two cores). Reports in reports/mutation/.
import { fileURLToPath } from 'node:url';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/mutation/vitest.config.ts' },
  mutate: [
    'src/scoring/**/*.ts',
    'src/checklist/**/*.ts',
    '!src/checklist/data/**',
    'src/schema/validate-structure.ts',
    'src/schema/messages.ts',
    'src/schema/references.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;

// `node stryker.config.mjs` (what `npm run test:mutation` runs): Stryker 10's command line refuses Node
// versions below 22 (its engines field), but the API it wraps runs on Node 20, which this package supports.
// `npx stryker run` works as well on Node 22 and later.
// No top-level await: Stryker imports this file for its options, which must not wait for the run itself.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The package entry also loads the command line, whose first statement is the version check.
  import(new URL('stryker.js', import.meta.resolve('@stryker-mutator/core')).href)
    .then(({ Stryker }) => new Stryker(config).runMutationTest())
    .catch((error) => {
      process.exitCode = 1;
      throw error;
    });
}
