// Insults and contempt: the words that turn criticism into disparagement.

/** Nouns that insult a person or a group ("clown", "morons"). Plural forms are matched too. */
export const INSULT_NOUNS = [
  'idiot', 'moron', 'imbecile', 'clown', 'fool', 'buffoon', 'joke', 'disgrace', 'embarrassment', 'loser', 'coward',
  'scum', 'scumbag', 'dirtbag', 'sleazebag', 'lowlife', 'deadbeat', 'parasite', 'leech', 'trash', 'garbage', 'filth',
  'animal', 'savage', 'pig', 'rat', 'snake', 'weasel', 'vermin', 'hack', 'tyrant', 'dictator', 'clown show', 'circus',
  'jackass', 'dumbass', 'asshole', 'ass', 'bastard', 'bitch', 'dick', 'prick', 'douche', 'douchebag', 'twat', 'cunt',
  'shithead', 'shitbag', 'shitshow', 'shit show', 'dipshit', 'dumbfuck', 'fuckwit', 'tool', 'dimwit', 'nitwit',
  'halfwit', 'numbskull', 'bozo', 'dunce', 'incompetent', 'hypocrite', 'crook', 'thug', 'puppet', 'bootlicker',
  'brownnoser', 'kiss ass', 'suck up', 'sellout', 'snitch', 'weakling', 'wimp', 'pushover', 'clowns', 'dump', 'cesspool',
  'hellhole', 'shithole', 'dumpster fire', 'failure', 'waste of space', 'waste of oxygen', 'pos', 'piece of shit',
  'piece of garbage', 'piece of trash', 'goon', 'stooge', 'lapdog', 'rats', 'ingrate', 'slob', 'degenerate',
  'freeloader', 'moocher', 'whiner', 'crybaby', 'snowflake', 'liar', 'sheep', 'cockroach', 'vulture', 'bum', 'dregs',
  'crackhead', 'crackheads', 'whore', 'mafia', 'grifters', 'grifter', 'worst hire', 'black hole', 'incompetence', 'retard', 'retards', 'busybodies', 'busybody', 'paranoid', 'dickhead', 'dead weight', 'drunk', 'potato', 'potatoes', 'dinosaur', 'dinosaurs', 'waste of a badge', 'waste of a uniform', 'diversity hire', 'affirmative action hire', 'quota hire', 'lowlifes', 'dummy', 'simpleton', 'cretin', 'ignoramus', 'clown car', 'laughingstock', 'laughing stock',
];

/** Adjectives that insult ("spineless", "pathetic"). */
export const INSULT_ADJECTIVES = [
  'stupid', 'dumb', 'idiotic', 'moronic', 'brainless', 'clueless', 'useless', 'worthless', 'pathetic', 'incompetent',
  'spineless', 'gutless', 'lazy', 'corrupt', 'crooked', 'disgusting', 'ungrateful', 'trashy', 'braindead', 'brain dead',
  'dimwitted', 'inept', 'hopeless', 'lying', 'two faced', 'backstabbing', 'cowardly', 'sorry ass', 'sorry', 'shitty',
  'crappy', 'pitiful', 'laughable', 'vile', 'scummy', 'sleazy', 'slimy', 'spiteful', 'petty', 'fat', 'ugly', 'senile',
  'retarded', 'deranged', 'psycho', 'unhinged', 'clownish', 'dishonest', 'gross', 'filthy', 'dirty', 'good for nothing',
  'no good', 'fucking', 'damn', 'goddamn', 'bloody', 'ignorant', 'weak', 'soft', 'dense', 'thick', 'arrogant',
  'whiniest', 'whiny', 'whiney', 'toxic', 'galaxy brained', 'galaxy brain', 'rudest', 'entitled', 'most entitled', 'spoiled', 'thankless', 'washed up', 'dumbest', 'stupidest', 'laziest', 'sorriest', 'most useless', 'most incompetent', 'dumbass',
];

