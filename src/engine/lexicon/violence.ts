// Threats, wishes of harm and celebrations of violence, and the police
// vocabulary that is not violent content by itself.

/** Verbs of harm as an action the author would take ("kill him"). Base forms. */
export const HARM_VERBS = [
  'beat the hell outta', 'beat the shit outta', 'beat the crap outta', 'beat the hell out of',
  'slam', 'body slam',
  'kill', 'murder', 'shoot', 'stab', 'strangle', 'choke', 'choke out', 'beat', 'beat up', 'beat down', 'punch', 'smash',
  'bash', 'break', 'curb stomp', 'stomp', 'hang', 'lynch', 'slit', 'gut', 'pistol whip', 'tase', 'taze', 'run over',
  'knock out', 'knock', 'kick', 'slap', 'hurt', 'bury', 'torture', 'burn', 'waste', 'cap', 'pop', 'end', 'destroy',
  'beat the shit out of', 'beat the crap out of', 'beat the hell out of', 'kick the shit out of', 'rip', 'snap',
  'shank', 'blow away', 'take out', 'put down', 'put a bullet in', 'put a bullet through', 'strangle',
];

/** Participles for "should be ___" wishes ("should be shot"). */
export const HARM_PARTICIPLES = [
  'hosed down', 'beaten till', 'tear gassed', 'maced', 'pepper sprayed and beaten', 'shot on the spot',
  'shot', 'killed', 'murdered', 'beaten', 'beat', 'beaten up', 'hanged', 'hung', 'lynched', 'executed', 'strangled',
  'choked', 'choked out', 'gassed', 'burned', 'burnt', 'stabbed', 'tortured', 'put down', 'curb stomped', 'shot on sight',
  'lined up and shot', 'taken out back', 'taken out', 'exterminated', 'wiped out', 'eliminated', 'run over', 'drowned',
  'locked up and beaten', 'beaten to death', 'shot dead', 'strung up', 'whipped', 'flogged', 'tased', 'slaughtered',
  'destroyed', 'put in the ground', 'six feet under', 'dead', 'hurt', 'beaten senseless', 'gunned down', 'dragged',
  'dragged behind a truck', 'hit by a bus', 'hit by a car', 'hit by a truck', 'hit by a train', 'run over by a [a-z]+', 'dragged through the street', 'thrown off a bridge', 'kneecapped', 'maimed', 'castrated',
  'crucified', 'burned alive', 'set on fire', 'beaten down', 'stomped', 'shanked', 'raped', 'shot in the head',
  'pistol whipped', 'skinned', 'lit up', 'smoked', 'beat to death', 'put down like dogs', 'put down like a dog',
];

