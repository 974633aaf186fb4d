import { href } from '../../routing.ts';
import { shortId, type RecordLink } from './model.ts';
import { words } from '../../components/format.ts';

/**
 * A record's links as a table: the link type, its direction seen from this
 * record, and the other record (opening it is a new consultation).
 */
export function RecordLinks({ recordId, links }: { recordId: string; links: RecordLink[] }) {
  if (links.length === 0) return <p>This record is not linked to any other record.</p>;
  return (
    <table>
      <caption className="records-caption">{links.length === 1 ? 'One linked record' : `${links.length} linked records`}</caption>
      <thead>
        <tr>
          <th scope="col">Link</th>
          <th scope="col">Direction</th>
          <th scope="col">Other record</th>
          <th scope="col">Note</th>
          <th scope="col">Linked on</th>
        </tr>
      </thead>
      <tbody>
        {links.map((link) => {
          const outgoing = link.fromId === recordId;
          const other = outgoing ? link.toId : link.fromId;
          return (
            <tr key={link.id}>
              <td>{words(link.type)}</td>
              <td>{outgoing ? 'outgoing: this record → the other' : 'incoming: the other → this record'}</td>
              <td>
                <a href={href('records', other)}>
                  Open record <span className="records-mono">{shortId(other)}</span>
                </a>
              </td>
              <td>{link.note ?? <span className="records-muted">—</span>}</td>
              <td>{link.createdAt.slice(0, 10)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
