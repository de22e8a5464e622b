/**
 * Makes dist/cli-bundle.cache, the V8 code cache of the command line's bundle (src/cli/launch/bundle-loader.ts).
 * Run by the build (tsup.config.ts), in a Node process of its own, after dist/cli-bundle.cjs is written:
 *
 *   npx tsx scripts/make-code-cache.ts [dist]
 *
 * It loads the bundle without a cache, checks a batch of JSON files (the bundled examples, converted), and
 * saves the bytecode V8 compiled on the way: the functions such a check runs, and not the rest (YAML, the
 * explaining validators, the other reporters), whose bytecode every start would otherwise deserialise for
 * nothing (with YAML and the text report as well, the cache is a fifth larger, 1.1 MB, and a YAML start
 * within 1 % of the same). The engine's flags stay at their defaults (the in-process run passes no
 * `setEngineFlag`), or V8 would refuse the cache in every process that starts with its defaults.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { BUNDLE_FILE, CACHE_FILE, compileBundle, runBundle } from '../src/cli/launch/bundle-loader.js';
import type { CliIo } from '../src/cli/io.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(ROOT, process.argv[2] ?? 'dist');
const examples = join(ROOT, 'examples');

/** The examples (the review corpus included), each as a JSON file in a fresh folder. */
function examplesAsJson(dir: string): void {
  for (const folder of [examples, join(examples, 'review-2025')]) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.yaml'))) {
      writeFileSync(join(dir, name.replace(/\.yaml$/, '.json')), JSON.stringify(parseYaml(readFileSync(join(folder, name), 'utf8')), null, 2));
    }
  }
}

/** The CLI in this process, its output thrown away; fails the build on an exit code above 1 (a usage or internal error). */
async function runQuietly(bundle: ReturnType<typeof runBundle>, args: string[]): Promise<void> {
  let errors = '';
  const io: CliIo = {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (errors += text) },
    readStdin: async () => new Uint8Array(),
    cwd: ROOT,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await bundle.run(args, io);
  if (code > 1 || errors !== '') throw new Error(`make-code-cache: "${args.join(' ')}" exited ${code}: ${errors}`);
}

const file = join(dist, BUNDLE_FILE);
const script = compileBundle(file);
const bundle = runBundle(script, file);
const scratch = mkdtempSync(join(tmpdir(), 'secretome-code-cache-'));
try {
  examplesAsJson(scratch);
  await runQuietly(bundle, ['check', scratch, '--format', 'ndjson', '--fail-on', 'none', '--jobs', '1']);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
writeFileSync(join(dist, CACHE_FILE), script.createCachedData());
