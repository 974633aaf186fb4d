import { explain } from '../api.ts';

/** An error in words an officer understands, with the node's details and each field to correct. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const { title, detail, issues } = explain(error);
  return (
    <div className="error" role="alert">
      <strong>{title}</strong>
      {detail && detail !== title && <p>{detail}</p>}
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>
              <code>{issue.path || '(input)'}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
