/**
 * The states of the 3-digit ZIP prefixes: each row is the first prefix of a run of prefixes and the state of
 * the run, which ends where the next row begins (a row without a state starts a run USPS has not assigned).
 * DC, PR, VI, GU, AS, MP and the military AA (Americas), AE (Europe), AP (Pacific) count as states. The few
 * prefixes USPS has not assigned within one state's run (213 in Maryland's, 987 in Washington's, …) are left
 * in that run, for a shorter table: no address has them.
 */
const ZIP_PREFIXES = [
  [0], // 000–004: none
  [5, 'NY'], // 005, the IRS at Holtsville
  [6, 'PR'], // 006–007
  [8, 'VI'], // 008
  [9, 'PR'], // 009
  [10, 'MA'], // 010–027
  [28, 'RI'], // 028–029
  [30, 'NH'], // 030–038
  [39, 'ME'], // 039–049
  [50, 'VT'], // 050–054
  [55, 'MA'], // 055, the IRS at Andover
  [56, 'VT'], // 056–059
  [60, 'CT'], // 060–069
  [70, 'NJ'], // 070–089
  [90, 'AE'], // 090–098
  [99], // 099: none
  [100, 'NY'], // 100–149
  [150, 'PA'], // 150–196
  [197, 'DE'], // 197–199
  [200, 'DC'], // 200
  [201, 'VA'], // 201, Dulles
  [202, 'DC'], // 202–205
  [206, 'MD'], // 206–219
  [220, 'VA'], // 220–246
  [247, 'WV'], // 247–268
  [269], // 269: none
  [270, 'NC'], // 270–289
  [290, 'SC'], // 290–299
  [300, 'GA'], // 300–319
  [320, 'FL'], // 320–339
  [340, 'AA'], // 340
  [341, 'FL'], // 341–349
  [350, 'AL'], // 350–369
  [370, 'TN'], // 370–385
  [386, 'MS'], // 386–397
  [398, 'GA'], // 398–399
  [400, 'KY'], // 400–427
  [428], // 428–429: none
  [430, 'OH'], // 430–459
  [460, 'IN'], // 460–479
  [480, 'MI'], // 480–499
  [500, 'IA'], // 500–528
  [529], // 529: none
  [530, 'WI'], // 530–549
  [550, 'MN'], // 550–567
  [568], // 568: none
  [569, 'DC'], // 569, parcel returns
  [570, 'SD'], // 570–577
  [578], // 578–579: none
  [580, 'ND'], // 580–588
  [589], // 589: none
  [590, 'MT'], // 590–599
  [600, 'IL'], // 600–629
  [630, 'MO'], // 630–658
  [659], // 659: none
  [660, 'KS'], // 660–679
  [680, 'NE'], // 680–693
  [694], // 694–699: none
  [700, 'LA'], // 700–714
  [715], // 715: none
  [716, 'AR'], // 716–729
  [730, 'OK'], // 730–731
  [732], // 732: none
  [733, 'TX'], // 733, the IRS at Austin
  [734, 'OK'], // 734–749
  [750, 'TX'], // 750–799
  [800, 'CO'], // 800–816
  [817], // 817–819: none
  [820, 'WY'], // 820–831
  [832, 'ID'], // 832–838
  [839], // 839: none
  [840, 'UT'], // 840–847
  [848], // 848–849: none
  [850, 'AZ'], // 850–865
  [866], // 866–869: none
  [870, 'NM'], // 870–884
  [885, 'TX'], // 885, El Paso
  [886], // 886–888: none
  [889, 'NV'], // 889–898
  [899], // 899: none
  [900, 'CA'], // 900–961
  [962, 'AP'], // 962–966
  [967, 'HI'], // 967–968, but 96799 is American Samoa (PACIFIC_ZIPS)
  [969], // 969: Guam and its neighbours (PACIFIC_ZIPS)
  [970, 'OR'], // 970–979
  [980, 'WA'], // 980–994
  [995, 'AK'], // 995–999
] as const;

/**
 * Where one prefix serves several places, the ranges of whole 5-digit ZIP codes: American Samoa has the one
 * code 96799 within Hawaii's 967; prefix 969 is shared by Guam, the Northern Mariana Islands and the freely
 * associated states (Palau, Micronesia, the Marshall Islands), which are not US states and so have none.
 */
const PACIFIC_ZIPS = [
  [96799, 96799, 'AS'],
  [96910, 96932, 'GU'],
  [96950, 96952, 'MP'],
] as const;

/** A two-letter USPS code of a state, DC, a territory or a military "state" (AA, AE, AP). */
export type StateCode = Exclude<(typeof ZIP_PREFIXES)[number][1], undefined> | (typeof PACIFIC_ZIPS)[number][2];

/** Every state code a ZIP code can have, in table order. */
export const STATE_CODES: readonly StateCode[] = [
  ...new Set([...ZIP_PREFIXES.flatMap(([, state]) => state ?? []), ...PACIFIC_ZIPS.map(([, , state]) => state)]),
];

/** The state of a 5-digit ZIP code, or undefined when it is not one or USPS has not assigned its prefix to a state. */
export function stateOfZip(zip: string): StateCode | undefined {
  if (!/^\d{5}$/.test(zip)) return undefined;
  const code = Number(zip);
  const prefix = Math.floor(code / 100);
  return prefix === 969 || code === 96799
    ? PACIFIC_ZIPS.find(([first, last]) => code >= first && code <= last)?.[2]
    : (ZIP_PREFIXES.filter(([first]) => first <= prefix).pop() as readonly [number, StateCode?])[1];
}
