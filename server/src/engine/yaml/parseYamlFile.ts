import { isMap, isPair, isScalar, isSeq } from './nodeKinds';
import { type Document, Lexer, LineCounter, type Scalar, type YAMLMap, type Node } from 'yaml';
import type { Problem, Range } from '../problem';
import { binaryContentProblem } from '../text/binaryContent';
import { PositionMapper } from '../text/positions';
import { composeOptions, MAX_DOCUMENTS_READ, readDocuments } from './composeDocuments';
import { readSimpleDocument } from './simple/readSimpleDocument';

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
  // Editors end a line at a lone \r too; the parser does not. Same length, so offsets still match the text.
  // Most files hold no \r at all, and a search for one character is far cheaper than the pattern.
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const lineCounter = countLines(source);
  const positions = new PositionMapper(lineCounter, text.length, text);
  const problems: Problem[] = [];
  // Read on, the parser would report every NUL and the lines around it; one problem says what is wrong.
  const binary = binaryContentProblem(source, (offset) => positions.range(offset, offset + 1), subject);
  if (binary) return { text, lineCounter, positions, value: undefined, problems: [binary] };
  // Most lessons have one plain shape, read here into the very nodes the composer would make.
  const simple = readSimpleDocument(source, lineCounter.lineStarts, composeOptions());
  if (simple) return { text, lineCounter, positions, document: simple.document, root: simple.document.contents as YAMLMap, value: simple.value, problems };
  if (nestingUpperBound(source) > MAX_NESTING && nestingDepth(source) > MAX_NESTING) {
    problems.push({
      ...tooDeep(undefined),
      message: `This file is nested more than ${MAX_NESTING} levels deep, so it was not read. A lesson needs at most two levels of nesting.`,
    });
    return { text, lineCounter, positions, value: undefined, problems };
  }
  let documents: Document.Parsed[];
  let moreDocuments: boolean;
  try {
    ({ documents, moreDocuments } = readDocuments(source));
  } catch (error) {
    // The parser recurses on nesting; very deep input can exhaust the stack.
    problems.push(tooDeep(error));
    return { text, lineCounter, positions, value: undefined, problems };
  }

  documents.forEach((document, index) => {
    for (const error of document.errors) {
      if (/call stack/i.test(error.message)) {
        if (!problems.some((problem) => problem.code === 'too-deeply-nested'))
          problems.push({ ...tooDeep(error), range: positions.range(error.pos[0], error.pos[1]) });
        continue;
      }
      problems.push({
        code: 'yaml-syntax',
        severity: 'error',
        message: syntaxMessage(error.message),
        range: positions.range(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
      });
    }
    for (const duplicateKey of duplicateKeys(document)) {
      problems.push({
        code: 'duplicate-key',
        severity: 'error',
        message: `'${String(duplicateKey.value)}' appears more than once in this mapping; keep one.`,
        range: nodeRange(positions, duplicateKey) ?? lineRange(positions, 0),
      });
    }
    for (const warning of document.warnings) {
      const message = warning.code === 'TAG_RESOLVE_FAILED' ? unsupportedTagMessage(warning.message) : syntaxMessage(warning.message);
      problems.push({ code: 'yaml-warning', severity: 'warning', message, range: positions.range(warning.pos[0], warning.pos[1]) });
    }
    if (index === 1) {
      const start = document.range?.[0] ?? 0;
      problems.push({
        code: 'multiple-documents',
        severity: 'error',
        message: `A ${subject} file holds one document; this file has ${moreDocuments ? `more than ${MAX_DOCUMENTS_READ}` : documents.length}. Move each extra document to its own file.`,
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

/**
 * The parser's own LineCounter, filled with every line start. Filled by the parser it
 * misses the line breaks inside a token it rejects, which put later positions on the wrong line.
 */
function countLines(source: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  return lineCounter;
}

/** Most syntax problems reported per file: past that, more markers only hide the first, real one. */
export const MAX_SYNTAX_PROBLEMS = 20;

function capSyntaxProblems(problems: Problem[]): void {
  const last = problems[MAX_SYNTAX_PROBLEMS - 1];
  if (problems.length <= MAX_SYNTAX_PROBLEMS || last === undefined) return;
  const hidden = problems.length - MAX_SYNTAX_PROBLEMS;
  problems.length = MAX_SYNTAX_PROBLEMS;
  problems.push({
    code: 'yaml-syntax',
    severity: 'error',
    message: `${hidden} more YAML problems in this file are not shown; fix the first ones above.`,
    range: last.range,
  });
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
  const first = (message.split(/\n\s*\n/)[0] ?? '').trim();
  return `YAML syntax: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/** Only the core schema is read: a custom or language tag is never run, and the writer should know that. */
function unsupportedTagMessage(message: string): string {
  const tag = /tag: (.*)$/i.exec(message.split('\n')[0] ?? '')?.[1]?.trim() ?? 'this tag';
  const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
  return `The tag ${shown} is not supported: Learn Once reads plain YAML and never runs tags, so the value is read as it is written. Remove the tag.`;
}

/** Deepest nesting read. Lessons need three levels; the parser recurses per level, and thousands of levels cost seconds. */
export const MAX_NESTING = 100;

/**
 * A cheap bound on how deep a text can nest, from its characters alone: every open bracket,
 * plus the most dashes and question marks on one line. Almost every lesson is far below the
 * limit by this count, so the lexer's exact count is only needed for the rare file that is not.
 */
function nestingUpperBound(source: string): number {
  // Usually the whole text holds fewer of these characters than the limit: counted natively, no loop needed.
  const loose = count(source, '[') + count(source, '{') + count(source, '-') + count(source, '?');
  if (loose <= MAX_NESTING) return loose;
  let brackets = 0;
  let onLine = 0;
  let mostOnLine = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x5b /* [ */ || code === 0x7b /* { */) brackets++;
    else if (code === 0x2d /* - */ || code === 0x3f /* ? */) onLine++;
    else if (code === 0x0a) {
      if (onLine > mostOnLine) mostOnLine = onLine;
      onLine = 0;
    }
  }
  return brackets + Math.max(mostOnLine, onLine);
}

function count(source: string, character: string): number {
  let found = 0;
  for (let at = source.indexOf(character); at !== -1; at = source.indexOf(character, at + 1)) found++;
  return found;
}

/**
 * How deep a text nests, from the lexer's tokens alone (no recursion): open flow brackets
 * plus the block indicators (`- - - x`) on one line. Stops counting once past the limit.
 */
function nestingDepth(source: string): number {
  let flow = 0;
  let onLine = 0;
  let deepest = 0;
  for (const token of new Lexer().lex(source)) {
    if (token === '{' || token === '[') flow++;
    else if (token === '}' || token === ']') flow = Math.max(0, flow - 1);
    else if (token === '-' || token === '?') onLine++;
    else if (token.startsWith('\n') || token.startsWith('\r')) onLine = 0;
    deepest = Math.max(deepest, flow + onLine);
    if (deepest > MAX_NESTING) break;
  }
  return deepest;
}

/**
 * Keys written twice in one mapping, each set of keys checked with a Set. Walks only the
 * collections (a lesson is mostly long scalars), depth first in document order.
 */
function duplicateKeys(document: Document.Parsed): Scalar[] {
  const duplicates: Scalar[] = [];
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      // This mapping's own keys first, then what they hold: the order problems are listed in.
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(key)) duplicates.push(pair.key);
        else seen.add(key);
      }
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(document.contents);
  return duplicates;
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

export { MAX_DOCUMENTS_READ };
