import type { Lead } from '../lead/schema.ts';
import { escapeHtml } from './escapeHtml.ts';

/** What the marketer's page shows: the token form (no lead data at all), or the leads. */
export type LeadsPageView =
  | { kind: 'sign-in'; wrongToken: boolean; schoolId?: string }
  | {
      kind: 'leads';
      leads: readonly Lead[];
      total: number;
      schoolId?: string;
      schools: ReadonlyArray<{ id: string; name: string }>;
    };

const e = escapeHtml;

function page(body: string): string {
  return `<!doctype html>
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

function query(schoolId: string | undefined): string {
  return schoolId === undefined ? '' : `?school=${encodeURIComponent(schoolId)}`;
}

function signIn(view: Extract<LeadsPageView, { kind: 'sign-in' }>): string {
  const error = view.wrongToken
    ? '<p class="error" role="alert">That token is not right. Use the LEADS_TOKEN the receiver printed at start.</p>'
    : '';
  return `<p>Enter the marketer's token to see the leads.</p>
${error}<form method="post" action="/leads${e(query(view.schoolId))}">
<input name="username" value="marketer" autocomplete="username" hidden>
<label for="token">Token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Show leads</button>
</form>`;
}

function row(lead: Lead): string {
  const created = `${lead.createdAt.slice(0, 10)} ${lead.createdAt.slice(11, 16)} UTC`;
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
    lead.testMode ? 'test' : '',
  ];
  const when = `<td class="nowrap"><time datetime="${e(lead.createdAt)}">${e(created)}</time></td>`;
  return `<tr>${when}${cells.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`;
}

function leadsTable(view: Extract<LeadsPageView, { kind: 'leads' }>): string {
  const options = view.schools
    .map((s) => `<option value="${e(s.id)}"${s.id === view.schoolId ? ' selected' : ''}>${e(s.name)}</option>`)
    .join('');
  const heads = ['Created', 'School', 'Program', 'Name', 'Email', 'Phone', 'ZIP', 'Subject', 'Education',
    'US citizen', 'Publisher / placement / sub id', 'Page', 'Mode'];
  const body = view.leads.length === 0
    ? `<p>No leads${view.schoolId === undefined ? ' yet' : ' for this school'}.</p>`
    : `<table>
<caption>${view.leads.length} shown, newest first (${view.total} stored in all)</caption>
<thead><tr>${heads.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${view.leads.map(row).join('\n')}
</tbody>
</table>`;
  return `<form method="get" action="/leads" class="filter">
<label for="school">School</label>
<select id="school" name="school"><option value="">All schools</option>${options}</select>
<button type="submit">Filter</button>
</form>
<p><a href="/api/leads.csv${e(query(view.schoolId))}" download="leads.csv">Download CSV</a></p>
${body}
<form method="post" action="/leads/sign-out"><button type="submit">Forget token</button></form>`;
}

/** The marketer's leads page as an HTML document; every lead value is escaped. */
export function renderLeadsPage(view: LeadsPageView): string {
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
tbody tr:nth-child(even){background:#fafbfc}
`;
