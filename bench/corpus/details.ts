/**
 * The specifics that make one lesson unlike another on the same subject: the place, the
 * product, the project's name, when it happened and how many. A lesson keeps the same
 * specifics throughout, and its paraphrase keeps them too.
 */
export const PLACES: readonly string[] = [
  'Salford', 'Wigan', 'Bolton', 'Rochdale', 'Oldham', 'Stockport', 'Tameside', 'Trafford', 'Bury', 'Croydon', 'Lambeth', 'Southwark', 'Hackney', 'Camden', 'Ealing', 'Barnet',
  'Bradford', 'Wakefield', 'Kirklees', 'Calderdale', 'Hull', 'Doncaster', 'Rotherham', 'Barnsley', 'Harrogate', 'Scarborough', 'Southampton', 'Portsmouth', 'Winchester', 'Basingstoke',
  'Poole', 'Bournemouth', 'Weymouth', 'Dorchester', 'Reading', 'Slough', 'Guildford', 'Woking', 'Oxford', 'Banbury', 'Witney', 'Liverpool', 'Wirral', 'Chester', 'Warrington',
  'St Helens', 'Preston', 'Blackpool', 'Lancaster', 'Burnley', 'Kendal', 'Newcastle', 'Sunderland', 'Gateshead', 'Durham', 'Darlington', 'Middlesbrough', 'Carlisle', 'Bristol',
  'Weston-super-Mare', 'Bath', 'Yeovil', 'Swindon', 'Salisbury', 'Leeds', 'Huddersfield', 'York', 'Sheffield', 'Halifax', 'Crawley', 'Aylesbury', 'Milton Keynes', 'Luton',
  'Northampton', 'Kettering', 'Lincoln', 'Grimsby', 'Boston', 'Derby', 'Chesterfield', 'Nottingham', 'Mansfield', 'Leicester', 'Loughborough', 'Coventry', 'Warwick', 'Walsall',
  'Dudley', 'Telford', 'Shrewsbury', 'Hereford', 'Worcester', 'Gloucester', 'Cheltenham', 'Exeter', 'Plymouth', 'Truro', 'Torbay', 'Taunton', 'Ipswich', 'Norwich', 'Colchester',
  'Chelmsford', 'Southend', 'Basildon', 'Maidstone', 'Canterbury', 'Ashford', 'Brighton', 'Hastings', 'Eastbourne', 'Chichester', 'Cambridge', 'Peterborough', 'Stevenage', 'Watford',
];

export const PRODUCTS: readonly string[] = [
  'EMIS Web', 'SystmOne', 'Vision', 'Rio', 'Lorenzo', 'Cerner Millennium', 'Epic', 'Medway', 'TrakCare', 'Mosaic', 'Liquidlogic', 'ContrOCC', 'Orion Rhapsody', 'InterSystems HealthShare',
  'Graphnet CareCentric', 'Cerner HealtheIntent', 'Black Pear', 'Better Meds', 'Docman', 'Servelec Rio', 'PARIS', 'Adastra', 'Cleo', 'Nervecentre', 'Alcidion', 'Dedalus ORBIS',
];

const PROJECT_FIRST = ['North', 'River', 'Bridge', 'Beacon', 'Harbour', 'Summit', 'Meadow', 'Compass', 'Lantern', 'Anchor', 'Keystone', 'Horizon', 'Orchard', 'Granite', 'Willow', 'Falcon'];
const PROJECT_SECOND = ['Connect', 'Link', 'Share', 'View', 'Record', 'Gateway', 'Exchange', 'Bridge', 'Portal', 'Hub', 'Path', 'Point'];

export const PROJECTS: readonly string[] = PROJECT_FIRST.flatMap((first) => PROJECT_SECOND.map((second) => `${first}${second}`));

export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Extra clauses that carry a lesson's specifics. */
export const DETAIL_TAILS: readonly string[] = [' in {place}', ' for the {project} programme', ' on {product}', ' in {month} {year}', ' for about {number} patients', ' across {place} and {place2}', ' with the {product} team'];

/** Who or what a lesson's thing was for: with the thing, it tells lessons on one subject apart. */
export const QUALIFIERS: readonly string[] = [
  'for A&E', 'for district nurses', 'for care homes', 'for out-of-hours GPs', 'for paediatrics', 'for maternity', 'for the hospice at home team', 'for pharmacists',
  'for paramedics', 'for social workers', 'for the frailty unit', 'for discharge coordinators', 'for health visitors', 'for the memory clinic', 'for end of life care', 'for diabetes clinics',
  'for the urgent care centre', 'for mental health liaison', 'for the renal unit', 'for community matrons', 'for the 111 service', 'for school nurses', 'for the stroke pathway', 'for physiotherapists',
  'for the virtual ward', 'for learning disability nurses', 'for the cancer alliance', 'for the homeless health team', 'for prison healthcare', 'for the sexual health service', 'for dentists', 'for optometrists',
];
