/**
 * The states of the 3-digit ZIP prefixes, as [first prefix, last prefix, state code] in prefix order. DC, PR,
 * VI, GU, AS, MP and the military AA (Americas), AE (Europe), AP (Pacific) count as states. Prefixes USPS has
 * not assigned between two states (000–004, 099, 269, 428–429, 694–699, …) are in no range and have no state;
 * the few it has not assigned within one state's run (213 in Maryland's 206–219, 987 in Washington's
 * 980–994, …) are left in that run, for a shorter table: no address has them.
 */
const ZIP_PREFIXES = [
  [5, 5, 'NY'], // the IRS at Holtsville
  [6, 7, 'PR'],
  [8, 8, 'VI'],
  [9, 9, 'PR'],
  [10, 27, 'MA'],
  [28, 29, 'RI'],
  [30, 38, 'NH'],
  [39, 49, 'ME'],
  [50, 54, 'VT'],
  [55, 55, 'MA'], // the IRS at Andover
  [56, 59, 'VT'],
  [60, 69, 'CT'],
  [70, 89, 'NJ'],
  [90, 98, 'AE'],
  [100, 149, 'NY'],
  [150, 196, 'PA'],
  [197, 199, 'DE'],
  [200, 200, 'DC'],
  [201, 201, 'VA'], // Dulles
  [202, 205, 'DC'],
  [206, 219, 'MD'],
  [220, 246, 'VA'],
  [247, 268, 'WV'],
  [270, 289, 'NC'],
  [290, 299, 'SC'],
  [300, 319, 'GA'],
  [320, 339, 'FL'],
  [340, 340, 'AA'],
  [341, 349, 'FL'],
  [350, 369, 'AL'],
  [370, 385, 'TN'],
  [386, 397, 'MS'],
  [398, 399, 'GA'],
  [400, 427, 'KY'],
  [430, 459, 'OH'],
  [460, 479, 'IN'],
  [480, 499, 'MI'],
  [500, 528, 'IA'],
  [530, 549, 'WI'],
  [550, 567, 'MN'],
  [569, 569, 'DC'], // parcel returns
  [570, 577, 'SD'],
  [580, 588, 'ND'],
  [590, 599, 'MT'],
  [600, 629, 'IL'],
  [630, 658, 'MO'],
  [660, 679, 'KS'],
  [680, 693, 'NE'],
  [700, 714, 'LA'],
  [716, 729, 'AR'],
  [730, 731, 'OK'],
  [733, 733, 'TX'], // the IRS at Austin
  [734, 749, 'OK'],
  [750, 799, 'TX'],
  [800, 816, 'CO'],
  [820, 831, 'WY'],
  [832, 838, 'ID'],
  [840, 847, 'UT'],
  [850, 865, 'AZ'],
  [870, 884, 'NM'],
  [885, 885, 'TX'], // El Paso
  [889, 898, 'NV'],
  [900, 961, 'CA'],
  [962, 966, 'AP'],
  [967, 968, 'HI'], // but 96799 is American Samoa: see PACIFIC_ZIPS
  [970, 979, 'OR'],
  [980, 994, 'WA'],
  [995, 999, 'AK'],
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
export type StateCode = (typeof ZIP_PREFIXES)[number][2] | (typeof PACIFIC_ZIPS)[number][2];

/** Every state code a ZIP code can have, in table order. */
export const STATE_CODES: readonly StateCode[] = [...new Set([...ZIP_PREFIXES, ...PACIFIC_ZIPS].map(([, , state]) => state))];

type Ranges = readonly (readonly [number, number, StateCode])[];
const find = (ranges: Ranges, n: number) => ranges.find(([first, last]) => n >= first && n <= last)?.[2];

/** The state of a 5-digit ZIP code, or undefined when it is not one or USPS has not assigned its prefix to a state. */
export function stateOfZip(zip: string): StateCode | undefined {
  if (!/^\d{5}$/.test(zip)) return undefined;
  const code = Number(zip);
  const prefix = Math.floor(code / 100);
  return prefix === 969 || code === 96799 ? find(PACIFIC_ZIPS, code) : find(ZIP_PREFIXES, prefix);
}
