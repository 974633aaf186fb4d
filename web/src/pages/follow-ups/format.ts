/** A field value of released or alert data, in words: names joined, lists comma-separated, objects as `key: value`. */
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

/** A date-time as the officer's locale writes it. */
export function formatTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toLocaleString();
}

/** An enum-like word for display: `discreet_check` → `discreet check`. */
export const words = (value: string): string => value.replace(/_/g, ' ');

/** Whether the officer's roles allow deciding on requests from partners (the node checks again). */
export const canDecide = (roles: readonly string[]): boolean => roles.includes('liaison_officer') || roles.includes('supervisor');
