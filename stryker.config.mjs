// Mutation testing of the scoring engine, the checklist model and the structural validation messages:
// `npm run test:mutation` (not part of CI; about half an hour on two cores). Reports in reports/mutation/.
// Stryker 9, not 10: Stryker 10 (and the Babel 8 it brings) requires Node 22, and this package supports Node 20.
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
