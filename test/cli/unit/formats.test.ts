import * as assert from 'node:assert/strict';
import type { CheckResult } from '../../../server/src/cli/checkResult';
import { shouldUseColor } from '../../../server/src/cli/format/color';
import { toJsonReport } from '../../../server/src/cli/format/json';
import { toSarif } from '../../../server/src/cli/format/sarif';
import { formatSummary } from '../../../server/src/cli/format/summary';
import { formatText } from '../../../server/src/cli/format/text';
import type { Problem } from '../../../server/src/engine/problem';
import { memoryIo } from '../support/memoryIo';

const range = (line: number, start: number, endLine: number, end: number): Problem['range'] => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

const RESULT: CheckResult = {
  lessons: 2,
  counts: { error: 1, warning: 1, information: 1, hint: 0 },
  files: [
    {
      path: '/ws/gm/GM-0001.lesson.yaml',
      uri: 'file:///ws/gm/GM-0001.lesson.yaml',
      isConfig: false,
      problems: [
        { code: 'invalid-value', severity: 'error', message: 'stage must be one of …', range: range(3, 7, 3, 13) },
        {
          code: 'duplicate-id',
          severity: 'warning',
          message: 'two\n  lines',
          range: range(0, 4, 0, 11),
          related: [{ uri: 'file:///elsewhere/GM-0001.lesson.yaml', range: range(0, 4, 0, 11), message: 'also here' }],
        },
      ],
    },
    {
      path: '/ws/a b/OL-0001.lesson.yaml',
      uri: 'file:///ws/a%20b/OL-0001.lesson.yaml',
      isConfig: false,
      problems: [{ code: 'similar-lesson', severity: 'information', message: 'Similar', range: range(0, 0, 0, 0) }],
    },
  ],
};

describe('cli: output formats', () => {
  it('text: one line per problem, 1-based, messages on one line, colour only when asked', () => {
    assert.equal(
      formatText(RESULT, { cwd: '/ws', color: false }),
      [
        'gm/GM-0001.lesson.yaml:4:8 error invalid-value stage must be one of …',
        'gm/GM-0001.lesson.yaml:1:5 warning duplicate-id two lines',
        'a b/OL-0001.lesson.yaml:1:1 information similar-lesson Similar',
        '',
      ].join('\n'),
    );
    const coloured = formatText(RESULT, { cwd: '/ws', color: true });
    assert.match(coloured, /\u001b\[31merror\u001b\[39m \u001b\[2minvalid-value\u001b\[22m/);
    assert.match(coloured, /\u001b\[33mwarning\u001b\[39m/);
  });

  it('colour follows the terminal, NO_COLOR and FORCE_COLOR', () => {
    assert.equal(shouldUseColor(memoryIo('/', { tty: true })), true);
    assert.equal(shouldUseColor(memoryIo('/', { tty: false })), false);
    assert.equal(shouldUseColor(memoryIo('/', { tty: true, env: { NO_COLOR: '1' } })), false);
    assert.equal(shouldUseColor(memoryIo('/', { tty: false, env: { FORCE_COLOR: '1' } })), true);
    assert.equal(shouldUseColor(memoryIo('/', { tty: true, env: { FORCE_COLOR: '0' } })), true, 'FORCE_COLOR=0 does not force, the terminal decides');
  });

  it('summary counts lessons, errors and warnings, and information or hints only when there are some', () => {
    assert.equal(formatSummary(RESULT), '2 lessons checked: 1 error, 1 warning, 1 information.\n');
    assert.equal(
      formatSummary({ ...RESULT, lessons: 1, counts: { error: 0, warning: 2, information: 0, hint: 1 } }),
      '1 lesson checked: 0 errors, 2 warnings, 1 hint.\n',
    );
  });

  it('json: relative paths, zero-based ranges, related locations', () => {
    const json = toJsonReport(RESULT, '/ws');
    assert.deepEqual(json.summary, { lessons: 2, errors: 1, warnings: 1, information: 1, hints: 0 });
    assert.deepEqual(
      json.files.map((file) => [file.path, file.kind]),
      [
        ['gm/GM-0001.lesson.yaml', 'lesson'],
        ['a b/OL-0001.lesson.yaml', 'lesson'],
      ],
    );
    assert.deepEqual(json.files[0].problems[0].range, range(3, 7, 3, 13));
    assert.deepEqual(json.files[0].problems[1].related, [
      { path: '../elsewhere/GM-0001.lesson.yaml', uri: 'file:///elsewhere/GM-0001.lesson.yaml', range: range(0, 4, 0, 11), message: 'also here' },
    ]);
    assert.equal('related' in json.files[0].problems[0], false, 'no empty related list');
  });

  it('sarif: 1-based regions with the end column one past the last character, levels, relative and absolute artifact URIs', () => {
    const run = toSarif(RESULT, '/ws').runs[0];
    assert.deepEqual(run.results[0].locations[0].physicalLocation, {
      artifactLocation: { uri: 'gm/GM-0001.lesson.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 8, endLine: 4, endColumn: 14 },
    });
    assert.deepEqual(
      run.results.map((result) => result.level),
      ['error', 'warning', 'note'],
    );
    assert.equal(run.results[2].locations[0].physicalLocation.artifactLocation.uri, 'a%20b/OL-0001.lesson.yaml', 'spaces are escaped in URIs');
    assert.deepEqual(
      run.results[1].relatedLocations?.[0].physicalLocation.artifactLocation,
      { uri: 'file:///elsewhere/GM-0001.lesson.yaml' },
      'outside the source root: an absolute URI',
    );
    assert.deepEqual(run.results[2].locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///ws/' } });
    assert.equal(run.tool.driver.rules[run.results[1].ruleIndex].id, 'duplicate-id');
  });
});
