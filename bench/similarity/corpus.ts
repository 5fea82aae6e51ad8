import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LessonText } from '../../server/src/engine/similarity/lessonText';

export interface CorpusLesson {
  id: string;
  file: string;
  text: LessonText;
}

export interface Labels {
  /** Paraphrases: the same lesson written by two localities. */
  pairs: [string, string][];
  /** Same topic, overlapping words, genuinely different lessons. */
  hardNegatives: [string, string][];
}

/** Every *.lesson.yaml / *.lesson.yml under dir; files that fail to parse or have no id are skipped. */
export function loadCorpus(dir: string): { lessons: CorpusLesson[]; skipped: string[] } {
  const lessons: CorpusLesson[] = [];
  const skipped: string[] = [];
  for (const file of lessonFiles(dir)) {
    try {
      const value: unknown = parse(readFileSync(file, 'utf8'));
      const lesson = toLesson(value, file);
      if (lesson) lessons.push(lesson);
      else skipped.push(file);
    } catch {
      skipped.push(file);
    }
  }
  return { lessons, skipped };
}

export function loadLabels(file: string): Labels {
  const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Labels>;
  const pairsOf = (list: unknown): [string, string][] =>
    Array.isArray(list) ? list.filter((p): p is [string, string] => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string')) : [];
  return { pairs: pairsOf(value.pairs), hardNegatives: pairsOf(value.hardNegatives) };
}

function lessonFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...lessonFiles(path));
    else if (/\.lesson\.ya?ml$/.test(name)) files.push(path);
  }
  return files;
}

function toLesson(value: unknown, file: string): CorpusLesson | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string') return undefined;
  const str = (x: unknown): string => (typeof x === 'string' ? x : '');
  return {
    id: v.id,
    file,
    text: {
      title: str(v.title),
      good: str(v.good),
      not_so_good: str(v.not_so_good),
      improvements: str(v.improvements),
      topics: Array.isArray(v.topics) ? v.topics.filter((t): t is string => typeof t === 'string') : [],
      summary: str(v.summary),
    },
  };
}
