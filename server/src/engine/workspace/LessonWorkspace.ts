import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, parseWorkspaceConfig, type WorkspaceConfig } from '../config/workspaceConfig';
import { LessonIndex, type LessonEntry } from '../index/LessonIndex';
import { analyzeLesson, todayIso } from '../lesson/analyzeLesson';
import { emptyFacts } from '../lesson/extractFacts';
import type { Problem } from '../problem';
import { lessonTextOf } from '../similarity/findSimilarLessons';
import { SimilarityIndex } from '../similarity/similarityIndex';
import { analyzeTheme } from '../themes/analyzeTheme';
import { extractThemeFacts } from '../themes/extractThemeFacts';
import { ThemeIndex } from '../themes/ThemeIndex';
import { isThemeFileName, isLessonFileName } from '../../../../shared/lessonFiles';
import { parseYamlFile } from '../yaml/parseYamlFile';
import { artefactProblems, type PathExists } from './artefactProblems';
import { findLessonFiles } from './findLessonFiles';
import { isInsideFolder } from './isInsideFolder';
import { DEFAULT_MAX_FILE_SIZE } from './lessonFiles';
import { readLessonFile, tooLarge } from './readLessonFile';
import { fileUri } from './fileUri';

export interface WorkspaceOptions {
  /** Workspace folders as file-system paths. */
  folders: string[];
  maxFileSize?: number;
  exclude?: readonly string[];
  /** Most lessons indexed; past it, files are skipped and one problem says so. */
  maxLessons?: number;
  today?: () => string;
  /** Keep the similarity engine in step with the index (default true); a plain check has no use for it. */
  similarity?: boolean;
  /** How an artefact's path is looked for (default: on disk, synchronously); tests give a fake. */
  artefactExists?: PathExists;
}

export interface FolderConfig {
  folder: string;
  configUri?: string;
  config: WorkspaceConfig;
  problems: Problem[];
}

export const DEFAULT_MAX_LESSONS = 200_000;

/**
 * The engine's view of a workspace: its folders' configs, every lesson file read and
 * analysed, and the index. The language server and the command line both drive it.
 */
export class LessonWorkspace {
  readonly index = new LessonIndex();
  /** The similarity engine over the same lessons, kept in step with the index. */
  readonly similarity = new SimilarityIndex();
  /** The themes collating lessons: few files, read in full (never through the lesson scan's workers or saved index). */
  readonly themes = new ThemeIndex();
  private thesaurusKey = '[]';
  private readonly folderConfigs = new Map<string, FolderConfig>();
  private readonly folders: string[];
  maxFileSize: number;
  exclude: readonly string[];
  readonly maxLessons: number;
  private readonly today: () => string;
  private readonly tracksSimilarity: boolean;
  private readonly artefactExists: PathExists;
  /** Files found past maxLessons, so the limit can be reported. */
  skippedForLimit = 0;
  /** The first of those files, where the limit is reported. */
  firstSkippedForLimit: string | undefined;

