/**
 * `node:crypto` in the web build. The server hashes only to fingerprint what it saves between
 * runs (the persisted index, file stamps, the thesaurus of a saved similarity index); the web
 * build saves nothing, so a digest here only has to be stable within one run. This is two
 * 32-bit FNV-1a hashes, not a cryptographic hash, whatever algorithm is named.
 */
class FingerprintHash {
  private first = 0x811c9dc5;
  private second = 0x01000193 ^ 0x5bd1e995;

  update(data: string | Uint8Array): this {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    for (const byte of bytes) {
      this.first = Math.imul(this.first ^ byte, 0x01000193) >>> 0;
      this.second = Math.imul(this.second ^ byte, 0x01000193 + 0x1000) >>> 0;
    }
    return this;
  }

  digest(encoding?: string): string {
    const hex = this.first.toString(16).padStart(8, '0') + this.second.toString(16).padStart(8, '0');
    if (encoding === 'hex') return hex.repeat(2);
    // base64url and every other text encoding: the same hex, which is valid in each.
    return hex;
  }
}

export function createHash(_algorithm: string): FingerprintHash {
  return new FingerprintHash();
}

export function randomBytes(size: number): { toString(encoding: string): string } {
  const bytes = crypto.getRandomValues(new Uint8Array(size));
  return { toString: () => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('') };
}

/** Node's one-shot `hash` (Node 20.12 and later) has no stand-in here: callers fall back to createHash. */
export const hash: undefined = undefined;
