/**
 * A small workspace for the report's tests, with numbers worked out by hand (examples/
 * changes as lessons are added). Every lesson has answers of its own, so only the pairs
 * meant to read alike do.
 *
 * - communicated: GM-0001 (public; outcome, artefacts, contact; adopted by LD-0001 and
 *   WX-0001), GM-0003 (dated 2023), LD-0001 (customised GM-0001; adopted by WX-0001),
 *   WX-0002 (restricted; no review)
 * - curated: LD-0002 (reviewed by someone who is not a curator)
 * - organised: WX-0001 (replicated GM-0001, enhanced LD-0001)
 * - collated: GM-0002 (holds an NHS number), LD-0004 and WX-0004 (alike, in one theme)
 * - captured: LD-0003 (topics 'trainng' and 'ambulance'), GM-0004 and WX-0003 (alike, not linked)
 */
export const REPORT_WORKSPACE: Record<string, string> = {
  'learn-once.yaml': `localities:
  - {name: Greater Manchester Care Record, prefix: GM, aliases: [GMCR], folder: greater-manchester}
  - {name: Leeds Care Record, prefix: LD, aliases: [LCR, Leeds], folder: leeds}
  - {name: Wessex Care Records, prefix: WX, aliases: [Wessex], folder: wessex}
curators: [Priya Shah]
topics: [information governance, data sharing, training, audit, identity and access]
`,
  'artefacts/dsa-template.md': '# Data sharing agreement template\n',
  'themes/TH-0001.theme.yaml': `id: TH-0001
title: Care home staff need a way into the record without smartcards
lessons: [LD-0004, WX-0004]
summary: Two localities found care home staff had no smartcards and gave them another way in.
`,
  'greater-manchester/GM-0001.lesson.yaml': `id: GM-0001
title: One agreement text and one sign-off route for every trust
locality: Greater Manchester Care Record
stage: communicated
reviewed_by: Priya Shah
reviewed_on: 2024-06-01
date: 2024-05-01
topics: [information governance, data sharing]
sensitivity: public
good: |
  Every trust's lawyers agreed one data sharing agreement text before drafting.
not_so_good: |
  Each trust board signed separately at first, which took nine months.
improvements: |
  Agree one sign-off route before drafting starts.
  Ask boards to delegate signature to the SIRO.
summary: >
  One agreement text and one sign-off route cut data sharing agreement sign-off
  from nine months to six weeks. Leeds built on it in LD-0001.
outcome: Sign-off went from nine months to six weeks.
artefacts:
  - artefacts/dsa-template.md
  - https://example.org/guides/dsa?step=1&lang=en
contact: dsa-team@nhs.net
`,
  'greater-manchester/GM-0002.lesson.yaml': `id: GM-0002
title: Overnight extracts failed without anyone noticing
locality: Greater Manchester Care Record
stage: collated
date: 2022-12-01
topics: [audit]
good: |
  A test patient, 943 476 5919, showed the gap at once.
not_so_good: |
  Nobody watched the extract logs overnight.
improvements: |
  Alert the service desk when an extract is late.
`,
  'greater-manchester/GM-0003.lesson.yaml': `id: GM-0003
title: Monthly access audit reports by staff role
locality: Greater Manchester Care Record
stage: communicated
reviewed_by: priya shah
reviewed_on: 2023-07-01
date: 2023-06-01
topics: [audit]
good: |
  Information governance leads acted on a monthly list of views with no care relationship.
not_so_good: |
  Emergency department views flooded the first reports.
improvements: |
  Filter out expected patterns before the report goes out.
summary: A monthly report of views with no care relationship led to eleven investigations in a year.
contact: ig-audit@nhs.net
`,
  'greater-manchester/GM-0004.lesson.yaml': `id: GM-0004
title: Community pharmacists needed their own access role in the shared record
locality: Greater Manchester Care Record
stage: captured
date: 2025-10-01
topics: [identity and access]
good: |
  Community pharmacists used the record to reconcile medicines after discharge from hospital.
not_so_good: |
  The GP access role showed pharmacists far more of the record than they needed.
improvements: |
  Design a pharmacist access role with community pharmacists before go-live.
`,
  'leeds/LD-0001.lesson.yaml': `id: LD-0001
title: Customising the agreement route with an information governance lead per trust
locality: Leeds Care Record
stage: communicated
reviewed_by: Priya Shah
reviewed_on: 2025-07-01
date: 2025-02-01
topics: [training]
good: |
  We trained one lead per trust to walk their own board through the route.
not_so_good: |
  Two leads changed jobs halfway and their replacements needed the training again.
improvements: |
  Train a deputy alongside each lead.
summary: Leeds customised the single sign-off route with a trained lead per trust and signed in seven weeks.
adoption:
  action: customise
  lesson: GM-0001
  status: live
  date: 2025-06-01
  outcome: Agreement signed in seven weeks.
contact: leeds-ig@nhs.net
`,
  'leeds/LD-0002.lesson.yaml': `id: LD-0002
title: A public sandbox got suppliers connected in weeks
locality: Leeds Care Record
stage: curated
reviewed_by: Someone Else
reviewed_on: 2023-01-11
date: 2023-01-10
topics: [information governance]
good: |
  Suppliers tested their interfaces against a sandbox with synthetic patients.
not_so_good: |
  The sandbox data was too tidy to show real edge cases.
improvements: |
  Seed the sandbox with messy, realistic synthetic records.
summary: A sandbox with synthetic patients cut supplier onboarding from months to weeks.
`,
  'leeds/LD-0003.lesson.yaml': `id: LD-0003
title: Paramedics lost their session on tablets at the roadside
locality: Leeds Care Record
stage: captured
date: 2025-09-01
topics: [trainng, ambulance]
good: |
  Crews saw allergies and medicines before arriving at the scene.
not_so_good: |
  Tablets logged out after fifteen minutes, so crews gave up.
improvements: |
  Agree session lengths for mobile crews with the supplier.
`,
  'leeds/LD-0004.lesson.yaml': `id: LD-0004
title: Care home staff had no smartcards, so they could not log in to the record
locality: Leeds Care Record
stage: collated
date: 2025-05-05
topics: [identity and access]
good: |
  Care home nurses could see hospital discharge letters once they could log in.
not_so_good: |
  Care home staff had no smartcards and could not log in to the shared record.
improvements: |
  Offer care home staff a login without smartcards from the start.
`,
  'wessex/WX-0001.lesson.yaml': `id: WX-0001
title: Replicating the one-route agreement across five trusts
locality: Wessex Care Records
stage: organised
date: 2025-03-01
topics: [Data Sharing]
good: |
  The Greater Manchester text needed no changes for our trusts.
not_so_good: |
  One trust's committee met only twice a year.
improvements: |
  Check every committee's calendar before promising a date.
adoption:
  - action: replicate
    lesson: GM-0001
    status: planned
  - action: enhance
    lesson: LD-0001
    status: in-progress
    date: 2025-05-01
    outcome: Two of five trusts signed so far.
`,
  'wessex/WX-0002.lesson.yaml': `id: WX-0002
title: A breach investigation that changed our access rules
locality: Wessex Care Records
stage: communicated
date: 2025-04-01
topics: [audit]
sensitivity: restricted
good: |
  The investigation found the cause within a week.
not_so_good: |
  The breach came to light through a complaint, not our own monitoring.
improvements: |
  Review break-glass use every week.
summary: A breach found through a complaint led to weekly break-glass reviews.
`,
  'wessex/WX-0003.lesson.yaml': `id: WX-0003
title: Community pharmacists needed an access role of their own
locality: Wessex Care Records
stage: captured
date: 2025-11-01
topics: [identity and access]
good: |
  Community pharmacists reconciled medicines after hospital discharge using the record.
not_so_good: |
  Pharmacists saw far more of the record than they needed through the GP access role.
improvements: |
  Design the pharmacist access role together with community pharmacists before go-live.
`,
  'wessex/WX-0004.lesson.yaml': `id: WX-0004
title: Care home staff could not log in to the record without smartcards
locality: Wessex Care Records
stage: collated
date: 2025-06-06
topics: [identity and access]
good: |
  Care home nurses saw hospital discharge letters once they could log in.
not_so_good: |
  Without smartcards, care home staff could not log in to the shared record.
improvements: |
  Give care home staff a login that does not need a smartcard from the start.
`,
};
