// Record vocabulary: what N.C.G.S. 132-1.4, 132-1.4A and 160A-168 keep out
// of public reach, and the public facts that are not a disclosure.

/** Investigation material (132-1.4: informants, lab results, surveillance, evidence, leads). */
export const INVESTIGATION_TERMS = [
  'informant', 'informants', 'confidential informant', 'confidential source', 'our ci', 'my ci', 'the ci', 'ci says', 'ci just',
  'ci texted', 'ci called', 'ci confirmed', 'ci gave us',
  'ci said', 'ci told', 'snitch says', 'lab results', 'lab result', 'lab report', 'tox report', 'toxicology report',
  'toxicology results', 'dna results', 'dna came back', 'dna from', 'dna matched', 'dna match', 'rape kit', 'codis',
  'fingerprints came back', 'prints came back', 'ballistics', 'ballistic report', 'autopsy results', 'autopsy report',
  'phone dump', 'phone extraction', 'cell phone extraction', 'cellebrite', 'search warrant', 'arrest warrant',
  'warrant is ready', 'wiretap', 'wire tap', 'pen register', 'surveillance footage', 'surveillance on', 'surveilling',
  'stakeout', 'controlled buy', 'controlled buys', 'buy bust', 'sting operation', 'undercover operation', 'witness statement',
  'witness statements', 'witness said', 'witness says', 'witness told', 'the witness', 'his statement', 'her statement',
  'confessed', 'confession', 'interrogation', 'interview room', 'person of interest', 'persons of interest', 'suspect leads',
  'our suspect', 'main suspect', 'prime suspect', 'murder weapon', 'the weapon', 'case file', 'case files', 'case notes',
  'crime scene photos', 'crime scene pics', 'crime scene pictures', 'autopsy photos',
  'the evidence', 'gang intel', 'intel says', 'criminal intelligence', 'intelligence report',
  'raid tomorrow', 'raid tonight', 'the raid', 'the shipment', 'arrest coming', 'about to arrest', 'going to arrest',
  'gonna arrest', 'about to pick him up', 'doesnt know yet', 'doesnt know we', 'tip line caller', 'the tipster', 'the caller was',
  'rap sheet', 'criminal history', 'text messages from', 'suspect text', 'suspect phone', 'suspect prints', 'suspect dna',
  'suspect house', 'suspect address', 'suspect name', 'suspect mom', 'his prints', 'her prints', 'prints are all over',
  'autopsy', 'autopsy showed', 'autopsy shows', 'autopsy found', 'medical examiner found',
  'fingerprints on', 'prints on the', 'ballistics matched', 'shell casings matched', 'gsr', 'gunshot residue', 'dna on',
  'told detectives', 'told investigators', 'told the detective', 'phone pinged', 'pinged at', 'pinged off', 'cell tower records',
  'tower dump', 'his alibi', 'her alibi', 'alibi checks out', 'alibi fell apart', 'sealed warrant for',
  'sent to the lab', 'sent to the crime lab', 'at the crime lab', 'being tested for', 'being tested', 'the lab is testing',
  'sources inside', 'a source inside', 'our sources', 'my sources', 'is cooperating', 'are cooperating', 'gave us the', 'gave up the',
  'cooperating witness', 'flipped on', 'snitched on', 'ratted out', 'intel from', 'street intel', 'gang sources',
  'the wire on', 'a wire on', 'wearing a wire', 'blood alcohol was', 'blood alcohol level was', 'bac was', 'hospital draw', 'blood draw', 'tox screen', 'suspect list',
  'lab came back', 'lab just came back', 'labs came back', 'labs just came back', 'lab results came back', 'came back from the lab',
  'warrant signed', 'warrant is signed', 'warrant got signed', 'signed the warrant', 'has no idea', 'have no idea', 'no idea were', 'no idea we are',
  'doesnt know were', 'onto him', 'onto her', 'onto them', 'closing in on him', 'closing in on her',
  'list of suspects', 'suspect pool',
  // Pending operations and covert surveillance: not public until they happen, if ever.
  'interview room video', 'mid confession', 'the only witness', 'only witness to', 'stakeout pics', 'stakeout photos', 'watch list', 'gang unit watch', 'undercover for narcotics', 'buying from the',
  'who called in the shooting', 'who called it in', 'the kid who called in', 'the lady who called in', 'the guy who called in', 'who called in the',
  'registered to a', 'ran the plate from that', 'tip line gave us', 'interviewing him tomorrow', 'interviewing her tomorrow', 'bet he folds', 'crime scene from',
  'told us the shooter', 'the shooter drives', 'witness on my', 'tox on the', 'tox came back', 'we know the supplier', 'surveillance stills', 'surveillance pics', 'surveillance photos', 'surveillance video', 'posting the victim name', 'posted the victim name', 'keeps posting the victim',
  'were looking at for', 'we are looking at for', 'looking at for the', 'petition is being filed', 'the witness who called', 'witness who called it in', 'the ci who', 'is the ci', 'is a ci', 'the informant who', 'anonymous 911 caller', 'the 911 caller is', 'caller is the', 'uc buy', 'undercover buy', 'the uc buy', 'waiting on the judge to sign', 'we have a name for',
  'judge to sign the warrant', 'intel unit', 'planning retaliation', 'no charges yet', 'told me they think', 'witness in', 'sealed juvenile record', 'juvenile record', 'been sitting on', 'sitting on that', 'surveillance team', 'witness told us', 'witness told me', 'the witness told', 'jail calls', 'jail phone calls', 'outside the trap house', 'on the trap house', 'watching the trap house', 'dental records', 'idd the body', 'id d the body', 'phone pings', 'the focus now', 'never matched', 'anonymous tip', 'tip came in',
  'inside the scene', 'blood spatter', 'scene pic', 'scene pics', 'scene photo', 'victim photo', 'victim pic', 'gsw pic', 'detectives think', 'detectives believe', 'investigators think', 'investigators believe', 'theyre watching them', 'were watching them',
  'kept out of the news', 'never had enough to charge', 'not enough to charge', 'enough to charge him', 'enough to charge her', 'we seized', 'seized off',
  'flagged as affiliated', 'gang list', 'gang database', 'list of everyone flagged', 'evidence room pic', 'evidence room photo', 'evidence room selfie',
  'before it even logged', 'not logged yet', 'one of our undercover', 'our undercover narcs', 'name of the girl who', 'name of the woman who', 'name of the boy who', 'name of the victim', 'caller was', 'confession video', 'confession tape', 'interrogation tape', 'interrogation video', 'case still open', 'case is still open',
  'still an open case', 'arrests coming', 'arrests are coming', 'arrests next week', 'arrests soon', 'we know who they are', 'we know who did it',
  'we know who it is', 'we know who it was', 'never recovered', 'was never recovered', 'passed the polygraph', 'passed a polygraph',
  'search history', 'pulled off his phone', 'pulled off his laptop', 'pulled off his computer', 'pulled off her phone', 'guy on the inside',
  'someone on the inside', 'been feeding us', 'feeding us info', 'anonymous tipster', 'anonymous caller', 'tipster', 'gave him up', 'gave her up',
  'gave them up', 'turned on him', 'months of surveillance', 'weeks of surveillance',
  'tracker on', 'gps tracker', 'tracking device', 'tracker on his', 'pinging his phone', 'pinging her phone', 'tapped his phone', 'tapped her phone',
  'been sitting on the', 'been watching the house', 'been watching his', 'been watching her', 'raid coming', 'raid is coming', 'big raid', 'raid planned',
  'charges are coming', 'charges coming', 'charges are pending', 'from the fingerprints', 'from the prints', 'lifted prints', 'prints we lifted',
  'confessed in the box', 'in the box for', 'priors', 'prior record', 'documented gang', 'gang associate', 'validated gang', 'open case in', 'pending case in',
  'the witness name', 'witness name', 'the witness is', 'the witness lives', 'the witness to', 'on our radar', 'grand jury', 'sealed indictment', 'sealed warrant', 'line up', 'lineup', 'photo lineup', 'mugshot before',
];

