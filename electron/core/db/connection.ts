import Database from 'better-sqlite3';
import { currentNativeBinding } from './native-binding';

export type Db = Database.Database;

/**
 * Opens a connection with the pragmas every connection needs (DESIGN.md, Storage).
 * Foreign keys and trusted_schema are per connection, so they are set here, always.
 */
export function openConnection(file: string): Db {
  const nativeBinding = currentNativeBinding();
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  db.pragma('journal_mode = WAL');
  // FULL: WAL with NORMAL may lose the last commits on power loss; a researcher's notes may not.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
  return withImmediateTransactions(db);
}

/**
 * Every transaction of ours writes, so each begins IMMEDIATE: it takes the write lock at BEGIN
 * (waiting up to busy_timeout for another program to finish) instead of reading first and then
 * failing with SQLITE_BUSY_SNAPSHOT when another program wrote in between (the app and the CLI,
 * two servers on one library). Nested transactions stay savepoints.
 */
function withImmediateTransactions(db: Db): Db {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: Parameters<Db['transaction']>[0]) => {
    const variants = transaction(fn);
    const run = (...args: unknown[]) => variants.immediate(...(args as never[]));
    return Object.assign(run, { default: variants.immediate, deferred: variants.deferred, immediate: variants.immediate, exclusive: variants.exclusive });
  }) as Db['transaction'];
  return db;
}

/** A read-only look that writes nothing, not even the WAL switch: used before deciding to migrate. */
export function readUserVersion(file: string): number {
  const nativeBinding = currentNativeBinding();
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}
