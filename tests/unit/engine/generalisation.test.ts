// Category-level regression drafts (written for this file, not taken from any
// scoring set): each block covers one kind of gap found on unseen drafts, with
// positives in several wordings and hard negatives that must stay quiet.
import { describe, expect, it } from 'vitest';
import { expectClause, warned } from './helpers';

const cases = (clause: string, positives: string[], negatives: string[]) => {
  it.each(positives)(`${clause}: warns — %s`, (text) => expectClause(clause, text, true));
  it.each(negatives)(`${clause}: quiet — %s`, (text) => expectClause(clause, text, false));
};

describe('official statements attributed to the agency, alias spellings included', () => {
  cases(
    'official-voice',
    [
      'Official statement from the Department: overtime is cancelled for the holidays.',
      'Formal response from Durham Police: no comment on the lawsuit.',
      'The official word out of DPD is that the curfew stays.',
      'Durham P.D. endorses the school bond. Vote yes!',
      'The D.P.D. officially endorses Councilman Ortiz.',
    ],
    [
      'I read the official statement from the Department this morning and I have questions.',
      'Waiting on the official word from DPD before I say anything.',
      'Anyone know if Durham P.D. is hiring this spring?',
    ],
  );
});

describe('threats in euphemism, obfuscation and against groups', () => {
  cases(
    'violent-content',
    [
      'Whoever slashed my tires, I will put you in the g-r-o-u-n-d.',
      'k1ll every last one of those rioters.',
      'Shoot all the looters, no questions.',
      'Next punk that mouths off to my partner is getting a face full of my fist.',
      'That guy tries it again and I will cave his head in.',
      'Somebody ought to torch their church down.',
      'String those thieves up from the light poles on Main.',
      'The next clown who touches my truck will be put in the hospital.',
      'Kick his teeth in and leave him on the curb.',
    ],
    [
      'Kill all the lights before you leave the briefing room.',
      'We should end every meeting on time.',
      'The old barn burned to the ground last night, thankfully no one was hurt.',
      'Hang the banners from the lampposts for the parade.',
    ],
  );
});

describe('graphic gore', () => {
  cases(
    'violent-content',
    [
      'Worked the crash on I-85: the driver had his skull cracked open and there was a pool of blood under the car.',
      'Train vs pedestrian tonight. Body parts everywhere, brain matter on the tracks.',
    ],
    ['Long night at the crash scene on I-85. Hug your family.', 'Gave blood at the Red Cross drive today.'],
  );
});

describe('dehumanising generalisations about a group or a neighbourhood', () => {
  cases(
    'discriminatory-content',
    [
      'The apartments by the park are all Somalis now. Dirty people, every one.',
      'Mexican neighborhoods are like a zoo, just animals.',
      'Arabs secretly run the city and the courts.',
      'Immigrants are all illegals and freeloaders.',
      'Muslim areas of town are full of vermin. Everybody knows.',
      'Haitians are like cockroaches, they keep coming.',
    ],
    [
      'Black neighborhoods got the least street lighting money again, that needs to change.',
      'The Mexican restaurant on Roxboro is full of families on Sundays.',
      'Jewish community leaders met with the chief about the vandalism.',
      'Immigrants are all welcome at the community night at Station 4.',
    ],
  );
});

describe('insults after a sentence about a unit or residents, including sarcasm', () => {
  cases(
    'disparagement',
    [
      'Day shift left the cruiser with an empty tank again. Bunch of lazy clowns.',
      'The records unit lost my overtime slip for the third time. Geniuses, all of them.',
      'Dispatch sent us to the wrong address twice tonight. Rocket scientists.',
      'Honestly this department is run by idiots.',
    ],
    [
      'Day shift left the cruiser clean and fuelled. Legends.',
      'Our detectives closed three cases this week. Great work.',
      'The department is run by a chief appointed by the city manager.',
    ],
  );
});

describe("colleagues' contact details and where the author will be", () => {
  cases(
    'identity-privacy',
    [
      "Here's my sergeant's home address for the Christmas card list.",
      'Sharing everybody phone numbers from the squad so we can plan the cookout.',
      "I'll be at the Tipsy Goat until close if anyone wants a beer.",
      'Hanging at Five Points tonight, if you wanna stop by.',
    ],
    [
      'Update your home address with HR before payroll runs.',
      'I was at the Tipsy Goat last week, great wings.',
      'The city posted the non-emergency phone number on its site.',
    ],
  );
});

