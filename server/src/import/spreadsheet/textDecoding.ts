/**
 * The text of a CSV file, whatever Excel saved it as: "CSV UTF-8" (with a byte order mark),
 * "Unicode Text" (UTF-16), or plain "CSV", which on Windows in England is Windows-1252, where
 * a £, an en dash or curly quotes are not UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // Keeps a UTF-8 byte order mark: csv-parse removes it (its `bom` option).
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 is Latin-1 but for 0x80–0x9F, where it has €, curly quotes, dashes and a few
 * letters. Decoded by hand: Node's TextDecoder reads 'windows-1252' as plain Latin-1.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
