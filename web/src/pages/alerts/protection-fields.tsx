import { useId } from 'react';
import { HANDLING, INFORMATION_ACCURACY, SOURCE_RELIABILITY, SUBJECT_CATEGORIES, TLP_MEANING } from '../../components/protection.tsx';
import type { Category } from './types.ts';

/** The data-protection fields of an alert, as typed. */
export interface ProtectionValues {
  subjectCategory: string;
  sourceReliability: string;
  informationAccuracy: string;
  handlingCode: string;
  tlp: string;
  legalBasis: string;
  reviewBy: string;
  nature: string;
}

/** The legal basis an alert of a category usually rests on (Regulation (EU) 2018/1862, SIS police cooperation). */
export const LEGAL_BASIS: Record<Category, string> = {
  arrest: 'Regulation (EU) 2018/1862 Art. 26: arrest for surrender or extradition',
  missing: 'Regulation (EU) 2018/1862 Art. 32: missing persons',
  discreet_check: 'Regulation (EU) 2018/1862 Art. 36: discreet checks',
  inquiry_check: 'Regulation (EU) 2018/1862 Art. 36: inquiry checks',
  specific_check: 'Regulation (EU) 2018/1862 Art. 36: specific checks',
  seizure: 'Regulation (EU) 2018/1862 Art. 38: objects for seizure',
  evidence: 'Regulation (EU) 2018/1862 Art. 38: objects for use as evidence',
};

/** The data-subject category an alert of a category is usually about (LED Art. 6). */
export const SUBJECT_CATEGORY: Record<Category, string> = {
  arrest: 'suspect',
  missing: 'other',
  discreet_check: 'suspect',
  inquiry_check: 'suspect',
  specific_check: 'suspect',
  seizure: 'other',
  evidence: 'other',
};

/** Defaults for a new alert: reliable source, handling H1, TLP:AMBER, a fact, reviewed when it lapses. */
export function defaultProtection(category: Category, reviewBy: string): ProtectionValues {
  return { subjectCategory: SUBJECT_CATEGORY[category], sourceReliability: 'B', informationAccuracy: '2', handlingCode: 'H1', tlp: 'AMBER', legalBasis: LEGAL_BASIS[category], reviewBy, nature: 'fact' };
}

/** The protection fields chosen from a list: their codes and, where a code alone says little, the meanings shown under the choice. */
const CHOICES: { name: keyof ProtectionValues; label: string; options: readonly string[]; meanings?: Record<string, string> }[] = [
  { name: 'subjectCategory', label: 'Data subject (LED Art. 6)', options: SUBJECT_CATEGORIES },
  { name: 'sourceReliability', label: 'Source reliability', options: Object.keys(SOURCE_RELIABILITY), meanings: SOURCE_RELIABILITY },
  { name: 'informationAccuracy', label: 'Information accuracy', options: Object.keys(INFORMATION_ACCURACY), meanings: INFORMATION_ACCURACY },
  { name: 'handlingCode', label: 'Handling code', options: Object.keys(HANDLING), meanings: HANDLING },
  { name: 'tlp', label: 'TLP label', options: Object.keys(TLP_MEANING), meanings: TLP_MEANING },
  { name: 'nature', label: 'Nature', options: ['fact', 'assessment'] },
];

/** The protection fields of an alert, each labelled, with the defaults filled in. */
export function ProtectionFields({ values, onChange }: { values: ProtectionValues; onChange: (name: keyof ProtectionValues, value: string) => void }) {
  const id = useId();
  return (
    <fieldset className="alerts-grid">
      <legend>Protection</legend>
      {CHOICES.map((c) => (
        <div key={c.name} className="alerts-choice">
          <label>
            {c.label}
            <select value={values[c.name]} onChange={(e) => onChange(c.name, e.target.value)} aria-describedby={c.meanings ? `${id}-${c.name}` : undefined}>
              {c.options.map((o) => (
                <option key={o} value={o}>{o}</option>
              ))}
            </select>
          </label>
          {c.meanings && <span id={`${id}-${c.name}`} className="alerts-hint">{c.meanings[values[c.name]] ?? ''}</span>}
        </div>
      ))}
      <label>
        Review by
        <input type="date" value={values.reviewBy} onChange={(e) => onChange('reviewBy', e.target.value)} required />
      </label>
      <label className="alerts-wide">
        Legal basis
        <input value={values.legalBasis} onChange={(e) => onChange('legalBasis', e.target.value)} required maxLength={500} />
      </label>
    </fieldset>
  );
}
