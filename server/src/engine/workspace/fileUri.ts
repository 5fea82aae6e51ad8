import { URI } from 'vscode-uri';

/**
 * An absolute POSIX path of characters a file URI writes as they are (letters, digits, and
 * `/ . _ ~ -`), not starting with `//` (which a file URI reads as a server's name).
 */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9/._~-]*$/;

/**
 * The `file:` URI of a path, as `URI.file(path).toString()` writes it. A scan asks it of
 * every lesson, and nearly every lesson's path needs nothing encoded: for those it is the
 * path after `file://`, without building a URI object. Any other path goes to vscode-uri.
 */
export function fileUri(filePath: string): string {
  return PLAIN_PATH.test(filePath) ? `file://${filePath}` : URI.file(filePath).toString();
}
