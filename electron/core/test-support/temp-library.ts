import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName } from '../../../shared/api/channel-names';
import type { Input, Output } from '../../../shared/api/contract';
import { dispatch } from '../dispatch';
import { type Library, openLibrary } from '../library/library';

export function tempDir(prefix = 'wg-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestLibrary {
  library: Library;
  dir: string;
  /** Calls a channel and returns its value, failing the test with the error message otherwise. */
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>>;
  cleanup(): void;
}

/** A real library in a temporary folder: real SQLite file, real migrations, no mocks. */
export async function openTestLibrary(): Promise<TestLibrary> {
  const dir = tempDir();
  const library = await openLibrary(dir);
  return {
    library,
    dir,
    async call(channel, input) {
      const result = await dispatch(library, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    cleanup() {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
