import type { ErrorObject } from 'ajv';
import { type Node } from 'yaml';
import { isCollection, isMap, isScalar } from '../yaml/nodeKinds';
import { isObject } from '../../../../shared/isObject';
import type { FixData, Problem, Range } from '../problem';
import { nearest } from '../text/suggest';
import { nodeRange, type ParsedYaml } from '../yaml/parseYamlFile';
import { keyNode, locate } from '../yaml/locate';
import { schemaAt, type SchemaNode } from './schemas';

type Path = (string | number)[];

/**
 * Turns ajv's errors into plain-English problems on the exact node: a wrong value
 * underlines the value, an unknown key the key, a missing field the mapping's first key.
 */
export function schemaProblems(errors: readonly ErrorObject[], parsed: ParsedYaml, schema: SchemaNode, rootName = 'A lesson'): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [index, error] of errors.entries()) {
    const last = problems.at(-1);
    if (last !== undefined && problems.length === MAX_SCHEMA_PROBLEMS) {
      problems.push({
        ...last,
        message: `${errors.length - index} more schema problems in this file are not shown; fix the ones above first.`,
        data: undefined,
        related: undefined,
      });
      break;
    }
    const path = toPath(error.instancePath, parsed.value);
    const problem = describe(error, path, parsed, schema, rootName);
    if (!problem) continue;
    const key = `${problem.code}|${problem.range.start.line}:${problem.range.start.character}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/**
 * Most schema problems reported per file. Each one is placed by walking its mapping, so
 * thousands of wrong keys would cost thousands of walks and bury the first ones anyway.
 */
export const MAX_SCHEMA_PROBLEMS = 50;

function describe(error: ErrorObject, path: Path, parsed: ParsedYaml, schema: SchemaNode, rootName: string): Problem | undefined {
  const located = locate(parsed.document?.contents, path);
  const label = fieldLabel(path);
  const valueRange = rangeOf(parsed, located?.node) ?? rangeOf(parsed, keyNode(located?.pair)) ?? headRange(parsed);
  const keyRange = rangeOf(parsed, keyNode(located?.pair)) ?? valueRange;
  const fieldSchema = schemaAt(schema, path);
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      const description = schemaAt(schema, [...path, field])?.description;
      return {
        code: 'missing-field',
        severity: 'error',
        // In a list item (an adoption of several) the item is named as a person counts it, not by its index.
        message: `Missing required field '${path.some((segment) => typeof segment === 'number') ? `${field}' in ${label}` : `${[...path, field].join('.')}'`}${description ? `: ${description}` : ''}`,
        range: firstKeyRange(parsed, located?.node) ?? keyRange,
        data: {
          kind: 'insertField',
          field: [...path, field].join('.'),
          placeholder: placeholderFor(schemaAt(schema, [...path, field])),
          title: `Add '${field}'`,
        },
      };
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const pairLocation = locate(parsed.document?.contents, [...path, field]);
      const allowed = Object.keys(fieldSchema?.properties ?? {});
      // A key the mapping already has is no suggestion: renaming to it would make a duplicate.
      const present = new Set(isMap(located?.node) ? located.node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')) : []);
      const suggestion = nearest(
        field,
        allowed.filter((name) => !present.has(name)),
      );
      const range = rangeOf(parsed, keyNode(pairLocation?.pair)) ?? valueRange;
      // The key as written: `.nan` or `1.0` read as numbers would otherwise show as NaN or 1.
      const key = pairLocation?.pair?.key;
      const written = isScalar(key) && typeof key.source === 'string' && typeof key.value !== 'string' ? key.source : field;
      return {
        code: 'unknown-field',
        severity: 'error',
        message: suggestion
          ? `Unknown field '${written}' — did you mean '${suggestion}'?`
          : `Unknown field '${written}'. ${path.length ? `'${label}' takes` : `${rootName} takes`}: ${allowed.join(', ')}.`,
        range,
        data: suggestion ? { kind: 'replace', range, newText: suggestion, title: `Rename to '${suggestion}'` } : undefined,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = located?.node && isScalar(located.node) ? String(located.node.value) : '';
      const suggestion = nearest(value, allowed);
      return {
        code: 'invalid-value',
        severity: 'error',
        message: `${label} must be one of ${allowed.join(', ')}${suggestion ? ` — did you mean '${suggestion}'?` : ''}`,
        range: valueRange,
        data: suggestion ? replace(valueRange, suggestion) : undefined,
      };
    }
    case 'type': {
      const node = located?.node;
      const isEmpty = !node || (isScalar(node) && (node.value === null || node.value === undefined));
      if (isEmpty) {
        return {
          code: 'empty-value',
          severity: 'error',
          message: `${label} is empty${fieldSchema?.description ? `: ${fieldSchema.description}` : ''}`,
          range: keyRange,
          data: { kind: 'none' },
        };
      }
      return {
        code: 'wrong-type',
        severity: 'error',
        // A field that takes one block or a list of them (`adoption`) names both.
        message: `${label} must be ${String(params.type).split(',').map(typeName).join(' or ')}, not ${describeNode(node)}`,
        range: isCollection(node) ? keyRange : valueRange,
      };
    }
    case 'pattern':
      return {
        code: 'invalid-format',
        severity: 'error',
        message: fieldSchema?.patternMessage ?? `${label} is not in the expected format`,
        range: valueRange,
      };
    case 'minLength':
      return { code: 'empty-value', severity: 'error', message: `${label} must not be empty`, range: keyRange };
    case 'uniqueItems': {
      const duplicateIndex = Number(params.j);
      const later = Number(params.i);
      const first = Math.min(duplicateIndex, later);
      const second = Math.max(duplicateIndex, later);
      const item = locate(parsed.document?.contents, [...path, second]);
      const value = item?.node && isScalar(item.node) ? String(item.node.value) : `item ${second + 1}`;
      return {
        code: 'duplicate-item',
        severity: 'warning',
        message: `'${value}' is listed twice in ${label} (items ${first + 1} and ${second + 1}); keep one.`,
        range: rangeOf(parsed, item?.node) ?? valueRange,
      };
    }
    case 'minimum':
    case 'maximum':
      return {
        code: 'invalid-value',
        severity: 'error',
        message: `${label} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`,
        range: valueRange,
      };
    case 'minItems':
      return {
        code: 'invalid-value',
        severity: 'error',
        message: `${label} needs at least ${Number(params.limit) === 1 ? 'one entry' : `${String(params.limit)} entries`}`,
        range: valueRange,
      };
    default:
      return { code: 'invalid-value', severity: 'error', message: `${label} is not valid here`, range: valueRange };
  }
}