/** Talk about the records laws in general ("TIL under NC law…", "how long does an internal investigation take, asking generally"), not a disclosure. */
export const LAW_TALK = [
  'under nc law', 'nc law', 'the law', 'by law', 'statute', 'statutes', '160a 168', '132 1 4', '132 1 4a', 'records rules', 'records law', 'public records law',
  'in general', 'generally', 'asking generally', 'policy nerd', 'til', 'different processes', 'is it normal', 'how long does', 'how does', 'what parts of',
  'for new supervisors', 'writing a paper', 'a complaint against an officer', 'complaints against officers',
];

/** Markers that a warrant or operation has not happened yet (not public). */
export const NOT_YET = ['dawn', 'at dawn', 'we hit', 'waiting', 'til', 'until', 'when he gets', 'when she gets', 'thursday', 'tuesday', 'wednesday', 'saturday', 'sunday', 'later', 'tmrw', 'ready', 'tomorrow', 'tonight', 'this week', 'next week', 'soon', 'planned', 'planning', 'going to', 'gonna', 'about to', 'coming', 'not served', 'unserved', 'pending', 'sealed', 'waiting on', 'morning', 'friday', 'monday'];

/** Identity details of a victim or witness (132-1.4 keeps victims' identities protected). */
export const IDENTITY_DETAILS = [
  'lives on', 'lives at', 'lives in', 'address is', 'named', 'name is', 'his ex', 'her ex', 'ex girlfriend', 'ex boyfriend',
  'girlfriend', 'boyfriend', 'wife', 'husband', 'daughter', 'son', 'cousin', 'sister', 'brother', 'mother', 'father',
  '\\d{1,2} ?yo', 'yo from', 'high school', 'student at', 'junior at', 'senior at', 'nephew', 'niece', 'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'works at', 'goes to', 'years old', 'year old', 'phone number', 'number is',
];