describe('recordings shared by reference to the event', () => {
  cases(
    'nonpublic-records',
    ['Posting the raw bodycam of the Fayetteville St stop so you can judge.', 'Got the full dash cam from the chase last night, watch this.'],
    ['Body cameras should be on every officer, full stop.', 'The council is debating the dash cam budget tonight.'],
  );
});

describe('comments by others left up on the member’s page', () => {
  cases(
    'third-party-content',
    [
      'My neighbor commented on my post with the CI’s name from the Eastway case. Not deleting it.',
      'Some troll dropped n*des in the comments on my last photo lol, leaving it up.',
      'A follower posted my partner’s home address on my wall. Not removing it, whatever.',
      'My cousin replied to my tweet with the whole body cam of the arrest. Gonna pin it.',
    ],
    [
      'My neighbor commented on my post about the food drive. Not deleting it, it was kind.',
      'Someone left a rude comment on my photo, deleted it and blocked them.',
      'I posted the parade photos on my wall, leaving them up all week.',
    ],
  );
});

describe('a group insult is discrimination, not disparagement of the community', () => {
  it('dehumanising a nationality is not also counted as an insult to residents', () => {
    const got = warned('Our block is full of Guatemalans now. Filthy people.');
    expect(got).toContain('discriminatory-content');
    expect(got).not.toContain('disparagement');
  });
});

describe('sexual content with masked words and emoji shorthand', () => {
  cases(
    'explicit-content',
    [
      'We had s*x in the back of the boat lol, vid in my story',
      'Date night went VERY well 🍑💦',
      'Ask me for the link 💦🍆',
      'She sent me n*des again, check my DMs',
    ],
    [
      'Grilled eggplant 🍆 and peach 🍑 salad for the potluck.',
      'Six officers graduated today.',
      'Sex offender registry checks are done every quarter.',
    ],
  );
  it('a masked insult resolves to the insult, not to an explicit word', () => {
    const got = warned('The whole city council are worthless b****es.');
    expect(got).toContain('disparagement');
    expect(got).not.toContain('explicit-content');
  });
});

describe('leads, lab results and warrants not yet served', () => {
  cases(
    'investigation-records',
    [
      'Labs came back on the Pettigrew St stabbing. We know who did it.',
      'The casings from Sunday are linked to three unsolved shootings.',
      'Warrant got signed this afternoon, we grab him at his job tomorrow.',
      'The suspect has no idea we have his phone records.',
    ],
    [
      'My son has no idea what he wants for his birthday.',
      'Reminder: warrant service training is on Thursday.',
      'Lab coats are on sale at the uniform shop.',
    ],
  );
});

describe("a colleague's background or screening results", () => {
  cases(
    'personnel-records',
    [
      "Looked at the new recruit's background file. Two DUIs and a failed polygraph.",
      'The lateral from Raleigh failed the polygraph, that is why he is still not sworn.',
    ],
    ['Polygraph examiners are in short supply across the state.', 'Background investigators wanted: apply through the city jobs site.'],
  );
});

describe('a workplace word stands for the Department when the draft is about it', () => {
  cases(
    'disparagement',
    ['In uniform for the last time this week, because this outfit is run by clowns.', 'Roll call again at 5am. This place is staffed by idiots.'],
    ['This place is run by morons, worst burrito in town.', 'New shift schedule at the precinct: this place is run by a tight team and it shows.'],
  );
});

describe('more shapes of the same categories', () => {
  cases(
    'official-voice',
    ['Durham Police Dept. supports the housing bond. Vote yes.', 'On the record for the D.P.D.: no more escorts for the marathon.'],
    ['Off the record, I think the housing bond is fine.', 'The union supports the housing bond.'],
  );
  cases(
    'discriminatory-content',
    ['Koreans control the nail salon business and the school board.'],
    ['Koreans opened three new businesses downtown this year.'],
  );
  cases(
    'violent-content',
    ["Let's burn the courthouse to the ground after the verdict.", 'Someone should torch that house down with them inside.'],
    ['The old tobacco barn burned to the ground in 1962.', 'Going to burn the brush pile this weekend.'],
  );
  cases(
    'identity-privacy',
    ['Attaching the squad personal cells so nobody misses the cookout.'],
    ['Put your personal cell on the volunteer sign-up sheet if you want.'],
  );
  cases(
    'investigation-records',
    ['DNA from the Club Blvd scene came back to a guy already in the system.'],
    ['DNA from the ancestry kit says I am 30% Irish.'],
  );
});

describe('owning or running something is not a conspiracy claim', () => {
  cases('discriminatory-content', [], ['Mexicans own a small business on every block of this street and it is great.', 'Haitians run their own church choir.']);
});
