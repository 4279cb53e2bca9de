/**
 * Which compiled better-sqlite3 addon to load. Node (tests, CLI, browser mode) uses the one
 * npm built in node_modules; the Electron main process points this at the Electron-ABI build
 * that scripts/prepare-electron-native.mjs made, so neither runtime has to rebuild the other's.
 */
let nativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function currentNativeBinding(): string | undefined {
  return nativeBinding;
}
