import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadJsonSchema } from '../../src/receiver/leadJsonSchema.ts';

type Node = {
  properties?: Record<string, Node>;
  required?: string[];
  pattern?: string;
  enum?: string[];
  type?: string;
  description?: string;
};

describe('the lead JSON Schema for marketers', () => {
  const schema = leadJsonSchema() as Node & { $schema?: string };

  it('requires every top-level lead field of the contract', () => {
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'leadId',
        'createdAt',
        'testMode',
        'school',
        'program',
        'answers',
        'contact',
        'consent',
        'source',
        'client',
      ]),
    );
  });

  it('carries the field rules the receiver enforces, checks described in words', () => {
    const contact = schema.properties?.contact?.properties ?? {};
    expect(new RegExp(contact.postalCode?.pattern ?? '').test('10001')).toBe(true);
    expect(new RegExp(contact.phone?.pattern ?? '').test('+12125550123')).toBe(true);
    expect(contact.phone?.description).toContain('area code');
    expect(new RegExp(contact.firstName?.pattern ?? '', 'u').test('José')).toBe(true);
    expect(schema.properties?.program?.properties?.level?.enum).toContain('graduate-certificate');
    expect(schema.properties?.testMode?.type).toBe('boolean');
    expect(schema.properties?.client?.properties?.timeToCompleteMs?.type).toBe('integer');
    expect(new RegExp(schema.properties?.school?.properties?.name?.pattern ?? '').test('x'.repeat(301))).toBe(false);
  });

  it('is written to a file by `npx tsx src/receiver/leadJsonSchema.ts out.json`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-schema-'));
    try {
      const out = join(dir, 'lead.schema.json');
      const root = resolve(import.meta.dirname, '../..');
      execFileSync(process.execPath, ['--import', 'tsx', 'src/receiver/leadJsonSchema.ts', out], {
        cwd: root,
        stdio: 'pipe',
      });
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(schema);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
