import { afterEach, beforeEach } from 'vitest';
import { openTestLibrary, type TestLibrary } from './temp-library';

/**
 * Two fresh libraries for every test of the file (a colleague's and one's own, for bundles and
 * exchange), handed over before each test and removed after it.
 */
export function twoLibrariesPerTest(take: (a: TestLibrary, b: TestLibrary) => void): void {
  const open: TestLibrary[] = [];
  beforeEach(async () => {
    const a = await openTestLibrary();
    const b = await openTestLibrary();
    open.push(a, b);
    take(a, b);
  });
  afterEach(() => {
    for (const library of open.splice(0)) library.cleanup();
  });
}
