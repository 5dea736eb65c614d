import { describe, expect, it } from 'vitest';
import { expectClause, findingOf } from './helpers';

const positives = [
  'Officer Carter got written up again for sleeping in his car. That’s three reprimands this year.',
  'Her IA investigation for the missing evidence is still open.',
  'The sergeant who’s on medical leave is actually in rehab. Saw his file.',
  'Officer Brown failed his fitness-for-duty eval and is on administrative leave.',
  "Just saw Jenkins' performance evaluation. Rated unsatisfactory on everything.",
  'Lt. Moore got a written reprimand for the pursuit last month.',
  'Det. Hall is under investigation by internal affairs again, lol.',
  'My partner failed his psych eval, keep it quiet.',
  'Sgt. Diaz has three sustained complaints in her personnel file.',
  'Heard Officer Kim is on the Brady list now.',
];
const negatives = [
  'Congrats to the new sergeants promoted this month! Salaries are public, so yes, they got a raise.',
  'Congrats to Sgt. Williams, promoted to lieutenant on March 1.',
  'Officer Ramos retires after 25 years with the department.',
  'Officer Patel was transferred to District 2 last week.',
  'My performance review at the bakery went great!',
  'Starting salary for new officers is now $52,000.',
  'The chief announced a new evaluation system for the whole city fleet of buses.',
  'Finished my annual physical, doctor says all good.',
  'Welcome to our newest hire, Officer Grant, starting Monday.',
  'Our new captain took over District 4 on June 1.',
];

describe('personnel-records', () => {
  it.each(positives)('warns: %s', (t) => expectClause('personnel-records', t, true));
  it.each(negatives)('does not warn: %s', (t) => expectClause('personnel-records', t, false));
  it('is medium when it is the author’s own record', () => {
    const f = findingOf('I got written up today for being late lol', 'personnel-records')!;
    expect(f.severity).toBe('medium');
  });
});

describe('personnel-records: discipline feared, not disclosed', () => {
  it('does not warn', () => expectClause('personnel-records', 'Officers keep quiet online for fear of disciplinary action, and that silence costs us trust.', false));
  it('still warns on a colleague’s', () => expectClause('personnel-records', 'Sgt Miller is facing disciplinary action for the crash last month.', true));
});

describe('personnel-records: a licence suspended, discipline as a style, rehab after a wound', () => {
  it.each([
    'Stopped a guy on a scooter because his license was suspended for a DUI last spring.',
    'Morale sank under a chief who ran the place with heavy-handed discipline.',
    'After months of rehab for the gunshot wound, Officer Diaz is walking again. Send cards!',
  ])('does not warn: %s', (t) => expectClause('personnel-records', t, false));
  it('still warns on a colleague’s suspension', () => expectClause('personnel-records', 'Officer Boyd was suspended for lying on his timesheet.', true));
});

describe('personnel-records: advice to anyone, a quality, a company title', () => {
  it.each([
    'Read every line of your application packet before you sign up for mandatory overtime.',
    'Show up a minute late to roll call here and that gets you a write up.',
    'Leadership keeps calling this a disciplined service, and I think that phrase holds us back.',
    'Our county’s chief financial officer is under investigation, per the paper.',
  ])('does not warn: %s', (t) => expectClause('personnel-records', t, false));
  it('still warns on a colleague under investigation', () => expectClause('personnel-records', 'Sgt. Hall is under investigation by IA for the pursuit.', true));
});
