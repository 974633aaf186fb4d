import { href } from '../../routing.ts';
import { words } from '../../components/format.ts';


/** One piece of evidence of a score: a field, how it compared, and its weight in bits. */
export interface Evidence {
  field: string;
  level: string;
  weight: number;
  detail?: string;
}

/** A screening candidate, as `POST /api/v1/matching/screen` returns it. */
export interface Candidate {
  source: 'record' | 'alert';
  id: string;
  score: number;
  explanation: {
    score: number;
    weight: number;
    match: boolean;
    evidence: Evidence[];
    names?: { a: string; b: string; agreement: string; similarity: number }[];
  };
}

const FIELDS: Record<string, string> = {
  prior: 'Prior (how many records could match)',
  name: 'Name',
  nameWordDiffers: 'A name word differs',
  dateOfBirth: 'Date of birth',
  placeOfBirth: 'Place of birth',
};

function fieldText(field: string): string {
  return FIELDS[field] ?? field.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

function bits(weight: number): string {
  return `${weight > 0 ? '+' : weight < 0 ? '−' : ''}${Math.abs(weight).toFixed(1)} bits`;
}

/** The per-field evidence of one candidate's score. */
function Explanation({ candidate }: { candidate: Candidate }) {
  const { explanation: x } = candidate;
  return (
    <table className="search-evidence">
      <caption className="search-caption">
        Total weight {bits(x.weight)} → score {(x.score * 100).toFixed(1)} %
      </caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Level</th>
          <th scope="col">Weight</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {x.evidence.map((e) => (
          <tr key={e.field}>
            <td>{fieldText(e.field)}</td>
            <td>{words(e.level)}</td>
            <td className={e.weight > 0 ? 'search-for' : e.weight < 0 ? 'search-against' : 'search-neutral'}>{bits(e.weight)}</td>
            <td>{e.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Ranked screening candidates, best first, each with its score, the name
 * words it matched, links to the record, and the evidence of its score
 * (field, level, weight in bits).
 */
export function Candidates({ candidates }: { candidates: Candidate[] }) {
  return (
    <ol className="search-candidates">
      {candidates.map((c, i) => {
        const matched = (c.explanation.names ?? []).map((n) => n.b).filter(Boolean).join(' ');
        return (
          <li key={`${c.source}:${c.id}`} className="card">
            <p className="search-candidate-head">
              <strong>{(c.score * 100).toFixed(1)} %</strong>{' '}
              <span className={c.explanation.match ? 'badge search-match' : 'badge'}>{c.explanation.match ? 'match' : 'possible match'}</span>{' '}
              {c.source === 'alert' ? <span className="badge">alert</span> : <span className="badge">record</span>}{' '}
              {matched && <span>matched name words: <strong>{matched}</strong></span>}
            </p>
            <p className="search-links">
              {c.source === 'record' ? (
                <>
                  <a href={href('records', c.id)}>Open record {c.id.slice(0, 8)}</a> · <a href={href('graph', c.id)}>Link graph</a>
                </>
              ) : (
                <>
                  Alert <span className="records-mono">{c.id.slice(0, 8)}</span>: <a href={href('alerts')}>see Alerts</a>
                </>
              )}
            </p>
            <details open={i === 0}>
              <summary>Why this score</summary>
              <Explanation candidate={c} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
