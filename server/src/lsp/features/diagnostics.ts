import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { Problem } from '../../engine/problem';
import { noteOutgoingMessage } from '../scheduling/messageTraffic';
import { TimeSlicer } from '../scheduling/timeSlicer';
import { toLspDiagnostic } from './toLspDiagnostic';

/** Adds problems that are not the index's own (e.g. similar-lesson hints) to a file's list. */
export type ProblemSource = (uri: string) => Problem[];

/**
 * Publishes each lesson's problems: the index's single-file and cross-file problems plus
 * any extra sources. Remembers what was sent so unchanged files are not sent again and
 * files that became clean get one empty publication.
 */
export class DiagnosticsPublisher {
  private readonly sent = new Map<string, string>();
  private readonly sources: ProblemSource[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly problemsOf: (uri: string) => readonly Problem[],
    private readonly shouldPublish: (uri: string) => boolean,
    private readonly relatedInformation: () => boolean,
  ) {}

  addSource(source: ProblemSource): void {
    this.sources.push(source);
  }

  diagnosticsFor(uri: string): Diagnostic[] {
    const problems = [...this.problemsOf(uri)];
    for (const source of this.sources) problems.push(...source(uri));
    if (problems.length === 0) return [];
    const related = this.relatedInformation();
    return problems.map((problem) => toLspDiagnostic(problem, related));
  }

  publish(uris: Iterable<string>): void {
    for (const uri of uris) {
      const diagnostics = this.shouldPublish(uri) ? this.diagnosticsFor(uri) : [];
      const previous = this.sent.get(uri);
      // Most lessons have no problems and never had: nothing to send, nothing to remember.
      if (previous === undefined && diagnostics.length === 0) continue;
      const key = JSON.stringify(diagnostics);
      if (previous === key) continue;
      if (diagnostics.length === 0) this.sent.delete(uri);
      else this.sent.set(uri, key);
      noteOutgoingMessage(this.connection.sendDiagnostics({ uri, diagnostics }));
    }
  }

  /**
   * Publishes many files in slices, yielding to requests between them: a settings change or a
   * checkout touches every file, and at 100,000 lessons publishing them all in one go would
   * hold the server for seconds. Each file is published as it stands when its turn comes.
   */
  async publishInSlices(uris: Iterable<string>): Promise<void> {
    const slicer = new TimeSlicer();
    for (const uri of uris) {
      this.publish([uri]);
      if (slicer.due) await slicer.yield();
    }
  }

  /** Files that currently show problems (so a scope change can clear them). */
  publishedUris(): string[] {
    return [...this.sent.keys()];
  }

  clear(uri: string): void {
    if (!this.sent.has(uri)) return;
    this.sent.delete(uri);
    noteOutgoingMessage(this.connection.sendDiagnostics({ uri, diagnostics: [] }));
  }
}
