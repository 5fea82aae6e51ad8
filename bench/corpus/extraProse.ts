/**
 * Raw material for what real lessons carry besides the three answers: rough notes and
 * placeholders of drafts, comments, outcomes, documents and team mailboxes. Nothing here may
 * look like patient data (no long numbers, no birth dates, no personal emails, no postcodes).
 * `{slot}`s are filled as in prose.ts.
 */

/** Notes a draft's author leaves for later. */
export const DRAFT_NOTES: readonly string[] = [
  'numbers TBC',
  'dates TBC',
  'owner TBC',
  'cost tbc',
  'need to check this with the {role}',
  'ask {site} for their side of it',
  'more detail after the review',
  'see notes from the {group} meeting',
  'wording to tidy up',
  'TBC once the supplier confirms',
  'not sure this is right, check with the PMO',
  'expand before collating',
];

/** Comments a draft opens with. */
export const DRAFT_HEADER_COMMENTS: readonly string[] = [
  '# draft - notes from the huddle, to tidy up',
  '# rough notes, not reviewed yet',
  '# copied from the old lessons spreadsheet',
  '# TODO: add the summary once the board has seen it',
  '# first go at this one, comments welcome',
];

/** Comments on a line of their own between fields. */
export const FIELD_COMMENTS: readonly string[] = [
  '# figures from the PMO, check before curating',
  '# TODO: link the DPIA once it is published',
  '# agreed wording at the lessons workshop',
  '# see also the closure report',
  '# kept short on purpose',
];

/** Comments after a value on the same line. */
export const INLINE_COMMENTS: Readonly<Record<'title' | 'stage' | 'date' | 'topics', readonly string[]>> = {
  title: ['# working title', '# title TBC'],
  stage: ['# still a draft', '# move on after the review', '# TBC'],
  date: ['# roughly, from the minutes', '# date of the workshop'],
  topics: ['# check topics', '# more to add?'],
};

/** A lesson's measurable result. */
export const OUTCOMES: readonly string[] = [
  'Sign-off took {duration} instead of the year the first agreement needed.',
  'Weekly log-ins up {percent}% in three months.',
  'About {number} records viewed a month by {month} {year}.',
  'Go-live at {place2} took {duration}, half the time {place} needed.',
  '{percent}% of practices signed up in the first quarter.',
  'Calls to the service desk fell by {percent}% after the change.',
  'No wrong merges reported in the {duration} since.',
  'Training time per user down from a day to two hours.',
  'Not measured yet, numbers TBC at the next board.',
  '{percent}% fewer duplicate records in {month} {year} than a year before.',
];

/** What changed where a lesson's solution was reused. */
export const ADOPTION_OUTCOMES: readonly string[] = [
  'Agreement signed in {duration}.',
  'Live at {place} in {month} {year}.',
  'Reused the template with local wording; {percent}% less drafting.',
  'Stopped when the funding moved to the ICB.',
  'Weekly log-ins up {percent}% in three months.',
  'Same checklist, go-live {duration} earlier than planned.',
];

/** Documents kept in the workspace beside the lessons (writeCorpus writes them). */
export const ARTEFACT_FILES: readonly string[] = [
  'artefacts/dsa-template.md',
  'artefacts/dpia-template.md',
  'artefacts/hazard-log-template.md',
  'artefacts/go-live-checklist.md',
  'artefacts/comms-pack.md',
  'artefacts/training-plan.md',
  'artefacts/benefits-framework.md',
  'artefacts/matching-test-plan.md',
];

/** Documents published elsewhere, by name; the lesson links to them under its project. */
export const ARTEFACT_LINKS: readonly string[] = [
  'dpia.docx',
  'closure-report.pdf',
  'hazard-log.xlsx',
  'sign-off-tracker.xlsx',
  'training-slides.pptx',
  'benefits-case.docx',
];

/** Team and role mailboxes for `contact`: a person's own address is what the format advises against. */
export const TEAM_MAILBOXES: readonly string[] = [
  'ig',
  'programme',
  'lessons',
  'shcr.support',
  'digital',
  'clinical.safety',
  'data.quality',
  'adoption.team',
  'integration',
];
