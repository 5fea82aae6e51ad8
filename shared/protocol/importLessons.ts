import { type Diagnostic, RequestType } from 'vscode-languageserver-protocol';

/** `learnOnce/importLessons`: lessons from a spreadsheet (.csv or .xlsx), placed, checked and written all together, or none. */
export const ImportLessonsRequest = new RequestType<ImportLessonsParams, ImportLessonsResult, void>('learnOnce/importLessons');

/**
 * `learnOnce/importLessons`: one lesson from each row of a spreadsheet. Each gets its
 * locality's next free id and goes in the locality's folder; if any row is refused or a
 * write fails, nothing is written. The Node server writes the files; in the browser
 * (`writeBy: 'client'`) the server only plans and the client writes `lessons`' texts with
 * `workspace.fs`. Watched-file events then bring them into the index as any new file.
 */
export interface ImportLessonsParams {
  /** The .csv or .xlsx file, as an absolute file-system path; not needed with `content`. */
  path?: string;
  /** The file's bytes, read by the client (the web server cannot read a path): used instead of `path`. */
  content?: ImportedSpreadsheet;
  /**
   * `'client'`: the server plans and checks the import but writes nothing (`written` is empty);
   * the client writes every lesson's text, all or none. The web server only answers so.
   */
  writeBy?: 'server' | 'client';
  /** The workspace folder to import into; may be left out when only one is open. */
  folderUri?: string;
  /** Plan and check only: nothing is written, `written` is empty. */
  dryRun?: boolean;
  /** A YAML or JSON file mapping header text to lesson fields, as an absolute path. */
  mappingPath?: string;
}

export interface ImportedSpreadsheet {
  /** The file's name: its extension says CSV or Excel, and messages name it. */
  name: string;
  base64: string;
}

export interface ImportedLesson {
  uri: string;
  id: string;
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The file's text, as written (or as it would be in a dry run). */
  text: string;
}

export interface ImportLessonsResult {
  /** Uris of the files written: every lesson's, or none. */
  written: string[];
  /** Every lesson read from the spreadsheet, in row order, written or not. */
  lessons: ImportedLesson[];
  /** Rows that could not be placed, with why; any of them means nothing was written. */
  refused: { row: number; reason: string }[];
  /** Each lesson's problems as `learn-once check` finds them, identifiable-data codes first. */
  problems: { uri: string; diagnostics: Diagnostic[] }[];
  /** Headers of the columns no lesson field is read from. */
  ignoredColumns: string[];
  dryRun: boolean;
  /** Why writing failed; nothing was left written. */
  writeError?: string;
}
