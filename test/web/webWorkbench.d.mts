// Types of webWorkbench.mjs, for the TypeScript that imports it (bench/web/).
import type { Browser, Page } from 'playwright-core';

export interface OpenWorkbenchOptions {
  folder: string;
  extensionsDir: string;
  /** The staged Learn Once folder, loaded as the development extension. */
  extension: string;
  settings?: Record<string, unknown>;
}

export interface OpenWorkbench {
  server: { port: number; origin: string; output(): string };
  browser: Browser;
  page: Page;
  pageErrors: string[];
  workerLog: string[];
  /** Date.now() just before the workbench page was asked for. */
  loadStartedAt: number;
  close(): Promise<void>;
}

export declare function prepareWorkbench(): void;

export declare function openWorkbench(options: OpenWorkbenchOptions): Promise<OpenWorkbench>;

export declare function waitForResults<T = unknown>(resultsFile: string, timeoutMs: number, showLine?: (line: string) => void): Promise<T | undefined>;