/** Personnel matters (160A-168 keeps these confidential). */
export const PERSONNEL_TERMS = [
  'written up', 'wrote up', 'write up', 'writeup', 'writeups', 'write ups', 'reprimand', 'reprimands', 'reprimanded',
  'written reprimand', 'letter of reprimand', 'counseling memo', 'counseled', 'disciplined', 'disciplinary',
  'discipline', 'ia investigation', 'ia case', 'ia complaint', 'ia file', 'internal affairs investigation',
  'internal affairs complaint', 'demoted because', 'demoted for', 'suspended because', 'suspended for', 'fired because', 'fired for',
  'terminated because', 'terminated for', 'his evaluations', 'her evaluations', 'his reviews', 'her reviews', 'internal affairs case', 'internal affairs file', 'internal investigation',
  'under investigation by ia', 'under ia investigation', 'under investigation', 'being investigated', 'sustained complaint',
  'sustained complaints', 'performance evaluation', 'performance evaluations', 'performance review', 'rated unsatisfactory', 'unsatisfactory', 'needs improvement', 'improvement plan', 'pip',
  'personnel file', 'his file', 'her file', 'their file', 'his jacket', 'her jacket', 'ia jacket', 'fitness for duty', 'fitness for duty eval',
  'getting fired', 'is being fired', 'going to be fired', 'gonna be fired', 'about to be fired', 'getting demoted', 'getting suspended',
  'getting written up', 'being terminated', 'mental health leave', 'stress leave', 'psych leave', 'disability leave', 'on leave for', 'disciplinary file', 'disciplinary record', 'disciplinary history', 'discipline file', 'drinking problem', 'drug problem', 'alcohol problem', 'leave because', 'leave due to', 'leave for his', 'leave for her',
  'mental breakdown', 'nervous breakdown', 'psych eval', 'psych evaluation', 'psych exam', 'psych test', 'psychological evaluation', 'psychological exam',
  'sustained the complaint', 'sustained a complaint', 'ia sustained', 'ia cleared', 'ia found', 'ia opened', 'ia is looking into',
  'ia is investigating', 'internal affairs is investigating', 'internal affairs found', 'complaint against', 'complaints against', 'medical leave', 'sick leave', 'fmla', 'rehab', 'in rehab', 'drug test',
  'application says', 'got fired from', 'complaints for', 'file has two complaints', 'read the file', 'ia closed', 'ia closes', 'interview scores', 'promo list scores', 'fto reports', 'fto report', 'references on the', 'fitness assessment', 'failed this year', 'list of who failed', 'annual evaluations', 'the one who didnt', 'untruthfulness', 'ia wrapped', 'ia just wrapped',
  'not announced yet', 'random drug test', 'drug test went around', 'application file', 'got rejected by', 'references from his', 'references from her', 'ia findings', 'ia findings memo', 'performance evals', 'performance eval', 'leave forms', 'pill problem', 'pain pill problem', 'popped positive', 'drug test results', 'failed the sergeant exam', 'failed the lieutenant exam', 'failed the promotional exam', 'scores were on', 'leave for postpartum', 'postpartum depression',
  'leave for depression', 'leave for ptsd', 'leave for anxiety', 'annual eval', 'annual evaluation', 'ia complaints', 'sustained ia complaints', 'reference letters', 'reference letter', 'psych screening', 'failed the mmpi', 'mmpi', 'references all said', 'her references', 'his references', 'references said', 'psych hold', 'fitness evaluation', 'fitness evaluations', 'failed fitness', 'scores on the', 'lowest in the group', 'real reason', 'day suspension', 'your application', 'saw your application', 'scoring a', 'score on the', 'reference letter crossed', 'crossed my desk', 'performance rankings',
  'performance ranking', 'performance scores', 'doctor note', 'ia report', 'internal affairs report', 'promotion board', 'promotional board', 'exam score', 'exam scores',
  'test scores', 'promotional scores', 'promotion scores', 'saw the scores', 'scored a', 'on the written', 'doctors note', 'diagnosed with', 'medical file',
  'medical records', 'workers comp claim', 'his evaluation flagged', 'her evaluation flagged', 'evaluation flagged', 'attendance problems', 'attendance issues',
  'job application', 'application essay', 'who called out sick', 'called out sick and why', 'is on fmla', 'on fmla', 'leave paperwork',
  'background packet', 'background file', 'background investigation', 'failed polygraph', 'failed a polygraph', 'failed the polygraph', 'polygraph results',
  'failed a drug test', 'failed his', 'failed her', 'polygraph', 'background check', 'his application', 'her application',
  'administrative leave', 'desk duty', 'light duty', 'on modified duty', 'probation', 'last chance agreement',
  'early warning system', 'complaint history', 'use of force complaints', 'brady list', 'giglio',
];

