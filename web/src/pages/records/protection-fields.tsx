import { words, type Protection } from './model.ts';

/** Source reliability of the 4x4 evaluation code (Europol Regulation Art. 29(1)). */
export const SOURCE_RELIABILITY: Record<string, string> = {
  A: 'no doubt about the authenticity, trustworthiness and competence of the source, or a source reliable in all instances',
  B: 'a source that has in most instances proved reliable',
  C: 'a source that has in most instances proved unreliable',
  X: 'the reliability of the source cannot be assessed',
};

/** Information accuracy of the 4x4 evaluation code (Europol Regulation Art. 29(2)). */
export const INFORMATION_ACCURACY: Record<number, string> = {
  1: 'information whose accuracy is not in doubt',
  2: 'known personally to the source but not to the official passing it on',
  3: 'not known personally to the source but corroborated by information already recorded',
  4: 'not known personally to the source and cannot be corroborated',
};

/** Handling codes H0–H3. */
export const HANDLING: Record<string, string> = {
  H0: 'only for preventing and combating crime, under the applicable law',
  H1: 'not to be disclosed in judicial proceedings without the provider’s permission',
  H2: 'not to be disseminated without the provider’s permission',
  H3: 'other restrictions: see the record’s comments and legal basis',
};

/** TLP 2.0 labels, in words. */
export const TLP_MEANING: Record<string, string> = {
  CLEAR: 'may be shared without restriction',
  GREEN: 'may be shared within the community, not publicly',
  AMBER: 'may be shared within the recipient’s organisation and its clients on a need-to-know basis',
  'AMBER+STRICT': 'may be shared only within the recipient’s organisation',
  RED: 'for the named recipients only',
};

/** A TLP 2.0 label as a badge in its colour (coloured text on black, as TLP 2.0 prescribes). */
export function TlpBadge({ tlp }: { tlp: string }) {
  const cls = `records-tlp records-tlp-${tlp.replace('+', '-').toLowerCase()}`;
  return <span className={cls}>TLP:{tlp}</span>;
}

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