/** Adjectives that are insults only when they stand alone after "is/are" (not before a noun: "sorry" / "weak"). */
export const WEAK_ADJECTIVES = ['sorry', 'weak', 'soft', 'dense', 'thick', 'damn', 'goddamn', 'bloody', 'fucking', 'fat', 'dirty', 'gross', 'petty'];

/** Idioms that mock competence or loyalty. */
export const INSULT_IDIOMS = [
  'couldnt organize', 'cant organize', 'couldnt find (?:his|her|their) way', 'couldnt lead', 'cant lead',
  'throws? (?:his|her|their|us|[a-z]+) (?:officers |people |men |own )?under the bus', 'under the bus',
  'has no spine', 'have no spine', 'no backbone', 'cant do (?:his|her|their) job', 'couldnt pour water out of a boot',
  'dumb as a', 'dumber than', 'two car funeral', 'clown show', 'shit show', 'shitshow', 'dumpster fire',
  'full of (?:it|shit|crap)', 'kiss (?:my|our) ass', 'go to hell', 'rot in hell', 'bunch of (?:idiots|morons|clowns|losers|cowards|crooks|hacks)',
  '(?:backbone|spine|brains|leadership skills|people skills|iq|intelligence|personality) of a', 'eats its young', 'only cares? about (?:their|his|her) (?:pensions?|parking|careers?|image|photo ops|stats)', 'would sell (?:us|you|them) out',
  'like (?:playing telephone with|talking to|working with|herding) (?:[a-z]+ ){0,3}?(?:a toddler|toddlers|children|a child|a brick wall|a rock|cats)', 'all talk', 'no spine',
  'dont deserve (?:police|cops|protection|us|a police department|the effort|our help|help)', 'couldnt run a (?:[a-z]+ ){0,2}(?:stand|bath|bake sale)', 'let (?:em|them) sort it out', 'sinking ship', 'run by (?:morons|idiots|clowns|fools|incompetents|children)', 'brings? it on (?:themselves|himself|herself)', 'couldnt teach a dog to sit', 'couldnt find (?:[a-z0-9]+ ){0,4}with a map', 'cant get any dumber', 'zero backbone', 'is a gang with', 'just a gang with', 'wouldnt know (?:[a-z]+ ){1,3}if it bit (?:them|him|her)', 'couldnt find (?:his|her|their|its) own', 'zero clue', 'no clue', 'all hat no cattle', 'deserves? (?:the crime|what|whatever) (?:they|he|she) gets?', 'dont help (?:urselves|yourselves|themselves)', 'r the worst', 'are the worst', 'is the worst',
  'should be ashamed of (?:themselves|himself|herself)', 'never worked a real shift', 'iq of an?', 'two brain cells', 'room temperature iq', 'stop whining', 'quit whining', 'get exactly the service they deserve', 'cant stand (?:this|that|the) (?:neighborhood|city|town|place)', 'pound sand', 'go pound sand', 'can go to hell', 'into the ground', 'black hole of', 'sucks', 'suck', 'blows', 'where good ideas go to die', 'eats its own', 'eats their own', 'eat their own', 'to save (?:their|his|her) li(?:fe|ves)',
];

/** Mild criticism: not an insult; raised to a finding only with sensitivity 'strict'. */
export const CRITICISM = [
  'terrible', 'awful', 'horrible', 'bad', 'wrong', 'unfair', 'ridiculous', 'absurd', 'disaster', 'mess', 'failing',
  'failed', 'broken', 'worst', 'waste', 'joke', 'nonsense', 'bullshit', 'bs', 'garbage', 'trash', 'crap', 'sucks',
];

/** Profanity aimed at a target ("f*** the city"). */
export const CURSE_AT = ['fuck', 'fck', 'fk', 'screw', 'to hell with', 'damn', 'fuk', 'frick', 'eff'];
