/** A hand copy of the source article's "Popular Schools" and "Featured Schools" lists, kept as plain data so tests never read outside the project. */

/** One heading of a school's "Program Options" and the programs listed under it, as written. */
export interface SeedHeading {
  heading: 'Doctorate' | "Master's" | "Bachelor's" | "Associate's" | 'Certificate';
  programs: readonly string[];
}

/** One entry of the "Popular Schools" list. */
export interface SeedPopularSchool {
  rank: number;
  name: string;
  online: boolean;
  headings: readonly SeedHeading[];
}

/** One "Featured Schools" card: its programs and the question it asks, as written. */
export interface SeedFeaturedSchool {
  name: string;
  programs: readonly string[];
  question: string;
}

/** The "Popular Schools" list, in the article's order. */
export const popular: readonly SeedPopularSchool[] = [
  {
    rank: 1,
    name: 'Kaplan University',
    online: true,
    headings: [
      {
        heading: "Master's",
        programs: [
          'Master of Health Information Management',
          'MBA: Health Care Management',
          'Master of Healthcare Admin',
          'Master: Management/Health Care Mgmt',
          'Master of Health Informatics',
        ],
      },
      {
        heading: "Bachelor's",
        programs: [
          'Health Information Management',
          'BS in Health Information Management',
          'Bachelor: Healthcare Admin',
          'Bachelor: Health Science',
        ],
      },
      {
        heading: 'Certificate',
        programs: ['Medical Office Administration', 'Medical Billing and Coding Certificate'],
      },
    ],
  },
  {
    rank: 2,
    name: 'George Mason University',
    online: true,
    headings: [
      {
        heading: "Master's",
        programs: [
          'Master of Health Administration in Health Systems Management',
          'Master of Science in Health Informatics',
        ],
      },
    ],
  },
  {
    rank: 3,
    name: 'The George Washington University',
    online: true,
    headings: [
      {
        heading: "Master's",
        programs: ['MSHS in Health Care Quality'],
      },
      {
        heading: 'Certificate',
        programs: ['Graduate Certificate in Health Care Quality'],
      },
    ],
  },
  {
    rank: 4,
    name: 'Colorado Technical University',
    online: true,
    headings: [
      {
        heading: 'Doctorate',
        programs: ['Doctor of Management - Health Care Management and Leadership'],
      },
      {
        heading: "Master's",
        programs: [
          'MBA: Health Care Management',
          'MS - Healthcare Management',
          'MS - Healthcare Management - Informatics',
          'Master of Science in Management - Healthcare Management',
        ],
      },
      {
        heading: "Bachelor's",
        programs: [
          'B.S. - Health Care Management',
          'B.S. - Health Care Management - Health Informatics',
          'BS - Business Administration - Health Care Management',
        ],
      },
    ],
  },
  {
    rank: 5,
    name: 'Herzing University',
    online: true,
    headings: [
      {
        heading: "Master's",
        programs: [
          'MBA Dual Concentration: Healthcare Management and Technology Management',
          'MBA Dual Concentration: Healthcare Management and Project Management',
          'MBA Dual Concentration: Healthcare Management and Public Safety Leadership',
        ],
      },
      {
        heading: "Bachelor's",
        programs: ['Bachelor: Health Information Management'],
      },
      {
        heading: "Associate's",
        programs: [
          'Associate: Health Information Management',
          'Associate: Healthcare Management',
          'Associate of Science - Insurance Billing and Coding Specialist',
        ],
      },
      {
        heading: 'Certificate',
        programs: ['Diploma: Medical Office Admin'],
      },
    ],
  },
  {
    rank: 6,
    name: 'American InterContinental University',
    online: true,
    headings: [
      {
        heading: "Master's",
        programs: ['Master of Healthcare Management', 'Master of Business Admin: Healthcare Admin'],
      },
      {
        heading: "Bachelor's",
        programs: [
          'Bachelor of Business Admin: Healthcare Management',
          'Bachelor of Healthcare Management - HSA Mgt.',
          'Bachelor of Healthcare Management',
        ],
      },
    ],
  },
  {
    rank: 7,
    name: 'American University',
    online: true,
    headings: [
      {
        heading: "Master's",
        programs: ['Master of Science in Healthcare Management'],
      },
    ],
  },
  {
    rank: 8,
    name: 'Southern New Hampshire University',
    online: true,
    headings: [
      {
        heading: "Master's",
        programs: [
          'MBA in Healthcare Informatics',
          'International MBA in Healthcare Informatics',
          'MBA in Healthcare Management',
          'MS Information Technology: Healthcare Informatics Concentration',
          'International MBA in Healthcare Management',
          'MSM in Healthcare',
        ],
      },
      {
        heading: "Bachelor's",
        programs: [
          'BS Healthcare Administration - Healthcare Info Mgmt',
          'BS Business Admin w/conc in Healthcare Administration',
          'BS Healthcare Administration',
          'BS Health Science',
        ],
      },
    ],
  },
  {
    rank: 9,
    name: 'Northcentral University',
    online: true,
    headings: [
      {
        heading: 'Doctorate',
        programs: ['Doctor of Business Admin - Health Care Admin', 'PhD in Business Admin - Health Care Admin'],
      },
      {
        heading: "Master's",
        programs: [
          'MBA - Health Care Admin',
          'Master of Science in Organizational Leadership - Health Care Administration',
        ],
      },
    ],
  },
  {
    rank: 10,
    name: "Saint Joseph's University",
    online: true,
    headings: [
      {
        heading: "Master's",
        programs: ['MS - Health Admin', 'MS - Health Admin Informatics'],
      },
    ],
  },
];

/** The "Featured Schools" cards, in the article's order. */
export const featured: readonly SeedFeaturedSchool[] = [
  {
    name: 'Kaplan University',
    programs: [
      'Master of Health Information Management',
      'Health Information Management',
      'Medical Office Administration',
    ],
    question: 'Which subject are you interested in?',
  },
  {
    name: 'George Mason University',
    programs: [
      'Master of Health Administration in Health Systems Management',
      'Master of Science in Health Informatics',
    ],
    question: 'What is your highest level of education?',
  },
  {
    name: 'The George Washington University',
    programs: ['MSHS in Health Care Quality', 'Graduate Certificate in Health Care Quality'],
    question: 'What is your highest level of education?',
  },
  {
    name: 'Colorado Technical University',
    programs: [
      'Doctor of Management - Health Care Management and Leadership',
      'MBA: Health Care Management',
      'B.S. - Health Care Management',
    ],
    question: 'Are you a US citizen?',
  },
  {
    name: 'Herzing University',
    programs: [
      'MBA Dual Concentration: Healthcare Management and Technology Management',
      'Bachelor: Health Information Management',
      'Associate: Health Information Management',
      'Diploma: Medical Office Admin',
    ],
    question: 'What is your highest level of education?',
  },
  {
    name: 'American InterContinental University',
    programs: [
      'Master of Healthcare Management',
      'Master of Business Admin: Healthcare Admin',
      'Bachelor of Business Admin: Healthcare Management',
      'Bachelor of Healthcare Management - HSA Mgt.',
    ],
    question: 'Are you a US citizen?',
  },
  {
    name: 'American University',
    programs: ['Master of Science in Healthcare Management'],
    question: 'What is your highest level of education?',
  },
  {
    name: 'Southern New Hampshire University',
    programs: [
      'MBA in Healthcare Informatics',
      'International MBA in Healthcare Informatics',
      'BS Healthcare Administration - Healthcare Info Mgmt',
      'BS Business Admin w/conc in Healthcare Administration',
    ],
    question: 'What is your highest level of education?',
  },
];
