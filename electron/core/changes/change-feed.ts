import type { ItemKind } from '../../../shared/api/items';
import type { Db } from '../db/connection';

export interface ItemChange {
  kind: ItemKind;
  id: string;
}

/** Items handled per transaction; a larger backlog (a big import, an upgrade) is worked off in steps. */
const BATCH = 1000;
/** Items given to the indexes at a time, between looks at the clock. */
const CHUNK = 4;
/** How long one step of background catch-up may hold the host before yielding to waiting calls. */
const STEP_MS = 25;

/**
 * Which items changed, recorded by SQLite itself: triggers in the library file (migration 3)
 * put the item behind every insert, update or delete, including child rows (an alias changes
 * its lesson, evidence changes its quote), into `change_queue`, in the same transaction as the
 * write. Derived indexes drain the queue and update just those items, in one transaction with
 * the removal from the queue: after a crash, or a write by another program, the queue still
 * says what is left to do.
 */
export class ChangeFeed {
  private readonly subscribers: ((changes: ItemChange[]) => void)[] = [];
  private catchingUp: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  subscribe(listener: (changes: ItemChange[]) => void): void {
    this.subscribers.push(listener);
  }

  /** How many changed items wait for the indexes. */
  pending(): number {
    return (this.db.prepare('SELECT count(*) FROM change_queue').pluck().get() as number) ?? 0;
  }

  /**
   * Hands up to `max` queued changes to every subscriber and removes them from the queue, in
   * batches of one transaction each; a larger backlog is worked off in the background. Returns
   * the changes handled now.
   */
  drain(max = 2 * BATCH, budgetMs = Number.POSITIVE_INFINITY): ItemChange[] {
    const handled: ItemChange[] = [];
    const started = performance.now();
    while (handled.length < max) {
      const batch = this.drainBatch(Math.min(BATCH, max - handled.length), started + budgetMs);
      handled.push(...batch);
      if (batch.length === 0) return handled;
      if (performance.now() > started + budgetMs) break;
    }
    void this.catchUp();
    return handled;
  }

  /** One transaction: queued items in small chunks until `deadline` (a time from performance.now()). */
  private drainBatch(limit: number, deadline = Number.POSITIVE_INFINITY): ItemChange[] {
    const step = this.db.transaction(() => {
      const queued = this.db.prepare('SELECT kind, id FROM change_queue LIMIT ?').all(limit) as ItemChange[];
      const remove = this.db.prepare('DELETE FROM change_queue WHERE kind = ? AND id = ?');
      const handled: ItemChange[] = [];
      for (let at = 0; at < queued.length; at += CHUNK) {
        const chunk = queued.slice(at, at + CHUNK);
        for (const listener of this.subscribers) listener(chunk);
        for (const { kind, id } of chunk) remove.run(kind, id);
        handled.push(...chunk);
        if (performance.now() > deadline) break;
      }
      return handled;
    });
    // IMMEDIATE: take the write lock before reading, so a second program cannot make this
    // read transaction fail when it turns into a write (SQLITE_BUSY_SNAPSHOT).
    return step.immediate();
  }

  /**
   * Works off the whole queue one batch at a time, yielding to the event loop between batches
   * so that API calls are answered meanwhile. One run at a time; later callers share it. Never
   * rejects: a failed batch stays queued for the next drain, and the failure is logged.
   */
  catchUp(): Promise<void> {
    this.catchingUp ??= (async () => {
      try {
        await new Promise((resolve) => setImmediate(resolve));
        while (this.db.open && this.drainBatch(BATCH, performance.now() + STEP_MS).length > 0) await new Promise((resolve) => setImmediate(resolve));
      } catch (error) {
        console.error('[wijkgeheugen] updating the search index failed; it is retried at the next change:', error);
      } finally {
        this.catchingUp = null;
      }
    })();
    return this.catchingUp;
  }

}
