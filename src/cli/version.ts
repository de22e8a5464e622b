/** The package version, inlined at build time by tsup (`define`), read from package.json when run from source. */
declare const __PACKAGE_VERSION__: string | undefined;

export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';
