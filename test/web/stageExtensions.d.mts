// Types of stageExtensions.mjs, for the TypeScript that imports it (bench/web/).
export declare const REPO_ROOT: string;
export declare const SUITE_EXTENSION_ID: string;

export declare function stageLearnOnceForTheWeb(scratch: string, options?: { webBundles?: string }): string;

export declare function installSuiteExtension(extensionsDir: string): Promise<string>;

export interface WebOnlyExtension {
  publisher: string;
  name: string;
  /** The TypeScript module whose `activate` VS Code calls. */
  entry: string;
  activationEvents: string[];
}

export declare function installWebOnlyExtension(extensionsDir: string, extension: WebOnlyExtension): Promise<string>;
