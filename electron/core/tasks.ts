import { AppError } from './errors';
import type { LibraryEvents } from './events';

/**
 * Long-running work that reports progress and can be stopped. A cancel request arrives as its
 * own API call while the task awaits between steps; the task checks at every step and, when
 * stopped, throws before anything is stored.
 */
export class Tasks {
  private readonly cancelled = new Set<string>();
  private readonly controllers = new Map<string, AbortController>();

  cancel(taskId: string): void {
    this.cancelled.add(taskId);
    this.controllers.get(taskId)?.abort();
    // A cancel for a task that never starts must not linger for ever.
    setTimeout(() => this.cancelled.delete(taskId), 10 * 60 * 1000).unref();
  }

  /** Aborted the moment the task is cancelled: stops work that cannot wait for its next step (a worker). */
  signal(taskId: string | undefined): AbortSignal | undefined {
    if (!taskId) return undefined;
    const controller = this.controllers.get(taskId) ?? new AbortController();
    this.controllers.set(taskId, controller);
    if (this.cancelled.has(taskId)) controller.abort();
    setTimeout(() => this.controllers.delete(taskId), 10 * 60 * 1000).unref();
    return controller.signal;
  }

  /** The step function a task calls: reports progress, yields to other requests, stops if asked. */
  stepper(taskId: string | undefined, events: LibraryEvents): (done: number, total: number) => Promise<void> {
    return async (done, total) => {
      if (!taskId) return;
      events.emit('task.progress', { taskId, done, total });
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.cancelled.has(taskId)) {
        this.cancelled.delete(taskId);
        throw new AppError('cancelled', 'cancelled');
      }
    };
  }
}
