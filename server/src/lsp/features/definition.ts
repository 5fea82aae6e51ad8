import type { Location, ServerCapabilities } from 'vscode-languageserver';
import { idSiteAt } from '../../engine/language/idSites';
import type { Position } from '../../engine/problem';
import { isThemeFileName, isLessonFileName } from '../../../../shared/lessonFiles';
import type { FeatureRegistration } from '../lessonServer';
import type { ServerContext } from '../serverContext';
import { themeLessonIdAt } from './themes/themeNavigation';

/** Go to definition on a lesson id, in a lesson or in a theme's `lessons`: the `id` of the lesson (or lessons) that hold it. */
export const registerDefinition: FeatureRegistration = (ctx) => {
  ctx.connection.onDefinition(async (params): Promise<Location[] | null> => {
    const id = await lessonIdAt(ctx, params.textDocument.uri, params.position);
    if (!id) return null;
    const holders = ctx.workspace.index.lessonsWithId(id);
    if (holders.length === 0) return null;
    return holders.map((holder) => ({ uri: holder.uri, range: holder.facts.idRange ?? holder.facts.headRange }));
  });
  const capabilities: ServerCapabilities = { definitionProvider: true };
  return capabilities;
};

/** The lesson id written at a position of a lesson (any id site) or of a theme (an item of `lessons`). */
export async function lessonIdAt(ctx: ServerContext, uri: string, position: Position): Promise<string | undefined> {
  if (isThemeFileName(uri)) return themeLessonIdAt(ctx, uri, position);
  if (!isLessonFileName(uri)) return undefined;
  const document = ctx.analysedOpen(uri) ?? (await ctx.analysed(uri));
  return document ? idSiteAt(document.analysis.parsed, position)?.id : undefined;
}