/** Phrases that wish or celebrate violence on their own. */
export const VIOLENT_PHRASES = [
  'deserves? a bullet', 'deserves? to die', 'deserves? to get shot', 'deserves? to be shot', 'deserves? a beating',
  'deserves? an ass whooping', 'deserves? to get (?:his|her|their) (?:head|face|ass|teeth) [a-z]+',
  'deserves? to be [a-z]+ (?:up|down|out)', 'until (?:they|he|she|you) stop(?:s)? (?:moving|breathing)',
  'shoot (?:on sight|to kill|first)', 'shot on sight', 'bullet (?:in|between|through) (?:his|her|their|your) [a-z]+',
  'break every bone', 'break (?:his|her|their|your) (?:face|neck|jaw|legs|arms|skull|nose|teeth)',
  'smash (?:his|her|their|your) (?:face|head|skull|teeth)', 'head smashed in', 'skull smashed in', 'face smashed in',
  'blow (?:his|her|their|your) (?:head|brains) off', 'brains (?:splattered|blown out)', 'string (?:them|him|her) up',
  'hang (?:them|him|her) (?:all|high)', 'lined up and shot', 'open fire on', 'bloodbath', 'blood bath', 'gas them',
  'kill them all', 'kill em all', 'shoot them all', 'shoot em all', 'make (?:him|her|them) bleed', 'beat (?:him|her|them) senseless',
  'beat (?:him|her|them) to death', 'choked out', 'curb stomp(?:ed)?', 'should (?:all )?(?:be )?(?:get )?(?:shot|hanged|lynched)',
  'need(?:s)? (?:a|an)(?: good| real| serious| proper)? (?:bullet|beating|ass whooping|ass kicking|beatdown|smackdown)', 'deserves? (?:a|an)(?: good| real| serious| proper)? (?:beating|ass whooping|ass kicking|beatdown)', 'hope (?:he|she|they) dies?', 'hope (?:he|she|they) (?:get|gets) (?:shot|killed|hurt)',
  'wish (?:he|she|they) (?:was|were) dead', 'glad (?:he|she|they) (?:got )?(?:shot|killed|died|dead)', 'good riddance',
  'one less (?:thug|criminal|scumbag|animal)', 'pistol whip', 'pistol whipped',
  '(?:leaving|leave|go home|end up|ends up|going home) in a (?:body bag|coffin|casket|box)', 'body bag', 'toe tag', '(?:should|need to|needs to|ought to|gotta|have to|must)(?: just)? (?:start|begin|go) (?:shooting|killing|beating|hanging|gassing|stabbing|lynching|executing|running over) [a-z]+',
  '(?:baton|bat|bullet|brick|boot|hammer|crowbar|pipe|fist|nightstick|knife) (?:to|in|into|through) (?:the|his|her|their|your) (?:skull|head|face|teeth|throat|chest|gut|back)', 'run (?:him|her|them|that [a-z]+|the [a-z]+) off the road', 'run (?:him|her|them) down',
  'teach (?:him|her|them|these [a-z]+|those [a-z]+|that [a-z]+|him and [a-z]+) a lesson with (?:a|my|the|some) [a-z]+',
  'take (?:a|my|the) (?:bat|baseball bat|crowbar|tire iron|hammer|machete|knife|golf club) to (?:him|her|them|his|her|their|that|those|these)',
  '(?:next (?:person|guy|one|idiot|punk|thief|kid|dude|jerk|fool|clown)|next [a-z]+ (?:who|that)|whoever|anyone who|anybody who)(?: [^ .]+){0,8}? (?:is getting|gets|will get|is gonna get|is going to get|will be|is gonna be|is going to be|is catching|catches|is going to catch|is gonna catch|will catch|gonna catch|is going to eat|will eat) (?:shot|killed|stabbed|beaten|buried|hurt|a bullet|capped|smoked|dropped|laid out|beat|a beating|an ass whooping|knocked out|put down|hands|these hands|lead|hollow points|a face full of [a-z]+|put in the (?:hospital|ground|morgue|er)|sent to the (?:hospital|morgue|er))',
  // Euphemisms and body-part threats: "put him in the ground", "stomp his skull in", "a face full of lead".
  '(?:put|putting|send|sending|lay|laying) (?:him|her|them|you|that [a-z]+|this [a-z]+|the [a-z]+) (?:in the ground|six feet under|in a grave|in the hospital|in the morgue|to sleep for good)',
  '(?:stomp|stomping|kick|kicking|cave|caving|bash|bashing|smash|smashing|knock|knocking|beat|beating) (?:his|her|their|your|that [a-z]+|the [a-z]+) (?:skull|head|face|teeth|brains|jaw) (?:in|into the [a-z]+|off)',
  'face full of (?:lead|buckshot|bullets|hollow points|steel|my fist|my boot)',
  '(?:hang|hanging|string|stringing) (?:them|him|her|em|(?:these|those|the|all the|all those) (?:looters|rioters|protesters|protestors|thieves|thugs|criminals|traitors|politicians|cops|pigs|dealers|gangbangers|illegals|immigrants|junkies|pedos|people|bastards))(?: all)? (?:up )?from (?:the|a|every) (?:lampposts?|lamp posts?|trees?|light poles?|bridges?|rafters)',
  '(?:burn|burning|torch|torching) (?:that|the|this|their|his|her|every|down (?:that|the|their|this)) (?:mosque|church|synagogue|temple|house|home|clinic|school|precinct|station|shelter|building|store|shop|restaurant)s?(?: [^ .]+){0,4}? (?:to the ground|down)',
  '(?:burn|torch) (?:the|their|that|this) (?:mosque|church|synagogue|temple|shelter|clinic)s?',
  // Punishment instead of a trial, and threats that leave the harm to the imagination.
  'sav(?:e|ed|es|ing) (?:the )?(?:taxpayers?|the state|the county|everyone) (?:a|the) (?:trial|court date|lot of money)', 'enough left (?:of (?:him|her|them|you) )?for a (?:trial|funeral|lawyer)',
  'bullet costs', 'cheaper than a trial', 'skip the trial', 'no need for a trial', 'dont need a trial', 'trial by (?:bullet|rope)',
  'put (?:two|one|three|a couple|a few|some|a round|a bullet|rounds?) (?:rounds? )?(?:in|into|through) (?:his|her|their|the|that [a-z]+s|your) (?:chest|head|back|skull|face|dome|kneecaps?|knees?|legs?|gut)',
  'hope (?:he|she|they|you) likes? hospital food', 'hospital food', 'cracks? (?:my )?knuckles', 'teeth rearranged', 'face rearranged',
  'rearrange (?:his|her|their|your) (?:face|teeth|jaw)', '(?:\\d+|two|five|ten|three|a few) minutes alone (?:in a room |in an alley |in a cell )?with',
  'deserves? whatever (?:happens|he gets|she gets|they get|comes (?:to )?(?:him|her|them|next))', '(?:it|that|this) (?:wont|will not|aint gonna) be pretty',
  '(?:head|skull) (?:bounce|bounces|bouncing|bounced|smack|smacks|slam|slams|slammed|hit|hits|hitting|crack|cracks|sounds like hitting) (?:a |the )?(?:off|on|into|against|curb|pavement|concrete) (?:the )?(?:curb|pavement|concrete|ground|floor|wall|sidewalk)',
  '(?:printed|print|put|taped|tape) (?:the )?(?:[a-z]+s |[a-z]+ [a-z]+s )?(?:face|faces|photo|picture|pic) on (?:every|each|the|my|our|all the) (?:one|target|targets|silhouettes?)',
  '(?:hang|string|stringing|hanging) (?!(?:the |some |our |a |up )?(?:banners?|lights?|flags?|decorations?|signs?|posters?|wreaths?|lanterns?|streamers?|ornaments?|bunting|string lights|flowers?|baskets?|feeders?)\\b)(?:[^ .]+ ){1,4}?(?:up )?from (?:the|a|every) (?:lampposts?|lamp posts?|trees?|light poles?|bridges?|rafters|clock tower)',
  '(?:shooting|shoot|killing|kill) (?:it|the dog|the cat) (?:and )?then (?:him|her|them|the owner)', 'teeth knocked (?:down|out|in)', 'knock (?:his|her|your|their) teeth (?:out|in|down)',
  '(?:when|if|once) i (?:find|catch|see) (?:you|u|him|her|them)(?: [^ .]+){0,3}? (?:youre|ur|hes|shes|theyre|you are) (?:dead|done|finished)', 'youre dead',
  '(?:a )?gas can and a match', 'a match and a gas can', 'molotov', '(?:you|u|he|she|they) (?:wont|will not) walk (?:back )?out', '(?:theyll|they will|they would|theyd) never find the body', 'never find the body',
  'face (?:gets|got|getting) (?:caved|kicked|smashed|stomped) in', 'put (?:him|her|them) in (?:a|the) trunk', 'nobody would miss (?:him|her|them)', 'rubber bullets are too nice', 'live (?:rounds|ammo) would', 'should (?:go )?hang (?:himself|herself|yourself|themselves)', 'go hang yourself', 'kill yourself', 'kys',
  'shoot [a-z]+ on sight', 'allowed to shoot', 'face down (?:on|in) the (?:curb|pavement|street|concrete)(?: [^ .]+)? bleeding', 'picturing (?:him|her|them) (?:face down|bleeding|dead)',
  'what id do to (?:the|that|him|her|them)', 'no witnesses',
  'make (?:him|her|them|you|that [a-z]+|this [a-z]+|the [a-z]+) bleed', '(?:end|ends|ending) up (?:needing stitches|in the hospital|in the er|in a wheelchair|in a cast|in traction)',
  '(?:is|are|gonna be|going to be) going to (?:the hospital|the er) if', 'catch(?:es|ing)? (?:these|my) hands', 'let me at (?:him|her|them|em)', '(?:face|jaw|nose|arm|legs?) broken tonight',
  'blow a hole (?:in|through) (?:you|him|her|them|ya)', '(?:torch|burn) (?:[^ .]+ ){1,6}?with (?:everyone|everybody|them|people|all of them) (?:inside|in it)',
  '(?:eating|eat|drink|drinking) through a straw', 'i know where you (?:live|park|sleep|work|hang out)', 'leav(?:e|ing) in an ambulance',
  '(?:going|heading|coming|driving) (?:over there|over|to his place|to her place) with (?:a|my|the) (?:bat|gun|crowbar|knife|machete|piece|shotgun)', 'bail me out',
  '(?:shouldve|should have|shoulda) been live (?:ammo|rounds)', 'deserved every (?:rubber round|round|bullet|hit|blow|baton)', 'find out what a (?:hollow point|bullet|bat|round|taser|fist) feels like',
  'keep talking and (?:find out|see what happens)', '(?:gets|get|getting) a bullet', '(?:shoulda|should have|shouldve|should of) (?:shot|killed|smoked|capped|dropped|beat|tased) (?:him|her|them|that [a-z]+|the [a-z]+)',
  'sav(?:e|ed|es|ing) (?:the )?taxpayers', 'gas pedal(?: \\.)? problem solved', 'make (?:him|her|them) eat (?:the|a) (?:curb|pavement|concrete|asphalt)', 'eat the curb',
  'break (?:both )?(?:your|ur|his|her|their) (?:hands|arms|legs|fingers|knees|neck|jaw)', 'putting (?:him|her|them|you) through (?:the|a) (?:windshield|wall|window|table|floor)', '(?:a few|some) broken (?:jaws|noses|ribs|bones|arms|legs)',
  'with your name on it', 'not aiming for (?:your|his|her|their) (?:knees|legs)', 'empty(?:ing)? (?:a|my|the|his) (?:mag|magazine|clip) (?:into|in)',
  'fantasi[sz]e about (?:shooting|killing|hurting|beating|choking)', 'pay (?:him|her|them|you) a (?:little )?visit', 'find (?:out )?where (?:he|she|this [a-z]+|that [a-z]+) lives',
  'spot (?:out )?in the woods', 'leaving in a bag', 'i know where you live', 'bringing (?:the|my|a) (?:crowbar|bat|gun|piece|shotgun|knife|machete)', 'cracking ribs', 'crack (?:some|his|her|their|your) ribs',
  'break (?:some|his|her|their|your) ribs', 'pray for (?:whoever|the next|anyone who|the guy who)', 'skull stomped', 'head stomped', 'face stomped',
  'get(?:s|ting)? (?:his|her|their) (?:skull|head|face|teeth) (?:stomped|kicked in|caved in|smashed|bashed)', 'wont be walking', 'wont walk again', 'wont be able to walk',
  'leave in an ambulance', 'the only good [a-z]+ is a dead [a-z]+', 'take (?:a|my|the) (?:bat|crowbar|tire iron|hammer|machete|knife|golf club) to (?:my |the |his |her |that |a )?(?:[a-z]+ )?(?:dog|cat|neighbor|kid)',
  'make it look like (?:he|she|they|it was self defense|an accident|he resisted|she resisted)(?: resisted)?', 'im armed and', 'come back and find out',
  'fuck around and find out', 'fafo', 'find out what happens', '(?:put|putting|puts) (?:him|her|them|you|that [a-z]+) in the dirt', 'curb stomping', 'curb stomps',
  '(?:hope|hoping|wish|pray|praying)(?: [^ .]+){1,12}? (?:bleeds? out|dies? slow(?:ly)?|suffers?|rots? (?:in|away)|gets? (?:his|her|their) (?:head|brains) blown (?:off|out)|gets? (?:shot|stabbed|shanked|killed|murdered|raped|beaten|hurt|jumped|what (?:he|she|they) deserves?))',
  '(?:i|we|me and [a-z]+) (?:slammed|smashed|beat|punched|kicked|choked|stomped|bashed|knocked out|body slammed|dragged|pistol whipped|curb stomped|beat up|roughed up|tuned up|laid out|dropped|tased|decked|clocked|rocked) (?:his|her|their|him|them|that|the|this|some|a) (?:[^ .]+ ){0,2}?(?:head|face|skull|teeth|jaw|ass|guy|dude|kid|man|woman|punk|idiot|clown|drunk|suspect|perp|protester|homeless|bum|him|her|them)(?: [^ .]+){0,6}? (?:till|until|so hard|into|against|through|off)',
  'speed bumps? with (?:opinions|signs|feelings|a cause)', '(?:run|plow|mow|ran|plowed|mowed) (?:them|em|those [a-z]+|the [a-z]+|these [a-z]+) (?:over|down)', 'floor it',
  '(?:sitting|waiting|waitin|sittin|be|standing|posted up) (?:on|at|by|in) (?:my|the) (?:porch|door|window|driveway|yard)(?: [^ .]+){0,3}? with (?:the|my|a) (?:12 gauge|twelve gauge|shotgun|rifle|ar|ar15|glock|pistol|gun|piece|bat)',
  'beaten (?:till|until) (?:they|he|she) (?:couldnt|could not|cant|can not) (?:stand|walk|move|breathe)', 'hosed down and beaten',
  '(?:let|lets|let us|we should|we need to|somebody should|someone should|somebody needs to|someone needs to|i will|ill|im gonna|im going to|gonna|going to) (?:burn|torch) (?:[^ .]+ ){1,3}?(?:to the ground|down with (?:them|him|her|everyone) inside)',
];

