import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const PROBE = path.join(__dirname, 'keptTextProbe.ts');

/** Every scalar style the simple reader takes, each long enough that a slice of it would be a view of the file. */
const LESSON = [
  'id: GM-0001',
  'title: Consent forms were redesigned with patients',
  'locality: Greater Manchester Care Record',
  "reviewed_by: 'Sam Patel''s team, IG lead'",
  'contact: "information-governance@example.nhs.uk"',
  'topics: [consent, information-governance]',
  'related:',
  '  - GM-0002-redesign-of-the-consent-forms',
  'good: |',
  '  Patients helped write the forms.',
  'not_so_good: |',
  '  Legal review took three months.',
  'improvements: >',
  '  Book the legal review',
  '  before the design starts.',
  '',
].join('\n');

function probe(...args: string[]): { held: boolean; title?: string; reviewedBy?: string; topics: string[] } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', PROBE, ...args], { input: LESSON, encoding: 'utf8' });
  return JSON.parse(output) as { held: boolean; title?: string; reviewedBy?: string; topics: string[] };
}

describe('simple reader scalars', () => {
  it("keeps none of the file's text in the facts and problems the index keeps", function () {
    this.timeout(60_000);
    const kept = probe();
    assert.equal(kept.title, 'Consent forms were redesigned with patients');
    assert.equal(kept.reviewedBy, "Sam Patel's team, IG lead");
    assert.deepEqual(kept.topics, ['consent', 'information-governance']);
    assert.equal(kept.held, false, "a value read from the lesson keeps the file's whole text alive");
  });

  it('the check finds the text when the parse is kept', function () {
    this.timeout(60_000);
    assert.equal(probe('--keep-parse').held, true);
  });
});
