// Protected groups (race, gender, national origin, ethnicity, religion,
// sexual orientation), slurs, and the predicates that turn a mention into a
// demeaning generalisation.

/** Nouns naming a protected group (plural and singular forms). */
export const GROUPS = [
  'black people', 'blacks', 'black folks', 'black men', 'black women', 'african americans', 'africans', 'white people',
  'whites', 'white folks', 'hispanics', 'hispanic', 'latinos', 'latino', 'latinas', 'latinx', 'mexicans', 'mexican',
  'puerto ricans', 'puerto rican', 'dominican', 'haitian', 'jamaican', 'somali', 'nigerian', 'asian', 'black guy', 'black woman',
  'white guy', 'arab guy', 'muslim guy', 'jewish guy', 'mexican guy', 'dominicans', 'hondurans', 'guatemalans', 'salvadorans', 'central americans', 'asians', 'asian people',
  'chinese', 'chinese people', 'japanese', 'koreans', 'vietnamese', 'filipinos', 'indians', 'indian people', 'arabs',
  'arab', 'middle easterners', 'iranians', 'persians', 'pakistanis', 'somalis', 'haitians', 'jamaicans', 'nigerians',
  'russians', 'ukrainians', 'polish people', 'irish', 'italians', 'natives', 'native americans', 'indigenous people',
  'immigrants', 'immigrant', 'migrants', 'migrant', 'refugees', 'foreigners', 'foreigner', 'illegals', 'illegal aliens',
  'aliens', 'muslims', 'muslim', 'islam', 'jews', 'jew', 'jewish people', 'christians', 'catholics', 'mormons',
  'hindus', 'hindu', 'sikhs', 'sikh', 'buddhists', 'atheists', 'women', 'woman', 'females', 'female', 'girls', 'ladies',
  'men', 'males', 'female officers', 'women officers', 'women cops', 'female cops', 'gays', 'gay people', 'gay men',
  'gay', 'lesbians', 'lesbian', 'bisexuals', 'homosexuals', 'homosexual', 'queers', 'queer people', 'transgender people',
  'transgender', 'trans people', 'trans women', 'trans men', 'transgenders', 'lgbt people', 'lgbtq people', 'lgbt',
  'lgbtq', 'minorities', 'people of color', 'brown people', 'their kind', 'that race', 'those people', 'these people',
];

GROUPS.push(...GROUPS.filter((g) => g.endsWith(' people')).map((g) => g.replace(/ people$/, ' ppl')), 'foreign names', 'foreign sounding names', 'arabic names', 'muslim names', 'ethnic names', 'black sounding names', 'ghetto names', 'applicants with foreign names');

const GROUP_ADJECTIVES = ['female', 'women', 'woman', 'black', 'white', 'hispanic', 'latino', 'asian', 'muslim', 'jewish', 'gay', 'lesbian', 'trans', 'transgender', 'mexican', 'arab', 'immigrant', 'indian', 'chinese'];
const GROUP_ROLES = ['kid', 'dudes', 'applicants', 'applicant', 'candidates', 'family', 'suspect', 'suspects', 'captain', 'sergeant', 'lieutenant', 'chief', 'officer', 'cop', 'detective', 'hire', 'landlords', 'bankers', 'doctors', 'lawyers', 'business owners', 'women', 'officers', 'cops', 'detectives', 'sergeants', 'deputies', 'recruits', 'employees', 'workers', 'drivers', 'nurses', 'coworkers', 'colleagues', 'supervisors', 'bosses', 'lieutenants', 'captains', 'guys', 'kids', 'neighbors', 'families'];
/** "<group adjective> <role>" ("female officers"), kept as two lists: one regex, not 800 alternatives. */
export const GROUP_ROLE_PARTS = { adjectives: GROUP_ADJECTIVES, roles: GROUP_ROLES };
/** Places named by who lives or prays there ("Black neighborhoods", "Muslim areas"): demeaning them demeans the group. */
const GROUP_PLACES = ['neighborhoods', 'neighborhood', 'areas', 'area', 'part of town', 'side of town', 'parts of town', 'communities', 'community', 'churches', 'mosques', 'synagogues', 'apartments', 'schools', 'families'];
const PLACE_GROUPS = ['black', 'hispanic', 'latino', 'mexican', 'muslim', 'jewish', 'immigrant', 'arab', 'asian', 'haitian', 'somali', 'african', 'gay', 'indian', 'chinese', 'puerto rican', 'dominican'];
/** "<group> <place>" ("Muslim neighborhoods"). */
export const GROUP_PLACE_PARTS = { adjectives: PLACE_GROUPS, places: GROUP_PLACES };

