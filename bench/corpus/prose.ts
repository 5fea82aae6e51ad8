/**
 * The raw material of generated lessons: themes a shared care record programme really
 * meets, each with sentence templates per question, and slot fillers that vary the
 * details. `{slot}` in a template is replaced by a random entry of SLOTS[slot].
 */
export interface Theme {
  topics: readonly string[];
  /** What the theme's sentences are about, for sentences composed from GRAMMAR. */
  things: readonly string[];
  titles: readonly string[];
  good: readonly string[];
  notSoGood: readonly string[];
  improvements: readonly string[];
  summary: readonly string[];
}

export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  partners: ['three acute trusts', 'the ICB and two councils', 'fourteen partners', 'every GP practice in the borough', 'two mental health trusts', 'the hospice and the community provider', 'five local authorities', 'the ambulance service and four trusts'],
  duration: ['nine months', 'six weeks', 'most of a year', 'four months', 'two quarters', 'eighteen months', 'three weeks', 'a whole financial year'],
  role: ['IG lead', 'Caldicott Guardian', 'SIRO', 'clinical safety officer', 'practice manager', 'data protection officer', 'chief clinical information officer', 'programme manager'],
  group: ['the programme board', "the IG leads' network", 'the clinical reference group', 'the ICB digital board', 'the design authority', 'the regional steering group', 'the user panel', 'the technical working group'],
  system: ['the shared care record', 'the GP system', 'the portal', 'the FHIR API', 'the master patient index', 'the integration engine', 'the social care system', 'the hospital EPR'],
  count: ['two', 'three', 'four', 'five', 'six', 'a dozen', 'twenty', 'forty'],
  site: ['the acute trust', 'the community provider', 'the council', 'the mental health trust', 'the GP federation', 'the out-of-hours service', 'the hospice', 'the ambulance service'],
  percent: ['12', '18', '25', '30', '40', '45', '60', '75'],
};

