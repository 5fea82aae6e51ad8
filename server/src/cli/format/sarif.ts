import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import type { Problem, Severity } from '../../engine/problem';
import type { CheckResult } from '../checkResult';
import { VERSION } from '../../engine/version';
import { PROJECT_HOME, problemHelpUri, TOOL_NAME } from '../toolInfo';
import { PROBLEM_CODE_DESCRIPTIONS, PROBLEM_CODES } from './problemCodes';

/** The base the result paths are relative to; GitHub code scanning resolves it to the checkout. */
export const SRCROOT = '%SRCROOT%';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: ArtifactLocation;
    region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  };
  message?: { text: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: (SarifLocation & { id: number })[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion: string;
        informationUri?: string;
        rules: { id: string; name: string; shortDescription: { text: string }; helpUri?: string }[];
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: 'utf16CodeUnits';
    invocations: { executionSuccessful: boolean }[];
    results: SarifResult[];
  }[];
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: one rule per problem code,
 * one result per problem, paths relative to the folder the check ran in (%SRCROOT%).
 */
export function toSarif(result: CheckResult, srcRoot: string): SarifLog {
  const ruleIndex = new Map(PROBLEM_CODES.map((code, index) => [code, index]));
  const results: SarifResult[] = [];
  for (const file of result.files) {
    for (const problem of file.problems) {
      const sarif: SarifResult = {
        ruleId: problem.code,
        ruleIndex: ruleIndex.get(problem.code) ?? -1,
        level: sarifLevel(problem.severity),
        message: { text: problem.message },
        locations: [location(artifactLocation(file.path, srcRoot), problem)],
      };
      if (problem.related && problem.related.length > 0) {
        sarif.relatedLocations = problem.related.map((related, index) => ({
          id: index,
          ...location(artifactLocation(URI.parse(related.uri).fsPath, srcRoot), related),
          message: { text: related.message },
        }));
      }
      results.push(sarif);
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            ...(PROJECT_HOME ? { informationUri: PROJECT_HOME } : {}),
            rules: PROBLEM_CODES.map((code) => ({
              id: code,
              name: ruleName(code),
              shortDescription: { text: PROBLEM_CODE_DESCRIPTIONS[code] },
              ...(PROJECT_HOME ? { helpUri: problemHelpUri(code) } : {}),
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(srcRoot) } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true }],
        results,
      },
    ],
  };
}

export function formatSarif(result: CheckResult, srcRoot: string): string {
  return `${JSON.stringify(toSarif(result, srcRoot), null, 2)}\n`;
}

function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** SARIF lines and columns count from 1 and the end column is one past the last character. */
function location(artifact: ArtifactLocation, problem: Pick<Problem, 'range'>): SarifLocation {
  const { start, end } = problem.range;
  return {
    physicalLocation: {
      artifactLocation: artifact,
      region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
    },
  };
}

/** Inside the source root: a relative URI against %SRCROOT%; outside it, an absolute file URI. */
function artifactLocation(file: string, srcRoot: string): ArtifactLocation {
  const relative = path.relative(srcRoot, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A rule's name in PascalCase, as SARIF viewers show it: 'duplicate-id' → 'DuplicateId'. */
function ruleName(code: string): string {
  return code.replace(/(^|-)(\w)/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}
