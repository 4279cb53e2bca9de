import type { Db } from '../connection';

/** A numbered, forward-only schema change. Runs inside the runner's transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