export const THEMES: readonly Theme[] = [
  {
    topics: ['information governance', 'data sharing'],
    things: ['the data sharing agreement', 'the sign-off tracker', 'the template agreement', 'the legal basis for sharing', 'board approval of the agreement', 'delegated signing to the SIRO', 'the approval timetable', 'the information sharing protocol', 'the list of data controllers', 'the joint controller arrangement'],
    titles: ['Data sharing agreement sign-off took {duration} across {partners}', 'Getting {partners} to sign the data sharing agreement', 'One data sharing agreement for {partners}'],
    good: [
      'We agreed one template data sharing agreement with the {role} of {partners} before any lawyer saw it.',
      'A monthly call of {group} kept every information governance question in one place.',
      'Once the wording was settled it did not change again, so each legal team reviewed it once.',
      'The {role} at {site} championed the agreement and answered questions from other partners.',
      'Publishing the agreement text early meant partners could start their own reviews in parallel.',
    ],
    notSoGood: [
      'Each partner took the data sharing agreement to its own board, so the last signature came {duration} after the first.',
      'The {role} at {site} changed halfway through and the new one asked for a fresh review.',
      'Go-live of {system} slipped twice while we waited for signatures.',
      'Chasing signatures took up most of one information governance officer\'s time for {duration}.',
      'Nobody owned the list of who had signed, so we lost track of {count} partners.',
    ],
    improvements: [
      'Agree the sign-off route and dates with every partner before drafting starts.',
      'Ask boards to delegate signing the data sharing agreement to their {role}.',
      'Put the agreement on the agenda of {group} so all partners sign in the same month.',
      'Switch on data flows for partners as they sign rather than waiting for all of them.',
      'Track signatures on one tracker that {group} sees every month.',
    ],
    summary: [
      'A single data sharing agreement is only quick if signing it is quick; mapping approval routes up front and delegating signature would have saved {duration}.',
      'Agreeing one information governance route across {partners} before drafting is the change we would make first.',
    ],
  },
  {
    topics: ['patient matching', 'data quality'],
    things: ['the matching rules', 'the duplicate record queue', 'NHS number tracing', 'the demographic feed', 'the merge review process', 'postcode normalisation', 'the unmatched records report', 'the matching thresholds', 'the data quality dashboard', 'the record linkage test set'],
    titles: ['Patient matching rules merged records wrongly at {site}', 'Tuning patient matching in {system}', 'Duplicate patient records from {count} feeds'],
    good: [
      'Using the NHS number as the first matching key resolved most records without manual review.',
      'A weekly report of unmatched records from {system} let {site} fix demographics at source.',
      'The supplier tuned the matching thresholds with us using real but anonymised samples.',
      'Clinicians trusted the record more once they saw how few mismatches were left.',
      'Tracing against the personal demographics service filled in missing NHS numbers for {count} thousand people.',
    ],
    notSoGood: [
      'Records without an NHS number from {site} were matched on name and date of birth and some were merged wrongly.',
      'Nobody owned the queue of possible duplicates, so it grew for {duration}.',
      'Each feed formatted postcodes and names differently, which confused the matching rules in {system}.',
      'Unpicking a wrong merge took {count} days of work by the data quality team.',
      'We found the matching problems only after go-live because testing used clean data.',
    ],
    improvements: [
      'Test the matching rules on a full extract of real data before go-live.',
      'Name an owner for the duplicate queue at each partner and review it weekly at {group}.',
      'Require an NHS number on every feed and trace records that lack one before loading them.',
      'Normalise names and postcodes in the integration engine before matching.',
      'Report matching quality to {group} every month with the number of possible duplicates.',
    ],
    summary: [
      'Patient matching needs an owner and real test data: matching on NHS number first and tracing the rest avoids most wrong merges.',
      'Wrongly merged records cost {duration} to unpick; testing the matching rules on real data before go-live would have found them.',
    ],
  },
  {
    topics: ['clinical safety', 'DPIA'],
    things: ['the hazard log', 'the clinical safety case', 'the DPIA', 'the hazard workshops', 'the safety sign-off', 'the DCB0160 assessment', 'the clinical risk review', 'the incident reporting route', 'the screen safety review', 'the residual risk register'],
    titles: ['Clinical safety case delayed go-live by {duration}', 'Writing the hazard log for {system}', 'DCB0160 assurance with {partners}'],
    good: [
      'The {role} ran hazard workshops with clinicians from {site} early in the design.',
      'A shared hazard log template meant every partner assessed risks the same way.',
      'The data protection impact assessment and the safety case were written together, which saved effort.',
      'Clinicians from {count} specialties reviewed the screens for safety before go-live.',
      'The supplier shared its own DCB0129 safety case, so we only had to cover local deployment.',
    ],
    notSoGood: [
      'The clinical safety officer was appointed late, so the safety case delayed go-live by {duration}.',
      'Each partner wanted its own clinical safety sign-off, which repeated the same work {count} times.',
      'The hazard log was written once and never updated after changes to {system}.',
      'Nobody checked that the data protection impact assessment matched what the system really did.',
      'Safety concerns raised by {site} were recorded in emails instead of the hazard log.',
    ],
    improvements: [
      'Appoint a clinical safety officer at the start and budget for their time.',
      'Agree one clinical safety sign-off route across {partners}.',
      'Review the hazard log at {group} whenever {system} changes.',
      'Write the data protection impact assessment and the safety case side by side from the first design.',
      'Give every partner one place to raise safety concerns and feed them into the hazard log.',
    ],
    summary: [
      'Clinical safety work is on the critical path; appointing the clinical safety officer late cost {duration}.',
      'One shared hazard log and one sign-off route for {partners} avoids repeating the safety case at every partner.',
    ],
  },
  {
    topics: ['GP data extraction', 'interoperability'],
    things: ['the GP data extract', 'the practice sign-up pack', 'the supplier API contract', 'the local medical committee briefing', 'the code mapping to SNOMED', 'the practice opt-out list', 'the nightly extract job', 'the test practice', 'the GP system supplier agreement', 'the coded data feed'],
    titles: ['GP data extraction from {count} practice systems', 'Getting GP records into {system}', 'Consent model for GP data in the shared record'],
    good: [
      'The GP federation helped us reach every practice manager in {duration}.',
      'Extracting GP data through the supplier API meant no software was installed in practices.',
      'Practices could see exactly which data items were shared, which built trust.',
      'The local medical committee endorsed the approach, so most practices signed up at once.',
      'A test practice at {site} found mapping problems before the rollout.',
    ],
    notSoGood: [
      'Each GP system supplier needed its own contract and the second one took {duration}.',
      'Some practices opted out because they did not understand what would be shared.',
      'Coded data from {count} practices used local codes that {system} could not map.',
      'The extraction ran nightly, so clinicians saw GP data that was a day old.',
      'Data controllers at practices were not told about changes to the feed.',
    ],
    improvements: [
      'Brief the local medical committee and practice managers before asking practices to sign.',
      'Agree contracts with every GP system supplier at the same time.',
      'Map local codes to SNOMED in the integration engine and report unmapped codes.',
      'Move to near real-time extraction where the supplier supports it.',
      'Tell practices about every change to what is shared through {group}.',
    ],
    summary: [
      'GP data only flows when practices trust the model: briefing the local medical committee first got most practices to sign.',
      'Supplier contracts for GP data extraction took {duration}; start them all at once.',
    ],
  },
  {
    topics: ['social care', 'interoperability'],
    things: ['the social care feed', 'the council systems link', 'the care home access route', 'the discharge summary view', 'the care package data', 'joint health and social care training', 'the social care glossary', 'the batch transfer from the council', 'the care record for home carers', 'the council legal basis'],
    titles: ['Bringing social care records into {system}', 'Council social care feed for {partners}', 'Social workers using the shared record'],
    good: [
      'Social workers at {site} used the shared record every day once it showed hospital discharges.',
      'The council\'s systems team built the feed in {duration} using the FHIR API.',
      'Joint training for health and social care staff built a shared language.',
      'A social care lead on {group} made sure care needs were represented in the design.',
      'Discharge planning got faster because ward staff could see existing care packages.',
    ],
    notSoGood: [
      'The social care system could only send data in batches, so records were a week old.',
      'Councils had different legal bases for sharing and agreeing them took {duration}.',
      'Care home staff could not get accounts because they had no NHS smartcard.',
      'Social care terms were not understood by clinicians reading {system}.',
      'Only {count} of the councils joined in the first year.',
    ],
    improvements: [
      'Agree the legal basis for social care data with all councils at once.',
      'Give care home staff access through a login that does not need a smartcard.',
      'Add plain English descriptions to social care terms shown in {system}.',
      'Ask the social care system supplier for a real-time feed in the contract.',
      'Put a social care lead on {group} from the start.',
    ],
    summary: [
      'Social care data transforms discharge planning, but councils need one agreed legal basis and care homes need access without smartcards.',
      'Bringing councils in took {duration}; agreeing the legal basis once for all of them is the lesson.',
    ],
  },
  {
    topics: ['identity and access', 'audit'],
    things: ['single sign-on', 'the role-based access profiles', 'the leavers process', 'the audit search tool', 'the access review', 'the locum accounts', 'smartcard authentication', 'the in-context launch', 'the monthly audit report', 'the break-glass procedure'],
    titles: ['Role-based access for {count} staff groups', 'Single sign-on into {system}', 'Audit of who looked at which record'],
    good: [
      'Single sign-on from the hospital EPR meant clinicians did not need another password.',
      'Role-based access profiles were agreed once at {group} and reused by every partner.',
      'Monthly audit reports showed every access, which reassured the Caldicott Guardians.',
      'Launching {system} in patient context saved clinicians {count} clicks per record.',
      'The {role} reviewed unusual access patterns every week.',
    ],
    notSoGood: [
      'Each partner mapped its staff to roles differently, so some staff saw too much and some too little.',
      'Leavers kept their accounts for {duration} because nobody told {system}.',
      'Audit logs were too large to review by hand and nobody had a tool to search them.',
      'Single sign-on broke after an upgrade at {site} and took a week to fix.',
      'Locums and agency staff could not get accounts in time for their shifts.',
    ],
    improvements: [
      'Publish one mapping from job roles to access profiles and check it every quarter.',
      'Link account removal to each partner\'s leavers process.',
      'Buy or build an audit search tool before go-live and agree who reviews it.',
      'Test single sign-on in every partner\'s upgrade plan.',
      'Give locums temporary access through their employing organisation.',
    ],
    summary: [
      'Access control is a partnership process, not a setting: one role mapping and a leavers process kept access right.',
      'Audit logs are only useful with a search tool and a named reviewer.',
    ],
  },
  {
    topics: ['user research', 'training', 'adoption'],
    things: ['the user research sessions', 'the digital champions network', 'the training videos', 'the launch button in the EPR', 'the user panel', 'the usage dashboard', 'the quick reference guide', 'the shift-change training slots', 'the clinical design review', 'the feedback form'],
    titles: ['Clinicians did not use {system} after launch', 'Training {count} hundred staff on the shared record', 'User research changed the design of {system}'],
    good: [
      'User research with clinicians at {site} showed they wanted the medication list first.',
      'Digital champions on every ward answered questions in the first weeks.',
      'Short videos were watched far more than the written guides.',
      'Usage rose by {count} times after we added a launch button inside the hospital EPR.',
      'The user panel met monthly and tested every change before release.',
    ],
    notSoGood: [
      'Usage was low for {duration} because staff did not know the record existed.',
      'Training sessions were booked at times clinicians could not attend.',
      'The first design showed too much data and staff could not find what mattered.',
      'We measured logins rather than whether the record helped care.',
      'Champions at {site} left and were not replaced.',
    ],
    improvements: [
      'Do user research before building and test designs with real clinicians.',
      'Put the record inside the systems staff already use rather than a separate portal.',
      'Measure benefits in care, such as time saved at admission, not just logins.',
      'Keep a network of champions and replace them when they leave.',
      'Offer training in short sessions at shift changes.',
    ],
    summary: [
      'A shared record is only used when it sits inside the tools clinicians already use; user research and champions raised usage.',
      'Low adoption for {duration} came from poor awareness; champions and in-context launch fixed it.',
    ],
  },
  {
    topics: ['procurement', 'hosting', 'business case'],
    things: ['the framework procurement', 'the cloud hosting contract', 'the business case', 'the exit clauses', 'the technical due diligence', 'the cost-sharing model', 'the market engagement', 'the recurrent funding plan', 'the data volume forecast', 'the supplier reference calls'],
    titles: ['Procuring {system} through a framework', 'Hosting the shared care record in the cloud', 'Business case approval took {duration}'],
    good: [
      'Using a national framework shortened procurement to {duration}.',
      'Cloud hosting meant we could scale up when {partners} joined.',
      'The business case quantified benefits that the ICB finance team accepted.',
      'A technical due diligence review found gaps before contract signature.',
      'The supplier\'s reference sites gave honest advice about what went wrong.',
    ],
    notSoGood: [
      'The business case took {duration} to approve because costs were split across {partners}.',
      'Exit terms in the contract were vague, which worried {group}.',
      'Hosting costs rose after the first year because data volumes were underestimated.',
      'Procurement rules meant we could not talk to suppliers while writing the specification.',
      'Nobody budgeted for running costs after the national funding ended.',
    ],
    improvements: [
      'Agree how costs are shared between partners before writing the business case.',
      'Write clear exit terms and data return clauses into the contract.',
      'Model data volumes for five years and include them in hosting costs.',
      'Do market engagement before procurement starts.',
      'Plan recurrent funding from the start of the business case.',
    ],
    summary: [
      'Procurement was quick through a framework, but the business case took {duration}; agree cost sharing between partners first.',
      'Plan running costs and exit terms up front, or hosting bills and contract risk grow.',
    ],
  },
  {
    topics: ['subject access requests', 'information governance'],
    things: ['the subject access request process', 'the transparency notice', 'the audit of views', 'the objection register', 'the patient leaflet on rights', 'the request log', 'the reception staff guide', 'the DPO network', 'the response template', 'the complaints route'],
    titles: ['Handling subject access requests for shared data', 'Who answers a subject access request for {system}', 'Transparency notices for {partners}'],
    good: [
      'Partners agreed that each organisation answers requests for the data it supplied.',
      'A shared transparency notice was published on every partner\'s website.',
      'The data protection officer at {site} wrote a short guide for reception staff.',
      'Patients who asked could see who had viewed their record.',
      'Requests were logged in one place and answered within a month.',
    ],
    notSoGood: [
      'Patients were passed between partners when they asked for their shared record.',
      'The transparency notice used legal language that patients did not understand.',
      'Nobody could produce an audit of views for a patient in less than {duration}.',
      'Objections to sharing were recorded differently by each partner.',
      'The {role} was not involved until the first complaint arrived.',
    ],
    improvements: [
      'Agree one process for subject access requests across {partners} before go-live.',
      'Test the transparency notice with patients and rewrite it in plain English.',
      'Make the audit of views easy to produce for a single patient.',
      'Record objections in {system} so every partner honours them.',
      'Involve the data protection officers from the start.',
    ],
    summary: [
      'Subject access requests for shared data need one agreed process, or patients are passed between partners.',
      'Plain English transparency notices and an easy audit of views answer most patient questions.',
    ],
  },
  {
    topics: ['FHIR', 'interoperability', 'hosting'],
    things: ['the FHIR profiles', 'the conformance tests', 'the integration engine', 'the test environment', 'the on-call rota', 'the API versioning policy', 'the message monitoring dashboard', 'the firewall change', 'the retry queue', 'the regional connection'],
    titles: ['Connecting {count} systems through the FHIR API', 'Upgrading the integration engine for {system}', 'Regional interoperability with {partners}'],
    good: [
      'Using national FHIR profiles meant suppliers already understood the messages.',
      'A test environment with synthetic patients let suppliers test without real data.',
      'The integration engine retried failed messages, so no data was lost during outages.',
      'Connecting to a neighbouring region took {duration} because both used the same standards.',
      'Monitoring dashboards showed message volumes from every feed.',
    ],
    notSoGood: [
      'Suppliers interpreted the FHIR profiles differently and {count} feeds needed rework.',
      'Nobody was on call for the integration engine, so an outage lasted a weekend.',
      'Version upgrades of the API broke older feeds without warning.',
      'Connecting {site} needed a new firewall rule that took {duration} to approve.',
      'Error messages from the API were too technical for partner teams to act on.',
    ],
    improvements: [
      'Publish conformance tests for every FHIR profile and require suppliers to pass them.',
      'Agree support hours and an on-call rota for the integration engine.',
      'Version the API and give partners notice before breaking changes.',
      'Start network and firewall requests at the same time as the contract.',
      'Write error messages partner teams can act on.',
    ],
    summary: [
      'Standards help only when they are tested: conformance tests for FHIR profiles would have saved rework on {count} feeds.',
      'Interoperability needs operational support as much as standards.',
    ],
  },
  {
    topics: ['mental health', 'consent'],
    things: ['the crisis plan view', 'the sensitive code filter', 'the consent model', 'the care coordinator contact', 'the service user panel', 'the withheld data list', 'the legal basis for viewing', 'the mental health record extract', 'the filter test set', 'the sharing notice for service users'],
    titles: ['Sharing mental health records with {partners}', 'Sensitive data filters in {system}', 'Consent for sharing mental health care plans'],
    good: [
      'Service users helped design which parts of the mental health record were shared.',
      'Crisis plans became visible to A&E staff at {site}, which changed care on the day.',
      'The mental health trust\'s {role} led the information governance work.',
      'Sensitive codes were filtered before data left the source system.',
      'Clinicians could see a contact for the care coordinator in every record.',
    ],
    notSoGood: [
      'Agreeing which sensitive data to withhold took {duration}.',
      'Some sensitive codes were missed by the filter and had to be removed afterwards.',
      'Staff were unsure whether they needed consent to view the record.',
      'Service users were not told when their crisis plan was shared.',
      'The filter rules were different in {count} partner systems.',
    ],
    improvements: [
      'Agree sensitive data rules with service users and clinicians before building.',
      'Test the filter against every sensitive code list before go-live.',
      'Explain the legal basis for viewing in the training and on the screen.',
      'Tell service users how their crisis plan is shared.',
      'Use one filter rule set in {system} for every partner.',
    ],
    summary: [
      'Sharing crisis plans changed care in A&E; designing the sensitive data rules with service users built trust.',
      'Sensitive data filters need testing against real code lists, or codes slip through.',
    ],
  },
  {
    topics: ['population health', 'benefits realisation'],
    things: ['the benefits register', 'the baseline measures', 'the pseudonymised data set', 'the trusted research environment', 'the risk stratification model', 'the time and motion study', 'the secondary use agreement', 'the cash releasing benefits', 'the linked data set', 'the outcomes dashboard'],
    titles: ['Using shared care record data for population health', 'Measuring the benefits of {system}', 'Benefits case for {partners}'],
    good: [
      'Pseudonymised data from the shared record helped the ICB target {count} thousand people at risk.',
      'Time and motion studies at {site} showed {duration} saved per year in phone calls.',
      'Clinicians told stories of harm avoided, which convinced {group}.',
      'A benefits register kept every claim with its evidence.',
      'The analysts worked in a trusted research environment, so no identifiable data left it.',
    ],
    notSoGood: [
      'Benefits were claimed before we had a baseline, so we could not prove them.',
      'The legal basis for secondary use was unclear and took {duration} to agree.',
      'Analysts could not link data from {count} sources because identifiers differed.',
      'Nobody owned the benefits register after the programme closed.',
      'Finance did not accept time savings as cash savings.',
    ],
    improvements: [
      'Measure a baseline before go-live.',
      'Agree the legal basis for secondary use separately from direct care.',
      'Pseudonymise with one key across all sources so data can be linked.',
      'Hand the benefits register to {group} before the programme closes.',
      'Agree with finance which benefits count as cash and which as capacity.',
    ],
    summary: [
      'Benefits need a baseline: measuring before go-live would have proved the {duration} saved.',
      'Secondary use needs its own legal basis, agreed separately from direct care.',
    ],
  },
  {
    topics: ['communications', 'adoption'],
    things: ['the patient leaflets', 'the key messages', 'the staff briefing', 'the public campaign', 'the frequently asked questions', 'the translated materials', 'the awareness survey', 'the local radio slot', 'the community group sessions', 'the poster campaign'],
    titles: ['Telling the public about the shared care record', 'Communications plan for {partners}', 'Patient leaflets about sharing records'],
    good: [
      'A patient panel reviewed every leaflet and poster before printing.',
      'Local radio and community groups reached people who do not read leaflets.',
      'Partners used the same key messages, so the public heard one story.',
      'Frequently asked questions on the website answered most calls to {site}.',
      'The communications leads met at {group} every month.',
    ],
    notSoGood: [
      'The first leaflets used jargon like interoperability and confused patients.',
      'Staff were told after the public, so they could not answer questions.',
      'Communications started {duration} before go-live, which was too late.',
      'Materials were only in English.',
      'Nobody measured whether the messages reached people.',
    ],
    improvements: [
      'Test every message with patients before it is published.',
      'Brief staff before the public campaign starts.',
      'Start communications at least six months before go-live.',
      'Translate materials into the main languages spoken locally.',
      'Survey awareness before and after the campaign.',
    ],
    summary: [
      'Public communications work when patients test the messages and staff are briefed first.',
      'Starting communications only {duration} before go-live was too late.',
    ],
  },
];

