/**
 * Parts that compose sentences about any theme: who, did what, to which of the theme's
 * things, and how it turned out. Composed sentences make two lessons on one theme share
 * its vocabulary without sharing whole sentences, as two real lessons on a subject do.
 * `{thing}` is one of the theme's things; other `{slots}` come from SLOTS.
 */
export const GRAMMAR = {
  openers: ['', '', '', 'Early on, ', 'During the pilot, ', 'After go-live, ', 'In the first year, ', 'At {site}, ', 'Looking back, ', 'Once funding was agreed, ', 'Over {duration}, ', 'Before the contract was signed, ', 'In phase two, ', 'When the pandemic hit, ', 'By the second quarter, ', 'Halfway through, ', 'Against expectations, ', 'To our surprise, ', 'With hindsight, ', 'In the end, ', 'From the outset, ', 'After the restructure, ', 'While recruiting, '],
  subjects: [
    'the {role} at {site}',
    'the programme team',
    'our {role}',
    'clinicians at {site}',
    'the supplier',
    '{partners}',
    '{group}',
    'the project manager',
    'the data quality team',
    'the service desk',
    'analysts at the ICB',
    'the architecture team',
    'a small working group',
    'the {role} and the supplier',
    'the deputy director of nursing',
    'our two business analysts',
    'the clinical lead for {site}',
    'the finance business partner',
    'the estates team',
    'volunteers from the patient forum',
    'the head of IT at {site}',
    'the regional team',
    'the information asset owner',
    'an external consultancy',
    'the records manager',
    'the digital transformation team',
    'our trainers',
    'the contracts team',
    'the medical director',
  ],
  good: {
    verbs: ['agreed', 'published', 'tested', 'signed off', 'shared', 'piloted', 'documented', 'simplified', 'reused', 'automated', 'reviewed', 'championed', 'finished', 'rolled out', 'explained', 'streamlined', 'negotiated', 'drafted', 'prototyped', 'validated', 'costed', 'mapped', 'consolidated', 'redesigned', 'standardised', 'modelled', 'secured', 'translated', 'scheduled', 'presented'],
    tails: ['', '', ' early on', ' in {duration}', ' before go-live', ' with help from {group}', ', so nobody had to start from scratch', ', which saved {duration} of work', ' and every partner used it', ' with very little rework', ' and {site} adopted it unchanged', ', which built trust with {partners}', ' ahead of schedule', ', and the board noticed', ' without extra funding', ', which other regions later copied', ' on the first attempt', ', freeing up clinical time', ' and kept it simple', ', which reassured the auditors', ' using existing licences', ' with the union on board'],
  },
  notSoGood: {
    verbs: ['delayed', 'underestimated', 'rewrote', 'lost track of', 'argued over', 'reworked', 'paused', 'struggled with', 'misread', 'duplicated', 'forgot about', 'could not finish', 'kept changing', 'escalated', 'overspent on', 'neglected', 'abandoned', 'postponed', 'mislabelled', 'overcomplicated', 'rushed', 'cancelled', 'ignored', 'disputed', 'outsourced', 'lost', 'broke', 'misconfigured'],
    tails: ['', ' for {duration}', ' because nobody owned it', ', so go-live slipped by {duration}', ', which frustrated {partners}', ' after the pilot at {site}', ' twice', ' without telling {group}', ' and it cost {duration} of rework', ' until {group} stepped in', ' while waiting for {partners}', ' during the winter pressures', ', and morale dropped', ' when the lead left', ' after the audit', ', so the budget ran out', ' because the scope kept growing', ' in the final week', ', leaving a backlog of complaints', ' despite repeated warnings', ' because of a licensing dispute'],
  },
  improvements: {
    verbs: ['Agree', 'Publish', 'Test', 'Budget for', 'Name an owner for', 'Start', 'Share', 'Pilot', 'Review', 'Simplify', 'Plan', 'Document', 'Automate', 'Fund', 'Check', 'Prototype', 'Map', 'Cost', 'Standardise', 'Negotiate', 'Schedule', 'Validate', 'Escalate early on', 'Staff', 'Protect time for', 'Rehearse', 'Audit', 'Benchmark', 'Phase', 'Decommission'],
    tails: [' before drafting starts', ' at the start of the project', ' with {partners}', ' and report on it to {group} every month', ' before go-live', ' in the business case', ' as soon as funding is agreed', ' with the {role}', ' at {site} first', ' and keep it up to date', ' and ask {group} to own it', ' in the contract', ' with a named deputy', ' before recruiting', ' and publish the results', ' with frontline staff in the room', ' before the winter', ' in plain English', ' with a fallback option', ' alongside the finance team', ' before the next phase'],
  },
  titles: [
    '{Thing} took {duration} longer than planned',
    '{Thing} needed an owner from the start',
    '{Thing} was reused by {count} partners',
    '{Thing} worked once {group} backed it',
    '{Thing} stalled after the pilot at {site}',
    '{Thing} saved {duration} at {site}',
    'What we learnt about {thing} with {partners}',
    'Getting {thing} right across {partners}',
    'Why {thing} slipped at {site}',
    '{Thing}: start earlier than you think',
  ],
} as const;

/** What any project's sentences may be about besides the lesson's own things. */
export const GENERIC_OBJECTS: readonly string[] = [
  'the project plan', 'the risk log', 'the weekly stand-up', 'the test scripts', 'the go-live checklist', 'the training budget', 'the issue tracker', 'the steering group papers',
  'the lessons log', 'the handover notes', 'the benefits profile', 'the stakeholder map', 'the communications plan', 'the budget forecast', 'the change requests', 'the service catalogue',
  'the support model', 'the escalation route', 'the resource plan', 'the quarterly review', 'the supplier invoices', 'the migration scripts', 'the data dictionary', 'the release notes',
  'the rollback plan', 'the dependency list', 'the site visits', 'the staff survey', 'the project charter', 'the procurement timetable', 'the board report', 'the contingency budget',
  'the cut-over weekend', 'the user acceptance testing', 'the operating model', 'the service level agreement', 'the knowledge base', 'the recruitment of analysts', 'the backlog', 'the roadmap',
  'the vendor workshops', 'the interface specification', 'the test data', 'the performance testing', 'the disaster recovery test', 'the penetration test', 'the accessibility audit', 'the content design',
  'the out-of-hours cover', 'the governance structure', 'the milestone plan', 'the evaluation framework', 'the pilot criteria', 'the exit report', 'the transition plan', 'the lessons workshop',
  'the car parking for trainers', 'the laptop rollout', 'the network upgrade', 'the data centre move', 'the password reset process', 'the helpdesk scripts', 'the video consultations', 'the printer fleet',
  'the shift rota', 'the induction pack', 'the intranet pages', 'the newsletter', 'the room bookings', 'the travel claims', 'the capacity plan', 'the bed management screens',
  'the referral forms', 'the letters to patients', 'the appointment reminders', 'the translation service', 'the interpreters', 'the volunteer scheme', 'the mobile devices', 'the wifi coverage',
  'the overtime budget', 'the agency staff', 'the clinical coding', 'the theatre schedule', 'the pharmacy stock system', 'the pathology results feed', 'the radiology reports', 'the ward round tablets',
];
