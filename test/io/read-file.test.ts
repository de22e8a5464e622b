/**
 * Files read one after another on the command line go through one kept buffer: what a read returns must
 * be the file's bytes and stay so while later files are read, whatever their sizes, and the size limit
 * holds as before.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile, readInputFileSync } from '../../src/io/read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'read-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `size` bytes whose content differs from file to file (`seed`). */
function fileOf(name: string, size: number, seed: number): { path: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 31 + seed) & 0xff;
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, bytes };
}

describe('reading input files one after another', () => {
  it('returns each file whole, and earlier results keep their bytes while later files are read', () => {
    // Sizes around the first read (64 KiB) and past the largest (1 MiB), small after large.
    const sizes = [20_000, 0, (1 << 16) - 1, 1 << 16, (1 << 16) + 1, 3 * (1 << 20) + 7, 5, 20_000];
    const files = sizes.map((size, index) => fileOf(`f${index}.json`, size, index));
    const results = files.map(({ path }) => readInputFileSync(path, path, 10 << 20));
    results.forEach((result, index) => {
      expect(result.ok, `file ${index}`).toBe(true);
      if (result.ok) expect(Buffer.compare(Buffer.from(result.bytes), files[index]!.bytes), `file ${index}`).toBe(0);
    });
  });

  it('reads the same bytes as the asynchronous reader', async () => {
    for (const size of [1, 4096, 70_000]) {
      const { path } = fileOf(`same-${size}.json`, size, size);
      const sync = readInputFileSync(path, path, 10 << 20);
      const async = await readInputFile(path, path, 10 << 20);
      expect(sync.ok && async.ok && Buffer.compare(Buffer.from(sync.bytes), Buffer.from(async.bytes))).toBe(0);
    }
  });

  it('a file at the limit is read, one byte more is refused with its size', () => {
    const { path } = fileOf('limit.json', 1000, 1);
    expect(readInputFileSync(path, 'limit.json', 1000)).toMatchObject({ ok: true });
    expect(readInputFileSync(path, 'limit.json', 999)).toEqual({
      ok: false,
      error: { code: 'too-large', file: 'limit.json', message: 'the file is 1000 bytes, more than the limit of 999.', hint: expect.any(String) },
    });
  });

  it('a directory or a missing file is refused as before', () => {
    expect(readInputFileSync(dir, 'dir', 1000)).toEqual({ ok: false, error: { code: 'not-a-file', file: 'dir', message: 'this is not a regular file.' } });
    expect(readInputFileSync(join(dir, 'none.json'), 'none.json', 1000)).toEqual({ ok: false, error: { code: 'read-failed', file: 'none.json', message: 'no such file.' } });
  });

  it('a borrowed read returns the bytes of a file read in one go, and copies a file read in several', () => {
    const small = fileOf('borrowed-small.json', 20_000, 7);
    const large = fileOf('borrowed-large.json', (1 << 20) + 10, 8);
    const first = readInputFileSync(small.path, 'small', 10 << 20, true);
    expect(first.ok && Buffer.compare(Buffer.from(first.bytes), small.bytes)).toBe(0);
    const second = readInputFileSync(large.path, 'large', 10 << 20, true);
    expect(second.ok && Buffer.compare(Buffer.from(second.bytes), large.bytes)).toBe(0);
    // Over 1 MiB, read in two goes, so copied out: the next borrowed read leaves it as it was.
    readInputFileSync(small.path, 'small', 10 << 20, true);
    expect(second.ok && Buffer.compare(Buffer.from(second.bytes), large.bytes)).toBe(0);
  });
});

describe('what is not a regular file is refused before a byte is read', () => {
  const notAFile = (file: string) => ({ ok: false, error: { code: 'not-a-file', file, message: 'this is not a regular file.' } });

  it('a named pipe is refused at once, without waiting for a writer', async () => {
    const pipe = join(dir, 'pipe.json');
    execFileSync('mkfifo', [pipe]);
    expect(readInputFileSync(pipe, 'pipe.json', 1000)).toEqual(notAFile('pipe.json'));
    expect(await readInputFile(pipe, 'pipe.json', 1000)).toEqual(notAFile('pipe.json'));
  }, 10_000);

  it('a device is refused, not read up to the limit', async () => {
    expect(readInputFileSync('/dev/zero', 'zero', 1000)).toEqual(notAFile('zero'));
    expect(await readInputFile('/dev/zero', 'zero', 1000)).toEqual(notAFile('zero'));
  });

  it('a socket, which cannot be opened, is refused as not a regular file', async () => {
    const socket = join(dir, 'socket.json');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(readInputFileSync(socket, 'socket.json', 1000)).toEqual(notAFile('socket.json'));
      expect(await readInputFile(socket, 'socket.json', 1000)).toEqual(notAFile('socket.json'));
    } finally {
      server.close();
    }
  });

  it('a path that cannot be reached, or a file that cannot be opened, is said as before', async () => {
    const { path } = fileOf('plain.json', 10, 1);
    const through = join(path, 'inside.json');
    expect(readInputFileSync(through, 'inside.json', 1000)).toEqual({ ok: false, error: { code: 'read-failed', file: 'inside.json', message: 'cannot be read (ENOTDIR).' } });
    expect(await readInputFile(join(dir, 'none.json'), 'none.json', 1000)).toEqual({ ok: false, error: { code: 'read-failed', file: 'none.json', message: 'no such file.' } });
    // Root reads every file whatever its mode: only an unprivileged user sees the refusal.
    if (process.getuid?.() === 0) return;
    chmodSync(path, 0o000);
    expect(readInputFileSync(path, 'plain.json', 1000)).toEqual({ ok: false, error: { code: 'read-failed', file: 'plain.json', message: 'permission denied.' } });
  });
});