/** Slurs: demeaning on their own (spellings the word view produces). */
export const SLURS = [
  'nigger', 'niggers', 'nigga', 'niggas', 'negro', 'negroes', 'coon', 'coons', 'jigaboo', 'porch monkey', 'porch monkeys',
  'spic', 'spics', 'spick', 'wetback', 'wetbacks', 'beaner', 'beaners', 'chink', 'chinks', 'gook', 'gooks', 'jap', 'japs',
  'niggaz', 'muzzie', 'muzzies', 'mojado', 'mojados', 'nigg', 'ooga booga', 'border hoppers', 'border hopper', 'border jumpers', 'cattle cars', 'ching chong', 'chong', 'kike', 'kikes', 'heeb', 'hymie', 'raghead', 'ragheads', 'towelhead', 'towelheads', 'sand nigger', 'camel jockey',
  'faggot', 'faggots', 'fag', 'fags', 'dyke', 'dykes', 'tranny', 'trannies', 'shemale', 'redskin', 'redskins',
  'injun', 'squaw', 'gypsies', 'paki', 'pakis', 'zipperhead', 'slant eye', 'slanteyes', 'mud people', 'sheboon',
  // Coined contempt words for a group (blends of a group name with rape, rat, slime, a slur).
  'rapefugee', 'rapefugees', 'muzrat', 'muzrats', 'mussie', 'mussies', 'sandnigger', 'sandniggers', 'nignog', 'nignogs', 'nig nog',
  'nig nogs', 'dindu', 'dindus', 'chinaman', 'chinamen', 'mudslime', 'mudslimes', 'muslimes', 'moslems', 'goat fucker', 'goat fuckers', 'goatfucker', 'goatfuckers', 'goat fucking', 'towel head', 'towel heads',
  'yid', 'yids', 'jungle bunny', 'jungle bunnies', 'wog', 'wogs', 'gollywog',
  // Ape and vermin words coined for Black people ("pavement apes", "ghetto rats").
  'pavement ape', 'pavement apes', 'ape in heels', 'ghetto rat', 'ghetto rats',
  'rag head', 'rag heads', 'camel jockeys', 'pikey', 'pikeys', 'coonass', 'trannys', 'fagot', 'faggit', 'fagots',
];

/** Demeaning predicates about a group ("are all criminals", "too emotional"). */
export const GROUP_TRAITS = [
  'illegals', 'illegal aliens', 'drug mules', 'mules', 'cartel members', 'invaders', 'bums', 'moochers', 'breeders', 'a cancer', 'cancer', 'pests', 'infestation',
  'scammers', 'con artists', 'frauds', 'cheats', 'drunks', 'alcoholics', 'drug dealers', 'useless', 'worthless',
  'criminals', 'criminal', 'terrorists', 'terrorist', 'potential terrorist', 'potential terrorists', 'gang members',
  'gangbangers', 'thugs', 'animals', 'savages', 'subhuman', 'vermin', 'parasites', 'rats', 'cockroaches', 'dogs',
  'lazy', 'dirty', 'filthy', 'smelly', 'sneaky', 'stupid', 'dumb', 'inferior', 'liars', 'thieves', 'rapists', 'violent',
  'roaches', 'predators', 'predator', 'diseased', 'a disease', 'mentally ill', 'sick', 'perverts', 'pedophiles', 'groomers', 'disgusting', 'a plague', 'a liability',
  'liability', 'too emotional', 'emotional', 'hysterical', 'weak', 'untrustworthy', 'cheap', 'greedy', 'backward',
  'primitive', 'uncivilized', 'evil', 'the problem', 'the enemy', 'all the same', 'trash', 'garbage', 'scum', 'welfare',
  'freeloaders', 'leeches', 'illegal', 'not real', 'unnatural', 'an abomination', 'abomination', 'degenerates',
  'crazy', 'an invasion', 'ruining', 'destroying', 'cant be trusted', 'cannot be trusted',
];