function replace(range: Range, newText: string): FixData {
  return { kind: 'replace', range, newText, title: `Change to '${newText}'` };
}

/** "adoption.action", "related item 2", "adoption item 2's status" — how a person names a place in the lesson. */
export function fieldLabel(path: Path): string {
  if (path.length === 0) return 'The lesson';
  return path.reduce<string>((label, segment, index) => {
    if (typeof segment === 'number') return `${label} item ${segment + 1}`;
    if (!label) return segment;
    return typeof path[index - 1] === 'number' ? `${label}'s ${segment}` : `${label}.${segment}`;
  }, '');
}

function toPath(instancePath: string, value: unknown): Path {
  if (!instancePath) return [];
  const path: Path = [];
  let current: unknown = value;
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = isObject(current) ? current[segment] : undefined;
    }
  }
  return path;
}

function rangeOf(parsed: ParsedYaml, node: Node | undefined): Range | undefined {
  const range = nodeRange(parsed.positions, node);
  if (!range) return undefined;
  // A `key:` with no value gives a zero-width node; the key is the better place then.
  if (range.start.line === range.end.line && range.start.character === range.end.character) return undefined;
  return range;
}

function firstKeyRange(parsed: ParsedYaml, node: Node | undefined): Range | undefined {
  if (!isMap(node) || node.items.length === 0) return undefined;
  return rangeOf(parsed, keyNode(node.items[0]));
}

function headRange(parsed: ParsedYaml): Range {
  return firstKeyRange(parsed, parsed.document?.contents ?? undefined) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function typeName(type: string): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of fields';
    case 'number':
    case 'integer':
      return 'a number';
    default:
      return type;
  }
}

function describeNode(node: Node): string {
  if (isMap(node)) return 'a mapping';
  if (isCollection(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : `'${node.source ?? String(value)}', which is not a usable number`;
    if (typeof value === 'boolean') return `the value ${value}`;
    return 'text';
  }
  return 'this';
}

/** Placeholder text inserted for a missing field: the question or first example. */
export function placeholderFor(field: SchemaNode | undefined): string {
  if (!field) return '';
  if (field.type === 'array') return '[]';
  const example = field.examples?.[0];
  if (typeof example === 'string') return example;
  return field.description ?? '';
}
