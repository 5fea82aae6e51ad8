import { Document, isMap, isScalar, LineCounter, parseAllDocuments, Scalar, visit, YAMLMap, type Node } from 'yaml';
import type { Problem, Range } from '../problem';
import { PositionMapper } from '../text/positions';

/** The most aliases a file may expand; lessons need none, this only stops alias bombs. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  text: string;
  lineCounter: LineCounter;
  positions: PositionMapper;
  /** The first document; later documents are reported, not read. */
  document?: Document.Parsed;
  /** The root mapping, when the root is one. */
  root?: YAMLMap;
  /** The plain value of the first document, when it could be built safely. */
  value: unknown;
  /** Problems found reading the YAML itself, before any schema check. */
  problems: Problem[];
}

/**
 * Parses YAML with the core schema only (no custom tags, nothing executed) and turns
 * the parser's own errors into problems at the parser's own positions.
 */
export function parseYamlFile(text: string, subject: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const positions = new PositionMapper(lineCounter, text.length);
  const problems: Problem[] = [];
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true }) as Document.Parsed[];
  } catch (error) {
    // The parser recurses on nesting; very deep input can exhaust the stack.
    problems.push(tooDeep(error));
    return { text, lineCounter, positions, value: undefined, problems };
  }

  documents.forEach((document, index) => {
    for (const error of document.errors) {
      if (/call stack/i.test(error.message)) {
        if (!problems.some((problem) => problem.code === 'too-deeply-nested')) problems.push({ ...tooDeep(error), range: positions.range(error.pos[0], error.pos[1]) });
        continue;
      }
      const duplicateKey = error.code === 'DUPLICATE_KEY' ? keyStartingAt(document, error.pos[0]) : undefined;
      if (duplicateKey) {
        problems.push({
          code: 'duplicate-key',
          severity: 'error',
          message: `'${String(duplicateKey.value)}' appears more than once in this mapping; keep one.`,
          range: nodeRange(positions, duplicateKey) ?? positions.range(error.pos[0], error.pos[1]),
        });
        continue;
      }
      problems.push({
        code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
        severity: 'error',
        message: error.code === 'DUPLICATE_KEY' ? 'A key appears more than once in this mapping; keep one.' : syntaxMessage(error.message),
        range: positions.range(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
      });
    }
    for (const warning of document.warnings) {
      problems.push({ code: 'yaml-warning', severity: 'warning', message: syntaxMessage(warning.message), range: positions.range(warning.pos[0], warning.pos[1]) });
    }
    if (index === 1) {
      const start = document.range?.[0] ?? 0;
      problems.push({
        code: 'multiple-documents',
        severity: 'error',
        message: `A ${subject} file holds one document; this file has ${documents.length}. Move each extra document to its own file.`,
        range: lineRange(positions, start),
      });
    }
  });

  capSyntaxProblems(problems);
  const document = documents[0];
  if (!document) return { text, lineCounter, positions, value: undefined, problems };

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) {
      problems.push(tooDeep(error));
    } else {
      problems.push({
        code: 'alias-limit',
        severity: 'error',
        message: `This file expands YAML aliases more than ${MAX_ALIAS_COUNT} times, so it was not read. Write the values out instead of using aliases.`,
        range: nodeRange(positions, document.contents) ?? lineRange(positions, 0),
      });
    }
    return { text, lineCounter, positions, document, value: undefined, problems };
  }

  const root = isMap(document.contents) ? document.contents : undefined;
  return { text, lineCounter, positions, document, root, value, problems };
}

/** Most syntax problems reported per file: past that, more markers only hide the first, real one. */
export const MAX_SYNTAX_PROBLEMS = 20;

function capSyntaxProblems(problems: Problem[]): void {
  if (problems.length <= MAX_SYNTAX_PROBLEMS) return;
  const hidden = problems.length - MAX_SYNTAX_PROBLEMS;
  const last = problems[MAX_SYNTAX_PROBLEMS - 1];
  problems.length = MAX_SYNTAX_PROBLEMS;
  problems.push({ code: 'yaml-syntax', severity: 'error', message: `${hidden} more YAML problems in this file are not shown; fix the first ones above.`, range: last.range });
}

export function nodeRange(positions: PositionMapper, node: Node | null | undefined): Range | undefined {
  if (!node?.range) return undefined;
  return positions.range(node.range[0], node.range[1]);
}

/** The whole of the line that holds an offset, without its line break. */
export function lineRange(positions: PositionMapper, offset: number): Range {
  const start = positions.position(offset);
  const lineStart = positions.lineStart(start.line);
  const nextLineStart = positions.lineStart(start.line + 1);
  const end = nextLineStart > lineStart ? positions.position(nextLineStart - 1) : positions.position(lineStart);
  return { start: positions.position(lineStart), end: end.line === start.line ? end : start };
}

function syntaxMessage(message: string): string {
  // The parser's messages sometimes end with a code excerpt after a blank line.
  const first = message.split(/\n\s*\n/)[0].trim();
  return `YAML syntax: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/** The scalar key the parser reported a duplicate at, found by its node position. */
function keyStartingAt(document: Document.Parsed, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function tooDeep(error: unknown): Problem {
  const detail = error instanceof Error ? error.name : 'error';
  return {
    code: 'too-deeply-nested',
    severity: 'error',
    message: `This file is nested too deeply to read (${detail}). A lesson needs at most two levels of nesting.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}
