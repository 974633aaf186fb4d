/**
 * The data-protection fields' codes and their meanings in words, shared by
 * every page that shows or sets them (records, alerts, released data).
 */

/** Data-subject categories (LED Art. 6). */
export const SUBJECT_CATEGORIES = ['suspect', 'convicted', 'victim', 'witness', 'contact', 'other'] as const;

/** Source reliability of the 4x4 evaluation code (Europol Regulation Art. 29(1)). */
export const SOURCE_RELIABILITY: Record<string, string> = {
  A: 'no doubt about the authenticity, trustworthiness and competence of the source, or a source reliable in all instances',
  B: 'a source that has in most instances proved reliable',
  C: 'a source that has in most instances proved unreliable',
  X: 'the reliability of the source cannot be assessed',
};

/** Information accuracy of the 4x4 evaluation code (Europol Regulation Art. 29(2)). */
export const INFORMATION_ACCURACY: Record<string, string> = {
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

/** A TLP 2.0 label as a badge in its colour (coloured text on black, as TLP 2.0 prescribes); `—` when there is none. */
export function TlpBadge({ tlp }: { tlp: unknown }) {
  if (typeof tlp !== 'string' || !tlp) return <span className="badge">TLP: —</span>;
  const cls = `records-tlp records-tlp-${tlp.replace('+', '-').toLowerCase()}`;
  return <span className={cls}>TLP:{tlp}</span>;
}
