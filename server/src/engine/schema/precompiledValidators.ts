import type { ValidateFunction } from 'ajv';

/**
 * The schema validators generated at build time (see `precompileValidators.ts` and
 * esbuild.mjs), which replaces this module in every bundle. Run from source, as the unit
 * tests do, it is empty and the validators are compiled at run time instead.
 */
export const PRECOMPILED: { lesson?: ValidateFunction; config?: ValidateFunction; theme?: ValidateFunction } = {};
