import type { LessonText } from '../../../../server/src/engine/similarity/lessonText';

/** A lesson with every field filled in, so each case only states what matters to it. */
export function lesson(parts: Partial<LessonText>): LessonText {
  return { title: '', good: '', not_so_good: '', improvements: '', topics: [], summary: '', ...parts };
}

/** The lesson every ranking test looks for matches of. */
export const DSA_BOARDS = lesson({
  title: 'Data sharing agreement sign-off took nine months across three trusts',
  good: 'Early involvement of every trust information governance lead meant the wording was agreed once.',
  not_so_good: "Each trust's board signed off the agreement separately, so sign-off took nine months and no data flowed until the last signature.",
  improvements: 'Agree one sign-off route with delegated signatories across all partners before drafting starts.',
  topics: ['information governance', 'data sharing'],
});

/** The same lesson told by another locality in other words. */
export const DSA_BOARDS_PARAPHRASE = lesson({
  title: 'Getting every provider to approve the DSA took most of a year',
  good: 'IG leads from all providers settled the text in two meetings.',
  not_so_good:
    'Approval went provider by provider: each governance committee approved it individually, and it was 9 months before the final signatory approved.',
  improvements: 'At kick-off, ask each provider for an approver with delegated authority and one approval route for all of them.',
  topics: ['IG', 'data sharing agreement'],
});

/** Same topic and many of the same words, but a different lesson. */
export const DSA_TEMPLATE = lesson({
  title: 'A data sharing agreement template got trusts signed quickly but nobody did the DPIA',
  good: 'Early involvement of every trust information governance lead meant the wording was agreed once.',
  not_so_good: 'Nobody wrote a data protection impact assessment until the ICO asked for one after a complaint.',
  improvements: 'Start the DPIA alongside the agreement and record who owns it.',
  topics: ['information governance', 'data sharing'],
});

/** Background lessons on other subjects, so IDF has something to work with. */
export const BACKGROUND: Record<string, LessonText> = {
  mpi: lesson({
    title: 'Records for the same patient split in the master patient index when NHS numbers were missing',
    good: 'The matching algorithm was explainable to the data quality team.',
    not_so_good: 'Feeds without an NHS number created thousands of duplicate patients.',
    improvements: 'Trace NHS numbers against PDS before loading a new feed.',
    topics: ['patient matching', 'data quality'],
  }),
  smartcards: lesson({
    title: 'Care home staff had no smartcards, so they could not log in to the record',
    good: 'Care homes were keen to see discharge summaries.',
    not_so_good: 'The login assumed NHS smartcards, which care home staff do not have.',
    improvements: 'Plan for non-NHS users from the start, with multi-factor authentication.',
    topics: ['social care', 'identity and access'],
  }),
  hosting: lesson({
    title: 'Cloud hosting costs were far higher than forecast',
    good: 'The platform scaled well over winter.',
    not_so_good: 'Data egress charges were never modelled, so the bill doubled.',
    improvements: 'Model egress and storage costs with realistic volumes before signing the contract.',
    topics: ['hosting', 'finance'],
  }),
  training: lesson({
    title: 'Floor walkers at go-live did more than any e-learning module',
    good: 'Clinicians asked real questions of people standing next to them.',
    not_so_good: 'The mandatory online module was clicked through and forgotten.',
    improvements: 'Fund floor walkers for the first two weeks on every ward.',
    topics: ['training', 'adoption'],
  }),
  fhir: lesson({
    title: 'Agree the FHIR profiles for pathology results before the build starts',
    good: 'The supplier had FHIR experience.',
    not_so_good: 'Each trust sent results with a different local extension.',
    improvements: 'Publish one profile and a conformance test before any supplier builds.',
    topics: ['interoperability', 'FHIR'],
  }),
};
