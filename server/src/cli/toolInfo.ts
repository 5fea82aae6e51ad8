declare const __LEARN_ONCE_VERSION__: string | undefined;

/** The package version, set by the bundler; a development build says so. */
export const VERSION = typeof __LEARN_ONCE_VERSION__ === 'string' ? __LEARN_ONCE_VERSION__ : '0.0.0-dev';

export const TOOL_NAME = 'learn-once';

/** The project's home, named in SARIF output so code-scanning tools can link to it. */
export const INFORMATION_URI = 'https://example.org/learn-once/learn-once';

/** Where each problem code is explained: docs/cli.md, one anchor per code. */
export function problemHelpUri(code: string): string {
  return `${INFORMATION_URI}/blob/main/docs/cli.md#${code}`;
}
