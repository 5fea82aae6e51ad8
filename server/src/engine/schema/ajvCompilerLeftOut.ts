/**
 * Stands in for `ajv` (its schema compiler) in every bundle (scripts/buildPlugins.mjs). The
 * bundles carry every validator compiled at build time, so compiledValidators.ts reaches for
 * the compiler only when run from source; leaving it out makes each bundle about 100 KB
 * smaller (the package and vscode.dev's download of the web build).
 */
export default class AjvCompilerLeftOut {
  constructor() {
    throw new Error('The bundles carry precompiled schema validators only');
  }
}