  constructor(options: WorkspaceOptions) {
    this.folders = options.folders.map((folder) => path.resolve(folder));
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    this.exclude = options.exclude ?? [];
    this.maxLessons = options.maxLessons ?? DEFAULT_MAX_LESSONS;
    this.today = options.today ?? (() => todayIso());
    this.tracksSimilarity = options.similarity ?? true;
    this.artefactExists = options.artefactExists ?? existsSync;
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** The folder a file belongs to: the deepest workspace folder that contains it. */
  folderOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      // The folder itself (however written) holds its own path too.
      const holds = isInsideFolder(folder, filePath) || path.relative(folder, filePath) === '';
      if (holds && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  configFor(filePath: string): WorkspaceConfig {
    const folder = this.folderOf(filePath);
    return (folder && this.folderConfigs.get(folder)?.config) || DEFAULT_CONFIG;
  }

  folderConfig(folder: string): FolderConfig | undefined {
    return this.folderConfigs.get(path.resolve(folder));
  }

  allFolderConfigs(): FolderConfig[] {
    return [...this.folderConfigs.values()];
  }

  /** Reads (or re-reads) learn-once.yaml of a folder; text given wins over the disk. */
  async loadConfig(folder: string, text?: string): Promise<FolderConfig> {
    const resolved = path.resolve(folder);
    const file = path.join(resolved, CONFIG_FILE_NAME);
    let content = text;
    if (content === undefined) {
      try {
        content = await fs.readFile(file, 'utf8');
      } catch {
        const none: FolderConfig = { folder: resolved, config: DEFAULT_CONFIG, problems: [] };
        this.folderConfigs.set(resolved, none);
        return none;
      }
    }
    const parsed = parseWorkspaceConfig(content);
    const loaded: FolderConfig = { folder: resolved, configUri: URI.file(file).toString(), config: parsed.config, problems: parsed.problems };
    this.folderConfigs.set(resolved, loaded);
    this.applyThesaurus();
    return loaded;
  }

  /** The similarity engine uses the thesaurus groups of every folder's config together. */
  private applyThesaurus(): void {
    const groups = this.allFolderConfigs().flatMap((folder) => folder.config.similarity.thesaurus);
    const key = JSON.stringify(groups);
    if (key === this.thesaurusKey) return;
    this.thesaurusKey = key;
    this.similarity.setThesaurus(groups);
  }

  /** Every lesson file in every folder (excludes applied). */
  async findAll(): Promise<string[]> {
    const all: string[] = [];
    for (const folder of this.folders) all.push(...(await findLessonFiles(folder, { exclude: this.exclude })));
    return all;
  }

  /** Every lesson file and every theme file in every folder, found in one walk (excludes applied). */
  async findLessonsAndThemes(): Promise<{ lessons: string[]; themes: string[] }> {
    const lessons: string[] = [];
    const themes: string[] = [];
    const matches = (name: string): boolean => isLessonFileName(name) || isThemeFileName(name);
    for (const folder of this.folders) {
      for (const file of await findLessonFiles(folder, { exclude: this.exclude, matches })) (isThemeFileName(file) ? themes : lessons).push(file);
    }
    return { lessons, themes };
  }

  /** Analyses a lesson's text (an open editor's, or the file's) into the index. */
  updateText(uri: string, text: string): Set<string> {
    const filePath = URI.parse(uri).fsPath;
    if (!this.index.has(uri) && this.index.size >= this.maxLessons) {
      this.skippedForLimit++;
      this.firstSkippedForLimit ??= uri;
      return new Set();
    }
    if (text.length > this.maxFileSize) {
      const facts = emptyFacts();
      this.similarity.remove(uri);
      return this.index.set({ uri, facts, problems: [tooLarge(utf8Length(text), this.maxFileSize)] });
    }
    const analysis = analyzeLesson(text, { config: this.configFor(filePath), today: this.today() });
    if (this.tracksSimilarity) this.similarity.upsert(uri, lessonTextOf(analysis.facts));
    return this.index.set({ uri, facts: analysis.facts, problems: analysis.problems });
  }

  /** Reads a lesson file from disk into the index; unreadable files get their problem. */
  async updateFromDisk(uri: string): Promise<Set<string>> {
    const read = await readLessonFile(URI.parse(uri).fsPath, this.maxFileSize);
    if (read.kind === 'text') return this.updateText(uri, read.text);
    if (!this.index.has(uri) && this.index.size >= this.maxLessons) {
      this.skippedForLimit++;
      this.firstSkippedForLimit ??= uri;
      return new Set();
    }
    this.similarity.remove(uri);
    return this.index.set({ uri, facts: emptyFacts(), problems: [read.problem] });
  }

  /**
   * Puts an analysis made elsewhere (an index worker, the persisted index) into the index.
   * The similarity engine is left alone: whoever made the analysis fills it afterwards
   * (fillSimilarity), when the index is complete.
   */
  addAnalysed(entry: LessonEntry): void {
    if (!this.index.has(entry.uri) && this.index.size >= this.maxLessons) {
      this.skippedForLimit++;
      this.firstSkippedForLimit ??= entry.uri;
      return;
    }
    // Whoever adds analyses publishes every file afterwards: which files each one affects is not needed.
    this.index.put(entry);
  }

  /**
   * Puts lessons added through addAnalysed into the similarity engine, each from the facts the
   * index holds now. Between lessons `pacing.pause` may return a promise to wait on (a caller
   * sharing its thread yields there); false when `pacing.isCancelled` stopped the filling.
   */
  async fillSimilarity(uris: readonly string[], pacing: { isCancelled(): boolean; pause(): Promise<void> | undefined }): Promise<boolean> {
    if (!this.tracksSimilarity) return true;
    this.similarity.reserve(uris.length);
    for (const uri of uris) {
      if (pacing.isCancelled()) return false;
      const entry = this.index.get(uri);
      // An edit since may have put the newer text in already.
      if (entry && !this.similarity.has(uri)) this.similarity.upsert(uri, lessonTextOf(entry.facts));
      const paused = pacing.pause();
      if (paused) await paused;
    }
    return true;
  }

  remove(uri: string): Set<string> {
    this.similarity.remove(uri);
    return this.index.delete(uri);
  }

  /**
   * Analyses a theme's text (an open editor's, or the file's) into the theme index; returns
   * the lesson ids it names or named, whose themes may have changed.
   */
  updateThemeText(uri: string, text: string): Set<string> {
    if (text.length > this.maxFileSize) {
      return this.themes.set({ uri, facts: extractThemeFacts(parseYamlFile('', 'theme')), problems: [tooLarge(utf8Length(text), this.maxFileSize)] });
    }
    const analysis = analyzeTheme(text, { config: this.configFor(URI.parse(uri).fsPath), today: this.today() });
    return this.themes.set({ uri, facts: analysis.facts, problems: analysis.problems });
  }

  /** Reads a theme file from disk into the theme index; an unreadable file gets its problem. */
  async updateThemeFromDisk(uri: string): Promise<Set<string>> {
    const read = await readLessonFile(URI.parse(uri).fsPath, this.maxFileSize);
    if (read.kind === 'text') return this.updateThemeText(uri, read.text);
    return this.themes.set({ uri, facts: extractThemeFacts(parseYamlFile('', 'theme')), problems: [read.problem] });
  }

  /** Takes a theme out; returns the lesson ids it named. */
  removeTheme(uri: string): Set<string> {
    return this.themes.delete(uri);
  }

  /** Reads theme files into the theme index, in the order given; text given for a uri (an open editor's) wins over the disk. */
  async loadThemes(files: readonly string[], openText: (uri: string) => string | undefined = () => undefined): Promise<void> {
    for (const file of files) {
      const uri = fileUri(file);
      const text = openText(uri);
      if (text !== undefined) this.updateThemeText(uri, text);
      else await this.updateThemeFromDisk(uri);
    }
  }

  /**
   * A lesson's problems as the editor and the command line show them: the index's (its own
   * and the cross-file ones) and its artefacts checked on disk. The disk is looked at each
   * time they are asked for (a publication, a check), never saved with the lesson: a
   * document can be added or removed without the lesson changing.
   */
  lessonProblemsFor(uri: string): readonly Problem[] {
    const problems = this.index.problemsFor(uri);
    const entry = this.index.get(uri);
    const artefacts = entry ? (entry.links ?? entry.facts).artefacts : [];
    if (artefacts.length === 0) return problems;
    const missing = artefactProblems(artefacts, this.folderOf(URI.parse(uri).fsPath), this.artefactExists);
    return missing.length === 0 ? problems : [...problems, ...missing];
  }

  /** A theme's problems, its references checked against the lessons of the index. */
  themeProblemsFor(uri: string): readonly Problem[] {
    return this.themes.problemsFor(uri, (id) => this.index.lessonsWithId(id).length > 0);
  }
}

/** A text's size in UTF-8 bytes, as its file would have (without Node's Buffer, which the browser lacks). */
function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
