import * as crypto from 'node:crypto';

/** Node's one-shot hash (Node 20.12 and later): the same digest without a Hash object per file. */
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array | string, encoding: 'base64url') => string }).hash;

/**
 * A fingerprint of a file's bytes, to tell whether a cached analysis still matches the
 * file. SHA-1 is fast and, for telling two versions of a file apart, more than enough.
 */
export function contentHash(content: Uint8Array | string): string {
  return oneShot ? oneShot('sha1', content, 'base64url') : crypto.createHash('sha1').update(content).digest('base64url');
}
