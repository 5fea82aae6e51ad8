import { SymbolKind, type ServerCapabilities, type SymbolInformation } from 'vscode-languageserver';
import { searchLessons } from '../../engine/language/lessonSearch';
import type { FeatureRegistration } from '../lessonServer';

/** Most lessons one search returns; typing more narrows it. */
const MAX_RESULTS = 200;

/** Find a lesson anywhere in the workspace by its id or words of its title. */
export const registerWorkspaceSymbols: FeatureRegistration = (ctx) => {
  ctx.connection.onWorkspaceSymbol((params): SymbolInformation[] => {
    return searchLessons(ctx.workspace.index.all(), params.query, MAX_RESULTS).map((entry) => ({
      name: [entry.facts.id, entry.facts.title].filter(Boolean).join(' — '),
      kind: SymbolKind.Object,
      location: { uri: entry.uri, range: entry.facts.idRange ?? entry.facts.headRange },
      containerName: entry.facts.locality,
    }));
  });
  const capabilities: ServerCapabilities = { workspaceSymbolProvider: true };
  return capabilities;
};
