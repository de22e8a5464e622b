import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __PACKAGE_VERSION__: JSON.stringify(version) };

// Zod compiles a fast path with `new Function` after probing whether it may; under a strict CSP the
// probe alone is reported as a violation. jitless skips the probe. It must run before zod builds its
// first schema, so it goes above the bundled code; an explicit choice by the host page is kept.
const zodJitless = '((globalThis.__zod_globalConfig ??= {}).jitless ??= true);';

/**
 * The command-line build loads what a batch of valid JSON documents does not need when a document first
 * needs it (src/cli/on-demand.ts): each module here is replaced by its on-demand counterpart.
 */
const ON_DEMAND: Readonly<Record<string, string>> = {
  'src/schema/explainers.ts': 'src/cli/explainers-on-demand.ts',
  'src/io/parsers.ts': 'src/cli/parsers-on-demand.ts',
  'src/io/jsonc.ts': 'src/cli/jsonc-on-demand.ts',
};

const onDemand: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'on-demand',
  setup(build) {
    const swaps = new Map(Object.entries(ON_DEMAND).map(([module, standIn]) => [resolve(module).replace(/\.ts$/, '.js'), resolve(standIn)]));
    build.onResolve({ filter: /^\..*\.js$/ }, (args) => {
      const standIn = swaps.get(resolve(args.resolveDir, args.path));
      return standIn ? { path: standIn } : undefined;
    });
  },
};

export default defineConfig([
  {
    // The library: ESM and CJS with declarations for both. Minified: most of it is generated validator
    // code, which nobody steps through, and both copies ship (1.2 MB each unminified, 0.7 MB minified).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // exceljs is an optional dependency, which tsup would bundle (it leaves out only dependencies and peer
    // dependencies): it stays a package, loaded when a workbook is written.
    external: ['exceljs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: true,
    splitting: false,
    treeshake: true,
    minify: true,
    define,
  },
  {
    // The command-line tool: one CommonJS bundle (dist/cli-bundle.cjs) that the executable (dist/cli.cjs) and the
    // worker thread of `check --jobs N` (dist/worker.cjs) load with a V8 code cache made right after it is built
    // (src/cli/launch/bundle-loader.ts, scripts/make-code-cache.ts): with the cache a start neither parses nor
    // compiles the code a check runs. CommonJS because Node 20 caches no ES module's code. Dependencies are
    // bundled and the code minified: one file to read, and less to deserialise.
    entry: { 'cli-bundle': 'src/cli/bundle.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    splitting: false,
    // esbuild's own tree shaking: tsup's (rollup) would hoist the require of fastify, which only `serve`
    // loads, to the top of the bundle, and every start would compile it.
    treeshake: false,
    // Except fastify, a run-time dependency that only `serve` loads: its router compiles route matchers
    // with new Function at start-up (from our route table, never from a request; test/service/security.test.ts),
    // which dist/ itself must not contain (test/robustness/security.test.ts). exceljs likewise (only
    // `init --format xlsx` and `convert` load it, to write a workbook): its setImmediate and globalThis
    // fallbacks hold new Function.
    noExternal: [/^(?!(fastify|exceljs)$)/],
    // (tsup leaves out dependencies only; exceljs is an optional one, so it is named here.)
    external: ['exceljs'],
    minify: true,
    // import.meta.url (where the worker's script is) from the bundle's own file name.
    shims: true,
    define,
    // yaml's Node entry reads process.env for a debug switch at every token (a fifth of a warm parse) and
    // is CommonJS; its browser entry is the same code as ES modules without that, and runs on Node as is.
    // A dynamic import() left in the bundle would need a module loader that vm.Script does not have: those
    // of Node's modules and of exceljs become require calls.
    esbuildOptions(options) {
      options.alias = { ...options.alias, yaml: './node_modules/yaml/browser/index.js' };
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
    // What a batch of valid JSON documents does not need (the explaining validators, 1.4 MB of generated
    // code; the YAML, slow JSON and spreadsheet parsers) is evaluated when a document first needs it, and
    // stays out of the code cache.
    esbuildPlugins: [onDemand],
    onSuccess: 'tsx scripts/make-code-cache.ts',
  },
  {
    // The two scripts that load the bundle: the executable and the worker thread's script (src/cli/launch/cli.ts
    // says why CommonJS).
    entry: { cli: 'src/cli/launch/cli.ts', worker: 'src/cli/launch/worker.ts' },
    format: ['cjs'],
    shims: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    minify: true,
  },
  {
    // The browser build (`secretome-checklist/browser`): one self-contained ES module, dependencies
    // bundled, no Node built-ins, nothing evaluated from strings (test/browser/bundle.test.ts). Minified
    // like the library, so the package does not carry 1.7 MB of whitespace.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    dts: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    splitting: false,
    treeshake: true,
    minify: true,
    banner: { js: zodJitless },
    define,
  },
  {
    // The static checker page (web/): its module, minified, plus the HTML, CSS and icon from web/public.
    // Example study reports are embedded as text, so "Load example" works offline. It is built here but
    // not published with the package ("files" leaves dist/web out): a library user does not need it.
    // Split: the form view is a chunk of its own, imported when the form is first shown; the code both
    // use goes into a shared chunk beside checker.js (relative imports within dist/web only).
    // Spreadsheets (web/src/spreadsheet*.ts) are imported on demand by URL (which the bundler leaves as it
    // is): built below as modules of their own, so the page's first load stays as it was.
    entry: { checker: 'web/src/main.ts' },
    outDir: 'dist/web',
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    splitting: true,
    treeshake: true,
    minify: true,
    loader: { '.yaml': 'text' },
    publicDir: 'web/public',
    banner: { js: zodJitless },
    define,
  },
  {
    // The page's spreadsheet modules, loaded on demand: the reader (opening .xlsx, .csv, .tsv) and the
    // template download. The template is the workbook `init --format xlsx` writes, made here at build time
    // and embedded as bytes: the page carries no workbook writer (exceljs holds new Function, which the
    // page's CSP refuses and dist/ must not contain). Each module is self-contained.
    entry: { spreadsheet: 'web/src/spreadsheet.ts', 'spreadsheet-template': 'web/src/spreadsheet-template.ts' },
    outDir: 'dist/web',
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    splitting: false,
    treeshake: true,
    minify: true,
    banner: { js: zodJitless },
    define,
    esbuildPlugins: [
      {
        name: 'template-workbook',
        setup(build) {
          build.onResolve({ filter: /^virtual:template-workbook$/ }, (args) => ({ path: args.path, namespace: 'template-workbook' }));
          build.onLoad({ filter: /.*/, namespace: 'template-workbook' }, async () => {
            const { templateWorkbook } = await import('./src/tabular/xlsx/template.js');
            return { contents: `export default ${JSON.stringify(Buffer.from(await templateWorkbook()).toString('base64'))};`, loader: 'js' };
          });
        },
      },
    ],
  },
]);