/**
 * Phrases a colleague elsewhere might write instead, for paraphrased duplicates.
 * Replacing by these keeps the meaning and changes the words, as two localities
 * describing the same problem do.
 */
export const PARAPHRASES: readonly (readonly [string, readonly string[]])[] = [
  ['data sharing agreement', ['DSA', 'information sharing agreement']],
  ['information governance', ['IG']],
  ['clinical safety officer', ['CSO', 'clinical safety lead']],
  ['data protection impact assessment', ['DPIA']],
  ['subject access requests', ['SARs']],
  ['subject access request', ['SAR']],
  ['integration engine', ['interface engine', 'integration platform']],
  ['shared care record', ['shared record', 'ShCR']],
  ['shared record', ['shared care record']],
  ['GP practice', ['general practice', 'GP surgery']],
  ['practices', ['surgeries']],
  ['clinicians', ['clinical staff', 'doctors and nurses']],
  ['staff', ['colleagues', 'the workforce']],
  ['partners', ['partner organisations']],
  ['took', ['needed', 'lasted']],
  ['agreed', ['settled on']],
  ['agree', ['settle']],
  ['before', ['ahead of']],
  ['every', ['each']],
  ['meant', ['ensured']],
  ['quick', ['fast']],
  ['months', ['months in total']],
  ['the ICB', ['the integrated care board']],
  ['A&E', ['the emergency department']],
  ['go-live', ['launch']],
  ['nobody', ['no one']],
  ['Nobody', ['No one']],
  ['weekly', ['every week']],
  ['monthly', ['every month']],
  ['hospital EPR', ['hospital electronic patient record']],
  ['NHS number', ['NHS no']],
];

export const FIRST_NAMES: readonly string[] = ['sarah', 'daniel', 'priya', 'tom', 'aisha', 'james', 'helen', 'mohammed', 'emma', 'owen', 'grace', 'li', 'rachel', 'sam', 'fatima', 'david'];
export const LAST_NAMES: readonly string[] = ['whitfield', 'okafor', 'patel', 'hughes', 'khan', 'evans', 'murphy', 'chen', 'roberts', 'ahmed', 'taylor', 'nowak', 'brown', 'singh', 'walker', 'jones'];

/** Comments real lessons open with; most lessons have none. */
export const HEADER_COMMENTS: readonly string[] = [
  "# Raised at the IG leads' network.",
  '# From the programme closure report.',
  '# Captured at the regional lessons workshop.',
  '# Written up after the go-live review.',
];
