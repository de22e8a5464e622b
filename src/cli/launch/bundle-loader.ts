/**
 * Loads the command line's code, one CommonJS file (dist/cli-bundle.cjs), with the V8 code cache the build
 * made for it (dist/cli-bundle.cache; scripts/make-code-cache.ts). With the cache V8 neither parses nor
 * compiles what a check runs: it deserialises the bytecode instead, which starts a check about 40 ms sooner
 * (a third of a cold start beyond Node's own; docs/performance.md). Node 20 has no such cache for ES modules,
 * hence CommonJS and `vm.Script`. V8 refuses a cache made by another Node version or with other engine
 * flags, and a missing or refused cache only costs that time: the code is then compiled as usual.
 *
 * The bundle is the package's own code, read from beside this file; nothing from the user is compiled.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { CliIo, ExitCode } from '../io.js';

/** What the bundle exports (src/cli/bundle.ts). */
export interface CliBundle {
  main(): Promise<void>;
  run(args: string[], io: CliIo): Promise<ExitCode>;
  startWorker(): void;
}

export const BUNDLE_FILE = 'cli-bundle.cjs';
export const CACHE_FILE = 'cli-bundle.cache';

/**
 * The bundle compiled as Node compiles a CommonJS module, with the cache's bytecode when V8 accepts it. Read
 * as Latin-1, a plain copy of its bytes, as it is ASCII (esbuild escapes every other character; a test holds
 * it to that): decoding 2 MB as UTF-8 takes a few times longer.
 */
export function compileBundle(file: string, cachedData?: Buffer): Script {
  return new Script(Module.wrap(readFileSync(file, 'latin1')), { filename: file, ...(cachedData ? { cachedData } : {}) });
}

/** Runs a compiled bundle as a CommonJS module of `file` and returns its exports. */
export function runBundle(script: Script, file: string): CliBundle {
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports as CliBundle;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // no cache (a build without one): compiled as usual
  }
}

/** The bundle in `dir` (dist/), loaded with its code cache when there is one. */
export function loadBundle(dir: string): CliBundle {
  const file = join(dir, BUNDLE_FILE);
  return runBundle(compileBundle(file, readCache(join(dir, CACHE_FILE))), file);
}
