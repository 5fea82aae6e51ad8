import type { CodeCacheState } from '../../../shared/protocol';

/**
 * The launcher and the server are separate bundles, each with its own copy of every module,
 * so the launcher leaves the code cache's state on a global the server's stats can read.
 */
const KEY = Symbol.for('learn-once.codeCacheState');

type StateHolder = { [KEY]?: CodeCacheState };

export function publishCodeCacheState(state: CodeCacheState): void {
  (globalThis as StateHolder)[KEY] = state;
}

/** undefined when the server was started without the launcher (as in tests that load it directly). */
export function codeCacheState(): CodeCacheState | undefined {
  return (globalThis as StateHolder)[KEY];
}
