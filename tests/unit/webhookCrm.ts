// A loopback HTTP server that plays a school's CRM in the webhook tests and benchmark: it verifies every
// signature with the standardwebhooks library, records what it received, and answers as each test scripts it.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { freePort } from '../browser/acceptance/support/freePort.ts';

/** How the CRM answers one request: a status (with headers), no answer at all, or a dropped connection. */
export type CrmAnswer =
  { status: number; headers?: Record<string, string>; delayMs?: number } | 'no-answer' | 'hang-up';

/** One request the CRM received. */
export interface ReceivedWebhook {
  path: string;
  id: string;
  timestamp: string;
  /** True when `Webhook.verify` accepted the signature with the CRM's secret. */
  signatureValid: boolean;
  body: unknown;
  /** Date.now() when it arrived (the fake clock in tests that fake Date). */
  at: number;
  /** performance.now() when it arrived, for latency measurements. */
  arrivedAt: number;
}

/** A running test CRM. */
export interface TestCrm {
  /** The webhook URL, on 127.0.0.1. */
  url: string;
  received: ReceivedWebhook[];
  /** The most requests with one webhook-id the CRM had open at the same time. */
  maxConcurrentPerId(): number;
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Answers 201 to everything. */
export const ALWAYS_CREATED = (): CrmAnswer => ({ status: 201 });

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Starts a CRM on a free 127.0.0.1 port. `answer` gets each request (and how many came before it) and says
 * how to answer; a list is used in order, its last answer repeating.
 */
export async function startTestCrm(
  secret: string,
  answer: CrmAnswer[] | ((hook: ReceivedWebhook, index: number) => CrmAnswer) = ALWAYS_CREATED,
): Promise<TestCrm> {
  const webhook = new Webhook(secret);
  const received: ReceivedWebhook[] = [];
  const inFlight = new Map<string, number>();
  let maxConcurrent = 0;
  const waiters: Array<{ count: number; resolve: () => void }> = [];

  const server = createServer(async (request, response) => {
    const text = await readBody(request);
    const header = (name: string) => String(request.headers[name] ?? '');
    let signatureValid = true;
    try {
      webhook.verify(text, {
        'webhook-id': header('webhook-id'),
        'webhook-timestamp': header('webhook-timestamp'),
        'webhook-signature': header('webhook-signature'),
      });
    } catch {
      signatureValid = false;
    }
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Recorded as text: the test sees what was sent.
    }
    const hook: ReceivedWebhook = {
      path: request.url ?? '',
      id: header('webhook-id'),
      timestamp: header('webhook-timestamp'),
      signatureValid,
      body,
      at: Date.now(),
      arrivedAt: performance.now(),
    };
    const index = received.length;
    received.push(hook);
    const open = (inFlight.get(hook.id) ?? 0) + 1;
    inFlight.set(hook.id, open);
    maxConcurrent = Math.max(maxConcurrent, open);
    response.on('close', () => inFlight.set(hook.id, (inFlight.get(hook.id) ?? 1) - 1));
    for (const waiter of waiters.filter((w) => received.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }

    const reply =
      typeof answer === 'function'
        ? answer(hook, index)
        : (answer[Math.min(index, answer.length - 1)] ?? { status: 201 });
    if (reply === 'no-answer') return;
    if (reply === 'hang-up') {
      request.socket.destroy();
      return;
    }
    if (reply.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    response.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers });
    response.end('{}');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hooks/leads`,
    received,
    maxConcurrentPerId: () => maxConcurrent,
    waitFor(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the CRM received ${received.length} of ${count} webhooks in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL on 127.0.0.1 where nothing listens: every connection is refused. */
export async function refusingUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}/hooks/leads`;
}

/** A fresh Standard Webhooks secret. */
export function testSecret(): string {
  return `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64')}`;
}
