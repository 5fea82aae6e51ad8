import { randomUUID } from 'node:crypto';
import { getHeapSnapshot } from 'node:v8';
import { DEFAULT_CONFIG } from '../../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson, type LessonAnalysis } from '../../../../../server/src/engine/lesson/analyzeLesson';

/**
 * Run in a process of its own (a heap snapshot of the test runner would take seconds): analyses
 * the lesson given on standard input behind a comment unique to this run, keeps what the index
 * keeps of it (the facts and problems) or, with --keep-parse, the whole analysis, and prints
 * whether the file's text is still in the heap once the rest is collected.
 */
const OPTIONS = { config: DEFAULT_CONFIG, today: '2026-01-01' };

/**
 * Whether the heap (after the collection a snapshot starts with) holds a string with the
 * needle's bytes in it. The needle is bytes, not a string, so it is not found in itself.
 */
async function heapHolds(needle: Buffer): Promise<boolean> {
  let tail = Buffer.alloc(0);
  for await (const chunk of getHeapSnapshot() as AsyncIterable<Buffer>) {
    const bytes = Buffer.concat([tail, chunk]);
    if (bytes.includes(needle)) return true;
    tail = bytes.subarray(Math.max(0, bytes.length - needle.length));
  }
  return false;
}

/**
 * In a function of its own, so no variable of the caller's frame still holds the text or the
 * parse: what the index keeps of a lesson, or (keepParse) the whole analysis.
 */
function analyse(lesson: string, marker: string, keepParse: boolean): Pick<LessonAnalysis, 'facts' | 'problems'> {
  const analysis = analyzeLesson(`# ${marker} file\n${lesson}`, OPTIONS);
  return keepParse ? analysis : { facts: analysis.facts, problems: analysis.problems };
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  const marker = randomUUID();
  const kept = analyse(Buffer.concat(chunks).toString('utf8'), marker, process.argv.includes('--keep-parse'));
  // Another file read after it, so nothing that remembers the last file read counts.
  analyzeLesson('id: XX-0001\n', OPTIONS);
  // The snapshot is JSON: the line break after the comment is written escaped.
  const held = await heapHolds(Buffer.from(`${marker} file\\n`));
  process.stdout.write(JSON.stringify({ held, title: kept.facts.title, reviewedBy: kept.facts.reviewedBy, topics: kept.facts.topics }));
}

void main();
