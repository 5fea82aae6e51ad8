import { Composer, type Document, Parser, Schema } from 'yaml';
import type { ComposeOptions } from './simple/readSimpleDocument';

/** Documents composed before the rest of a file is skipped: one is a lesson, the others are only counted. */
export const MAX_DOCUMENTS_READ = 100;

/**
 * Composes the file's documents lazily and stops after MAX_DOCUMENTS_READ, so a file of
 * many thousand tiny documents costs no more than a hundred.
 */
export function readDocuments(source: string): { documents: Document.Parsed[]; moreDocuments: boolean } {
  const composer = new Composer(composeOptions());
  const documents: Document.Parsed[] = [];
  for (const document of composer.compose(new Parser().parse(source))) {
    if (documents.length === MAX_DOCUMENTS_READ) return { documents, moreDocuments: true };
    documents.push(document as Document.Parsed);
  }
  return { documents, moreDocuments: false };
}

let sharedComposeOptions: ComposeOptions | undefined;

/**
 * The composer's options, made once. uniqueKeys off: the parser compares every pair of keys;
 * duplicateKeys() does it in one pass. logLevel 'error': the parser's warnings become
 * problems here, never process warnings on stderr.
 */
export function composeOptions(): ComposeOptions {
  sharedComposeOptions ??= { schema: coreSchema(), uniqueKeys: false, strict: true, logLevel: 'error' };
  return sharedComposeOptions;
}

let sharedCoreSchema: Schema | undefined;

/**
 * The core schema, made once: the parser would otherwise build its tag lists again for every
 * document, and parsing only reads it. resolveKnownTags off: !!binary, !!set, !!omap and
 * !!timestamp are not core YAML either, so they get the same warning as any other tag.
 */
function coreSchema(): Schema {
  sharedCoreSchema ??= new Schema({ schema: 'core', resolveKnownTags: false });
  return sharedCoreSchema;
}
