import type { Location, ServerCapabilities } from 'vscode-languageserver';
import { idSiteAt } from '../../engine/language/idSites';
import { isLessonFileName } from '../../engine/workspace/lessonFiles';
import type { FeatureRegistration } from '../lessonServer';

/** Go to definition on a lesson id: the `id` of the lesson (or lessons) that hold it. */
export const registerDefinition: FeatureRegistration = (ctx) => {
  ctx.connection.onDefinition(async (params): Promise<Location[] | null> => {
    const { uri } = params.textDocument;
    if (!isLessonFileName(uri)) return null;
    const document = ctx.analysedOpen(uri) ?? (await ctx.analysed(uri));
    const site = document ? idSiteAt(document.analysis.parsed, params.position) : undefined;
    if (!site) return null;
    const holders = ctx.workspace.index.lessonsWithId(site.id);
    if (holders.length === 0) return null;
    return holders.map((holder) => ({ uri: holder.uri, range: holder.facts.idRange ?? holder.facts.headRange }));
  });
  const capabilities: ServerCapabilities = { definitionProvider: true };
  return capabilities;
};
