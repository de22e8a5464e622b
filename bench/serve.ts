/**
 * `npm run bench:serve`: the HTTP service under load, on 127.0.0.1 only, against the library in-process on
 * the same document in the same run.
 *
 *   throughput  POST /v1/check with a typical study report (examples/complete-in-vivo-ev.yaml), as YAML
 *               (what authors write) and as JSON (what a submission system sends), at 1, 16 and 64
 *               connections: requests per second, p50 and p99 latency, errors and non-2xx answers
 *   baseline    the same document in the service's process before each round of load, no HTTP: validate
 *               alone, and parse + validate + JSON report; ratios taken per round, shown as the median ±
 *               half the interquartile range over the rounds
 *   memory      the service's resident set size and its heap after a full garbage collection, after every
 *               tenth of 100,000 requests (JSON, 16 connections), and the peak RSS: a flat heap means no leak
 *
 * The service runs in a child process (this one drives the load), started like `serve` with the default
 * limits and concurrency 64. Every phase is bounded in requests and in seconds and stops by itself.
 *
 * Environment: BENCH_SERVE_SECONDS (load per connection count, default 6), BENCH_SERVE_ROUNDS (rounds it is
 * split into, default 3), BENCH_SERVE_REQUESTS (the memory run, default 100000; 0 skips it),
 * BENCH_SERVE_MEMORY_SECONDS (its time cap, default 900).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReportText } from '../src/io/parse.js';
import { jsonReporter } from '../src/reporters/json.js';
import { reporterOptions } from '../src/reporters/options.js';
import { startService } from '../src/service/server.js';
import { createValidator } from '../src/validator.js';
import { ROOT } from './lib/documents.js';
import { estimate, median } from './lib/stats.js';
import { count, fixed, table, withNoise } from './lib/table.js';

const SECONDS = Number(process.env.BENCH_SERVE_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_SERVE_ROUNDS ?? 3);
const MEMORY_REQUESTS = Number(process.env.BENCH_SERVE_REQUESTS ?? 100_000);
const MEMORY_SECONDS = Number(process.env.BENCH_SERVE_MEMORY_SECONDS ?? 900);
const CONNECTIONS = [1, 16, 64];
const YAML_TEXT = readFileSync(join(ROOT, 'examples/complete-in-vivo-ev.yaml'), 'utf8');
const PARSED = (() => {
  const parsed = parseReportText(YAML_TEXT, { format: 'yaml' });
  if (!parsed.ok) throw new Error('examples/complete-in-vivo-ev.yaml does not parse');
  return parsed;
})();

/** The same study report as authors write it (YAML) and as a submission system would send it (JSON). */
const BODIES = [
  { name: 'YAML', type: 'application/yaml', format: 'yaml', text: YAML_TEXT },
  { name: 'JSON', type: 'application/json', format: 'json', text: JSON.stringify(PARSED.document) },
] as const;
type Body = (typeof BODIES)[number];

interface Memory {
  rss: number;
  peak: number;
  /** Heap in use right after a full garbage collection: what a leak would grow. */
  heapAfterGc: number;
}

// --- In-process baselines (run in the service's process, between load phases). ----------------------
interface Baseline {
  validate: number;
  full: number;
}

const baselineValidator = createValidator();
const baselineOptions = reporterOptions(baselineValidator.checklist, { color: false, quiet: false, verbose: false, batch: false });

/** validate alone, and parse + validate + JSON report, on the same document, half a second each. */
function baselineOf(body: Body): Baseline {
  return {
    validate: rate(() => baselineValidator.validate(PARSED.document, { sourceMap: PARSED.sourceMap }), 500),
    full: rate(() => {
      const again = parseReportText(body.text, { format: body.format });
      if (again.ok) jsonReporter([baselineValidator.validate(again.document, { sourceMap: again.sourceMap })], baselineOptions);
    }, 500),
  };
}

// --- The driver. ------------------------------------------------------------------------------------
interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
interface Instance extends PromiseLike<Result> {
  stop(): void;
}
type Autocannon = (options: Record<string, unknown>) => Instance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function log(text = ''): void {
  process.stdout.write(`${text}\n`);
}

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T));
    child.send(message);
  });
}

/** Load on POST /v1/check, stopped after `seconds` or `amount` requests, whichever comes first. */
async function load(url: string, body: Body, connections: number, { seconds, amount }: { seconds: number; amount?: number }): Promise<Result> {
  const instance = autocannon({
    url: `${url}/v1/check`,
    method: 'POST',
    headers: { 'content-type': body.type },
    body: body.text,
    connections,
    ...(amount !== undefined ? { amount, duration: seconds } : { duration: seconds }),
  });
  const cap = setTimeout(() => instance.stop(), (seconds + 5) * 1000);
  const result = await instance;
  clearTimeout(cap);
  return result;
}

