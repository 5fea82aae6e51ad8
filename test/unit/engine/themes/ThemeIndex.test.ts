import * as assert from 'node:assert/strict';
import { where } from '../../support/lessons';
import { analyse, themeIndexOf, themeText } from './support';

const LESSONS = new Set(['GM-0001', 'YH-0002', 'OL-0003']);
const exists = (id: string): boolean => LESSONS.has(id);

describe('ThemeIndex', () => {
  it('maps a lesson id to the themes that name it, by title', () => {
    const index = themeIndexOf({
      'file:///ws/themes/TH-0001.theme.yaml': themeText({ title: 'Signing agreements' }),
      'file:///ws/themes/TH-0002.theme.yaml': themeText({ id: 'TH-0002', title: 'Agreements across many partners', lessons: '[YH-0002, OL-0003]' }),
    });
    assert.deepEqual(index.mentionsOf('YH-0002'), [
      { uri: 'file:///ws/themes/TH-0002.theme.yaml', id: 'TH-0002', title: 'Agreements across many partners' },
      { uri: 'file:///ws/themes/TH-0001.theme.yaml', id: 'TH-0001', title: 'Signing agreements' },
    ]);
    assert.deepEqual(
      index.mentionsOf('GM-0001').map((theme) => theme.id),
      ['TH-0001'],
    );
    assert.deepEqual(index.mentionsOf('WX-0009'), []);
    assert.deepEqual(
      index.sitesNaming('YH-0002').map((site) => [site.uri, site.reference.range.start.character]),
      [
        ['file:///ws/themes/TH-0001.theme.yaml', 19],
        ['file:///ws/themes/TH-0002.theme.yaml', 10],
      ],
    );
    assert.deepEqual(index.ids().sort(), ['TH-0001', 'TH-0002']);
  });

  it('returns the lesson ids a change touches: those named before and after', () => {
    const index = themeIndexOf({ a: themeText() });
    const changed = analyse(themeText({ lessons: '[YH-0002, OL-0003]' }));
    assert.deepEqual([...index.set({ uri: 'a', facts: changed.facts, problems: changed.problems })].sort(), ['GM-0001', 'OL-0003', 'YH-0002']);
    assert.deepEqual(index.mentionsOf('GM-0001'), []);
    assert.deepEqual([...index.delete('a')].sort(), ['OL-0003', 'YH-0002']);
    assert.deepEqual(index.mentionsOf('OL-0003'), []);
    assert.equal(index.size, 0);
  });

  it("reports a lesson id no lesson has as unknown-reference, on the id's range", () => {
    const index = themeIndexOf({ a: themeText({ lessons: '[GM-0001, "GM-0099"]' }) });
    const problems = index.problemsFor('a', exists);
    assert.deepEqual(
      problems.map((problem) => [...where(problem), problem.message]),
      [['unknown-reference', 2, 19, 2, 28, "lessons names 'GM-0099', but no lesson in the workspace has that id."]],
    );
    assert.deepEqual(
      index.problemsFor('a', () => true),
      [],
    );
    assert.deepEqual(index.problemsFor('missing', exists), []);
  });

  it('reports an id two themes share on both, each pointing at the other', () => {
    const index = themeIndexOf({ a: themeText({ title: 'First' }), b: themeText({ title: 'Second' }) });
    const [problem] = index.problemsFor('a', exists);
    assert.deepEqual(where(problem), ['duplicate-id', 0, 4, 0, 11]);
    assert.equal(problem.message, "id 'TH-0001' is also used by another theme; each theme needs its own id.");
    assert.deepEqual(
      problem.related?.map((related) => [related.uri, related.message]),
      [['b', "'TH-0001' is also the id of 'Second'"]],
    );
    assert.equal(index.problemsFor('b', exists)[0].code, 'duplicate-id');
  });
});
