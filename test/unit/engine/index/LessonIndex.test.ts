import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { LessonIndex } from '../../../../server/src/engine/index/LessonIndex';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { lesson, TODAY } from '../../support/lessons';

function put(index: LessonIndex, uri: string, text: string): Set<string> {
  const { facts, problems } = analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });
  return index.set({ uri, facts, problems });
}

describe('LessonIndex', () => {
  it('reports a duplicate id in both files, each pointing at the other', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', lesson({ id: 'GM-0001' }));
    const affected = put(index, 'file:///b', lesson({ id: 'GM-0001', title: 'Other' }));
    assert.deepEqual([...affected].sort(), ['file:///a', 'file:///b']);
    const a = index.problemsFor('file:///a');
    assert.deepEqual(
      a.map((p) => p.code),
      ['duplicate-id'],
    );
    assert.deepEqual(a[0].range, { start: { line: 0, character: 4 }, end: { line: 0, character: 11 } });
    assert.equal(a[0].related?.[0].uri, 'file:///b');
    assert.equal(a[0].related?.[0].message, "'GM-0001' is also the id of 'Other'");
    assert.equal(index.problemsFor('file:///b')[0].related?.[0].uri, 'file:///a');
  });

  it('clears the duplicate in the other file when one changes its id, and says which files to republish', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', lesson({ id: 'GM-0001' }));
    put(index, 'file:///b', lesson({ id: 'GM-0001' }));
    const affected = put(index, 'file:///b', lesson({ id: 'GM-0002' }));
    assert.ok(affected.has('file:///a'));
    assert.deepEqual(index.problemsFor('file:///a'), []);
  });

  it('reports references to ids that no lesson has, and resolves them when the lesson appears', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', lesson({ id: 'GM-0001', adoption: '\n  action: replicate\n  lesson: YH-0007', related: '[WX-0003]' }));
    const problems = index.problemsFor('file:///a');
    assert.deepEqual(
      problems.map((p) => [p.code, p.range.start.line, p.range.start.character]),
      [
        ['unknown-reference', 14, 10],
        ['unknown-reference', 15, 10],
      ],
    );
    assert.equal(problems[0].message, "adoption.lesson names 'YH-0007', but no lesson in the workspace has that id.");
    const affected = put(index, 'file:///y', lesson({ id: 'YH-0007', locality: 'Yorkshire & Humber Care Record', date: '2024-11-02' }));
    assert.ok(affected.has('file:///a'), 'the referring file is republished');
    assert.deepEqual(
      index.problemsFor('file:///a').map((p) => p.message),
      ["related names 'WX-0003', but no lesson in the workspace has that id."],
    );
  });

  it('leaves the referring files out of an edit that keeps the id, and keeps the other holders of a duplicate in', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', lesson({ id: 'GM-0001', related: '[GM-0002]' }));
    put(index, 'file:///b', lesson({ id: 'GM-0002' }));
    assert.deepEqual([...put(index, 'file:///b', lesson({ id: 'GM-0002', title: 'Retitled' }))], ['file:///b']);
    put(index, 'file:///c', lesson({ id: 'GM-0002' }));
    const affected = put(index, 'file:///b', lesson({ id: 'GM-0002', title: 'Retitled again' }));
    assert.deepEqual([...affected].sort(), ['file:///b', 'file:///c'], "the duplicate's problem names this lesson's title");
    assert.equal(index.problemsFor('file:///c')[0].related?.[0].message, "'GM-0002' is also the id of 'Retitled again'");
    const renamed = put(index, 'file:///b', lesson({ id: 'GM-0009' }));
    assert.deepEqual([...renamed].sort(), ['file:///a', 'file:///b', 'file:///c'], "a new id affects the old id's holders and referrers");
  });

  it('reports a lesson that names itself', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', lesson({ id: 'GM-0001', related: '[GM-0001]' }));
    const [problem] = index.problemsFor('file:///a');
    assert.equal(problem.code, 'self-reference');
    assert.equal(problem.message, "related names this lesson itself (GM-0001); name another locality's lesson.");
  });

  it('breaks references again when the referenced lesson is deleted', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', lesson({ id: 'GM-0001', related: '[GM-0002]' }));
    put(index, 'file:///b', lesson({ id: 'GM-0002' }));
    assert.deepEqual(index.problemsFor('file:///a'), []);
    const affected = index.delete('file:///b');
    assert.deepEqual([...affected], ['file:///a']);
    assert.equal(index.problemsFor('file:///a')[0].code, 'unknown-reference');
    assert.equal(index.get('file:///b'), undefined);
    assert.deepEqual(index.problemsFor('file:///b'), []);
  });

  it('finds every place that adopts or relates to an id', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', lesson({ id: 'GM-0001' }));
    put(index, 'file:///b', lesson({ id: 'GM-0002', adoption: '\n  action: enhance\n  lesson: GM-0001' }));
    put(index, 'file:///c', lesson({ id: 'GM-0003', related: '[GM-0002, GM-0001]' }));
    const sites = index
      .referencesTo('GM-0001')
      .map((site) => [site.uri, site.reference.kind, site.reference.range.start.line, site.reference.range.start.character]);
    assert.deepEqual(sites.sort(), [
      ['file:///b', 'adoption', 14, 10],
      ['file:///c', 'related', 12, 19],
    ]);
  });

  it('put (for a scan) leaves the index exactly as set does, over adds and replacements', () => {
    // Few ids and uris, so lessons share ids, reference each other and replace one another.
    const ids = ['GM-0001', 'GM-0002', 'YH-0007', 'WX-0003'];
    const entryArb = fc.record({
      uri: fc.constantFrom('file:///a', 'file:///b', 'file:///c', 'file:///d'),
      id: fc.constantFrom(...ids),
      adopts: fc.option(fc.constantFrom(...ids), { nil: undefined }),
      related: fc.option(fc.constantFrom(...ids), { nil: undefined }),
      date: fc.constantFrom('2024-01-01', '2025-06-01'),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 12 }), (entries) => {
        const bySet = new LessonIndex();
        const byPut = new LessonIndex();
        for (const entry of entries) {
          const text = lesson({
            id: entry.id,
            date: entry.date,
            ...(entry.adopts ? { adoption: `\n  action: replicate\n  lesson: ${entry.adopts}` } : {}),
            ...(entry.related ? { related: `[${entry.related}]` } : {}),
          });
          const { facts, problems } = analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });
          bySet.set({ uri: entry.uri, facts, problems });
          byPut.put({ uri: entry.uri, facts, problems });
        }
        assert.deepEqual(byPut.ids().sort(), bySet.ids().sort());
        for (const uri of ['file:///a', 'file:///b', 'file:///c', 'file:///d']) assert.deepEqual(byPut.problemsFor(uri), bySet.problemsFor(uri), uri);
        for (const id of ids) assert.deepEqual(byPut.referencesTo(id), bySet.referencesTo(id), id);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
