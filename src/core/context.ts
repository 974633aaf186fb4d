import type { Database } from '../store/database.ts';
import type { Calendar } from './calendar.ts';
import type { Clock } from './clock.ts';

/** What every feature service needs: the node's database, its clock and its id (and its calendar for legal time limits). */
export interface NodeContext {
  db: Database;
  clock: Clock;
  nodeId: string;
  /** How legal periods are counted here (node.json `calendar`); calendar days when absent. */
  calendar?: Calendar;
}

/** Who is acting: a signed-in officer, or the node itself (`system`, `cli:<user>`). */
export interface Actor {
  /** The officer's id, or `system` / `cli:<user>`. Goes into the audit log. */
  id: string;
  username: string;
  roles: readonly string[];
}