/** Phrases of contempt or exclusion aimed at a group. */
export const GROUP_CONTEMPT = [
  'never trust', 'dont trust', 'cant stand', 'cannot stand', 'i hate', 'hate all', 'sick of', 'tired of', 'fed up with',
  'get rid of', 'deport', 'deport them all', 'ban', 'remove', 'round up', 'send back', 'ship back', 'kick out all', 'dont belong', 'shouldnt be allowed', 'should not be allowed',
  'shouldnt be', 'should be banned', 'go back to', 'where they belong', 'typical of their kind', 'their kind',
  'typical', 'keep them out', 'no place for', 'all the same', 'just want to prove', 'only hired because', 'diversity hire',
  'affirmative action hire', 'quota hire', 'belong in the kitchen', 'behind a desk', 'cant do the job', 'not fit to',
  'arent fit to', 'shouldnt serve', 'should not serve', 'kick them out', 'lock them all up', 'every one of them',
  'all of them', 'theyre all', 'they are all', 'all are', 'dont hire', 'wont hire', 'would never hire', 'never hire',
  'dont rent to', 'wont rent to', 'dont serve', 'wont serve', 'wont work with', 'refuse to work with', 'no more', 'keep out',
];

/** Standalone exclusionary slogans. */
export const EXCLUSION_SLOGANS = [
  'go back to (?:your|their|ur) (?:own )?country', 'go back where (?:you|they) came from', 'typical of (?:their|his|her) (?:kind|race|people)',
  'their kind', 'build the wall and', 'send them (?:all )?back', 'all (?:the )?same colou?r', 'ghetto (?:thugs|trash|rats|animals|people|hoodrats)',
  '(?:you |we |we all |yall )?know (?:exactly )?what colou?r', 'ship (?:em|them)(?: all)? back', 'back where they came from', 'know exactly who i mean', 'hood rats', 'hoodrats', 'welfare queens?',
  // Ammunition dipped in pork fat or pig's blood: a known anti-Muslim taunt.
  '(?:bacon|pork|pig|pigs)(?: grease| fat| blood)?(?: covered| dipped| coated| laced| tipped)? (?:bullets|rounds|ammo)', '(?:bullets|rounds|ammo)(?: [^ .]+){0,3}? (?:dipped|covered|coated|laced) in (?:bacon|pork|pig|pigs)', 'anchor bab(?:y|ies)', 'those people are animals', 'go back to (?:africa|mexico|china)',
];

/**
 * Stereotyping cues: with a protected group in the same or the next sentence
 * they make a generalisation ("you know how they are", "keep an eye on your
 * kids"). Alone they say nothing about a group.
 */
