import * as assert from 'node:assert/strict';
import { Thesaurus } from '../../../../server/src/engine/similarity/thesaurus';
import { tokenize } from '../../../../server/src/engine/similarity/tokenize';

describe('similarity: tokenize', () => {
  const thesaurus = new Thesaurus();
  const terms = (text: string): string[] => tokenize(text, thesaurus);

  it('drops stop words and stems what is left', () => {
    assert.deepEqual(terms('The agreements were matching the records'), ['agreement', 'match', 'record']);
  });

  it('ignores case and punctuation', () => {
    assert.deepEqual(terms('DELAYS, delays; Delays!'), terms('delays delays delays'));
    assert.deepEqual(terms('(Interoperability)... "interoperability?"'), terms('interoperability interoperability'));
  });

  it('reads a thesaurus phrase as one concept token, whatever its form', () => {
    const concept = thesaurus.conceptOf('data sharing agreement');
    assert.ok(concept);
    assert.deepEqual(terms('data sharing agreement'), [concept]);
    assert.deepEqual(terms('Data-sharing agreements'), [concept]);
    assert.deepEqual(terms('the DSA'), [concept]);
  });

  it('treats hyphens as spaces, so sign-off, sign off and signed off meet', () => {
    const signOff = terms('sign-off');
    assert.equal(signOff.length, 1);
    assert.deepEqual(terms('sign off'), signOff);
    assert.deepEqual(terms('signed off'), signOff);
    assert.deepEqual(terms('role-based access control'), terms('role based access control'));
  });

  it('keeps particles inside phrases: signing in is not signing off', () => {
    assert.notDeepEqual(terms('sign in'), terms('sign off'));
    assert.deepEqual(terms('log in'), terms('login'));
  });

  it('reads an NHS number (and a written one) as the NHS number concept', () => {
    const nhsNumber = thesaurus.conceptOf('NHS number');
    assert.ok(nhsNumber);
    assert.deepEqual(terms('NHS numbers'), [nhsNumber]);
    assert.deepEqual(terms('943 476 5919'), [nhsNumber]);
    assert.deepEqual(terms('9434765919'), [nhsNumber]);
    assert.deepEqual(terms('943-476-5919'), [nhsNumber]);
  });

  it('reads the plural and possessive of an acronym as the acronym', () => {
    assert.deepEqual(terms('GPs'), terms('GP'));
    assert.deepEqual(terms("the ICB's"), terms('ICB'));
    assert.deepEqual(terms('DPIAs'), terms('data protection impact assessment'));
  });

  it('leaves capitalised words ending in S alone', () => {
    assert.notDeepEqual(terms('PROCESS'), terms('PROCE'));
    assert.deepEqual(terms('PROCESS'), terms('process'));
  });

  it('drops possessives and contractions', () => {
    assert.deepEqual(terms("the trust's board"), terms('trust board'));
    assert.deepEqual(terms("couldn't"), []);
  });

  it('writes number words as digits', () => {
    assert.deepEqual(terms('nine months'), terms('9 months'));
  });

  it('brings British and American spellings together', () => {
    assert.deepEqual(terms('organization'), terms('organisation'));
    assert.deepEqual(terms('prioritized'), terms('prioritised'));
  });

  it('does not read "provided" as a care provider', () => {
    assert.notDeepEqual(terms('provided'), terms('provider'));
    assert.deepEqual(terms('provider'), terms('trust'));
  });

  it('does not let a phrase run across a sentence end', () => {
    const dsa = thesaurus.conceptOf('data sharing agreement')!;
    assert.ok(terms('no data sharing agreement yet').includes(dsa));
    assert.equal(terms('no data sharing. Agreement came later').includes(dsa), false);
  });

  it('lets a phrase run across a line break (YAML block text wraps mid-sentence)', () => {
    assert.deepEqual(terms('data sharing\nagreement'), terms('data sharing agreement'));
  });

  it('returns nothing for empty or stop-word-only text', () => {
    assert.deepEqual(terms(''), []);
    assert.deepEqual(terms('   \n\t'), []);
    assert.deepEqual(terms('it was the and of'), []);
    assert.deepEqual(terms('!!! ... ???'), []);
  });
});
