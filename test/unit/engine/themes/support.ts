import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeTheme } from '../../../../server/src/engine/themes/analyzeTheme';
import { ThemeIndex } from '../../../../server/src/engine/themes/ThemeIndex';
import { TODAY } from '../../support/lessons';

/** A valid theme, with lines replaced as a test needs. */
export function themeText(fields: { id?: string; title?: string; lessons?: string; summary?: string; extra?: string } = {}): string {
  return [
    `id: ${fields.id ?? 'TH-0001'}`,
    `title: ${fields.title ?? 'Data sharing agreements take most of a year to sign'}`,
    `lessons: ${fields.lessons ?? '[GM-0001, YH-0002]'}`,
    `summary: ${fields.summary ?? 'Both localities waited most of a year for the last signature.'}`,
    ...(fields.extra ? [fields.extra] : []),
    '',
  ].join('\n');
}

export function analyse(text: string): ReturnType<typeof analyzeTheme> {
  return analyzeTheme(text, { config: DEFAULT_CONFIG, today: TODAY });
}

/** A theme index of themes given as uri → text. */
export function themeIndexOf(themes: Record<string, string>): ThemeIndex {
  const index = new ThemeIndex();
  for (const [uri, text] of Object.entries(themes)) {
    const analysis = analyse(text);
    index.set({ uri, facts: analysis.facts, problems: analysis.problems });
  }
  return index;
}
