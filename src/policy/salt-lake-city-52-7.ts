// Salt Lake City Policies and Procedures Manual, chapter 52-7 "Social Media", as a policy pack.
// The chapter binds all City employees; section 52-7-7 adds rules for the Police Department.
// `rule`, exception `quote`, section and definition strings are the manual's own words, verbatim
// (tests/unit/policy/salt-lake-city-52-7.test.ts checks each against docs/sources/salt-lake-city-52-7.txt).
import type { PolicyPack } from './schema';

export const saltLakeCity52_7: PolicyPack = {
  id: 'salt-lake-city-52-7',
  version: '0.1.0',
  agency: {
    name: 'Salt Lake City Police Department',
    aliases: ['Salt Lake City Police Department', 'Salt Lake City Police', 'Salt Lake City PD', 'Salt Lake PD', 'SLCPD', 'SLC PD', 'the Department'],
    cityAliases: ['Salt Lake City', 'Salt Lake City Corporation', 'SLC', 'the City', 'City of Salt Lake'],
    officialAccounts: ['@slcpd', 'slcpd', 'Salt Lake City Police Department', '@slcgov', 'slcgov', 'Salt Lake City Corporation'],
    // The only office the chapter names as able to authorise anything (52-7-5 C).
    authority: "Mayor's Office",
  },
  order: {
    prefix: 'Policy',
    number: '52-7',
    title: 'Social Media',
    effective: '2019 Compilation',
    revisions: [],
    revisionDate: '2019 Compilation',
    signedBy: 'Salt Lake City Corporation, Policies and Procedures Manual',
  },
  sections: [
    {
      id: '52-7-1',
      title: 'Purpose',
      text: 'The purpose of this chapter is to establish appropriate employee conduct on social media sites. Violations of this chapter may subject the employee to nondisciplinary or disciplinary intervention.',
    },
    {
      id: '52-7-2',
      title: 'Scope',
      text: [
        'A. Social Media Defined: For purposes of this chapter, the term "social media" includes, but is not limited to, social media websites (Facebook, Twitter, Instagram, etc.), social networking sites, blogs, comment boards, personal websites, forums and online reviews of products or services.',
        'B. Standards Of Conduct: As individuals employed by a governmental entity, City employees are held to a higher standard with respect to the way they conduct themselves. As such, City employees are cautioned that their behavior and conduct, including online behavior and conduct, has the potential to reflect upon the City as a governmental entity.',
        'C. Engaging In Negative Social Media May Be Subject To Discipline: While the City respects the right of employees to engage in social media, City employees are advised that social media postings and other similar content that negatively impact or disrupt the workplace may subject the employee to disciplinary intervention, regardless of whether the employee identifies themselves as a City employee.',
      ].join('\n'),
    },
    {
      id: '52-7-5',
      title: 'Content Of Postings And Blog Entries Made By City Employees',
      text: [
        "A. Confidential, Proprietary, Nonpublic Information: Employees are strictly prohibited from making social media postings that contain confidential, proprietary or nonpublic information obtained in the course and scope of the employee's work for the City. Information published by an employee on social media should comply with all applicable City confidentiality and disclosure policies, procedures, rules and guidelines.",
        'B. Disclosure: If an employee chooses to identify themselves as a City employee on social media, they are encouraged to write in the first person and clearly state they are writing of their own accord and volition and not at the direction or on behalf of the City when posting or commenting on matters related to City business.',
        "C. Use Of Seal, Logos, Symbols: The City Seal or any other logo, symbol or trademark used to identify the City may not be used on social media without first obtaining prior written consent from the Mayor's Office.",
      ].join('\n'),
    },
    {
      id: '52-7-6',
      title: 'Responsible And Respectful Postings',
      text: [
        'A. Required: When using social media, employees are encouraged to be respectful of the City and its employees, agents and residents.',
        "B. False, Disruptive, Misleading Postings: Because an employee's social media presence (regardless of whether the employee identifies themselves as a City employee) can reflect upon the City as a whole, employees are advised and cautioned that online posts, comments or images have the potential to create a portrayal of the City and its employees, agents and residents. As such, any posting, comment, image or other communication by an employee regarding their employment with the City that is false or disruptive or misleading about the City or its employees or agents may subject the employee to disciplinary action.",
      ].join('\n'),
    },
    {
      id: '52-7-7',
      title: 'Rules Pertaining To Employees Of Police Department, Fire Department, Airport Police And 911 Communications Bureau (City Public Safety Entities)',
      text: [
        'A. Confidential, Investigative Information: Employees are strictly prohibited from making social media postings that contain or divulge confidential information, investigative information, or other information pertaining to the internal operations or administration of City Public Safety Entities or the City.',
        'B. Prohibited Acts: Employees of City Public Safety Entities are strictly prohibited from:',
        '1. Posting information regarding ongoing investigations or the results of investigations conducted by City Public Safety Entities or other law enforcement agencies;',
        '2. Posting information pertaining to the issuance of warrants or other law enforcement matters (whether internal or external);',
        '3. Posting confidential, personal or identifying information pertaining to any person suspected of committing a crime (which information includes, but is not limited to, photos of arrestees, suspects, informants or persons charged with a crime, witnessing a crime, or involved in any manner with the operations of City Public Safety Entities); and',
        '4. Posting confidential, personal or identifying information pertaining to any call for service received or the results of the call for service.',
        'C. Complaints, Grievances: Employees of City Public Safety Entities are discouraged from posting any work related complaints or grievances regarding the command staff of City Public Safety Entities or City officials (whether elected, appointed or employed). Rather, the City encourages employees of City Public Safety Entities to utilize the applicable procedures outlined in City policies, procedures, rules, guidelines or memoranda of understanding.',
      ].join('\n'),
    },
  ],
  definitions: [
    {
      term: 'Social Media',
      text: 'For purposes of this chapter, the term "social media" includes, but is not limited to, social media websites (Facebook, Twitter, Instagram, etc.), social networking sites, blogs, comment boards, personal websites, forums and online reviews of products or services.',
    },
  ],
  clauses: [
    {
      id: 'official-voice',
      title: 'Writing for yourself, not for the City',
      section: '52-7-5',
      kind: 'reminder',
      rule: 'If an employee chooses to identify themselves as a City employee on social media, they are encouraged to write in the first person and clearly state they are writing of their own accord and volition and not at the direction or on behalf of the City when posting or commenting on matters related to City business.',
      exceptions: [],
      severity: {
        default: 'medium',
        guidance: 'medium when the draft states the position of Salt Lake City or the Police Department, or speaks on their behalf, on City business; saying "I am an officer" alone, or a first-person opinion, is not this clause.',
      },
      explanation: 'When you say you work for the City and post about City business, the manual asks you to write in the first person and make clear you are not speaking for the City. A post that announces the City\'s or the Department\'s position reads as official.',
      rephrase: 'Say it as your own view ("My own opinion, not the City\'s…"), or link to the Department\'s or the City\'s own statement.',
      keywords: ['official', 'on behalf of', 'speak for the department', 'position', 'stance', 'statement', 'first person', 'my own opinion'],
    },
    {
      id: 'disparagement',
      title: 'Respect for the City, its employees and residents',
      section: '52-7-6',
      kind: 'prohibition',
      rule: 'When using social media, employees are encouraged to be respectful of the City and its employees, agents and residents. … any posting, comment, image or other communication by an employee regarding their employment with the City that is false or disruptive or misleading about the City or its employees or agents may subject the employee to disciplinary action.',
      exceptions: [],
      severity: {
        default: 'high',
        guidance: 'high for insults or demeaning claims aimed at the City, the Police Department, colleagues, City officials or residents; a civil opinion on City policy, budgets or public safety is not this clause.',
      },
      explanation: 'Insults and disruptive or misleading claims about the City, the Department, co-workers, officials or the people of Salt Lake City can lead to discipline. A respectful opinion about a City decision is a different thing.',
      rephrase: 'Keep the point and drop the insult: say which decision you disagree with and why.',
      keywords: ['respect', 'insult', 'criticize', 'coworkers', 'city council', 'mayor', 'residents', 'misleading', 'false'],
    },
    {
      id: 'work-grievances',
      title: 'Work complaints about command staff or City officials',
      section: '52-7-7',
      kind: 'reminder',
      rule: 'Employees of City Public Safety Entities are discouraged from posting any work related complaints or grievances regarding the command staff of City Public Safety Entities or City officials (whether elected, appointed or employed).',
      exceptions: [],
      severity: {
        default: 'medium',
        guidance: 'medium when the draft airs a work complaint (schedules, leave, pay, assignments, discipline) about command staff or City officials; insults in it are also disparagement.',
      },
      explanation: 'Police, fire, airport police and 911 employees are asked not to post work complaints about command staff or City officials, and to use the grievance procedures instead.',
      rephrase: 'Take the complaint through the grievance procedure, your union or the chain of command rather than social media.',
      keywords: ['complaint', 'grievance', 'command staff', 'brass', 'captain', 'chief', 'mayor', 'overtime', 'schedule', 'leave', 'raise'],
      // Complaints about one's own working conditions aimed at command staff or officials; insults stay disparagement.
      detectors: [{ id: 'disparagement', options: { insults: false, workComplaints: true } }],
    },
    {
      id: 'insignia',
      title: 'City seal, logos and symbols',
      section: '52-7-5',
      kind: 'prohibition',
      rule: "The City Seal or any other logo, symbol or trademark used to identify the City may not be used on social media without first obtaining prior written consent from the Mayor's Office.",
      exceptions: [
        {
          id: 'mayor-consent',
          label: "Mayor's Office consent",
          question: "Has the Mayor's Office given written consent to use this seal, logo or symbol?",
          quote: "without first obtaining prior written consent from the Mayor's Office",
        },
      ],
      severity: {
        default: 'high',
        guidance: 'high when a personal post uses the City seal, the Police Department badge, patch or logo as an image, banner, product or mark; a photo that merely includes a uniform is borderline (medium at most).',
      },
      explanation: 'The City seal and the logos and symbols that identify the City, including the Police Department\'s badge and patch, need written consent from the Mayor\'s Office before they appear on social media.',
      rephrase: 'Leave out the seal, badge, patch or logo, or ask the Mayor\'s Office for written consent first.',
      keywords: ['seal', 'logo', 'badge', 'patch', 'emblem', 'trademark', 'symbol', 'banner', 'profile picture', 'shirts'],
    },
    {
      id: 'nonpublic-records',
      title: 'Confidential and non-public City information',
      section: '52-7-5',
      kind: 'prohibition',
      rule: "Employees are strictly prohibited from making social media postings that contain confidential, proprietary or nonpublic information obtained in the course and scope of the employee's work for the City.",
      exceptions: [],
      severity: {
        default: 'high',
        guidance: 'high for internal memos, unreleased plans or budgets, rosters, colleagues\' contact details and any other non-public information learned at work.',
      },
      explanation: 'What you learn at work that is not public (memos, unreleased plans, rosters, colleagues\' numbers) stays off social media.',
      rephrase: 'Leave the information out; if the public should know, the City or the Department can release it.',
      keywords: ['memo', 'confidential', 'internal', 'roster', 'leak', 'budget', 'plan', 'nonpublic', 'proprietary'],
    },
    {
      id: 'investigation-records',
      title: 'Investigations, warrants and internal operations',
      section: '52-7-7',
      kind: 'prohibition',
      rule: 'Employees are strictly prohibited from making social media postings that contain or divulge confidential information, investigative information, or other information pertaining to the internal operations or administration of City Public Safety Entities or the City. … Employees of City Public Safety Entities are strictly prohibited from: … Posting information regarding ongoing investigations or the results of investigations conducted by City Public Safety Entities or other law enforcement agencies; … Posting information pertaining to the issuance of warrants or other law enforcement matters (whether internal or external);',
      exceptions: [],
      severity: {
        default: 'high',
        guidance: 'high for leads, evidence, lab results, planned warrants, results of criminal or internal investigations, by this or any other agency; general crime-prevention advice is not this clause.',
      },
      explanation: 'Police employees may not post about ongoing investigations or their results, warrants, or other law-enforcement matters, internal or external, nor about the internal operations of the Department.',
      rephrase: 'Leave the case out; point to the Department\'s own release if there is one.',
      keywords: ['investigation', 'case', 'evidence', 'DNA', 'warrant', 'detectives', 'internal affairs', 'review', 'arrest'],
    },
    {
      id: 'involved-persons',
      title: 'Identifying suspects, arrestees, informants and witnesses',
      section: '52-7-7',
      kind: 'prohibition',
      rule: 'Employees of City Public Safety Entities are strictly prohibited from: … Posting confidential, personal or identifying information pertaining to any person suspected of committing a crime (which information includes, but is not limited to, photos of arrestees, suspects, informants or persons charged with a crime, witnessing a crime, or involved in any manner with the operations of City Public Safety Entities); and',
      exceptions: [],
      severity: {
        default: 'high',
        guidance: 'high for photos, names or identifying details of arrestees, suspects, informants, people charged or witnesses.',
      },
      explanation: 'Photos and identifying details of arrestees, suspects, informants, people charged with a crime and witnesses may not be posted, even when someone was booked.',
      rephrase: 'Leave out the photo, the name and anything that points to the person.',
      keywords: ['mugshot', 'booking photo', 'suspect', 'arrestee', 'informant', 'witness', 'charged', 'name'],
      // The people in an investigation (informants, witnesses, victims, suspects) and arrestees; not the case material.
      detectors: [{ id: 'investigation-records', options: { material: false, arrestees: true } }],
    },
    {
      id: 'calls-for-service',
      title: 'Calls for service',
      section: '52-7-7',
      kind: 'prohibition',
      rule: 'Employees of City Public Safety Entities are strictly prohibited from: … Posting confidential, personal or identifying information pertaining to any call for service received or the results of the call for service.',
      exceptions: [],
      severity: {
        default: 'high',
        guidance: 'high for details, photos or identifying information from a call the member or the Department handled (who called, who was there, what was found, how it ended).',
      },
      explanation: 'What happens on a call (who called, who was there, what you found, how it ended) is not for your social media, even as a funny story.',
      rephrase: 'Leave the call out, or keep to a general lesson that points to no person, address or incident.',
      keywords: ['call', 'dispatch', 'responded', 'caller', '911', 'overdose', 'domestic', 'scene', 'shift story'],
      detectors: [{ id: 'investigation-records', options: { material: false, persons: false, calls: true } }],
    },
  ],
  // The chapter cites no statute; Utah's records law (GRAMA, Utah Code 63G-2) is not part of it.
  statutes: [],
  vocabulary: {
    initials: ['SLCPD'],
    city: ['Salt Lake City', 'Salt Lake', 'SLC'],
    // The City's community council areas.
    places: [
      'Rose Park', 'Jordan Meadows', 'Westpointe', 'Fairpark', 'Poplar Grove', 'Glendale', 'Capitol Hill', 'the Avenues',
      'Central City', 'Ballpark', 'Liberty Wells', 'Sugar House', 'East Bench', 'Yalecrest', 'Wasatch Hollow',
    ],
    hashtags: ['slc', 'saltlake', 'saltlakecity', 'utah'],
    signOffs: [
      'SLCPD', 'SLC PD', 'Salt Lake City PD', 'Salt Lake City Police', 'Salt Lake City Police Department', 'the Department',
      'Salt Lake City Corporation', 'City of Salt Lake',
    ],
    districts: [],
    training: [],
    // The chapter names no professional networking site and has no permission for one.
    professionalSites: [],
  },
  roles: {
    speech: ['disparagement', 'work-grievances'],
    notLoweredByReshare: [],
    professionalContext: [],
    prohibitions: ['official-voice', 'disparagement', 'insignia', 'investigation-records', 'involved-persons', 'calls-for-service', 'nonpublic-records'],
  },
};
