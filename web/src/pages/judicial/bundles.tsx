import { formatWhen, words } from '../../components/format.ts';
import type { RequestView } from './types.ts';

const GOOD = new Set(['valid', 'intact']);

function Outcome({ status }: { status: string }) {
  return <span className={`badge ${GOOD.has(status) ? 'judicial-good' : 'judicial-bad'}`}>{words(status)}</span>;
}

/** The signed document bundles of a request, each with this node's verification per signature and per document, and its problems in words. */
export function Bundles({ bundles }: { bundles: RequestView['bundles'] }) {
  if (bundles.length === 0) return <p>No signed documents.</p>;
  return (
    <>
      {bundles.map((b, i) => {
        const v = b.verification;
        return (
          <section key={b.id} className="card" aria-labelledby={`bundle-${b.id}`}>
            <h3 id={`bundle-${b.id}`}>
              Bundle {i + 1} from {b.sourceNode}: <span className={v.valid ? 'ok' : 'overdue'}>{v.valid ? 'verified' : 'NOT verified'}</span>
            </h3>
            <p className="judicial-muted">Signed {formatWhen(b.createdAt)}; manifest digest <code>{b.manifestDigest.slice(0, 16)}…</code></p>
            <table>
              <caption className="judicial-caption">Signatures</caption>
              <thead><tr><th scope="col">Authority</th><th scope="col">Node</th><th scope="col">Role</th><th scope="col">Result</th></tr></thead>
              <tbody>
                {(v.signatures ?? []).map((s, j) => (
                  <tr key={j}><td>{s.authority}</td><td>{s.nodeId}</td><td>{s.role}</td><td><Outcome status={s.status} /></td></tr>
                ))}
              </tbody>
            </table>
            <table>
              <caption className="judicial-caption">Documents</caption>
              <thead><tr><th scope="col">Document</th><th scope="col">Result</th></tr></thead>
              <tbody>
                {(v.documents ?? []).map((d) => (
                  <tr key={d.id}><td>{d.title ?? d.id}</td><td><Outcome status={d.status} /></td></tr>
                ))}
              </tbody>
            </table>
            {(v.problems ?? []).length > 0 && (
              <div className="error">
                <strong>Problems found</strong>
                <ul>{v.problems!.map((p, j) => <li key={j}>{p}</li>)}</ul>
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
