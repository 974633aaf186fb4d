import { useId, useState } from 'react';
import { navigate } from '../../routing.ts';
import { UUID } from './model.ts';

/**
 * A box to open a record by its id, on the record page or in the link graph
 * (`page`). Checks the id's form before going there.
 */
export function OpenRecordForm({ page, action }: { page: 'records' | 'graph'; action: string }) {
  const [id, setId] = useState('');
  const [problem, setProblem] = useState('');
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const value = id.trim();
    if (!UUID.test(value)) {
      setProblem('A record id has 36 characters: 8-4-4-4-12 hexadecimal digits, e.g. 074bda3d-49a4-4403-8cf5-0d0d7489c9fe.');
      return;
    }
    setProblem('');
    navigate(page, value.toLowerCase());
  };
  return (
    <form className="records-open" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>Record id</label>
      <div className="records-open-row">
        <input
          id={inputId}
          value={id}
          onChange={(e) => setId(e.target.value)}
          aria-describedby={problem ? hintId : undefined}
          aria-invalid={problem ? true : undefined}
          placeholder="e.g. 074bda3d-49a4-4403-8cf5-0d0d7489c9fe"
          size={40}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit">{action}</button>
      </div>
      {problem && <p id={hintId} className="error" role="alert">{problem}</p>}
    </form>
  );
}
