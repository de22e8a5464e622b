// Preloaded into a benchmarked process (node --require): on exit, writes the peak resident set size in
// kilobytes (all threads of the process) to the file named by BENCH_RSS_FILE.
'use strict';
const { writeFileSync } = require('node:fs');

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
