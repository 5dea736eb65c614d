// Word classes for the frame grammar (../grammar.ts): what people write when
// they approve of, wish for or joke about force, dehumanise a group, or hold
// the community in contempt. Word-view keys; inflected forms are listed, not
// derived, so a word's senses stay in view.

/** Harm done to a person: verbs in every form, and nouns of lethal force. */
export const HARM_WORDS = [
  'kill', 'kills', 'killed', 'killing', 'murder', 'murdered', 'shoot', 'shoots', 'shot', 'shooting', 'hang', 'hangs', 'hanged', 'hung',
  'hanging', 'lynch', 'lynched', 'lynching', 'execute', 'executed', 'execution', 'executions', 'die', 'dies', 'died', 'dead',
  'run over', 'run them over', 'run em over', 'run people over', 'running people over', 'running them over', 'ran them over', 'running over', 'ran over', 'runs over', 'mow down', 'mowed down', 'mow them down',
  'put down', 'wipe out', 'wiped out', 'wipe them out', 'wipe them all out', 'exterminate', 'exterminated', 'gas', 'gassed',
  'burn', 'burned', 'burnt', 'bomb', 'bombed', 'drop a bomb', 'nuke', 'nuked', 'bulldoze', 'bulldozed', 'beat down', 'beatdown', 'stomp', 'stomped', 'curb stomp', 'drown', 'drowned', 'strangle', 'choke', 'choked',
  'stab', 'stabbed', 'tar and feather', 'tarred and feathered', 'bullet', 'bullets', 'a round', 'rounds', 'noose', 'nooses',
  'death penalty', 'firing squad', 'electric chair', 'open fire', 'pull the trigger', 'shoot to kill', 'killing spree',
  'shooting spree', 'massacre', 'bloodbath', 'genocide', 'ethnic cleansing', 'target practice', 'fire hose', 'firehose',
  'hose them', 'hose em', 'pepper spray', 'tase', 'tased', 'taze', 'tazed', 'euthanize', 'euthanized', 'slaughter',
  'slaughtered', 'deported and shot', 'six feet under', 'body bag', 'body bags', 'rot in hell',
  'burn in hell', 'snuff', 'smoke them', 'smoke em', 'light them up', 'light em up', 'lit up',
  'knock out', 'knocked out', 'punch', 'punched', 'slap', 'slapped', 'stomping', 'whoop', 'whooping', 'ass whooping',
  // Sexual violence, and force as police and protest-era slang names it.
  'rape', 'raped', 'raping', 'smack', 'smacked', 'roadside bomb', 'road side bomb', 'car bomb', 'shoot to stop', 'double tap',
  'street justice', 'rough ride', 'wood shampoo', 'speed bump', 'speed bumps', 'hood ornament', 'hood ornaments', 'greasy spot',
  'smash', 'smashed', 'smashing', 'shoeing', 'a good kicking', 'a beating', 'offed', 'shallow grave', 'go die', 'drop dead',
];

/** Frames of wish, approval, obligation, permission or humour around the harm. */
export const FORCE_FRAMES = [
  'should', 'shouldve', 'should have', 'shoulda', 'should of', 'need to', 'needs to', 'needed to', 'ought to', 'oughta', 'need', 'needs',
  'must', 'deserve', 'deserves', 'deserved', 'hope', 'hopefully', 'hoping', 'wish', 'wishing', 'pray', 'prayer', 'praying',
  'let', 'lets', 'let them', 'let em', 'i say', 'we say', 'time to', 'its time to', 'start', 'maybe', 'might', 'would love to',
  'love to', 'cant wait', 'cannot wait', 'preferably', 'nothing short of', 'better be', 'will get', 'gonna get', 'going to get',
  'is going to', 'are going to', 'gonna', 'can we', 'when can we', 'can i', 'is it wrong to', 'would it be wrong to', 'id like to',
  'i would', 'id', 'im going to', 'i am going to', 'imma', 'ima', 'finna', 'id have', 'i would have', 'would have', 'wouldve', 'i will', 'ill', 'we will', 'well', 'we should',
  'good', 'glad', 'great', 'beautiful', 'justice', 'feeling cute', 'lol', 'lmao', 'haha', 'hahaha', 'bye bye', 'another',
  'one less', 'one more', 'about time', 'finally', 'make sure', 'only way', 'best way', 'answer is', 'solution is',
  // Force as a perk of the job ("got to tase one today"), and approval after the act ("… is justified").
  'get to', 'gets to', 'getting to', 'got to', 'justified', 'deserved', 'warranted', 'well deserved', 'earned', 'called for',
];

/** A person or a group the harm is aimed at (beside PERSON_OBJECTS and PERSON_NOUNS in ./people). */
export const FORCE_TARGETS = [
  'him', 'her', 'them', 'em', 'they', 'you', 'your ass', 'yall', 'she', 'he', 'anyone', 'everyone', 'someone', 'somebody',
  'people', 'folks', 'these folks', 'those folks', 'protesters', 'protestors', 'rioters', 'looters', 'suspects', 'suspect',
  'thug', 'thugs', 'terrorist', 'terrorists', 'liberal', 'liberals', 'republicans', 'democrats', 'dems', 'idiots', 'idiot',
  'morons', 'scumbags', 'scum', 'animals', 'savages', 'criminals', 'criminal', 'perp', 'perps', 'junkies', 'addicts',
  'demonstrators', 'marchers', 'crowd', 'mob', 'majority of people', 'all of them', 'the lot', 'traitor', 'traitors',
  'cop killer', 'cop killers', 'pigs', 'cops', 'officers', 'immigrants', 'illegals', 'muslims', 'jews', 'blacks', 'mexicans',
  'gays', 'refugees', 'migrants', 'kids', 'teens', 'baby daddy', 'baby mama', 'baby momma', 'sympathizer', 'sympathizers', 'gangbangers', 'dealers', 'drivers', 'motorists', 'bitch', 'bastard',
  // People in custody, and plural insults that stand for people.
  'inmate', 'inmates', 'prisoner', 'prisoners', 'offenders', 'detainees', 'convicts', 'felons',
  'bastards', 'fuckers', 'motherfuckers', 'assholes', 'bitches',
];

