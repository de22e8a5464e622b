/**
 * V8's optimising compiler, tuned to how long a batch runs. A batch of a few thousand files is over before
 * V8 has caught up with it: on a 1,000-file check, TurboFan compiles about 220 functions for about a second
 * of its threads' time, beside the checking thread on the same cores, so the first few hundred documents
 * run in the interpreter while their optimised code waits in the queue. Inlining less halves that work and
 * optimised code arrives sooner; the code it makes is a little slower, which a long input (an NDJSON
 * stream, a batch of many thousand files) runs long enough to feel. So only a batch of files known to be
 * short gets the smaller inlining budget; everything else runs with V8's defaults. Measured figures:
 * docs/performance.md.
 *
 * The flags are set once, before the first document is checked (V8 reads them when it compiles a
 * function), and hold for the whole process, workers included. Only the executable sets them (it passes
 * `setEngineFlag` in its CliIo): the library, and a host running the CLI in its own process, keep their
 * engine as it is.
 */
/**
 * Files in a batch up to which the smaller inlining budget pays. Measured on 2 idle cores, alternating runs
 * against V8's defaults: 1,000 files 0.96× the time, 2,000 files 0.975×, 4,000 files 1.00×.
 */
export const SHORT_BATCH_TASKS = 3000;

/** V8's flags for a short batch: inline at most 150 bytes of callee bytecode per function (V8's default: 920). */
export const SHORT_BATCH_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=150'];

/** The compiler flags for a batch of `tasks` files; undefined tasks: a stream of unknown length. */
export function compilerFlagsFor(tasks: number | undefined): readonly string[] {
  return tasks !== undefined && tasks <= SHORT_BATCH_TASKS ? SHORT_BATCH_FLAGS : [];
}

/** Sets the compiler flags for a batch of `tasks` files (see compilerFlagsFor), through the executable's setter. */
export function tuneCompiler(tasks: number | undefined, setFlags: (flag: string) => void): void {
  for (const flag of compilerFlagsFor(tasks)) setFlags(flag);
}
