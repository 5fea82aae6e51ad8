import { createHash } from 'node:crypto';

/**
 * A fingerprint of a file's bytes, to tell whether a cached analysis still matches the
 * file. SHA-1 is fast and, for telling two versions of a file apart, more than enough.
 */
export function contentHash(content: Uint8Array | string): string {
  return createHash('sha1').update(content).digest('base64url');
}
