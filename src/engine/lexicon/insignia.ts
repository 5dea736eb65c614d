// Uniforms, badges, patches, logos and issued equipment, and the events the
// order lets members show them at.

/** Items the order names, as members write them. */
export const INSIGNIA_ITEMS = [
  'uniform', 'uniforms', 'dress uniform', 'dress blues', 'class a', 'class as', 'class a uniform', 'blues', 'badge',
  'badges', 'badge number', 'my shield', 'shoulder patch', 'department patch', 'police patch', 'unit patch',
  'swat patch', 'patches', 'department logo', 'police logo', 'city logo', 'the logo', 'department issued',
  'dept issued', 'issued rifle', 'issued weapon', 'issued gun', 'issued pistol', 'issued sidearm', 'issued shotgun',
  'issued vehicle', 'issued car', 'issued radio', 'issued taser', 'issued phone', 'duty belt', 'duty weapon', 'duty rifle',
  'duty pistol', 'duty gun', 'duty vest', 'duty gear', 'duty bag', 'service weapon', 'service pistol', 'service revolver',
  'service firearm', 'sidearm', 'patrol car', 'patrol cars', 'patrol vehicle', 'patrol unit', 'patrol suv', 'patrol tahoe',
  'squad car', 'cop car', 'cruiser', 'police car', 'police cruiser', 'police suv', 'police vehicle', 'police tahoe',
  'police charger', 'police motorcycle', 'police boat', 'police uniform', 'police badge', 'police gear', 'police vest',
  'police radio', 'police lights', 'marked car', 'marked unit', 'marked vehicle', 'take home car', 'tahoe', 'interceptor',
  'body armor', 'ballistic vest', 'taser', 'lights and sirens', 'lights on', 'sirens on', 'sergeant stripes',
  'lieutenant bars', 'captain bars', 'collar brass', 'rank insignia', 'insignia', 'department shirt', 'department polo',
  'department hat', 'swat gear', 'tactical gear', 'my gear', 'in uniform', 'on duty selfie',
  'light bar', 'lightbar', 'issued glock', 'duty glock', 'service glock', 'department glock', 'issued ar', 'issued carbine', 'issued laptop', 'issued vest',
  'work cuffs', 'duty cuffs', 'my cuffs', 'patch jacket', 'patch', 'vest', 'take home unit', 'mdt', 'shotgun rack', 'department shotgun', 'department charger', 'department car', 'department tahoe', 'department suv', 'cruisers', 'city seal', 'department seal', 'patrol rifle', 'issued patrol rifle', 'pd logo', 'police department logo', 'riot shield', 'riot shields', 'riot gear', 'baton', 'batons', 'tactical vest',
  'department ar', 'department ars', 'department ar 15', 'department ar 15s', 'department rifle', 'department rifles', 'duty jacket',
  'uniform jacket', 'department jacket', 'police jacket', 'department badge',
  'my class a', 'my class as', 'in class a', 'in class as', 'duty holster', 'holster', 'duty boots', 'department vehicle', 'unmarked car', 'unmarked unit',
];

/** Items members name with the agency's initials ("<initials> patch"); the pack gives the initials. */
export const AGENCY_ITEMS = ['patch', 'logo', 'shirt', 'hat', 'jacket', 'badge', 'blues', 'uniform'];

/** Words before an item that make it someone else's (a school uniform, a merit badge). */
export const NOT_POLICE_QUALIFIERS = ['pilot', 'pilots', 'airline', 'flight', 'postal', 'mail carrier', 'sheriff', 'trooper', 'highway patrol', 'park ranger', 'not', 'plastic', 'enough', 'more', 
  'school', 'soccer', 'football', 'baseball', 'softball', 'basketball', 'hockey', 'volleyball', 'lacrosse', 'team', 'band',
  'scout', 'scouts', 'nurse', 'nursing', 'chef', 'kids', 'son', 'daughter', 'merit', 'name', 'employee', 'hospital',
  'restaurant', 'sports', 'little league', 'cheer', 'karate', 'jiu jitsu', 'military', 'army', 'navy', 'marine',
  'air force', 'pumpkin', 'eye', 'nicotine', 'software', 'security', 'fire', 'firefighter', 'ems', 'toy', 'lego', 'model',
  'matchbox', 'hot wheels', 'costume', 'halloween', 'replica', 'kid', 'kids toy', 'appendix', 'iwb', 'owb', 'concealment',
  'conceal carry', 'concealed carry', 'ccw', 'personal', 'off duty',
  // "our men and women in uniform" thanks service members; achievement, press and studio badges are no one's insignia.
  'women', 'men', 'heroes', 'soldiers', 'veterans', 'troops', 'servicemen', 'day', 'special', 'international', 'studio', 'press',
  'visitor', 'visitors', 'digital', 'achievement', 'fitness', 'reader', 'gold', 'silver', 'bronze', 'verified', 'turn in', 'turning in', 'turned in', 'hand in', 'their',
];

