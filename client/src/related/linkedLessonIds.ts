import * as vscode from 'vscode';

/**
 * The ids a lesson already links to: the items of its `related` list and its
 * `adoption.lesson`. Read from the language server's outline of the document (the same
 * parse that checks it), so an unsaved edit counts and nothing searches the text itself.
 */
export async function linkedLessonIds(uri: vscode.Uri): Promise<Set<string>> {
  let symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined;
  try {
    symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
  } catch {
    return new Set();
  }
  const ids = new Set<string>();
  for (const symbol of symbols ?? []) {
    if (!('children' in symbol)) continue;
    if (symbol.name === 'related') for (const item of symbol.children) addId(ids, item.name);
    if (symbol.name === 'adoption') for (const field of symbol.children) if (field.name === 'lesson') addId(ids, field.detail);
  }
  return ids;
}

function addId(ids: Set<string>, value: string | undefined): void {
  const id = value?.trim();
  if (id) ids.add(id.toUpperCase());
}
