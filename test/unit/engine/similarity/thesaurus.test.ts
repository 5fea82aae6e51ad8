import * as assert from 'node:assert/strict';
import { DEFAULT_THESAURUS } from '../../../../server/src/engine/similarity/defaultThesaurus';
import { Thesaurus } from '../../../../server/src/engine/similarity/thesaurus';
import { tokenize } from '../../../../server/src/engine/similarity/tokenize';

describe('similarity: thesaurus', () => {
  const thesaurus = new Thesaurus();
  const same = (a: string, b: string, t: Thesaurus = thesaurus): void => {
    const concept = t.conceptOf(a);
    assert.ok(concept, `${a} should be in the thesaurus`);
    assert.equal(t.conceptOf(b), concept, `${a} ≡ ${b}`);
    assert.deepEqual(tokenize(b, t), [concept]);
  };

  it('ships at least thirty groups', () => {
    assert.ok(DEFAULT_THESAURUS.length >= 30, `${DEFAULT_THESAURUS.length} groups`);
  });

  it('knows the acronyms of the field and their expansions', () => {
    same('DSA', 'data sharing agreement');
    same('IG', 'information governance');
    same('MPI', 'master patient index');
    same('MPI', 'patient matching');
    same('DPIA', 'data protection impact assessment');
    same('SCR', 'shared care record');
    same('GP', 'general practice');
    same('GP', 'general practitioner');
    same('EPR', 'electronic patient record');
    same('FHIR', 'fast healthcare interoperability resources');
    same('ICB', 'integrated care board');
    same('SAR', 'subject access request');
    same('CSO', 'clinical safety officer');
    same('RBAC', 'role-based access control');
    same('NHS number', 'NHS no');
  });

  it('knows everyday synonyms of lessons learned', () => {
    same('sign-off', 'approval');
    same('trust', 'provider');
    same('delay', 'held up');
  });

  it('keeps different concepts apart', () => {
    assert.notEqual(thesaurus.conceptOf('DSA'), thesaurus.conceptOf('DPIA'));
    assert.notEqual(thesaurus.conceptOf('data sharing'), thesaurus.conceptOf('data sharing agreement'));
    assert.equal(thesaurus.conceptOf('weather'), undefined);
  });

  it('prefers the longest phrase', () => {
    // "shared care record" inside "local shared care record" until a group names the longer phrase.
    const extended = new Thesaurus([['LShCR', 'local shared care record']]);
    assert.deepEqual(tokenize('local shared care record', extended), [extended.conceptOf('LShCR')]);
    assert.notEqual(extended.conceptOf('LShCR'), extended.conceptOf('shared care record'));
  });

  it('takes extra groups from config', () => {
    assert.equal(thesaurus.conceptOf('TVS'), undefined);
    const extended = new Thesaurus([['TVS', 'Thames Valley and Surrey']]);
    same('TVS', 'Thames Valley and Surrey', extended);
  });

  it('merges a config group that repeats a default term into that group', () => {
    const extended = new Thesaurus([['data sharing contract', 'DSC']]);
    same('DSA', 'DSC', extended);
    assert.equal(extended.conceptOf('DSC'), thesaurus.conceptOf('data sharing agreement'));
  });

  it('can run without the defaults', () => {
    const bare = new Thesaurus([['ABC', 'a big change']], { defaults: false });
    assert.equal(bare.conceptOf('DSA'), undefined);
    same('ABC', 'a big change', bare);
  });

  it('ignores malformed config and phrases made only of stop words', () => {
    const odd = [['IT', 'information technology'], 'not a group', [42, 'forty-two', null], []] as unknown as string[][];
    const extended = new Thesaurus(odd);
    // "IT" is the stop word "it": mapping it would rewrite every "it" in every lesson.
    assert.deepEqual(tokenize('it was it', extended), []);
    assert.ok(extended.conceptOf('information technology'));
    assert.ok(extended.conceptOf('forty-two'));
  });

  it('shares one thesaurus per set of extra groups', () => {
    const groups = [['LShCR', 'local shared care record']];
    assert.equal(Thesaurus.withExtraGroups(groups), Thesaurus.withExtraGroups(JSON.parse(JSON.stringify(groups))));
    assert.notEqual(Thesaurus.withExtraGroups(groups), Thesaurus.withExtraGroups([]));
    assert.equal(Thesaurus.withExtraGroups(groups).conceptOf('LShCR'), Thesaurus.withExtraGroups(groups).conceptOf('local shared care records'));
  });
});
