import type { SubjectType } from './types.ts';

/** The subject's fields as typed, by field name. */
export type SubjectValues = Record<string, string>;

interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  options?: readonly string[];
  type?: string;
  required?: boolean;
}

const FIELDS: Record<SubjectType, FieldSpec[]> = {
  person: [
    { name: 'givenNames', label: 'Given names', hint: 'separated by spaces' },
    { name: 'familyName', label: 'Family name', required: true },
    { name: 'dateOfBirth', label: 'Date of birth', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    { name: 'nationality', label: 'Nationality', hint: 'country code, e.g. DE' },
    { name: 'gender', label: 'Gender', options: ['unknown', 'female', 'male', 'other'] },
  ],
  vehicle: [
    { name: 'plate', label: 'Plate', hint: 'a plate or a VIN' },
    { name: 'registrationCountry', label: 'Registration country', hint: 'e.g. FR' },
    { name: 'vin', label: 'VIN', hint: '17 characters' },
    { name: 'make', label: 'Make' },
    { name: 'model', label: 'Model' },
    { name: 'colour', label: 'Colour' },
  ],
  document: [
    { name: 'documentType', label: 'Document type', options: ['passport', 'id_card', 'residence_permit', 'driving_licence', 'visa', 'other'] },
    { name: 'number', label: 'Document number', required: true },
    { name: 'issuingState', label: 'Issuing state', hint: 'country code, e.g. IT', required: true },
    { name: 'validUntil', label: 'Valid until', type: 'date' },
  ],
};

/** The alert's subject as the node's schema requires it (person names, vehicle, identity document), empty fields left out. */
export function subjectOf(type: SubjectType, v: SubjectValues): { type: SubjectType; data: Record<string, unknown> } {
  const given = (s: string | undefined) => (s ?? '').trim();
  const pick = (names: string[]) => Object.fromEntries(names.filter((n) => given(v[n])).map((n) => [n, given(v[n])]));
  if (type === 'person') {
    const name = { kind: 'primary', givenNames: given(v.givenNames).split(/\s+/).filter(Boolean), ...pick(['familyName']) };
    return {
      type,
      data: { names: [name], ...pick(['dateOfBirth']), nationalities: given(v.nationality) ? [given(v.nationality).toUpperCase()] : [], gender: v.gender || 'unknown' },
    };
  }
  if (type === 'vehicle') {
    const data = pick(['plate', 'registrationCountry', 'vin', 'make', 'model', 'colour']);
    if (data.vin) data.vin = data.vin.toUpperCase();
    if (data.registrationCountry) data.registrationCountry = data.registrationCountry.toUpperCase();
    return { type, data };
  }
  const data = pick(['number', 'issuingState', 'validUntil']);
  if (data.issuingState) data.issuingState = data.issuingState.toUpperCase();
  return { type, data: { documentType: v.documentType || 'passport', ...data } };
}

/** The inputs for the subject of an alert of the chosen type, each labelled. */
export function SubjectFields({ type, values, onChange }: { type: SubjectType; values: SubjectValues; onChange: (name: string, value: string) => void }) {
  return (
    <fieldset className="alerts-grid">
      <legend>The {type}</legend>
      {FIELDS[type].map((f) => (
        <label key={f.name}>
          {f.label}
          {f.hint && <span className="alerts-hint"> ({f.hint})</span>}
          {f.options ? (
            <select value={values[f.name] ?? f.options[0]} onChange={(e) => onChange(f.name, e.target.value)}>
              {f.options.map((o) => (
                <option key={o} value={o}>{o.replace(/_/g, ' ')}</option>
              ))}
            </select>
          ) : (
            <input type={f.type ?? 'text'} value={values[f.name] ?? ''} onChange={(e) => onChange(f.name, e.target.value)} required={f.required} />
          )}
        </label>
      ))}
    </fieldset>
  );
}
