/** A machine word in words: `discreet_check` → `discreet check` (empty for none). */
export function words(value: string | null | undefined): string {
  return (value ?? '').replace(/_/g, ' ');
}

/** A field value of released, alert or record data, in words: names joined, lists separated, objects as `key: value`. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(formatValue).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('familyName' in o || 'givenNames' in o || 'fullName' in o) {
      const given = Array.isArray(o.givenNames) ? o.givenNames.join(' ') : '';
      const name = [given, o.familyName].filter(Boolean).join(' ') || String(o.fullName ?? '');
      return o.kind && o.kind !== 'primary' ? `${name} (${String(o.kind)})` : name;
    }
    return Object.entries(o)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `${k}: ${formatValue(v)}`)
      .join(', ');
  }
  return String(value);
}

/** An instant as the officer's locale writes it in full; the text itself when it is not an instant. */
export function formatTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toLocaleString();
}

/** A date or instant, short (e.g. `12 Mar 2026, 10:30`): a date alone (`YYYY-MM-DD`) as it is, `—` for none. */
export function formatWhen(value: string | null | undefined): string {
  if (!value) return '—';
  if (!value.includes('T')) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
