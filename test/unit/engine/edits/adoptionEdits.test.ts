import * as assert from 'node:assert/strict';
import { addRelatedEdits, setAdoptionEdits } from '../../../../server/src/engine/edits/adoptionEdits';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';
import { lesson } from '../../support/lessons';

const adopt = (text: string, action: 'replicate' | 'customise' | 'enhance', id: string): string =>
  applyPlainTextEdits(text, setAdoptionEdits(parseYamlFile(text, 'lesson'), { action, lesson: id }));
const relate = (text: string, id: string): string => applyPlainTextEdits(text, addRelatedEdits(parseYamlFile(text, 'lesson'), id));

describe('adoption and related edits', () => {
  describe('setAdoptionEdits', () => {
    it('adds an adoption block in schema order: after the summary, before related', () => {
      const text = lesson({ summary: 'One paragraph.', related: '[GM-0001]' });
      assert.equal(adopt(text, 'enhance', 'YH-0007'), text.replace('related:', 'adoption:\n  action: enhance\n  lesson: YH-0007\nrelated:'));
    });

    it('fills an empty value written after a tag with a space between, so the tag does not swallow it', () => {
      const text = 'id: GM-0042\nadoption:\n  action: !!str\n  lesson: GM-0001\n';
      assert.equal(adopt(text, 'replicate', 'GM-0001'), 'id: GM-0042\nadoption:\n  action: !!str replicate\n  lesson: GM-0001\n');
    });

    it('replaces only the action of a block that already names the lesson, keeping its comments and layout', () => {
      const text = lesson({ adoption: '  # reused from Yorkshire\n    action: replicate   # like for like\n    lesson: "YH-0001"' });
      assert.equal(adopt(text, 'customise', 'YH-0001'), text.replace('replicate   #', 'customise   #'));
      assert.deepEqual(
        setAdoptionEdits(parseYamlFile(adopt(text, 'customise', 'YH-0001'), 'lesson'), { action: 'customise', lesson: 'YH-0001' }),
        [],
        'nothing to do when it already says so',
      );
    });

    it('keeps an adoption of another lesson and adds a second: the block becomes the first item of a list, comments and block text kept', () => {
      const text =
        'id: GM-0042\nadoption:   # reused from Yorkshire\n  # agreed at the board\n  action: replicate   # like for like\n  lesson: "YH-0001"\n  outcome: |\n    Signed in six weeks.\n\n    Not nine months.\nrelated: [OL-0001]\n';
      assert.equal(
        adopt(text, 'customise', 'DC-0002'),
        'id: GM-0042\nadoption:   # reused from Yorkshire\n  # agreed at the board\n  - action: replicate   # like for like\n    lesson: "YH-0001"\n    outcome: |\n      Signed in six weeks.\n\n      Not nine months.\n  - action: customise\n    lesson: DC-0002\nrelated: [OL-0001]\n',
      );
    });

    it('appends to a list of adoptions in its own layout, and changes only the action of the item that names the lesson', () => {
      const text = 'adoption:\n- action: replicate\n  lesson: YH-0001\n  status: live\n# next one\n- action: enhance\n  lesson: OL-0003\nrelated: []\n';
      assert.equal(
        adopt(text, 'customise', 'DC-0002'),
        'adoption:\n- action: replicate\n  lesson: YH-0001\n  status: live\n# next one\n- action: enhance\n  lesson: OL-0003\n- action: customise\n  lesson: DC-0002\nrelated: []\n',
      );
      assert.equal(adopt(text, 'customise', 'OL-0003'), text.replace('action: enhance', 'action: customise'));
      assert.equal(adopt('adoption:\n  - lesson: OL-0003\n', 'enhance', 'OL-0003'), 'adoption:\n  - lesson: OL-0003\n    action: enhance\n');
    });

    it('adds the value an existing block lacks, and fills empty values', () => {
      assert.equal(adopt('adoption:\n  action: enhance\n', 'enhance', 'YH-0007'), 'adoption:\n  action: enhance\n  lesson: YH-0007\n');
      assert.equal(
        adopt('adoption:\n  action:\n  lesson:  # which one?\n', 'replicate', 'YH-0007'),
        'adoption:\n  action: replicate\n  lesson:  YH-0007 # which one?\n',
      );
      assert.equal(
        adopt('id: GM-1\nadoption:\nrelated: []\n', 'replicate', 'YH-0007'),
        'id: GM-1\nadoption:\n  action: replicate\n  lesson: YH-0007\nrelated: []\n',
      );
    });

    it('edits a flow mapping in place and replaces a value that is not a mapping', () => {
      assert.equal(adopt('adoption: {action: replicate, lesson: YH-0001}\n', 'enhance', 'YH-0001'), 'adoption: {action: enhance, lesson: YH-0001}\n');
      assert.equal(
        adopt('adoption: {action: replicate, lesson: YH-0001}\n', 'enhance', 'DC-0002'),
        'adoption: [{action: replicate, lesson: YH-0001}, { action: enhance, lesson: DC-0002 }]\n',
      );
      assert.equal(
        adopt('adoption: [{action: replicate, lesson: YH-0001}]\n', 'enhance', 'DC-0002'),
        'adoption: [{action: replicate, lesson: YH-0001}, { action: enhance, lesson: DC-0002 }]\n',
      );
      assert.equal(
        adopt('adoption: YH-0001  # wrong\nrelated: []\n', 'replicate', 'YH-0001'),
        'adoption:\n  action: replicate\n  lesson: YH-0001  # wrong\nrelated: []\n',
      );
    });
  });

  describe('addRelatedEdits', () => {
    it('appends to a flow list, fills an empty one, and adds related when missing', () => {
      assert.equal(relate('related: [GM-0001, "GM-0002"]  # both\n', 'WX-0003'), 'related: [GM-0001, "GM-0002", WX-0003]  # both\n');
      assert.equal(relate('related: []\n', 'WX-0003'), 'related: [WX-0003]\n');
      assert.equal(relate('related:\n', 'WX-0003'), 'related: [WX-0003]\n');
      const text = lesson({ contact: 'someone@nhs.net' });
      assert.equal(relate(text, 'WX-0003'), text.replace('contact:', 'related: [WX-0003]\ncontact:'));
    });

    it('adds a line to a block list at its dash column, after a comment on the last item', () => {
      assert.equal(
        relate('related:\n    - GM-0001  # first\ncontact: a@b.cc\n', 'WX-0003'),
        'related:\n    - GM-0001  # first\n    - WX-0003\ncontact: a@b.cc\n',
      );
      assert.equal(relate('related:\n- GM-0001', 'WX-0003'), 'related:\n- GM-0001\n- WX-0003');
    });

    it('does nothing when the id is already listed', () => {
      assert.deepEqual(addRelatedEdits(parseYamlFile('related: [WX-0003]\n', 'lesson'), 'WX-0003'), []);
    });
  });
});