/** Operations per second of `work` over about `ms` milliseconds (after a short warm-up). */
function rate(work: () => void, ms: number): number {
  for (let index = 0; index < 10; index++) work();
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (let index = 0; index < 20; index++) work();
    done += 20;
  }
  return done / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  log(`bench:serve · Node ${process.version} · ${cpus().length} cores · load ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
  log(`document: examples/complete-in-vivo-ev.yaml, ${count(BODIES[0].text.length)} bytes as YAML, ${count(BODIES[1].text.length)} as JSON · ${SECONDS} s per connection count in ${ROUNDS} rounds`);

  const child = fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, '--expose-gc'] });
  const { url } = await new Promise<{ url: string }>((resolve) => child.once('message', (message) => resolve(message as { url: string })));
  try {
    const rows: string[][] = [];
    let validateRate = 0;
    const fullRates = new Map<string, number>();
    for (const body of BODIES) {
      await load(url, body, 16, { seconds: 1 }); // warm-up
      for (const connections of CONNECTIONS) {
        // Rounds of [baseline in the service's own process, then load], so both see the same machine
        // (other processes come and go); each figure is the median over the rounds, ratios taken per round.
        const rounds: Array<{ result: Result; baseline: Baseline }> = [];
        for (let round = 0; round < ROUNDS; round++) {
          const baseline = await ask<Baseline>(child, `baseline:${body.name}`);
          rounds.push({ baseline, result: await load(url, body, connections, { seconds: SECONDS / ROUNDS }) });
        }
        validateRate = median(rounds.map(({ baseline }) => baseline.validate));
        fullRates.set(body.name, median(rounds.map(({ baseline }) => baseline.full)));
        const validateRatio = estimate(rounds.map(({ result, baseline }) => result.requests.average / baseline.validate));
        const fullRatio = estimate(rounds.map(({ result, baseline }) => result.requests.average / baseline.full));
        rows.push([
          body.name,
          String(connections),
          count(median(rounds.map(({ result }) => result.requests.average))),
          fixed(median(rounds.map(({ result }) => result.latency.p50)), 0),
          fixed(median(rounds.map(({ result }) => result.latency.p99)), 0),
          count(rounds.reduce((sum, { result }) => sum + result.non2xx + result.errors + result.timeouts, 0)),
          withNoise(validateRatio.median, validateRatio.noise),
          withNoise(fullRatio.median, fullRatio.noise),
        ]);
      }
    }
    log();
    log(table(['body', 'connections', 'requests/s', 'p50 ms', 'p99 ms', 'errors', '÷ in-process validate', '÷ in-process parse+validate+JSON'], rows));
    log();
    log(`in-process, same document (last baselines): validate ${count(validateRate)}/s; parse + validate + JSON report ${BODIES.map((body) => `${count(fullRates.get(body.name)!)}/s from ${body.name}`).join(', ')}`);

    if (MEMORY_REQUESTS > 0) {
      const step = Math.ceil(MEMORY_REQUESTS / 10);
      const deadline = performance.now() + MEMORY_SECONDS * 1000;
      const samples: Memory[] = [await ask<Memory>(child, 'memory')];
      let sent = 0;
      let failed = 0;
      while (sent < MEMORY_REQUESTS && performance.now() < deadline) {
        const seconds = Math.max(1, Math.ceil((deadline - performance.now()) / 1000));
        const result = await load(url, BODIES[1], 16, { seconds, amount: Math.min(step, MEMORY_REQUESTS - sent) });
        sent += result.requests.total;
        failed += result.non2xx + result.errors + result.timeouts;
        samples.push(await ask<Memory>(child, 'memory'));
      }
      const { peak } = await ask<Memory>(child, 'memory');
      const mb = (bytes: number): string => fixed(bytes / 1024 / 1024, 0);
      log();
      log(`memory: ${count(sent)} requests (JSON) at 16 connections${sent < MEMORY_REQUESTS ? ` (stopped by the ${MEMORY_SECONDS} s cap)` : ''}, ${count(failed)} failed`);
      log(`  RSS after each tenth (MB): ${samples.map((sample) => mb(sample.rss)).join(' → ')}`);
      log(`  heap after a full GC (MB): ${samples.map((sample) => fixed(sample.heapAfterGc / 1024 / 1024, 1)).join(' → ')}`);
      log(`  peak RSS ${mb(peak)} MB; heap after GC, last tenth minus first: ${fixed((samples.at(-1)!.heapAfterGc - samples[1]!.heapAfterGc) / 1024 / 1024, 1)} MB`);
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send('stop');
    const kill = setTimeout(() => child.kill(), 5_000);
    await exited;
    clearTimeout(kill);
  }
}

// --- Entry: the child runs the service (and reports its memory on request), the parent drives. -----
if (process.argv.includes('--child')) {
  const service = await startService({ log: false, maxConcurrency: 64 }, { host: '127.0.0.1', port: 0 });
  process.on('message', (message) => {
    if (typeof message === 'string' && message.startsWith('baseline:')) process.send!(baselineOf(BODIES.find((body) => body.name === message.slice(9))!));
    if (message === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      process.send!({ rss, peak: process.resourceUsage().maxRSS * 1024, heapAfterGc: heapUsed } satisfies Memory);
    }
    if (message === 'stop') void service.close().then(() => process.exit(0));
  });
  process.send!({ url: service.url });
} else {
  await main();
}

