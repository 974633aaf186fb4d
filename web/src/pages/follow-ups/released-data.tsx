import { formatTime, formatValue, words } from '../../components/format.ts';
import { TlpBadge } from '../../components/protection.tsx';
import type { Release } from './types.ts';

/** Data a partner released, with its handling code, TLP label and the date it must be deleted by. */
export function ReleasedData({ releases }: { releases: Release[] }) {
  if (releases.length === 0) return <p>No data is held for this request: none was released, or its retention period has ended and it was deleted.</p>;
  return (
    <>
      {releases.map((r, i) => {
        const p = r.protection;
        return (
          <div key={i} className="follow-ups-release">
            <h3>
              {r.recordType} released by {r.partner}
            </h3>
            <p>
              <span className="badge">handling {String(p.handlingCode ?? '—')}</span> <TlpBadge tlp={p.tlp} />{' '}
              <strong>keep until {r.retainUntil}</strong> · received {formatTime(r.receivedAt)}
            </p>
            <dl className="follow-ups-fields">
              {Object.entries(r.data).map(([field, value]) => (
                <div key={field}>
                  <dt>{field}</dt>
                  <dd>{formatValue(value)}</dd>
                </div>
              ))}
            </dl>
            <p className="follow-ups-note">
              subject category {words(String(p.subjectCategory ?? '—'))} · evaluation {String(p.sourceReliability ?? '?')}
              {String(p.informationAccuracy ?? '?')} · {String(p.nature ?? '')} · legal basis {String(p.legalBasis ?? '—')}
            </p>
          </div>
        );
      })}
    </>
  );
}
