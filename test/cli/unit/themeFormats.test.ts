import * as assert from 'node:assert/strict';
import type { CheckResult } from '../../../server/src/cli/checkResult';
import { toJsonReport } from '../../../server/src/cli/format/json';
import { formatSummary } from '../../../server/src/cli/format/summary';

const RESULT: CheckResult = {
  lessons: 2,
  themes: 1,
  counts: { error: 1, warning: 0, information: 0, hint: 0 },
  files: [
    { path: '/ws/gm/GM-0001.lesson.yaml', uri: 'file:///ws/gm/GM-0001.lesson.yaml', isConfig: false, problems: [] },
    {
      path: '/ws/themes/TH-0001.theme.yaml',
      uri: 'file:///ws/themes/TH-0001.theme.yaml',
      isConfig: false,
      isTheme: true,
      problems: [
        {
          code: 'unknown-reference',
          severity: 'error',
          message: "lessons names 'GM-0099', but no lesson in the workspace has that id.",
          range: { start: { line: 2, character: 19 }, end: { line: 2, character: 26 } },
        },
      ],
    },
  ],
};

describe('cli: output formats with themes', () => {
  it('the summary counts the themes checked beside the lessons', () => {
    assert.equal(formatSummary(RESULT), '2 lessons and 1 theme checked: 1 error, 0 warnings.\n');
    assert.equal(formatSummary({ ...RESULT, themes: 3 }), '2 lessons and 3 themes checked: 1 error, 0 warnings.\n');
  });

  it('json: a theme is of kind theme, and the summary says how many were checked', () => {
    const json = toJsonReport(RESULT, '/ws');
    assert.deepEqual(json.summary, { lessons: 2, themes: 1, errors: 1, warnings: 0, information: 0, hints: 0 });
    assert.deepEqual(
      json.files.map((file) => [file.path, file.kind]),
      [
        ['gm/GM-0001.lesson.yaml', 'lesson'],
        ['themes/TH-0001.theme.yaml', 'theme'],
      ],
    );
  });
});