/** Facts 160A-168 makes public: mentioning them alone is not a disclosure. */
export const PUBLIC_PERSONNEL = ['promoted', 'promotion', 'salary', 'raise', 'hired', 'hire date', 'transferred', 'assigned', 'position', 'title', 'years with', 'retired', 'retirement'];

/** Non-public City and Department records. */
export const NONPUBLIC_TERMS = [
  'internal memo', 'internal email', 'internal document', 'internal report', 'internal roster', 'roster', 'duty roster',
  'not for distribution', 'not for release', 'do not distribute', 'dont share this', 'confidential memo', 'marked confidential',
  'law enforcement sensitive', 'for official use only', 'fouo', 'les', 'dispatch logs', 'dispatch log', 'cad log', 'cad logs',
  'cad report', 'cad notes', 'call logs', 'call log', 'radio logs', 'ncic', 'dci', 'ran his plate', 'ran her plate',
  'ran the plate', 'ran his tags', 'ran his name', 'ran her name', 'ran him', 'ran her', 'gate code', 'door code',
  'access code', 'alarm code', 'keypad code', 'entry code', 'lockbox code', 'lock box code', 'building code', 'the code is',
  'code to the', 'passcode', 'password', 'deployment plan', 'deployment plans', 'tactical plan',
  'ops order', 'operations order', 'cell numbers', 'cell phone numbers', 'personal numbers', 'home addresses',
  'overtime roster', 'contact sheet', 'encryption keys', 'encryption key', 'radio encryption', 'before hr posts', 'before hr announces', 'before its announced', 'before it posted', 'login for the', 'the login for', 'staffing roster', 'marked internal', 'internal only', 'internal use only', 'internal schedule', 'you didnt hear it from me', 'didnt hear it from me', 'didnt hear this from me', '911 call log', '911 calls for', 'officer contact list', 'contact list for', 'officer phone list', 'ops plan', 'operations plan', 'staffing memo', 'staffing sheet', 'overtime sheet', 'staffing numbers', 'staffing levels for', 'manpower for', 'briefing notes', 'shift briefing', 'roll call briefing', 'roll call notes', 'briefing slides', 'intel bulletin', 'internal bulletin',
  'social security number', 'ssn', 'drivers license number', 'dmv records', 'dmv record', 'department directory',
  'internal directory', 'phone list', 'home numbers', 'home phone numbers', 'personal cell numbers',
];

/** Recordings (132-1.4A): non-public when posted or shared. */
export const RECORDING_TERMS = ['interrogation room', 'interview room', '911 recording', '911 call recording', '911 audio', '911 tape', 'sally port', 'booking room', 'holding cell', 'jail camera', 'booking camera', 
  'bodycam', 'body cam', 'body camera', 'body worn camera', 'bwc', 'dashcam', 'dash cam', 'dash camera', 'in car video',
  'in car camera', 'cruiser cam', 'interview room video', 'jail video', 'booking video', 'sally port video',
];
export const RECORDING_MEDIA = ['link', 'links', 'footage', 'video', 'videos', 'clip', 'clips', 'recording', 'recordings', 'still', 'stills', 'screenshot', 'screenshots', 'audio', 'vid'];
export const POSTING_VERBS = [
  'heres', 'here is', 'here are', 'posting', 'posted', 'post', 'sharing', 'share', 'watch', 'check out', 'look at',
  'leaked', 'leak', 'got a copy', 'attached', 'see', 'uploading', 'uploaded', 'below', 'link', 'screenshot', 'pulled',
  'show', 'shows', 'says', 'said', 'from', 'you see', 'so you see', 'here the', 'here a', 'here my', 'replied with', 'commented with', 'replied', 'commented',
  'dropped', 'full', 'unedited', 'uncut', 'raw', 'pin', 'pinned', 'dm me', 'reacting', 'reaction', 'crazy', 'insane', 'wild',
  'saved a copy', 'before it got locked', 'clip of', 'video of', 'footage of', 'vs', 'bro', 'dude', 'lol', 'lmao', 'haha', 'before legal', 'before they', 'check this', 'this guy', 'this dude',
];
