import * as assert from 'node:assert/strict';
import { lesson, problemsOf, where } from '../../support/lessons';

describe('analyzeLesson', () => {
  it('finds no problems in a complete, valid lesson', () => {
    assert.deepEqual(problemsOf(lesson()), []);
  });

  it('reports an empty file once, at its start', () => {
    const problems = problemsOf('');
    assert.deepEqual(problems.map(where), [['empty-value', 0, 0, 0, 0]]);
    assert.match(problems[0].message, /empty/);
  });

  it('reports text holding NUL characters once, as binary, on the first NUL, with no syntax errors after it', () => {
    const problems = problemsOf('id: GM-0001\ntitle: \u0000\u0000: [\n\u0000- x\n');
    assert.deepEqual(problems.map(where), [['not-text', 1, 7, 1, 8]]);
    assert.equal(problems[0].message, 'This file is binary, not text; a lesson is a UTF-8 YAML text file.');
  });

  it('treats a comment-only file as empty', () => {
    assert.deepEqual(
      problemsOf('# just a comment\n').map((p) => p.code),
      ['empty-value'],
    );
  });

  it('reports a root that is a list, not a mapping, on the root node', () => {
    const problems = problemsOf('- id: GM-0001\n- title: x\n');
    assert.deepEqual(problems.map(where), [['root-not-mapping', 0, 0, 2, 0]]);
  });

  it('reports a root that is a single value', () => {
    assert.deepEqual(
      problemsOf('just some words\n').map((p) => p.code),
      ['root-not-mapping'],
    );
  });

  it('reports YAML syntax errors at the parser position and does not claim fields are missing', () => {
    const problems = problemsOf(lesson({ topics: '[information governance, data sharing' }));
    assert.ok(problems.some((p) => p.code === 'yaml-syntax'));
    assert.ok(!problems.some((p) => p.code === 'missing-field'));
    const syntax = problems.find((p) => p.code === 'yaml-syntax')!;
    assert.ok(syntax.range.start.line >= 5, `syntax error is placed at the broken flow sequence, got line ${syntax.range.start.line}`);
    assert.match(syntax.message, /^YAML syntax: /);
  });

  it('reports a duplicate key on the second key', () => {
    const text = lesson().replace('stage: captured\n', 'stage: captured\nstage: curated\n');
    const problems = problemsOf(text);
    assert.deepEqual(problems.filter((p) => p.code === 'duplicate-key').map(where), [['duplicate-key', 4, 0, 4, 5]]);
    assert.match(problems.find((p) => p.code === 'duplicate-key')!.message, /'stage' appears more than once/);
  });

  it('reports a second document on its first line', () => {
    const problems = problemsOf(`${lesson()}---\nid: GM-0043\n`);
    const extra = problems.find((p) => p.code === 'multiple-documents');
    assert.ok(extra);
    assert.equal(extra.range.start.line, 12);
    assert.match(extra.message, /one document; this file has 2/);
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    assert.deepEqual(
      problemsOf(bomb).map((p) => p.code),
      ['alias-limit'],
    );
  });

  it('reports deep nesting as one clear problem instead of crashing', () => {
    const problems = problemsOf('['.repeat(30000));
    assert.deepEqual(
      problems.map((p) => p.code),
      ['too-deeply-nested'],
    );
  });

  it('caps syntax problems at 20 plus one summary', () => {
    const problems = problemsOf('a: b: c\n'.repeat(100));
    assert.ok(problems.length <= 22, `syntax problems are capped at 20 plus one summary, got ${problems.length}`);
    assert.ok(problems.some((p) => /more YAML problems in this file are not shown/.test(p.message)));
  });

  it('reads a 5 MB file without hanging and reports its real problems', () => {
    const huge = lesson({ good: `|\n${'  a line of text about the project\n'.repeat(150000)}` });
    assert.ok(huge.length > 5_000_000);
    assert.deepEqual(problemsOf(huge), []);
  });

  it('reads YAML 1.1 timestamps and booleans as plain text under the core schema', () => {
    // `date: 2025-03-14` must stay the string the schema expects, and `yes` is not a boolean.
    assert.deepEqual(problemsOf(lesson({ title: 'yes' })), []);
  });
});
