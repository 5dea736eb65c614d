// Safety-sensitive details (identity-privacy) and self-identification.

export const STREET_SUFFIXES = ['st', 'street', 'ave', 'avenue', 'rd', 'road', 'dr', 'drive', 'ln', 'lane', 'blvd', 'boulevard', 'ct', 'court', 'way', 'pl', 'place', 'cir', 'circle', 'pkwy', 'parkway', 'hwy', 'highway', 'trl', 'trail', 'ter', 'terrace'];

/** First-person markers of where the author lives. */
export const HOME_MARKERS = ['my home address', 'our home address', 'i live on', 'i live at', 'i live off', 'we live on', 'we live at', 'we live off', 'my address is', 'our address is', 'my address', 'my house is on', 'my house on', 'our house on', 'our house is on', 'my home on', 'my place on', 'my apartment on', 'my apartment at', 'come to my house at', 'im at home on'];

/** Shift and schedule markers. */
export const SCHEDULE_MARKERS = [
  'i leave district', 'i leave the station', 'i leave the substation', 'take the freeway home', 'drive home to', 'i head home at', 'i get off shift at',
  'time i leave for work', 'which car i drive', 'what car i drive', 'usually home after', 'home after \\d', 'every day right after', 'right after my shift', 'after my shift at', 'my shift schedule', 'where i park', 'leave for my shift', 'leave for work at', 'leave for my shift at', 'my shift starts', 'my shift ends', 'my shift is',
  'i work nights', 'im working nights', 'working nights', 'working days', 'i work days', 'i get off at', 'i get off work at',
  'off work at', 'i leave at', 'i leave the house at', 'i leave home at', 'i get home at', 'home by', 'working the door',
  'extra duty', 'off duty job', 'off duty gig', 'working security at', 'i patrol', 'on patrol in',
  'every night at', 'every morning at', 'every day at', 'same time every', 'my schedule', 'our schedule',
  'overnight shift', 'working overnights', 'on overnights', 'im on nights', 'i am on nights', 'im on days', 'on nights this', 'on midnights', 'working midnights', 'on the night shift',
  'house is empty', 'house will be empty', 'nobody home', 'no one home', 'nobody will be home', 'no one will be home',
  'out of town until', 'on vacation until', 'gone all week', 'away all week', 'leaving for vacation',
];

/** Family whereabouts. */
export const FAMILY_MARKERS = [
  'my kids go to', 'my son goes to', 'my daughter goes to', 'my kids school', 'my son school', 'my daughter school',
  'get picked up at', 'gets picked up at', 'pick them up at', 'pick up at', 'picked up at', 'drop them off at',
  'drop off at', 'home alone', 'alone at home', 'by herself', 'by himself', 'by themselves', 'my wife will be',
  'my husband will be', 'my family will be', 'my kids will be', 'my family is at', 'my wife works at', 'my husband works at',
  'are alone every', 'alone every night', 'kids are alone', 'my kids are at', 'bus stop at', 'bus stop is', 'waits there alone', 'waits alone', 'walks home alone', 'walks to school alone', 'home by herself', 'home by himself', 'elementary', 'middle school', 'daycare', 'day care',
];

/** Live-location markers. */
export const LIVE_LOCATION = [
  'right now', 'rn', 'currently at', 'currently in', 'at the moment', 'come say hi', 'come by and say hi', 'come by',
  'stop by', 'swing by', 'im here at', 'here now', 'checked in at', 'check in at', 'live from', 'sitting at',
  'parked at', 'parked outside', 'section \\d+', 'table \\d+', 'row \\d+', 'seat \\d+', 'until \\d+(?:am|pm)?',
];

/** Undercover identities. */
export const UNDERCOVER = ['uc name', 'undercover name', 'cover name', 'is actually (?:det|detective|officer|a cop|an officer|one of ours|one of our)', 'that narc', 'narc on', 'the narc who', 'ucs', 'the ucs', 'other ucs', 'our ucs', '(?:the|a|our|is|as) uc', 'uc in', 'uc on', 'went under', 'under for months', 'undercover', 'works uc', 'working uc', 'deep cover', 'plainclothes in', 'is a narc', 'undercover officer', 'undercover cop', 'blow (?:his|her|their|my) cover', 'her cover', 'his cover'];

/** The author identifying as a member ("I'm a police officer"). */
export const SELF_IDENTIFICATION = [
  'im a cop', 'i am a cop', 'as a cop', 'im an officer', 'i am an officer', 'as an officer', 'as a police officer',
  'im a police officer', 'i am a police officer', 'im a detective', 'i am a detective', 'as a detective', 'im a sergeant',
  'im a deputy', 'my badge', 'my squad', 'my partner and i', 'on duty', 'my shift', 'my precinct', 'my district',
  'my department', 'our department', 'my unit', 'our unit', 'my patrol', 'be a cop', 'being a cop', 'proud to serve',
  'im in law enforcement', 'i work for', 'i serve with', 'my fellow officers', 'my brothers in blue', 'the job',
];
