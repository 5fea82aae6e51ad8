import type { Location, Position } from 'vscode-languageserver';
import { themeLessonAt } from '../../../engine/themes/themeSites';
import type { ServerContext } from '../../serverContext';
import { analysedTheme } from './themeDocument';

/** The lesson id a theme names at a position, from the theme as the editor has it. */
export async function themeLessonIdAt(ctx: ServerContext, uri: string, position: Position): Promise<string | undefined> {
  const theme = await analysedTheme(ctx, uri);
  return theme ? themeLessonAt(theme.analysis.facts, position)?.id : undefined;
}

/** Every place a theme names a lesson id, in file order. */
export function themeSitesOf(ctx: ServerContext, lessonId: string): Location[] {
  return ctx.workspace.themes.sitesNaming(lessonId).map((site) => ({ uri: site.uri, range: site.reference.range }));
}
