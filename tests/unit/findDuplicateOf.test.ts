import { describe, expect, it } from 'vitest';
import { dedupeKeyOf, findDuplicateOf, type EarlierLead } from '../../src/receiver/findDuplicateOf.ts';
import { sampleLead } from './receiverFixtures.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-12-07T10:00:00.000Z');

function earlier(overrides: Partial<EarlierLead> & { daysAgo: number }): EarlierLead {
  const { daysAgo, ...rest } = overrides;
  return {
    leadId: crypto.randomUUID(),
    schoolId: 'colorado-technical-university',
    email: 'ana.oneil@example.com',
    phone: '+12125550123',
    testMode: false,
    receivedAt: NOW - daysAgo * DAY,
    duplicateOf: null,
    ...rest,
  };
}

const key = dedupeKeyOf(
  sampleLead({
    contact: {
      firstName: 'Ana',
      lastName: "O'Neil",
      email: 'Ana.ONeil@Example.com',
      phone: '+12125550123',
      postalCode: '10001',
    },
  }),
);

describe('the dedupe window', () => {
  it('finds an earlier lead for the same school with the same email in any case', () => {
    const original = earlier({ daysAgo: 3, email: 'ana.oneil@example.com', phone: '+13125550199' });
    expect(key.email).toBe('ana.oneil@example.com');
    expect(findDuplicateOf(key, NOW, [original], 30)).toBe(original.leadId);
  });

  it('finds an earlier lead for the same school with the same phone and another email', () => {
    const original = earlier({ daysAgo: 1, email: 'someone.else@example.com' });
    expect(findDuplicateOf(key, NOW, [original], 30)).toBe(original.leadId);
  });

  it('ignores the same person at another school', () => {
    expect(findDuplicateOf(key, NOW, [earlier({ daysAgo: 1, schoolId: 'another-school' })], 30)).toBeNull();
  });

  it('ignores a lead received before the window', () => {
    expect(findDuplicateOf(key, NOW, [earlier({ daysAgo: 30.01 })], 30)).toBeNull();
    const edge = earlier({ daysAgo: 30 });
    expect(findDuplicateOf(key, NOW, [edge], 30)).toBe(edge.leadId);
    expect(findDuplicateOf(key, NOW, [earlier({ daysAgo: 8 })], 7)).toBeNull();
  });

  it('ignores another person with neither email nor phone in common', () => {
    expect(
      findDuplicateOf(key, NOW, [earlier({ daysAgo: 1, email: 'b@example.com', phone: '+13125550199' })], 30),
    ).toBeNull();
  });

  it('points at the latest original, never at another duplicate', () => {
    const old = earlier({ daysAgo: 20 });
    const recent = earlier({ daysAgo: 5 });
    const duplicate = earlier({ daysAgo: 1, duplicateOf: recent.leadId });
    expect(findDuplicateOf(key, NOW, [old, duplicate, recent], 30)).toBe(recent.leadId);
  });

  it('does not let a chain of duplicates stretch the window past the original', () => {
    const original = earlier({ daysAgo: 40 });
    const duplicate = earlier({ daysAgo: 15, duplicateOf: original.leadId });
    expect(findDuplicateOf(key, NOW, [original, duplicate], 30)).toBeNull();
  });

  it('counts a lead stored first as earlier even when its receipt time is a moment later (another process clock)', () => {
    const storedFirst = earlier({ daysAgo: -0.00001 });
    expect(findDuplicateOf(key, NOW, [storedFirst], 30)).toBe(storedFirst.leadId);
  });

  it('compares test leads only with test leads', () => {
    expect(findDuplicateOf(key, NOW, [earlier({ daysAgo: 1, testMode: true })], 30)).toBeNull();
    const test = earlier({ daysAgo: 1, testMode: true });
    expect(findDuplicateOf({ ...key, testMode: true }, NOW, [test], 30)).toBe(test.leadId);
  });
});
