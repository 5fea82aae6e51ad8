import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { artefactProblems } from '../../../../server/src/engine/workspace/artefactProblems';
import type { Range } from '../../../../server/src/engine/problem';

const FOLDER = path.resolve('/ws');
const on = (line: number): Range => ({ start: { line, character: 4 }, end: { line, character: 20 } });

describe('artefactProblems', () => {
  it('passes links and paths that exist, and flags a missing path and one outside the folder on their entries', () => {
    const asked: string[] = [];
    const exists = (absolute: string): boolean => {
      asked.push(absolute);
      return absolute === path.join(FOLDER, 'artefacts', 'dsa.md');
    };
    const problems = artefactProblems(
      [
        { target: 'https://example.nhs.uk/dpia.docx', range: on(1) },
        { target: 'HTTP://example.nhs.uk/log', range: on(2) },
        { target: 'artefacts/dsa.md', range: on(3) },
        { target: 'artefacts/hazard-log.md', range: on(4) },
        { target: '../secrets.md', range: on(5) },
        { target: '/etc/hosts', range: on(6) },
      ],
      FOLDER,
      exists,
    );
    assert.deepEqual(
      asked,
      [path.join(FOLDER, 'artefacts', 'dsa.md'), path.join(FOLDER, 'artefacts', 'hazard-log.md')],
      'links and paths outside are never looked for',
    );
    assert.deepEqual(problems, [
      {
        code: 'missing-artefact',
        severity: 'warning',
        message:
          "Nothing at 'artefacts/hazard-log.md' in the workspace (paths are read from the workspace folder). Check the path, add the document, or give a link (http:// or https://) instead.",
        range: on(4),
      },
      {
        code: 'missing-artefact',
        severity: 'warning',
        message:
          "'../secrets.md' is outside the workspace folder. An artefact is a link (http:// or https://) or a path inside the workspace, e.g. artefacts/dsa-template.md.",
        range: on(5),
      },
      {
        code: 'missing-artefact',
        severity: 'warning',
        message:
          "'/etc/hosts' is outside the workspace folder. An artefact is a link (http:// or https://) or a path inside the workspace, e.g. artefacts/dsa-template.md.",
        range: on(6),
      },
    ]);
  });

  it('checks nothing for a lesson outside every workspace folder', () => {
    assert.deepEqual(
      artefactProblems([{ target: 'missing.md', range: on(1) }], undefined, () => false),
      [],
    );
  });
});