/** Animal, vermin, disease and refuse nouns: applied to people, they dehumanise. */
export const DEHUMANISING = [
  'animals', 'animal', 'savages', 'savage', 'vermin', 'rats', 'rat', 'cockroaches', 'cockroach', 'roaches', 'parasites',
  'parasite', 'leeches', 'leech', 'apes', 'ape', 'monkeys', 'monkey', 'gorillas', 'gorilla', 'baboons', 'baboon', 'chimps',
  'chimp', 'beasts', 'subhuman', 'subhumans', 'mongrels', 'cancer', 'a cancer', 'disease', 'a disease', 'plague', 'a plague',
  'infestation', 'trash', 'garbage', 'filth', 'scum', 'turd', 'turds', 'turd bags', 'dirtbags', 'scumbags', 'pests', 'swarm',
  'horde', 'hordes', 'breeders', 'devils spawn', 'spawn', 'blight', 'a blight', 'burden', 'a burden', 'zoo', 'jungle',
  'rabid dog', 'rabid dogs', 'dogs',
];

/** Words that put "monkey", "rat" or "zoo" in their literal sense. */
export const LITERAL_ANIMAL = [
  'zoo', 'zoos', 'exhibit', 'safari', 'wildlife', 'sanctuary', 'banana', 'bananas', 'pet', 'pets', 'cage', 'trap', 'traps',
  'poison', 'exterminator', 'basement', 'attic', 'kitchen', 'garage', 'barn', 'farm', 'vet', 'shelter', 'adopt', 'adopted',
  'puppy', 'kitten', 'movie', 'planet of the apes', 'kong', 'harambe', 'lab', 'gym', 'gym rat', 'rug rat', 'rugrats',
  'party animal', 'spirit animal', 'beast mode', 'monkey bars', 'monkey business', 'code monkey', 'grease monkey', 'sock monkey',
  'brass monkey', 'rat race', 'rat out', 'ratted', 'mall rat', 'desert rat', 'pack rat', 'lab rat', 'river rat', 'dog', 'my dog',
  'dogs are', 'our dogs', 'hot dogs', 'hotdogs', 'corn dogs', 'dog park', 'dogs and cats', 'jungle gym', 'welcome to the jungle', 'concrete jungle',
  'trash day', 'take out the trash', 'trash can', 'garbage day', 'garbage truck', 'garbage disposal', 'talk trash', 'talking trash', 'trash talk',
  'cancer research', 'breast cancer', 'beat cancer', 'has cancer', 'fighting cancer', 'cancer survivor', 'disease control', 'heart disease',
];

/** The community a department serves, named by what its members do or receive rather than by the Department. */
export const SERVED_COMMUNITY = [
  'protesters', 'protestors', 'protester', 'protestor', 'demonstrators', 'marchers', 'rioters', 'looters', 'residents', 'the residents', 'these folks', 'those folks', 'civilians',
  'citizens', 'the public', 'the homeless', 'homeless people', 'homeless', 'welfare recipients', 'people on welfare',
  'people on benefits', 'people on food stamps', 'people on assistance', 'people on public assistance', 'welfare queens',
  'welfare queen', 'on welfare', 'on food stamps', 'on ebt', 'on tanf', 'on section 8', 'on public assistance', 'the projects', 'the ghetto',
  'the hood', 'those communities', 'these communities', 'that neighborhood', 'this neighborhood', 'those neighborhoods',
  'these neighborhoods', 'these people', 'those people', 'these kids', 'those kids', 'the first of the month', 'first of the month',
  'clients', 'the client', 'client', 'locals',
  // Movements, protests and people the Department meets on the street, named without the Department.
  'blm', 'black lives matter', 'activists', 'protest', 'protests', 'protesting', 'rioting', 'riots', 'looting',
  'addicts', 'drug addicts', 'junkies', 'drug users', 'crackheads', 'the poor', 'poor people', 'panhandlers', 'the underclass',
  'the estate', 'the estates', 'council estate', 'kneelers',
];

/** Contempt for the served community: insults beyond ./insults that real posts use. */
export const COMMUNITY_CONTEMPT = [
  'savages', 'animals', 'thugs', 'parasites', 'leeches', 'cockroaches', 'vermin', 'scum', 'trash', 'garbage', 'losers',
  'idiots', 'morons', 'a burden', 'burden on society', 'a blight', 'blight on', 'bums', 'freeloaders', 'moochers',
  'lazy', 'useless', 'turd bags', 'turds', 'dirtbags', 'scumbags', 'lowlifes', 'degenerates', 'future criminals',
  'devils spawn', 'a scheduled riot', 'dont pay taxes', 'dont deserve', 'sick of these', 'tired of these',
  'fed up with these', 'cant stand these', 'hate their guts', 'get a job', 'dont work', 'never worked', 'sit on their',
  'birth control', 'deserve what they get', 'got what they deserved', 'had it coming',
  'terrorists', 'a disgrace', 'disgrace to society', 'worthless', 'pathetic', 'entitled', 'can kiss my', 'kiss my ass',
  'small brains', 'unclean', 'smelly', 'filthy', 'let them die', 'should have died', 'doing them a favor', 'do them a favor',
  'crackheads', 'junkies', 'lowlife', 'cockroaches', 'rats',
];
