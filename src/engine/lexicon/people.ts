// Who a draft can be about: the Department's members and officials, the City,
// and the community it serves. Word-view keys (lower case, no apostrophes).

/** Ranks, roles and units inside a police department. */
export const DEPARTMENT_PEOPLE = [
  'chief', 'deputy chief', 'assistant chief', 'major', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'sarge',
  'corporal', 'cpl', 'commander', 'supervisor', 'boss', 'admin', 'administration', 'command staff', 'brass', 'top brass',
  'leadership', 'management', 'partner', 'coworker', 'co worker', 'colleague', 'officer', 'detective', 'dispatcher',
  'dispatch', 'squad', 'shift', 'platoon', 'unit', 'precinct', 'district', 'substation', 'academy', 'internal affairs',
  'ofc', 'records division', 'division', 'front office', 'the front office', 'ia', 'training staff', 'field training officer', 'fto', 'watch commander', 'desk sergeant', 'records unit',
  'public affairs', 'pio', 'union', 'department', 'dept', 'force', 'pd', 'police department', 'police',
];

/** The City and its officials. */
export const CITY_PEOPLE = [
  'city', 'city manager', 'assistant city manager', 'mayor', 'city council', 'council', 'councilman', 'councilwoman',
  'councilmember', 'council member', 'council members', 'city hall', 'budget office', 'city attorney', 'hr',
  'human resources', 'city officials', 'officials', 'commissioners', 'city leaders', 'city leadership', 'government',
];

/** The community the Department serves (the pack adds "<city> folks", "folks in <city>"…). */
export const COMMUNITY = [
  'people', 'residents', 'citizens', 'locals', 'community', 'public', 'taxpayers', 'neighborhood', 'neighbors',
  'people here', 'people in this city', 'people in this town', 'this city', 'this town', 'these people', 'folks here',
  'anyone who disagrees', 'whoever disagrees', 'anyone who doesnt agree', 'neighborhoods', 'these neighborhoods', 'ppl', 'ppl in', 'folks', 'folks out here', 'population', 'voters', 'protesters', 'protestors', 'civilians', 'kids in this city',
];

/** Words that point at a person as the object of an action ("kill him", "that guy"). */
export const PERSON_OBJECTS = [
  'him', 'her', 'them', 'you', 'yall', 'u', 'somebody', 'someone', 'anybody', 'anyone', 'everyone', 'everybody', 'whoever',
  'people', 'that guy', 'this guy', 'that dude', 'this dude', 'that man', 'that woman', 'that kid', 'that idiot',
  'that protester', 'that protestor', 'the protester', 'the protestor', 'protesters', 'protestors', 'rioters', 'looters',
  'that driver', 'the driver', 'my neighbor', 'the neighbor', 'my boss', 'my ex', 'my wife', 'my husband', 'my sergeant',
  'the suspect', 'that suspect', 'the perp', 'that perp', 'his face', 'her face', 'their faces', 'his head', 'her head',
  'his skull', 'his neck', 'her neck', 'his teeth', 'his legs', 'his jaw', 'your face', 'your head', 'every bone',
  'those people', 'these people', 'all of them', 'every one of them', 'each one', 'the lot of them', 'these thugs',
  'those thugs', 'that thug', 'the thug', 'cops', 'officers', 'pigs', 'that cop', 'a cop', 'the mayor', 'the chief',
  'my lieutenant', 'my captain', 'that bitch', 'that bastard', 'that asshole', 'the kid', 'those kids',
  'the guy', 'the woman', 'the man', 'these animals', 'those animals', 'them all', 'that punk',
];

/** Nouns for people, for threats ("the next guy", "those protesters"). Singular; plurals matched too. */
export const PERSON_NOUNS = [
  'guy', 'dude', 'man', 'woman', 'kid', 'person', 'people', 'protester', 'protestor', 'rioter', 'looter', 'thug', 'punk',
  'scumbag', 'idiot', 'moron', 'neighbor', 'driver', 'suspect', 'perp', 'cop', 'officer', 'pig', 'bitch', 'bastard',
  'asshole', 'jerk', 'clown', 'loser', 'lowlife', 'dirtbag', 'animal', 'criminal', 'thief', 'junkie', 'homeless',
  'boss', 'sergeant', 'lieutenant', 'captain', 'chief', 'mayor', 'ex', 'wife', 'husband', 'girlfriend', 'boyfriend',
  'teenager', 'teen', 'gangbanger', 'dealer', 'snitch', 'rat', 'one', 'fool', 'coward', 'liberal', 'conservative',
  'reporter', 'journalist', 'activist', 'lawyer', 'attorney', 'judge', 'politician', 'councilman', 'councilwoman', 'clerk',
  'cashier', 'landlord', 'tenant', 'customer', 'motorist', 'cyclist', 'homeowner', 'stranger', 'demonstrator',
];

/** Markers of a topic of public concern (policy, budgets, public safety). */
export const PUBLIC_CONCERN_TOPICS = [
  'policy', 'policies', 'budget', 'budgets', 'funding', 'fund', 'staffing', 'overtime', 'pay', 'salaries', 'response times',
  'response time', 'public safety', 'safety', 'training', 'equipment', 'hiring', 'recruitment', 'retention', 'reform',
  'accountability', 'transparency', 'council vote', 'ordinance', 'law', 'legislation', 'taxpayers', 'tax', 'taxes',
  'public hearing', 'election', 'vote', 'community', 'crime rates', 'mental health', 'program', 'decision', 'plan',
];
