import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __PACKAGE_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // The library: ESM and CJS with declarations for both.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: true,
    splitting: false,
    treeshake: true,
    define,
  },
  {
    // The command-line tool: ESM; reporters are split into chunks loaded on demand.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    define,
  },
]);
