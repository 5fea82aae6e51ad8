import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { lessonFileMove } from '../../../../server/src/engine/edits/lessonFileMove';

const folder = path.join(path.sep, 'work', 'gm');
const at = (name: string): string => path.join(folder, name);
const nothingExists = (): boolean => false;

describe('moving a lesson file with its id', () => {
  it('moves a file named exactly after the old id, keeping its folder and its .yaml or .yml ending', () => {
    assert.deepEqual(lessonFileMove(at('GM-0001.lesson.yaml'), 'GM-0001', 'GM-0042', nothingExists), {
      from: at('GM-0001.lesson.yaml'),
      to: at('GM-0042.lesson.yaml'),
    });
    assert.deepEqual(lessonFileMove(at('GM-0001.lesson.yml'), 'GM-0001', 'YH-0007', nothingExists), {
      from: at('GM-0001.lesson.yml'),
      to: at('YH-0007.lesson.yml'),
    });
  });

  it('leaves a file named otherwise where it is', () => {
    for (const name of [
      'sign-off.lesson.yaml',
      'GM-0001-sign-off.lesson.yaml',
      'gm-0001.lesson.yaml',
      'GM-00011.lesson.yaml',
      'GM-0001.LESSON.YAML',
      'xGM-0001.lesson.yaml',
    ]) {
      assert.equal(lessonFileMove(at(name), 'GM-0001', 'GM-0042', nothingExists), undefined, name);
    }
  });

  it('never moves onto a file that exists, and not at all when the id stays', () => {
    const asked: string[] = [];
    const exists = (file: string): boolean => {
      asked.push(file);
      return true;
    };
    assert.equal(lessonFileMove(at('GM-0001.lesson.yaml'), 'GM-0001', 'GM-0042', exists), undefined);
    assert.deepEqual(asked, [at('GM-0042.lesson.yaml')]);
    assert.equal(lessonFileMove(at('GM-0001.lesson.yaml'), 'GM-0001', 'GM-0001', nothingExists), undefined);
  });
});
