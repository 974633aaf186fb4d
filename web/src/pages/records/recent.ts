/** A record the officer opened in this tab, kept so that it can be opened again without a search. */
export interface RecentRecord {
  id: string;
  label: string;
}

const KEY = 'liaison.recent-records';
const MAX = 10;

/**
 * The records opened in this tab, latest first. The node has no "recent
 * records" route (every read is a consultation that needs criteria), so the
 * console remembers them in session storage, which ends with the tab.
 */
export function recentRecords(): RecentRecord[] {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as RecentRecord[]) : [];
  } catch {
    return [];
  }
}

/** Remembers a record as the latest opened. */
export function rememberRecord(entry: RecentRecord): void {
  const list = [entry, ...recentRecords().filter((r) => r.id !== entry.id)].slice(0, MAX);
  sessionStorage.setItem(KEY, JSON.stringify(list));
}
