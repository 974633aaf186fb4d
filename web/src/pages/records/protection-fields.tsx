import { words } from '../../components/format.ts';
import { HANDLING, INFORMATION_ACCURACY, SOURCE_RELIABILITY, TLP_MEANING, TlpBadge } from '../../components/protection.tsx';
import type { Protection } from './model.ts';

/** Whether a review-by date (YYYY-MM-DD) has passed. */
export function reviewOverdue(reviewBy: string, now = new Date()): boolean {
  return Date.parse(`${reviewBy}T23:59:59Z`) < now.getTime();
}

/** A record's data-protection fields, each labelled and with its meaning in words. */
export function ProtectionFields({ protection: p }: { protection: Protection }) {
  const overdue = reviewOverdue(p.reviewBy);
  const code = `${p.sourceReliability}${p.informationAccuracy}`;
  return (
    <dl className="records-dl">
      <dt>Owner node</dt>
      <dd>{p.ownerNode}</dd>
      <dt>Data-subject category</dt>
      <dd>{words(p.subjectCategory)} <span className="records-muted">(LED Art. 6)</span></dd>
      <dt>Evaluation (4x4)</dt>
      <dd>
        <strong>{code}</strong>: source {p.sourceReliability} — {SOURCE_RELIABILITY[p.sourceReliability] ?? 'unknown code'}; information{' '}
        {p.informationAccuracy} — {INFORMATION_ACCURACY[p.informationAccuracy] ?? 'unknown code'}
      </dd>
      <dt>Handling code</dt>
      <dd>
        <strong>{p.handlingCode}</strong>: {HANDLING[p.handlingCode] ?? 'unknown code'}
      </dd>
      <dt>TLP label</dt>
      <dd>
        <TlpBadge tlp={p.tlp} /> {TLP_MEANING[p.tlp] ?? ''}
      </dd>
      <dt>Legal basis</dt>
      <dd>{p.legalBasis}</dd>
      <dt>Review by</dt>
      <dd>
        {overdue ? (
          <span className="overdue">{p.reviewBy} — review overdue: check whether the record is still needed</span>
        ) : (
          p.reviewBy
        )}
      </dd>
      <dt>Fact or assessment</dt>
      <dd>{p.nature === 'assessment' ? 'assessment (a personal assessment, LED Art. 7)' : 'fact'}</dd>
      {p.assessments.length > 0 && (
        <>
          <dt>Assessments</dt>
          <dd>
            <ul className="records-plain">
              {p.assessments.map((a, i) => (
                <li key={i}>
                  “{a.statement}” — {a.assessedBy}, {a.assessedOn}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
