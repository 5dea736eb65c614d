// Everyday drafts that read like a conflict to a word list but are not one:
// words with innocent senses, other people's units and uniforms, strangers'
// phone numbers, being at work, vulgar insults. Each kind has a few
// positives beside it so the quieting stays narrow.
import { describe, it } from 'vitest';
import { expectClause } from './helpers';

const cases: { clause: string; quiet: string[]; warn: string[] }[] = [
  {
    clause: 'discriminatory-content',
    quiet: [
      'The Redskins fans at the tailgate were loud but friendly, great game.',
      'Still have my old Redskins jersey from the 91 season, never throwing it out.',
      'Go Braves! Chop on, what a win tonight.',
      'The Indians won the pennant that year and my grandad never stopped talking about it.',
      'Just replaced the ball joints and the tie rod ends on the truck.',
      'Chinese food is garbage in this town.',
      'Mexican food at that place is trash now.',
      'Irish setters are the best bird dogs.',
      'The Chinese zodiac says snakes are clever and wise.',
      'Our Jewish neighbors helped us with the lice treatment for the kids, bless them.',
    ],
    warn: ['Called him a redskin to his face and laughed about it.', 'Mexicans in this town are garbage.', 'Immigrants are like locusts.', 'Blacks are not even human.'],
  },
  {
    clause: 'disparagement',
    quiet: [
      'Our AC unit is garbage, third repair this summer.',
      'That apartment unit was a dump, the landlord never called back.',
      'My old Army unit was full of clowns but I loved them.',
      'The storage unit place on Hillsborough Rd is a total rip off, avoid.',
      'The freezer unit died and we lost all the venison, what a useless piece of junk.',
      'The burn unit nurses at the hospital are heroes.',
      'The plant shift supervisor is a clown but the pay is good.',
      'Our fantasy league squad is pathetic this year.',
    ],
    warn: ['Our unit is run by clowns and the sergeant is a moron.', 'DPD dispatch is full of idiots.'],
  },
  {
    clause: 'insignia',
    quiet: [
      'Picked up my dry cleaning, the uniform shirts are finally pressed for the week.',
      'Spent the morning washing the patrol car before inspection.',
      'Body armor is heavy in July, drink your water people.',
      'Grabbed coffee in uniform this morning and the barista thanked me.',
      'Sat in my patrol car eating a sandwich for lunch, living the dream.',
      'New vest fits much better than the last one.',
      'Ironing my uniform on a Sunday night, the glamorous life.',
      'Armor plates are on backorder at every supplier I called.',
    ],
    warn: [
      'Selfie in my uniform at the bar 📸',
      'Wore my uniform to the bachelor party, the guys loved it.',
      'Took the kids for a spin in my patrol car with the siren on lol',
      'Check out my cruiser after the wash.',
    ],
  },
  {
    clause: 'identity-privacy',
    quiet: [
      'Call us at 919-555-0142 to book your spring cleaning, first visit 20% off.',
      'Lost dog near Club Blvd, if found please call 919-555-0199, she is friendly.',
      'Our bakery is open till 8 tonight, phone orders at (919) 555-0110.',
      'Yard sale Saturday, text 919-555-0123 for the address.',
      'Best plumber in town, call Mike at 919-555-0177.',
      'Currently at work and the wifi is down again.',
      'Sitting at my desk at work eating cold pizza.',
      'Live from the couch, it is Sunday football time.',
      'At the game right now, what an atmosphere!',
      'Every night at 9 the dog demands a walk.',
      'I work nights so I am up at weird hours.',
    ],
    warn: [
      'Text me at 919-555-0100 if you need anything, that is my personal cell.',
      'Sgt. Ramos cell is 919-555-0161 if you want to complain to him.',
      'Sitting at Bull McCabe’s right now, come say hi.',
      'I live at 1412 Alabama Ave, drop off the grill any time.',
    ],
  },
  {
    // A harm verb with a pronoun or a person as its object, then an errand's, a recipe's or a game's words.
    clause: 'violent-content',
    quiet: [
      'Hang them on the wall by the door.',
      'Shoot them an email with the details.',
      'You should shoot them an email first.',
      'Then shoot the guys an email about Saturday.',
      'Just shoot the kids a text when you are close.',
      'Kill them with kindness, always.',
      'Smoke them low and slow for six hours.',
      'Hang them up to dry after the rain.',
      'Drown them in butter and garlic.',
      'Nuke them in the microwave for thirty seconds.',
      'Gas them up before the long drive.',
      'Bomb them with questions at the meeting.',
      "I'd hang them in the hallway, looks great.",
      "We'll bury them in the second half.",
      'Kill them at the county meet, girls!',
      'Run them over to the neighbors after dinner.',
      'Just run the kids over to practice, I will pick them up.',
      'She needs a shot before the trip.',
      'Give him a shot, he is a good kid.',
      'He needed a round of golf after that week.',
      'My son needed a bullet journal for school.',
      'The tire swing should be hanging from the big oak by Saturday.',
      'Body bags for the Halloween haunted house are on sale.',
      'A bloodbath for the Panthers defense today, ugh.',
      'Duck hunting with the boys this weekend, limit by 8am.',
      'Went job hunting all week, finally got an offer.',
      'One less thing to worry about this week.',
      'He took a dirt nap on the couch after Thanksgiving dinner.',
      "It's time to shoot the conservatives a reminder about the fundraiser.",
      "Let's kill the n-word for good, it has no place in our schools.",
      'Send them to the principal office, that will teach them.',
      'The only good pizza in town is at the corner place.',
    ],
    warn: [
      'Shoot them in the head.',
      'Hang them all.',
      'Run them over.',
      'Just shoot the looters.',
      'Shoot him a few times and call it a day.',
      'He needs a shot to the head.',
      'Go die in a shallow grave.',
      'He needed a bullet, not a trial.',
      'A noose for him and his buddies.',
      'Body bags for every one of those rioters.',
      'He should be swinging from a rope.',
      'Time to crack some skulls.',
      'Time to go hunting some illegals.',
      'Good shoot. One less dirtbag.',
      'Its time to shoot the leftists on sight.',
      'Send that traitor to the guillotine.',
      'Only dead commies are good commies.',
    ],
  },
  {
    clause: 'explicit-content',
    quiet: [
      'Stop being a pussy and jump in the lake, the water is fine.',
      'My coworker made a total cock-up of the schedule again.',
      'The whole project went tits up by Friday.',
      'Our cat is a pussy cat, scared of the vacuum.',
    ],
    warn: ['Send nudes, ladies.', 'New pics on my OnlyFans tonight.'],
  },
];

describe('quiet on everyday senses', () => {
  for (const { clause, quiet, warn } of cases) {
    it.each(quiet)(`${clause}: does not warn: %s`, (t) => expectClause(clause, t, false));
    it.each(warn)(`${clause}: still warns: %s`, (t) => expectClause(clause, t, true));
  }
});
