/** Something that runs parameterised SQL: a database or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * The one storage interface of Liaison. The same SQL runs on both drivers:
 * PGlite (embedded, the default) and PostgreSQL (`DATABASE_URL`).
 */
export interface Database extends Queryable {
  readonly backend: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations only). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** Type OIDs whose parsing both drivers share, so rows look the same on both. */
export const TYPE_OIDS = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/** Parses int8 to a number, dates to `YYYY-MM-DD` and timestamps to ISO 8601 UTC strings. */
export const SHARED_PARSERS: Record<number, (value: string) => unknown> = {
  [TYPE_OIDS.int8]: (v) => Number(v),
  [TYPE_OIDS.date]: (v) => v,
  [TYPE_OIDS.timestamp]: (v) => new Date(v + 'Z').toISOString(),
  [TYPE_OIDS.timestamptz]: (v) => new Date(v).toISOString(),
};
