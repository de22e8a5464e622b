/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", after vitest's own summary, so
 * tools that read a run's last lines (CI among them) can count the tests without knowing vitest.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    // Skipped suites say why in their titles (e.g. the browser tests without Chromium): show them.
    const skippedSuites = new Set<string>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else {
          counts.skipped++;
          if (test.parent.type === 'suite') skippedSuites.add(`${module.moduleId.split('/test/').pop()}: ${test.parent.name}`);
        }
      }
    }
    for (const suite of skippedSuites) process.stdout.write(`\nskipped: ${suite}`);
    process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
