import type { CatalogueReport } from '../../engine/report/catalogueReport';
import { VERSION } from '../../engine/version';
import { Anchors } from './anchors';
import { renderCuratorsMarkdown } from './markdownCurators';
import { renderReadersMarkdown } from './markdownReaders';
import { inline } from './markdownText';
import type { RenderOptions } from './renderOptions';
import { audienceSentence, filtersSentence, leftOutSentences, notReadSentence, PAGE_IDS, reportTitle } from './text';

/** The report as Markdown, for a repository's wiki or a pull request; lesson ids link to their entries, on GitHub too. */
export function renderMarkdown(report: CatalogueReport, options: RenderOptions = {}): string {
  const anchors = new Anchors(report.entryIds, PAGE_IDS);
  const out: string[] = [`# ${inline(reportTitle(report))}`, ''];
  out.push(
    ...(report.kind === 'curators'
      ? renderCuratorsMarkdown(report, anchors, headerLines(report))
      : renderReadersMarkdown(report, anchors, options, headerLines(report))),
  );
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** Who it is for, when, the filters and what was left out: the lines under the headline. */
function headerLines(report: CatalogueReport): string[] {
  const lines = [`${audienceSentence(report)} Generated on ${report.generatedOn} by learn-once ${VERSION}.`, ''];
  // Only the filters hold text from outside (a topic or locality as typed), so only they are escaped.
  const filters = filtersSentence(report);
  if (filters) lines.push(inline(filters), '');
  for (const sentence of [notReadSentence(report), leftOutSentences(report)]) if (sentence) lines.push(sentence, '');
  return lines;
}
