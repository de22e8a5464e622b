/** Turns command-line inputs (files, directories, quoted globs, `-`) into a list of documents to read. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { InputError } from '../io/errors.js';

/** `expanded`: found by walking a directory or matching a glob (so the user asked for a batch). */
export type Source = { kind: 'file'; path: string; display: string; expanded: boolean } | { kind: 'stdin'; display: string; expanded: false };

const DOCUMENT_EXTENSIONS = /\.(json|ya?ml)$/i;

export interface ExpandResult {
  sources: Source[];
  errors: InputError[];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) files.push(...(await walk(path)));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.test(entry.name)) files.push(path);
  }
  return files;
}

export async function expandInputs(inputs: string[], options: { cwd: string; allowEmpty: boolean; stdinFilename?: string }): Promise<ExpandResult> {
  const sources: Source[] = [];
  const errors: InputError[] = [];
  const display = (path: string): string => relative(options.cwd, path) || path;
  let globber: typeof import('tinyglobby') | undefined;
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin', display: options.stdinFilename ?? '<stdin>', expanded: false });
      continue;
    }
    const absolute = resolve(options.cwd, input);
    let info: Awaited<ReturnType<typeof stat>> | undefined;
    try {
      info = await stat(absolute);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      const files = await walk(absolute);
      if (files.length === 0 && !options.allowEmpty) {
        errors.push({ code: 'read-failed', file: input, message: 'the directory holds no .json, .yaml or .yml files.', hint: 'Use --allow-empty if that is expected.' });
      }
      sources.push(...files.map((path) => ({ kind: 'file' as const, path, display: display(path), expanded: true })));
    } else if (!info && (globber ??= await import('tinyglobby')).isDynamicPattern(input)) {
      // The glob library is loaded only for an input that is not a file or directory (startup time).
      const matches = (await globber.glob(input, { cwd: options.cwd, absolute: true, onlyFiles: true, dot: false })).sort();
      if (matches.length === 0 && !options.allowEmpty) {
        errors.push({ code: 'read-failed', file: input, message: 'the pattern matches no file.', hint: 'Check the pattern, or use --allow-empty.' });
      }
      sources.push(...matches.map((path) => ({ kind: 'file' as const, path, display: display(path), expanded: true })));
    } else {
      // Files (and missing ones: reading reports the error with the name the user gave).
      sources.push({ kind: 'file', path: absolute, display: input, expanded: false });
    }
  }
  return { sources, errors };
}
