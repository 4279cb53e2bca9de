import { safeStorage } from 'electron';
import type { Sealer } from '../core/host/protocol';

/**
 * The team server's password sealed with the operating system's keychain (Keychain on macOS,
 * DPAPI on Windows, libsecret/kwallet on Linux) through Electron's safeStorage. Where no keychain
 * is available (a Linux session without one, where safeStorage would fall back to a fixed key),
 * nothing is sealed and the password is asked for in each session.
 */
export const keychainSealer: Sealer = {
  seal(text) {
    if (!safeStorage.isEncryptionAvailable() || safeStorage.getSelectedStorageBackend?.() === 'basic_text') return null;
    return safeStorage.encryptString(text).toString('base64');
  },
  open(sealed) {
    if (!safeStorage.isEncryptionAvailable()) return null;
    return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
  },
};
