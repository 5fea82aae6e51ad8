import * as assert from 'node:assert/strict';
import { renderHtml } from '../../../server/src/cli/report/html';
import { renderMarkdown } from '../../../server/src/cli/report/markdown';
import { DEFAULT_CONFIG } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../server/src/engine/lesson/analyzeLesson';
import { buildCatalogueReport } from '../../../server/src/engine/report/catalogueReport';
import { lessonText } from '../../protocol/support/tempWorkspace';

const HOSTILE_TITLE = '"Pipes | stars *and* <script>alert(1)</script> & [links](http://x)"';

function hostileReport() {
  const text = lessonText({ id: 'GM-0001', title: HOSTILE_TITLE, stage: 'curated', topics: '["a|b", "<i>"]', summary: '"- starts like a list\\n\\n1. and a number"' });
  const facts = analyzeLesson(text, { config: DEFAULT_CONFIG, today: '2026-01-01' }).facts;
  return buildCatalogueReport({ title: 'ws <&>', lessons: [{ uri: 'file:///ws/a.lesson.yaml', facts }], config: DEFAULT_CONFIG, today: '2026-01-01', similarPairs: [] });
}

describe('cli: report rendering keeps lesson text as text', () => {
  it('markdown escapes table pipes, emphasis, HTML and links, and list-like paragraphs', () => {
    const markdown = renderMarkdown(hostileReport());
    assert.match(markdown, /^# Lessons learned: ws \\<&\\>$/m);
    assert.match(markdown, /^\| a\\\|b \| 1 \| 1 \| GM-0001 \|$/m, 'a pipe in a topic does not split the cell');
    assert.match(markdown, /^### GM-0001 Pipes \| stars \\\*and\\\* \\<script\\>alert\\\(1\\\)\\<\/script\\> & \\\[links\\\]\\\(http:\/\/x\\\)$/m);
    assert.match(markdown, /^\\- starts like a list$/m);
    assert.match(markdown, /^1\\\. and a number$/m);
    assert.match(markdown, /No similar lessons are left unlinked\./);
  });

  it('html escapes every piece of lesson text', () => {
    const html = renderHtml(hostileReport());
    assert.ok(!html.includes('<script>'), 'no markup from a lesson reaches the page');
    assert.ok(!html.includes('<i>'));
    assert.match(html, /Pipes \| stars \*and\* &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; \[links\]\(http:\/\/x\)/);
    assert.match(html, /<title>Lessons learned: ws &lt;&amp;&gt;<\/title>/);
  });

  it('shows the strongest hundred groups of similar lessons and says how many more there are', () => {
    const lessons = Array.from({ length: 210 }, (_, i) => {
      const id = `GM-${String(i + 1).padStart(4, '0')}`;
      return { uri: `file:///ws/${id}.lesson.yaml`, facts: analyzeLesson(lessonText({ id }), { config: DEFAULT_CONFIG, today: '2026-01-01' }).facts };
    });
    const pairs = Array.from({ length: 105 }, (_, i) => ({ a: lessons[2 * i].uri, b: lessons[2 * i + 1].uri, score: 0.9 - i / 1000 }));
    const report = buildCatalogueReport({ title: 'ws', lessons, config: DEFAULT_CONFIG, today: '2026-01-01', similarPairs: pairs });
    const markdown = renderMarkdown(report);
    assert.match(markdown, /^105 groups, strongest first\./m);
    assert.match(markdown, /^100\. 2 lessons/m);
    assert.doesNotMatch(markdown, /^101\. /m);
    assert.match(markdown, /^…and 5 more groups with weaker matches, not shown\.$/m);
    const html = renderHtml(report);
    assert.equal(html.split('<ol class="clusters">')[1].split('</ol>')[0].match(/<li>2 lessons/g)?.length, 100);
    assert.match(html, /<p>…and 5 more groups with weaker matches, not shown\.<\/p>/);
  });
});
