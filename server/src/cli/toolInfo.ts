declare const __LEARN_ONCE_HOME__: string | undefined;

export const TOOL_NAME = 'learn-once';

/**
 * The project's home page, from package.json's `homepage` at build time; empty when the package
 * names none (a copy kept inside an organisation), and then SARIF output links nowhere rather
 * than to a made-up address.
 */
export const PROJECT_HOME = typeof __LEARN_ONCE_HOME__ === 'string' ? __LEARN_ONCE_HOME__ : '';

/** Where a problem code is explained: docs/cli.md under the home page, one anchor per code; undefined without a home. */
export function problemHelpUri(code: string, home: string = PROJECT_HOME): string | undefined {
  return home ? `${home.replace(/\/+$/, '')}/blob/main/docs/cli.md#${code}` : undefined;
}