/** Items followed by these are about a policy, not a picture ("take-home car policy"). */
export const POLICY_FOLLOWERS = ['cam', 'camera', 'footage', 'video', 'dashcam', 'qualification', 'qualifications', 'qual', 'quals', 'course', 'training', 'class', 'recert', 'policy', 'policies', 'program', 'rules', 'budget', 'cost', 'costs', 'funding', 'contract', 'purchase', 'replacement', 'allowance', 'requirements', 'standards'];

/** Markers that the post shows or features the item personally. */
export const DISPLAY_MARKERS = [
  'my', 'our', 'new', 'selfie', 'pic', 'pics', 'photo', 'photos', 'picture', 'pictures', 'wearing', 'wore', 'wear',
  'posing', 'pose', 'look at', 'check out', 'cruising', 'driving', 'riding', 'took', 'rocking', 'show off', 'showing off',
  'flex', 'flexing', 'heres', 'beauty', 'got', 'lol', 'joke', 'fun', 'because i can',
  'pov', 'video', 'tiktok', 'reel', 'trend', 'transition', 'me in', 'me standing', 'me posing', 'thats me', 'banner', 'profile pic', 'pfp',
  'photo dump', 'throwback', 'selling', 'for sale', 'obo', 'booking', 'side hustle', 'hire me', 'lip sync', 'lip syncing', 'dancing',
  'dressed up', 'dressed as', 'the works', 'drip', 'who wore it better', 'first round', 'brewery', 'bar', 'drinks', 'beers', 'link in bio', 'vids', 'spicy', 'vlog', 'showing', 'challenge', 'tag ur', 'tag your', 'fitcheck', 'fit check', 'who dis', 'anyone want', 'free to', 'never worn', 'official issue', 'giving away', 'drops', 'uniform set', 'onlyfans', 'get ready with me', 'grwm', 'the whole fit', 'ootd', 'flashed', 'flashing', 'flash my', 'custom', 'who wants', 'making', 'merch', 'decal', 'sticker', 'stickers', 'doing shots', 'subscribe', 'channel', 'thirst trap', 'movie poster', 'photoshoot', 'photo shoot',
];

/** Markers that also fit a plain mention of work clothes or the car ("ironing my uniform"): they count as display only for badges, patches, logos and issued weapons. */
export const WEAK_DISPLAY = new Set(['my', 'our', 'new', 'got', 'lol', 'fun', 'wear', 'wore', 'wearing', 'driving', 'riding', 'cruising', 'took', 'heres', 'beauty', 'joke']);

export interface ExceptionCue {
  exception: string;
  label: string;
  cues: string[];
}

/** Cues for the order's insignia exceptions; the id must be an exception of the insignia clause. */
export const INSIGNIA_EXCEPTION_CUES: ExceptionCue[] = [
  {
    exception: 'sponsored-event',
    label: 'a Department-sponsored event (graduation, promotion, honor guard)',
    cues: [
      'graduation', 'graduated', 'graduating', 'graduate', 'commencement', 'academy class', 'recruit class', 'swearing in',
      'sworn in', 'swear in', 'oath', 'oath of office', 'promotion', 'promoted', 'promotional', 'pinning', 'pinned',
      'badge pinning', 'honor guard', 'color guard', 'memorial', 'funeral', 'awards ceremony', 'award ceremony',
      'awards banquet', 'ceremony', 'medal of valor', 'retirement ceremony', 'police week', 'fallen officers',
    ],
  },
  {
    exception: 'official-community-event',
    label: 'a community event attended in an official capacity',
    cues: [
      'community walk', 'national night out', 'coffee with a cop', 'shop with a cop', 'parade', 'festival', 'career day',
      'school visit', 'toy drive', 'community event', 'neighborhood association', 'block party', 'representing the department',
      'representing the city', 'community meeting', 'town hall', 'fun run', 'special olympics',
      'torch run', 'tip a cop', 'open house', 'community day', 'back to school', 'food drive', 'book drive', 'outreach',
    ],
  },
  {
    exception: 'professional-interaction',
    label: 'a professional interaction with community members',
    cues: ['helped a', 'helping a', 'helped an', 'read to', 'reading to', 'visited the', 'met with residents', 'talked with residents', 'with the kids at', 'storytime'],
  },
];
