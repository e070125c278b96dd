import { describe, expect, it } from 'vitest';
import { STATE_CODES, stateOfZip } from '../../src/zipState.ts';

// Each state's lowest and highest ZIP code prefix (USPS 3-digit prefixes), written out by hand from the
// USPS prefix list, not from the table under test. American Samoa, Guam and the Northern Mariana Islands
// share prefixes with others, so their rows hold whole ZIP codes.
const FIRST_AND_LAST: [state: string, first: string, last: string][] = [
  ['AL', '35004', '36925'],
  ['AK', '99501', '99950'],
  ['AZ', '85001', '86556'],
  ['AR', '71601', '72959'],
  ['CA', '90001', '96162'],
  ['CO', '80001', '81658'],
  ['CT', '06001', '06928'],
  ['DE', '19701', '19980'],
  ['DC', '20001', '56999'],
  ['FL', '32004', '34997'],
  ['GA', '30001', '39901'],
  ['HI', '96701', '96898'],
  ['ID', '83201', '83876'],
  ['IL', '60001', '62999'],
  ['IN', '46001', '47997'],
  ['IA', '50001', '52809'],
  ['KS', '66002', '67954'],
  ['KY', '40003', '42788'],
  ['LA', '70001', '71497'],
  ['ME', '03901', '04992'],
  ['MD', '20601', '21930'],
  ['MA', '01001', '05544'],
  ['MI', '48001', '49971'],
  ['MN', '55001', '56763'],
  ['MS', '38601', '39776'],
  ['MO', '63001', '65899'],
  ['MT', '59001', '59937'],
  ['NE', '68001', '69367'],
  ['NV', '88901', '89883'],
  ['NH', '03031', '03897'],
  ['NJ', '07001', '08989'],
  ['NM', '87001', '88439'],
  ['NY', '00501', '14925'],
  ['NC', '27006', '28909'],
  ['ND', '58001', '58856'],
  ['OH', '43001', '45999'],
  ['OK', '73001', '74966'],
  ['OR', '97001', '97920'],
  ['PA', '15001', '19640'],
  ['RI', '02801', '02940'],
  ['SC', '29001', '29945'],
  ['SD', '57001', '57799'],
  ['TN', '37010', '38589'],
  ['TX', '73301', '88595'],
  ['UT', '84001', '84791'],
  ['VT', '05001', '05907'],
  ['VA', '20101', '24658'],
  ['WA', '98001', '99403'],
  ['WV', '24701', '26886'],
  ['WI', '53001', '54990'],
  ['WY', '82001', '83128'],
  ['PR', '00601', '00988'],
  ['VI', '00801', '00851'],
  ['GU', '96910', '96932'],
  ['AS', '96799', '96799'],
  ['MP', '96950', '96952'],
  ['AA', '34001', '34099'],
  ['AE', '09001', '09898'],
  ['AP', '96201', '96698'],
];

// Prefixes USPS has not assigned, between two states' prefixes, and ZIP codes of the freely associated states
// (Palau, Micronesia, the Marshall Islands), which are not US states.
const NO_STATE = [
  '00000',
  '00199',
  '00401',
  '09901',
  '26901',
  '42801',
  '42999',
  '52901',
  '56801',
  '57801',
  '57999',
  '58901',
  '65901',
  '69401',
  '69999',
  '71501',
  '73201',
  '81701',
  '81999',
  '83901',
  '84801',
  '84999',
  '86601',
  '86999',
  '88601',
  '88801',
  '89901',
  '96939',
  '96940',
  '96941',
  '96944',
  '96960',
  '96970',
];

describe('stateOfZip', () => {
  it.each(FIRST_AND_LAST)('finds %s for its first ZIP code %s and its last %s', (state, first, last) => {
    expect([stateOfZip(first), stateOfZip(last)]).toEqual([state, state]);
  });

  it('knows the 50 states, DC, the five territories and the three military codes, each once', () => {
    expect([...STATE_CODES].sort()).toEqual(FIRST_AND_LAST.map(([state]) => state).sort());
    expect(STATE_CODES).toHaveLength(59);
  });

  it.each(NO_STATE)('finds no state for %s, whose prefix USPS has not given to a state', (zip) => {
    expect(stateOfZip(zip)).toBeUndefined();
  });

  it("counts the few unassigned prefixes inside one state's run as that state, as documented", () => {
    expect(['21301', '34301', '51701', '70201', '85401', '90901', '98701'].map(stateOfZip)).toEqual([
      'MD',
      'FL',
      'IA',
      'LA',
      'AZ',
      'CA',
      'WA',
    ]);
  });

  it('sends the prefixes that lie inside another state to their own state', () => {
    expect(stateOfZip('00501')).toBe('NY');
    expect(stateOfZip('05501')).toBe('MA');
    expect(stateOfZip('20101')).toBe('VA');
    expect(stateOfZip('56901')).toBe('DC');
    expect(stateOfZip('73344')).toBe('TX');
    expect(stateOfZip('88510')).toBe('TX');
    expect(stateOfZip('96798')).toBe('HI');
  });

  it.each(['', '7220', '722011', '72201-1234', ' 72201', 'abcde', '7220x'])(
    'finds no state for %j, which is not a 5-digit ZIP code',
    (zip) => {
      expect(stateOfZip(zip)).toBeUndefined();
    },
  );
});
