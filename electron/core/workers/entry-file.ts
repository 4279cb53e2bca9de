import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where an entry of ours (the host process, a worker thread) is: the built `<name>.js` beside
 * the bundle running this code, or one folder up when this code sits in a shared chunk
 * (out/main/chunks); else its TypeScript source, which tests and a source checkout run
 * through tsx.
 */
export function entryFile(name: string, sourceFile: string): { file: string; built: boolean } {
  const here = import.meta.dirname;
  for (const dir of [here, dirname(here)]) {
    const built = join(dir, `${name}.js`);
    if (existsSync(built)) return { file: built, built: true };
  }
  return { file: sourceFile, built: false };
}
