import Database from 'better-sqlite3';

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c !== ''));
}

/** The marketer's CSV export: header names mapped to cell values, one record per stored lead. */
export async function fetchLeadsCsv(origin: string, token: string): Promise<Record<string, string>[]> {
  const response = await fetch(`${origin}/api/leads.csv`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET /api/leads.csv answered ${response.status}: ${await response.text()}`);
  const [header, ...rows] = parseCsv(await response.text());
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/**
 * Every lead JSON document stored in the SQLite file, found by looking at every text column of
 * every table for a JSON object with a leadId (the receiver's column layout is its own business).
 */
export function readStoredLeadDocuments(dbFile: string): Record<string, unknown>[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    const found = new Map<string, Record<string, unknown>>();
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all() as Record<string, unknown>[];
      for (const row of rows) {
        for (const value of Object.values(row)) {
          if (typeof value !== 'string' || !value.trimStart().startsWith('{')) continue;
          try {
            const parsed = JSON.parse(value) as Record<string, unknown>;
            if (typeof parsed['leadId'] === 'string' && !found.has(parsed['leadId']))
              found.set(parsed['leadId'], parsed);
          } catch {
            /* not JSON */
          }
        }
      }
    }
    return [...found.values()];
  } finally {
    db.close();
  }
}

/** Polls the CSV export until it holds `count` leads (or the timeout passes) and returns the records. */
export async function waitForLeadCount(
  origin: string,
  token: string,
  count: number,
  timeoutMs = 15_000,
): Promise<Record<string, string>[]> {
  const deadline = Date.now() + timeoutMs;
  let records = await fetchLeadsCsv(origin, token);
  while (records.length < count && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    records = await fetchLeadsCsv(origin, token);
  }
  return records;
}
