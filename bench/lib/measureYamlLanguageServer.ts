import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { CorpusManifest } from '../corpus/writeCorpus';
import { BenchLspClient, fileUri } from './benchLspClient';
import { BROKEN_STAGE, stageValuePosition, withStage } from './lessonEdits';
import { summarise, type LatencySummary } from './stats';

export interface YamlLanguageServerRun {
  version: string;
  didOpen: LatencySummary;
  didChange: LatencySummary;
  completion?: LatencySummary;
}

export interface YamlMeasureOptions {
  repoRoot: string;
  corpusRoot: string;
  manifest: CorpusManifest;
  samples: number;
}

/**
 * The same edits on the same files against yaml-language-server, with the same lesson
 * schema associated through its `yaml.schemas` setting. It knows nothing of our own
 * keywords or cross-file rules; only its schema diagnostics are compared.
 */
export async function measureYamlLanguageServer(options: YamlMeasureOptions): Promise<YamlLanguageServerRun> {
  const packageRoot = path.join(options.repoRoot, 'node_modules', 'yaml-language-server');
  const version = (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const schemaUri = fileUri(path.join(options.repoRoot, 'schemas', 'lesson.schema.json'));
  // yaml-language-server puts `**/` before each pattern, and `**` does not enter folders
  // whose name starts with a dot (the corpus is in bench/.corpus), so the folder is named.
  const pattern = `${path.basename(path.dirname(options.corpusRoot))}/${path.basename(options.corpusRoot)}/**/*.lesson.yaml`;
  const yamlSettings = {
    schemas: { [schemaUri]: pattern },
    validate: true,
    completion: true,
    hover: true,
    format: { enable: false },
    schemaStore: { enable: false },
  };
  const client = await BenchLspClient.start({
    command: process.execPath,
    args: [path.join(packageRoot, 'bin', 'yaml-language-server'), '--stdio'],
    folder: options.corpusRoot,
    configuration: (section) => (section === 'yaml' ? yamlSettings : section === 'http' ? { proxy: '', proxyStrictSSL: false } : null),
  });
  try {
    await client.notify('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
    const clean = options.manifest.cleanSample.map((lesson) => ({
      uri: fileUri(path.join(options.corpusRoot, lesson.path)),
      text: readFileSync(path.join(options.corpusRoot, lesson.path), 'utf8'),
    }));
    const hasProblem = (diagnostics: Diagnostic[]): boolean => diagnostics.length > 0;

    // Warm-up: the schema is loaded and associated on first use.
    const first = clean[clean.length - 1]!;
    const ready = client.nextPublication(first.uri, hasProblem, 60_000);
    await client.open(first.uri, withStage(first.text, BROKEN_STAGE));
    await ready;
    await client.close(first.uri);

    const didOpen: number[] = [];
    let didOpenTimeouts = 0;
    for (let i = 0; i < options.samples; i++) {
      const lesson = clean[i % (clean.length - 1)]!;
      const published = client.nextPublication(lesson.uri, hasProblem, 20_000);
      const sent = performance.now();
      await client.open(lesson.uri, withStage(lesson.text, BROKEN_STAGE));
      const at = await published.then(
        (publication) => publication.at,
        () => undefined,
      );
      if (at === undefined) didOpenTimeouts++;
      else didOpen.push(at - sent);
      await client.close(lesson.uri);
    }

    const lesson = clean[options.samples % (clean.length - 1)]!;
    const opened = client.nextPublication(lesson.uri, () => true, 10_000);
    await client.open(lesson.uri, lesson.text);
    await opened.catch(() => undefined);
    const broken = withStage(lesson.text, BROKEN_STAGE);
    const didChange: number[] = [];
    let didChangeTimeouts = 0;
    for (let i = 0; i < options.samples; i++) {
      const breaking = i % 2 === 0;
      const published = client.nextPublication(lesson.uri, (d) => hasProblem(d) === breaking, 20_000);
      const sent = performance.now();
      await client.change(lesson.uri, breaking ? broken : lesson.text);
      const at = await published.then(
        (publication) => publication.at,
        () => undefined,
      );
      if (at === undefined) didChangeTimeouts++;
      else didChange.push(at - sent);
    }

    let completion: LatencySummary | undefined;
    if (client.capabilities.completionProvider) {
      const position = stageValuePosition(lesson.text);
      await client.change(lesson.uri, lesson.text);
      const times: number[] = [];
      for (let i = 0; i < options.samples; i++) {
        const answer = await client.timedRequest('textDocument/completion', { textDocument: { uri: lesson.uri }, position });
        if (!answer.error) times.push(answer.ms);
      }
      completion = summarise(times);
    }
    await client.close(lesson.uri);
    return { version, didOpen: summarise(didOpen, didOpenTimeouts), didChange: summarise(didChange, didChangeTimeouts), completion };
  } finally {
    await client.stop();
  }
}
