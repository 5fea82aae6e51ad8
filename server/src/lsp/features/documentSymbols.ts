import { SymbolKind, type DocumentSymbol, type ServerCapabilities, type SymbolInformation } from 'vscode-languageserver';
import { lessonOutline, type OutlineKind, type OutlineNode } from '../../engine/language/outline';
import { isLessonFileName } from '../../../../shared/lessonFiles';
import type { FeatureRegistration } from '../lessonServer';

const KINDS: Record<OutlineKind, SymbolKind> = {
  field: SymbolKind.Field,
  mapping: SymbolKind.Object,
  list: SymbolKind.Array,
  item: SymbolKind.String,
};

/** The outline of a lesson: its fields, with adoption's fields and list items nested. */
export const registerDocumentSymbols: FeatureRegistration = (ctx) => {
  ctx.connection.onDocumentSymbol(async (params): Promise<DocumentSymbol[] | SymbolInformation[] | null> => {
    const { uri } = params.textDocument;
    if (!isLessonFileName(uri)) return null;
    const document = ctx.analysedOpen(uri) ?? (await ctx.analysed(uri));
    if (!document) return null;
    const outline = lessonOutline(document.analysis.parsed);
    if (ctx.capabilities().textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport) return outline.map(toDocumentSymbol);
    return outline.flatMap((node) => flatten(node, uri));
  });
  const capabilities: ServerCapabilities = { documentSymbolProvider: true };
  return capabilities;
};

function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return {
    name: node.name,
    detail: node.detail,
    kind: KINDS[node.kind],
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toDocumentSymbol),
  };
}

function flatten(node: OutlineNode, uri: string, container?: string): SymbolInformation[] {
  const own: SymbolInformation = { name: node.name, kind: KINDS[node.kind], location: { uri, range: node.range }, containerName: container };
  return [own, ...node.children.flatMap((child) => flatten(child, uri, node.name))];
}
