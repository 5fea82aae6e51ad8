import { type Node, type Pair, type Scalar } from 'yaml';
import { isScalar } from '../yaml/nodeKinds';
import type { WorkspaceConfig } from '../config/workspaceConfig';
import { isStage, needsSummary, nextStage } from '../lesson/lessonModel';
import { type Stage } from '../../../../shared/stages';
import type { Position, Range } from '../problem';
import { findCurator, hasValidReview, needsReview } from '../review/curatorReview';
import { reviewEdits, type Review } from '../review/reviewEdits';
import { describeField, LESSON_SCHEMA } from '../schema/schemas';
import { isNode, keyNode, locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';

/** A plain text edit in the lesson's own text (zero-based lines, UTF-16 characters). */
export interface PlainTextEdit {
  range: Range;
  newText: string;
}

export type AdvanceStageResult =
  | {
      kind: 'advanced';
      from: Stage;
      to: Stage;
      edits: PlainTextEdit[];
      /** Fields added because the new stage needs them, e.g. `summary`. */
      inserted: string[];
      /** Where the writer should type next (in the text after the edits), when something needs writing. */
      cursor?: Position;
      /** Something the writer must still do by hand, in plain English. */
      note?: string;
      /** The curator's review written with the move, when the new stage needed one. */
      review?: Review;
    }
  /** The new stage needs a curator's review the lesson does not have: ask which curator, then try again with it. */
  | { kind: 'reviewNeeded'; from: Stage; to: Stage; curators: string[]; reason: string }
  | { kind: 'refused'; reason: string };

export interface AdvanceStageOptions {
  /** The lesson's workspace config: its curators decide whether the move needs a review. */
  config?: WorkspaceConfig;
  /** The review to record when the move needs one (the reviewer is matched to a curator ignoring case). */
  review?: Review;
}

/** Spaces a block answer is indented by under its key. */
const BLOCK_INDENT = 2;

/**
 * Moves a lesson to the next lifecycle stage: the stage value is replaced and, when the
 * new stage needs a field the lesson lacks (a summary from `curated` on), the field is
 * added after the three answers with an empty block for the writer to fill. Every edit
 * is placed from the parser's node ranges, so comments, blank lines and key order stay.
 * In a workspace with curators, a move to `curated` or past it also needs a curator's
 * review: without a valid one in the lesson, the review given is written next to the
 * stage change, and with none given the answer is `reviewNeeded`.
 */
export function advanceStage(parsed: ParsedYaml, options: AdvanceStageOptions = {}): AdvanceStageResult {
  if (parsed.problems.some((problem) => problem.severity === 'error')) {
    return { kind: 'refused', reason: 'This lesson has YAML errors; fix them before moving it to the next stage.' };
  }
  const root = parsed.root;
  if (!root) return { kind: 'refused', reason: 'This file is not a lesson (a mapping of fields), so it has no stage to move.' };
  const stageNode = locate(root, ['stage'])?.node;
  if (!isScalar(stageNode) || !stageNode.range) {
    return { kind: 'refused', reason: "This lesson has no stage; add 'stage: captured' first." };
  }
  const from = stageNode.value;
  if (!isStage(from))
    return { kind: 'refused', reason: `'${String(from)}' is not a lifecycle stage; choose one of captured, collated, organised, curated, communicated first.` };
  const to = nextStage(from);
  if (!to) return { kind: 'refused', reason: `This lesson is already ${from}, the last stage.` };

  const { config } = options;
  if (!config || !needsReview(to, config) || hasValidReview({ reviewedBy: textOf(root, 'reviewed_by'), reviewedOn: textOf(root, 'reviewed_on') }, config)) {
    return moveStage(parsed, stageNode, from, to);
  }
  const curators = config.curators.join(', ');
  if (!options.review) {
    return {
      kind: 'reviewNeeded',
      from,
      to,
      curators: [...config.curators],
      reason: `Moving this lesson to ${to} needs a curator's review: which curator (${curators}) reviewed it?`,
    };
  }
  const curator = findCurator(config, options.review.reviewedBy);
  if (!curator) return { kind: 'refused', reason: `'${options.review.reviewedBy}' is not one of the curators in learn-once.yaml (${curators}).` };
  const moved = moveStage(parsed, stageNode, from, to);
  if (moved.kind !== 'advanced') return moved;
  const review = reviewEdits(parsed, { reviewedBy: curator, reviewedOn: options.review.reviewedOn });
  // The cursor's anchor in the text before the edits: where the summary goes, or the cursor itself.
  const anchor = moved.inserted.includes('summary') ? moved.edits[1]?.range.start : moved.cursor;
  if (moved.cursor && anchor) moved.cursor = { line: moved.cursor.line + linesAddedBefore(review, anchor), character: moved.cursor.character };
  moved.edits.push(...review);
  moved.review = { reviewedBy: curator, reviewedOn: options.review.reviewedOn };
  return moved;
}

/** Replaces the stage and adds what the new stage needs (a summary from `curated` on). */
function moveStage(parsed: ParsedYaml, stageNode: Scalar, from: Stage, to: Stage): AdvanceStageResult {
  const root = parsed.root;
  if (!root || !stageNode.range) return { kind: 'refused', reason: "This lesson has no stage; add 'stage: captured' first." };
  const { positions } = parsed;
  const edits: PlainTextEdit[] = [{ range: positions.range(stageNode.range[0], stageNode.range[1]), newText: to }];
  const result: AdvanceStageResult = { kind: 'advanced', from, to, edits, inserted: [] };
  if (!needsSummary(to)) return result;

  const summary = locate(root, ['summary']);
  if (summary?.pair) {
    const value = summary.node;
    if (isScalar(value) && typeof value.value === 'string' && value.value.trim()) return result;
    // The key is there but empty: point the writer at it rather than writing a second one.
    const at = value?.range ? value.range[0] : keyNode(summary.pair)?.range?.[1];
    if (at !== undefined) result.cursor = shiftedForStageEdit(positions.position(at), stageNode.range, positions, to);
    result.note = 'The summary is empty; write one paragraph for readers elsewhere.';
    return result;
  }
  if (root.flow) {
    result.note = 'Add a summary: this lesson is written on one line, so it was not added for you.';
    return result;
  }

  const after = locate(root, ['improvements'])?.pair ?? lastPair(root.items);
  const key = keyNode(after);
  if (!after || !key?.range) return result;
  const indent = positions.position(key.range[0]).character;
  const end = pastIndentedComments(parsed, pairEnd(after));
  const endPosition = positions.position(end);
  const question = describeField(LESSON_SCHEMA, ['summary']) ?? 'One paragraph for readers elsewhere.';
  const block = `${' '.repeat(indent)}summary: |  # ${question}\n${' '.repeat(indent + BLOCK_INDENT)}\n`;
  let insertAt: Position;
  let newText: string;
  if (endPosition.character === 0) {
    insertAt = endPosition;
    newText = block;
  } else {
    const nextLine = positions.lineStart(endPosition.line + 1);
    // No line after this one: the file ends without a line break.
    const atEndOfText = positions.position(nextLine).line === endPosition.line;
    insertAt = atEndOfText ? positions.position(parsed.text.length) : positions.position(nextLine);
    newText = atEndOfText ? `\n${block}` : block;
  }
  edits.push({ range: { start: insertAt, end: insertAt }, newText });
  result.inserted.push('summary');
  const summaryLine = insertAt.line + (newText.startsWith('\n') ? 1 : 0);
  result.cursor = { line: summaryLine + 1, character: indent + BLOCK_INDENT };
  return result;
}

/**
 * The offset past any indented comment lines and tab-indented blank lines (and blank lines
 * between them) that follow a pair. The parser leaves such lines out of the pair's range,
 * and a block inserted above them would read them as its own text, or break on the tab.
 */
function pastIndentedComments(parsed: ParsedYaml, offset: number): number {
  const { positions, text } = parsed;
  const at = positions.position(offset);
  let end = offset;
  for (let line = at.character === 0 ? at.line : at.line + 1; ; line++) {
    const start = positions.lineStart(line);
    if (positions.position(start).line !== line || start >= text.length) return end;
    const next = positions.lineStart(line + 1);
    const content = text.slice(start, positions.position(next).line === line + 1 ? next : text.length).replace(/(\r\n|\r|\n)$/, '');
    if (/^[ \t]+#/.test(content) || /^ *\t/.test(content)) end = start + content.length;
    else if (content.trim() !== '') return end;
  }
}

/** The offset just past a pair's value (or its key when the value is empty), comments on its line included. */
function pairEnd(pair: Pair<unknown, unknown>): number {
  const key = keyNode(pair);
  const value = isNode(pair.value) ? (pair.value as Node) : undefined;
  return Math.max(key?.range?.[2] ?? 0, value?.range?.[2] ?? 0);
}

function lastPair(items: Pair<unknown, unknown>[]): Pair<unknown, unknown> | undefined {
  return items.length > 0 ? items[items.length - 1] : undefined;
}

/** A position after the stage edit: only characters on the stage's own line move. */
function shiftedForStageEdit(position: Position, stageRange: [number, number, number], positions: ParsedYaml['positions'], to: Stage): Position {
  const stageEnd = positions.position(stageRange[1]);
  if (position.line !== stageEnd.line || position.character < stageEnd.character) return position;
  return { line: position.line, character: position.character + to.length - (stageRange[1] - stageRange[0]) };
}

function textOf(root: NonNullable<ParsedYaml['root']>, key: string): string | undefined {
  const node = locate(root, [key])?.node;
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Lines the edits add before a position (of the text before them); edits at or after it move nothing above it. */
function linesAddedBefore(edits: readonly PlainTextEdit[], position: Position): number {
  const before = (at: Position): boolean => at.line < position.line || (at.line === position.line && at.character < position.character);
  return edits
    .filter((edit) => before(edit.range.end))
    .reduce((sum, edit) => sum + (edit.newText.split('\n').length - 1) - (edit.range.end.line - edit.range.start.line), 0);
}
