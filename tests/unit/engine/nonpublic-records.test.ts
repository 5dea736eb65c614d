import { describe, expect, it } from 'vitest';
import { expectClause, findingOf } from './helpers';

const positives = [
  "Internal memo says the department will cut overtime in January. Marked 'not for distribution'.",
  "Here's the gate code for the police impound lot: 4471#",
  'Dispatch logs from last night show the call sat for 40 minutes. Posting them here.',
  "Here's the bodycam footage from last night's arrest. Watch till the end.",
  'Ran his plate through NCIC and he’s got a record a mile long.',
  'Posting the internal roster with everyone’s cell numbers.',
  'Leaked dash cam video from the pursuit, check it out',
  'CAD report attached, look at the response times.',
  'This is law enforcement sensitive but you should all know.',
  'Door code for District 2 substation is 1234 if you forget.',
];
const negatives = [
  "I think body cameras have made policing better for everyone.",
  'The city released the bodycam footage after the court order.',
  'We need a law that makes dash cam video public faster.',
  'My gym changed the door code again, so annoying.',
  'The state funds more body cameras this year.',
  'Updating my Netflix password, again.',
  'The city council memo on parks is on the city website.',
  'Dispatchers deserve more pay. Call your council member.',
  'Just watched a documentary about police body cams.',
  'Our roster for the softball league is full!',
];

describe('nonpublic-records', () => {
  it.each(positives)('warns: %s', (t) => expectClause('nonpublic-records', t, true));
  it.each(negatives)('does not warn: %s', (t) => expectClause('nonpublic-records', t, false));
  it("sensitivity 'strict' raises a recording mention to medium", () => {
    const text = 'Someone has the bodycam footage from Friday.';
    const f = findingOf(text, 'nonpublic-records', 'x.com', { sensitivity: 'strict' });
    expect(f?.severity).toMatch(/medium|high/);
  });
});

describe('nonpublic-records: a briefing or staffing named, nothing of it given', () => {
  it.each(['Got to the jail at six and headed to shift briefing like every morning.', 'The chief hopes a rehire program will raise staffing numbers. Good luck.'])('does not warn: %s', (t) =>
    expectClause('nonpublic-records', t, false),
  );
  it('still warns on the numbers given', () => expectClause('nonpublic-records', 'Staffing numbers for this weekend: 3 cars in the north end, 2 downtown.', true));
});
