import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { SchoolWithLeads, StoredLead } from './LeadStore.ts';
import { renderDeliveries, renderDeliverySummary } from './webhooks/renderDeliveries.ts';
import type { Delivery, DeliverySummary } from './webhooks/WebhookOutbox.ts';

/** What the page shows of forwarding: delivery counts, each listed lead's deliveries, and the Retry form token. */
export interface ForwardingView {
  summary: DeliverySummary;
  deliveries: ReadonlyMap<string, readonly Delivery[]>;
  retryToken: string;
}

/** Which leads the page shows: one school's, test or live ones only, and the page after a cursor. */
export interface LeadsFilter {
  schoolId?: string;
  mode?: 'test' | 'live';
  before?: string;
}

/** What the marketer's page shows: the token form (no lead data at all), or one page of leads. */
export type LeadsPageView =
  | { kind: 'sign-in'; problem: 'none' | 'wrong-token' | 'too-many-tries'; filter: LeadsFilter }
  | {
      kind: 'leads';
      leads: readonly StoredLead[];
      /** How many leads match the filter in all. */
      total: number;
      /** The cursor of the next (older) page, when there is one. */
      next?: string;
      filter: LeadsFilter;
      schools: readonly SchoolWithLeads[];
      /** Present when the store dedupes and forwards: adds the "Duplicate of" and "Webhooks" columns. */
      forwarding?: ForwardingView;
    };

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The query string of a filter ("" when empty), for links and form actions. */
export function filterQuery(filter: LeadsFilter): string {
  const params = new URLSearchParams();
  if (filter.schoolId !== undefined) params.set('school', filter.schoolId);
  if (filter.mode !== undefined) params.set('mode', filter.mode);
  if (filter.before !== undefined) params.set('before', filter.before);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

function page(body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Leads · SchoolMatch</title>
<link rel="stylesheet" href="/leads.css">
</head>
<body>
<main>
<h1>Leads</h1>
${body}
</main>
</body>
</html>
`;
}

const SIGN_IN_PROBLEMS = {
  none: '',
  'wrong-token': 'That token is not right. Use the LEADS_TOKEN the receiver was started with.',
  'too-many-tries': 'Too many wrong tokens from this address. Wait a minute, then try again.',
} as const;

function signIn(view: Extract<LeadsPageView, { kind: 'sign-in' }>): Html {
  const problem = SIGN_IN_PROBLEMS[view.problem];
  const { schoolId, mode } = view.filter;
  return html`<p>Enter the marketer's token to see the leads.</p>
${problem === '' ? '' : html`<p class="error" role="alert">${problem}</p>`}<form method="post" action="/leads${filterQuery({ ...(schoolId === undefined ? {} : { schoolId }), ...(mode === undefined ? {} : { mode }) })}">
<input name="username" value="marketer" autocomplete="username" hidden>
<label for="token">Token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Show leads</button>
</form>`;
}

function row({ lead, receivedAt, ip, duplicateOf }: StoredLead, forwarding: ForwardingView | undefined): Html {
  const shown = `${receivedAt.slice(0, 10)} ${receivedAt.slice(11, 16)} UTC`;
  const cells = [
    lead.school.name,
    `${lead.program.name} (${lead.program.level})`,
    `${lead.contact.firstName} ${lead.contact.lastName}`,
    lead.contact.email,
    lead.contact.phone,
    lead.contact.postalCode,
    lead.answers.subject,
    lead.answers.educationLevel,
    lead.answers.usCitizen ? 'yes' : 'no',
    [lead.source.publisherId, lead.source.placementId, lead.source.subId].filter(Boolean).join(' / '),
    lead.source.pageUrl,
    lead.testMode ? 'test' : 'live',
    ip,
  ];
  const forwardingCells =
    forwarding === undefined
      ? ''
      : html`<td>${duplicateOf === undefined ? '' : html`<span class="duplicate">duplicate of <code>${duplicateOf}</code>, not forwarded</span>`}</td><td>${renderDeliveries(
          forwarding.deliveries.get(lead.leadId) ?? [],
          forwarding.retryToken,
        )}</td>`;
  return html`<tr${duplicateOf === undefined ? '' : html` class="is-duplicate"`}><td class="nowrap"><time datetime="${receivedAt}">${shown}</time></td>${cells.map((cell) => html`<td>${cell}</td>`)}${forwardingCells}</tr>`;
}

const HEADS = [
  'Received',
  'School',
  'Program',
  'Name',
  'Email',
  'Phone',
  'ZIP',
  'Subject',
  'Education',
  'US citizen',
  'Publisher / placement / sub id',
  'Page',
  'Mode',
  'Client address',
];
const FORWARDING_HEADS = ['Duplicate of', 'Webhooks'];

function leadsTable(view: Extract<LeadsPageView, { kind: 'leads' }>): Html {
  const { schoolId, mode } = view.filter;
  const base = { ...(schoolId === undefined ? {} : { schoolId }), ...(mode === undefined ? {} : { mode }) };
  const schoolOptions = view.schools.map(
    (s) => html`<option value="${s.id}"${s.id === schoolId ? html` selected` : ''}>${s.name}</option>`,
  );
  const modeOption = (value: 'test' | 'live', label: string) =>
    html`<option value="${value}"${mode === value ? html` selected` : ''}>${label}</option>`;
  const body =
    view.leads.length === 0
      ? html`<p>No leads${schoolId === undefined && mode === undefined && view.filter.before === undefined ? ' yet' : ' here'}.</p>`
      : html`<table>
<caption>${view.leads.length} shown, newest received first (${view.total} in all)</caption>
<thead><tr>${[...HEADS, ...(view.forwarding === undefined ? [] : FORWARDING_HEADS)].map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${view.leads.map((stored) => row(stored, view.forwarding))}
</tbody>
</table>`;
  const pages = html`<nav class="pages">${view.filter.before === undefined ? '' : html`<a href="/leads${filterQuery(base)}">Newest leads</a> `}${
    view.next === undefined
      ? ''
      : html`<a href="/leads${filterQuery({ ...base, before: view.next })}" rel="next">Older leads</a>`
  }</nav>`;
  return html`<form method="get" action="/leads" class="filter">
<label for="school">School</label>
<select id="school" name="school"><option value="">All schools</option>${schoolOptions}</select>
<label for="mode">Mode</label>
<select id="mode" name="mode"><option value="">Live and test</option>${modeOption('live', 'Live only')}${modeOption('test', 'Test only')}</select>
<button type="submit">Filter</button>
</form>
<p><a href="/api/leads.csv${filterQuery(base)}" download="leads.csv">Download CSV</a></p>
${view.forwarding === undefined ? '' : renderDeliverySummary(view.forwarding.summary)}
${body}
${pages}
<form method="post" action="/leads/sign-out"><button type="submit">Sign out</button></form>`;
}

/** The marketer's leads page as an HTML document; hono/html escapes every lead value. */
export function renderLeadsPage(view: LeadsPageView): Html {
  switch (view.kind) {
    case 'sign-in':
      return page(signIn(view));
    case 'leads':
      return page(leadsTable(view));
    default: {
      const unknown: never = view;
      throw new Error(`[schoolmatch] unknown leads page view ${JSON.stringify(unknown)}`);
    }
  }
}

/** The stylesheet of the leads page (served as a file: the page's CSP forbids inline styles). */
export const LEADS_PAGE_CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{padding:1.5rem;max-width:100%;box-sizing:border-box}
h1{margin:0 0 1rem;font-size:1.5rem}
form{margin:0 0 1rem;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
input,select,button{font:inherit;padding:.35rem .6rem}
.error{color:#a3161c}
table{border-collapse:collapse;background:#fff;font-size:13px}
caption{text-align:left;padding:.25rem 0;color:#4b5565}
th,td{border:1px solid #d6dae1;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef0f4}
.nowrap{white-space:nowrap}
.pages{margin:1rem 0;display:flex;gap:1rem}
tbody tr:nth-child(even){background:#fafbfc}
tbody tr.is-duplicate{color:#5b6474}
.duplicate{font-style:italic}
.deliveries{margin:0;padding:0;list-style:none}
.deliveries li{margin:0 0 .25rem}
.delivery-failed{color:#a3161c}
form.retry{display:inline-flex;margin:0}
form.retry button{padding:.1rem .5rem}
`;