/** Graphic gore words: violent content even without a threat. */
export const GORE = [
  'body cut in half', 'cut in half', 'crash pic', 'crash pics', 'whats? left of (?:the|him|her|them)', 'crash scene pics', 'crash scene photos', 'face (?:is )?(?:literally )?hanging off', 'beheading', 'beheadings', 'beheaded', 'gsw pic', 'gsw pics', 'gsw photo', 'gunshot wound pic', 'gunshot wound photo', 'graphic pics', 'graphic photos', 'graphic pictures', 'graphic video', 'graphic footage', 'body still in', 'decapitated', 'decapitation', 'dismembered', 'disemboweled', 'gore', 'gory', 'mutilated', 'guts spilled', 'brains splattered', 'bloody pulp',
  'guts all over', 'guts everywhere', 'guts hanging out', 'intestines', 'brain matter', 'brains all over', 'brains everywhere', 'split open like',
  'head split open', 'skull split open', 'skull cracked open', 'head cracked open', 'head caved in', 'skull caved in', 'face ripped off',
  'severed head', 'severed arm', 'severed leg', 'body parts everywhere', 'body parts all over', 'blood and guts', 'pool of blood', 'blood everywhere',
  'chunks of flesh', 'flesh hanging', 'bone sticking out', 'bones sticking out', 'half his face', 'half her face', 'charred body', 'charred bodies',
];
