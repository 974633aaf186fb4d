/** A request's content (nested objects and lists) as definition lists an officer can read. */
export function ContentView({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === '') return <span>—</span>;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return <span>{value.join(', ') || '—'}</span>;
    return (
      <ol className="judicial-content-list">
        {value.map((v, i) => <li key={i}><ContentView value={v} /></li>)}
      </ol>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return <span>—</span>;
    return (
      <dl className="judicial-content">
        {entries.map(([key, v]) => (
          <div key={key}>
            <dt>{key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}</dt>
            <dd><ContentView value={v} /></dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span>{String(value)}</span>;
}
