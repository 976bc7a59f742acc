/** A row as the database returns it. */
export type Row = Record<string, unknown>;

/** The one thing the store needs of a database: parameterised SQL, and transactions. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters; resolves with its rows. */
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/**
 * A connection to PostgreSQL: PGlite in a data directory, or a real server through the
 * `postgres` client. The store is written once, against this.
 */
export interface Db extends Queryable {
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` or `postgres`, for logs and the dashboard. */
  readonly kind: 'pglite' | 'postgres';
}
