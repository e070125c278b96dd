import type { EvidenceToken } from '../embedConfig.ts';
import { validate } from '../schemaHelpers.ts';
import { EvidenceSchema, type Lead } from './schema.ts';

/** Where each service's script leaves its token on the publisher's page, and the lead field it goes to. */
const SOURCES = {
  trustedform: { field: 'trustedFormCertUrl', selector: 'input[name="xxTrustedFormCertUrl"]' },
  jornaya: { field: 'jornayaLeadId', selector: '#leadid_token' },
} as const;

/** The evidence for a lead, and the page elements that were missing or held no valid token. */
export interface EvidenceRead {
  evidence?: NonNullable<Lead['evidence']>;
  /** The selectors of the tokens left out, for one console warning. */
  missing: string[];
}

/**
 * Copies the asked-for tokens from the page at submit time: the value of input[name="xxTrustedFormCertUrl"]
 * (an https://cert.trustedform.com/ URL) and of #leadid_token (36 characters). Reads nothing else.
 */
export function readEvidence(tokens: readonly EvidenceToken[], page: Pick<ParentNode, 'querySelector'>): EvidenceRead {
  const read: EvidenceRead = { missing: [] };
  for (const token of tokens) {
    const { field, selector } = SOURCES[token];
    const value = (page.querySelector(selector) as HTMLInputElement | null)?.value;
    if (value !== undefined && !validate(EvidenceSchema, { [field]: value }).issues)
      (read.evidence ??= {})[field] = value;
    else read.missing.push(selector);
  }
  return read;
}
