declare const __LEARN_ONCE_VERSION__: string | undefined;

/** The package version, set by the bundler (esbuild.mjs); run from source it says it is a development build. */
export const VERSION = typeof __LEARN_ONCE_VERSION__ === 'string' ? __LEARN_ONCE_VERSION__ : '0.0.0-dev';
