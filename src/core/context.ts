import type { Database } from '../store/database.ts';
import type { Clock } from './clock.ts';

/** What every feature service needs: the node's database, its clock and its id. */
export interface NodeContext {
  db: Database;
  clock: Clock;
  nodeId: string;
}

/** Who is acting: a signed-in officer, or the node itself (`system`, `cli:<user>`). */
export interface Actor {
  /** The officer's id, or `system` / `cli:<user>`. Goes into the audit log. */
  id: string;
  username: string;
  roles: readonly string[];
}