export const STEREOTYPE_CUES = [
  'you know how they are', 'you know how they get', 'you know how it is with them', 'know how they are',
  'should only work', 'should stick to', 'cant handle', 'can not handle', 'couldnt handle', 'too soft', 'too emotional', 'too weak',
  'leave it to real men', 'real men', 'keep an eye on your', 'lock your doors', 'lock up your', 'watch your kids', 'watch your daughters',
  'hide your', 'the whole block smells', 'affirmative action', 'diversity points', 'diversity hire', 'dei hire', 'quota', 'except for all the',
  'biology is biology', 'separate license', 'separate test', 'casing houses', 'probably casing', 'up to no good', 'more loyal to',
  'loyal to their own', 'their own kind', 'dont promote', 'never promote', 'would sell their own', 'perverts', 'men in dresses',
  'jk not really', 'cant trust', 'can never trust', 'never trust', 'there goes the neighborhood', 'cant speak english', 'cant drive',
  'went downhill', 'not racist', 'im not racist but', 'not sexist', 'national sport', 'in their blood', 'in their dna', 'degenerate',
  'degenerates', 'keep your lifestyle', 'make everyone uncomfortable', 'stats dont lie', 'same demographic', 'never built for',
  'not built for', 'not cut out for', 'breed', 'infest', 'invading', 'give me the creeps', 'creeps me out', 'in those rags',
  'should all be deported', 'brought covid', 'own half', 'squeeze everybody', 'should go home', 'go home in', 'junkyard',
  'looks like a dump', 'never assimilate', 'dont assimilate', 'wont assimilate', 'groomers', 'must be genetic', 'in their genes',
  'go back to the desert', 'learn english', 'or go home', 'predators', 'predators in wigs', 'spot an illegal', 'in their nature',
  'its in their nature', 'property values', 'gonna be trouble', 'no jobs', 'kids each', 'lock your cars', 'better lock',
  'driving will be terrible', 'bring drama', 'screen for it', 'screen them out',
];

/** Cues that stereotype only in a negative sentence ("same thing every time 🙄"), not in a warm one ("same thing every year, people love it"). */
export const WEAK_STEREOTYPE_CUES = [
  'how they are', 'every one of them', 'every single one of them', 'each and every one of them', 'the whole lot of them', 'all of em',
  'belong on', 'belong in', 'belongs in', 'belongs on', 'should only be', 'should stay in', 'smells like', 'smell like', 'smell',
  'ruined', 'ruin', 'ruining', 'their own people', 'coincidence', 'just saying', 'not really', 'no offense but', 'always the', 'its always',
  'of course it was', 'of course hes', 'of course shes', 'at least the', 'know how it goes', 'whole show', 'nothing worse than',
  'around (?:their|our|my) kids', 'nobody wants that', 'the new requirement', 'guess that the', 'guess thats the', 'pack', 'mark my words',
  'same thing', 'work ethic', 'culture fit', 'brace yourselves', 'how to spot', 'genetic', 'every last one', 'same story', 'go back to',
  'wouldnt let (?:one|them|him|her)', 'babysit', 'cant understand a word', 'didnt earn', 'ban that', 'deported', 'on purpose', 'typical',
  'same people', 'side of town', 'if you know what i mean', 'skip the', 'like this', 'try to buy', 'buy the', 'moved in', 'just honest',
  'always spot', 'you can always', 'their culture', 'lifestyle', 'you know who', 'cried by', 'go figure', 'figures', 'what did you expect',
  'surprise surprise', 'shocker', 'taking over',
];

/** Negative tone that turns a weak cue next to a group into a generalisation. */
export const NEGATIVE_TONE = [
  'trouble', 'problem', 'problems', 'crime', 'criminals', 'thug', 'thugs', 'lazy', 'dirty', 'filthy', 'stink', 'stinks', 'disgusting',
  'gross', 'creeps', 'downhill', 'scam', 'scams', 'fraud', 'junkyard', 'dump', 'terrible', 'loud', 'drama', 'weak', 'soft',
  'liar', 'liars', 'lying', 'illegal', 'illegals', 'welfare', 'dangerous', 'violent', 'animals', 'roaches', 'rats', 'disease', 'diseases',
  'steal', 'stealing', 'thieves', 'casing', 'no license', 'no insurance', 'cant', 'never', 'wont', 'shouldnt', 'dont belong', 'ugh',
  'smh', 'annoying', 'sick of', 'tired of', 'hate', 'ruined', 'ruining', 'nightmare', 'curry smell', 'stench', 'sketchy',
  'shady', 'suspicious', 'uncomfortable', 'predators', 'perverts', 'weird', 'creepy', 'mess', 'problematic', 'screen', 'kitchen',
  'dispatch', 'go home', 'go back', 'deport', 'deported', 'jail', 'prison', 'gang', 'gangs', 'drugs', 'dealers', 'poor', 'broke',
];

