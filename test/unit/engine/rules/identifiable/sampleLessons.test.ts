import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseWorkspaceConfig } from '../../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../../server/src/engine/lesson/analyzeLesson';
import { findLessonFiles } from '../../../../../server/src/engine/workspace/findLessonFiles';
import { TODAY } from '../../../support/lessons';

const EXAMPLES = path.resolve(__dirname, '../../../../../examples');

describe('identifiable data rules on the sample workspace', () => {
  it('raise no alarm on any of the sample lessons, which hold no patient data', async () => {
    const { config } = parseWorkspaceConfig(readFileSync(path.join(EXAMPLES, 'learn-once.yaml'), 'utf8'));
    const files = await findLessonFiles(EXAMPLES);
    assert.ok(files.length >= 30, `the sample lessons, got ${files.length}`);
    const alarms = files.flatMap((file) =>
      analyzeLesson(readFileSync(file, 'utf8'), { config, today: TODAY })
        .problems.filter((problem) => problem.code === 'nhs-number' || problem.code === 'personal-data')
        .map((problem) => `${path.relative(EXAMPLES, file)}:${problem.range.start.line + 1} ${problem.code}`),
    );
    assert.deepEqual(alarms, []);
  });
});
