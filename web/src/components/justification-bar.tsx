import { useState } from 'react';
import { storeJustification, storedJustification } from '../api.ts';

const PURPOSES = ['investigation', 'prevention', 'detection', 'prosecution', 'execution_of_penalties', 'public_security'];

/**
 * The purpose and justification the officer works under (Directive (EU)
 * 2016/680 Art. 1(1)); every consultation of personal data carries them and
 * the node audits them.
 */
export function JustificationBar() {
  const stored = storedJustification();
  const [purpose, setPurpose] = useState(stored?.purpose ?? 'investigation');
  const [justification, setJustification] = useState(stored?.justification ?? '');
  const [saved, setSaved] = useState(!!stored);
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    storeJustification(justification.trim().length >= 5 ? { purpose, justification: justification.trim() } : null);
    setSaved(justification.trim().length >= 5);
  };
  return (
    <form className="why" onSubmit={save} aria-label="Purpose and justification of consultations">
      <label>
        Purpose{' '}
        <select value={purpose} onChange={(e) => { setPurpose(e.target.value); setSaved(false); }}>
          {PURPOSES.map((p) => (
            <option key={p} value={p}>{p.replace(/_/g, ' ')}</option>
          ))}
        </select>
      </label>
      <label>
        Justification{' '}
        <input value={justification} onChange={(e) => { setJustification(e.target.value); setSaved(false); }} placeholder="e.g. case DE-2026-1142" minLength={5} maxLength={500} />
      </label>
      <button type="submit">{saved ? 'Set ✓' : 'Set'}</button>
    </form>
  );
}
