import * as assert from 'node:assert/strict';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import { testApi, waitForTree } from '../support/lessonsTree';

describe('extension: Lessons view filter', () => {
  let api: LearnOnceTestApi;

  before(async () => {
    api = await testApi();
    await waitForTree(api, (lines) => lines.length > 10, 'the sample tree');
  });

  afterEach(() => api.setTreeFilter(undefined));

  it("finds 'Caldicott' in whole answers through the server's search: GM-0001 mentions it only on its second line", async () => {
    api.setTreeFilter('Caldicott');
    // YH-0002 names the Caldicott Guardians on the first line of an answer; GM-0001 only further down.
    const outline = await waitForTree(api, (lines) => lines.some((line) => line.includes('GM-0001')), "the filter 'Caldicott' to show GM-0001");
    assert.deepEqual(outline, [
      'Greater Manchester Care Record (1)',
      '  Captured (1): GM-0001',
      'Yorkshire & Humber Care Record (1)',
      '  Curated (1): YH-0002',
    ]);
  });

  it('still matches part of an id as a substring', async () => {
    api.setTreeFilter('gm-000');
    const outline = await waitForTree(
      api,
      (lines) => lines[0] === 'Greater Manchester Care Record (5)' && lines.length === 6,
      'the filter to show the five GM lessons',
    );
    assert.deepEqual(outline, [
      'Greater Manchester Care Record (5)',
      '  Captured (1): GM-0001',
      '  Collated (1): GM-0004',
      '  Organised (1): GM-0003',
      '  Curated (1): GM-0005',
      '  Communicated (1): GM-0002',
    ]);
  });
});
