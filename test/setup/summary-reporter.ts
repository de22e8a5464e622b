/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", after vitest's own summary, so
 * tools that read a run's last lines (CI among them) can count the tests without knowing vitest.
 * Under CI=true, a skipped test outside the documented cases (./skip-policy.ts) fails the run.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { disallowedSkips, inCi, type SkippedTest } from './skip-policy.js';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    // Skipped suites say why in their titles (e.g. the browser tests without Chromium): show them.
    const skippedSuites = new Set<string>();
    const skipped: SkippedTest[] = [];
    for (const module of testModules) {
      const file = module.moduleId.split('/test/').pop();
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') counts.passed++;
        else if (result.state === 'failed') counts.failed++;
        else {
          counts.skipped++;
          skipped.push({ name: `${file}: ${test.fullName}`, ...(result.state === 'skipped' && result.note ? { note: result.note } : {}) });
          if (test.parent.type === 'suite') skippedSuites.add(`${file}: ${test.parent.name}`);
        }
      }
    }
    for (const suite of skippedSuites) process.stdout.write(`\nskipped: ${suite}`);
    process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    const refused = inCi() ? disallowedSkips(skipped) : [];
    if (refused.length > 0) {
      const shown = refused.slice(0, 10).map((test) => `  ${test.name}${test.note ? ` (${test.note})` : ''}`);
      if (refused.length > 10) shown.push(`  … and ${refused.length - 10} more`);
      process.stdout.write(`\nCI=true: ${refused.length} skipped test(s) fail the run (only the cases in test/setup/skip-policy.ts may skip in CI):\n${shown.join('\n')}\n`);
      process.exitCode = 1;
    }
  }
}
