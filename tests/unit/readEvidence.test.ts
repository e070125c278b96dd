import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../src/lead/readEvidence.ts';

const CERT = 'https://cert.trustedform.com/2b4a9f0e8c7d6b5a4f3e2d1c0b9a8f7e6d5c4b3a';
const LEADID = 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D';

/** A page holding these elements by selector, recording every selector the reader asks for. */
function page(elements: Record<string, { value: string }>) {
  const asked: string[] = [];
  return {
    asked,
    querySelector: (selector: string) => {
      asked.push(selector);
      return (elements[selector] ?? null) as never;
    },
  };
}

describe('readEvidence', () => {
  it('copies the TrustedForm certificate URL and the Jornaya LeadiD token, and reads nothing else', () => {
    const host = page({ 'input[name="xxTrustedFormCertUrl"]': { value: CERT }, '#leadid_token': { value: LEADID } });
    expect(readEvidence(['trustedform', 'jornaya'], host)).toEqual({
      evidence: { trustedFormCertUrl: CERT, jornayaLeadId: LEADID },
      missing: [],
    });
    expect(host.asked).toEqual(['input[name="xxTrustedFormCertUrl"]', '#leadid_token']);
  });

  it('reads only the services the embed asks for', () => {
    const host = page({ 'input[name="xxTrustedFormCertUrl"]': { value: CERT }, '#leadid_token': { value: LEADID } });
    expect(readEvidence(['jornaya'], host)).toEqual({ evidence: { jornayaLeadId: LEADID }, missing: [] });
    expect(readEvidence([], host)).toEqual({ missing: [] });
    expect(host.asked).toEqual(['#leadid_token']);
  });

  it('leaves out a missing token and names where it looked', () => {
    expect(readEvidence(['trustedform', 'jornaya'], page({ '#leadid_token': { value: LEADID } }))).toEqual({
      evidence: { jornayaLeadId: LEADID },
      missing: ['input[name="xxTrustedFormCertUrl"]'],
    });
  });

  it.each([
    ['an empty certificate URL', 'input[name="xxTrustedFormCertUrl"]', ''],
    ['a certificate URL of another host', 'input[name="xxTrustedFormCertUrl"]', 'https://evil.example/cert'],
    ['a certificate URL over http', 'input[name="xxTrustedFormCertUrl"]', CERT.replace('https', 'http')],
    ['a LeadiD token of 35 characters', '#leadid_token', LEADID.slice(1)],
    ['a LeadiD token with a space', '#leadid_token', `${LEADID.slice(1)} `],
  ])('leaves out %s and keeps the other token', (_, selector, value) => {
    const valid = { 'input[name="xxTrustedFormCertUrl"]': { value: CERT }, '#leadid_token': { value: LEADID } };
    const { evidence, missing } = readEvidence(['trustedform', 'jornaya'], page({ ...valid, [selector]: { value } }));
    expect(missing).toEqual([selector]);
    expect(Object.values(evidence ?? {})).toEqual([selector === '#leadid_token' ? CERT : LEADID]);
  });
});
