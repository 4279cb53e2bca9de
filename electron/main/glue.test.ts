import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Electron's main-process glue, tested in Node with a stubbed `electron` module: the binary is
 * not needed to check what the glue asks of Electron. Each stub records what it was given.
 */
const recorded = vi.hoisted(() => ({
  windowOptions: [] as unknown[],
  appHandlers: new Map<string, (...args: unknown[]) => void>(),
  ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
  permissionRequest: null as null | ((...args: unknown[]) => void),
  permissionCheck: null as null | ((...args: unknown[]) => boolean),
  protocolHandler: null as null | ((request: { url: string }) => Promise<Response>),
  openedExternally: [] as string[],
  quit: 0,
  whenReady: 0,
  singleInstance: true,
  keychainBackend: 'gnome_libsecret',
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn(), isDestroyed: () => false };
    constructor(options: unknown) {
      recorded.windowOptions.push(options);
    }
    once() {}
    on() {}
    loadURL() {
      return Promise.resolve();
    }
    static getAllWindows() {
      return [];
    }
  }
  return {
    BrowserWindow,
    app: {
      on: (name: string, handler: (...args: unknown[]) => void) => recorded.appHandlers.set(name, handler),
      requestSingleInstanceLock: () => recorded.singleInstance,
      quit: () => {
        recorded.quit++;
      },
      whenReady: () => {
        recorded.whenReady++;
        return new Promise(() => undefined);
      },
    },
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (name: string, handler: (...args: unknown[]) => unknown) => recorded.ipcHandlers.set(name, handler) },
    net: { fetch: (url: string) => Promise.resolve(new Response(`served ${url}`, { status: 200 })) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (_scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        recorded.protocolHandler = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => (recorded.permissionRequest = handler),
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (recorded.permissionCheck = handler),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: (url: string) => recorded.openedExternally.push(url) },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => recorded.keychainBackend,
      encryptString: (text: string) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
      decryptString: (sealed: Buffer) => [...sealed.toString().replace(/^sealed:/, '')].reverse().join(''),
    },
  };
});

const OWN = 'app://wijkgeheugen';
const isOwnPage = (url: string) => url.startsWith(`${OWN}/`);

beforeEach(() => {
  recorded.windowOptions.length = 0;
  recorded.appHandlers.clear();
  recorded.ipcHandlers.clear();
  recorded.openedExternally.length = 0;
  recorded.quit = 0;
  recorded.whenReady = 0;
  recorded.singleInstance = true;
});

describe('the window', () => {
  it('is sandboxed and isolated, without Node, and without the spellchecker that may fetch dictionaries', async () => {
    const { createMainWindow } = await import('./window');
    createMainWindow(`${OWN}/index.html`);
    const { webPreferences } = recorded.windowOptions[0] as { webPreferences: Record<string, unknown> };
    expect(webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});

describe('sessions', () => {
  it('refuse every permission, navigation away, webviews and new windows; only safe links open outside', async () => {
    const { hardenSessions } = await import('./security');
    hardenSessions(isOwnPage);
    const granted = vi.fn();
    recorded.permissionRequest?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(recorded.permissionCheck?.({}, 'geolocation')).toBe(false);

    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => (openHandler = handler),
    };
    recorded.appHandlers.get('web-contents-created')?.({}, contents);
    const event = () => ({ preventDefault: vi.fn() });
    const away = event();
    listeners.get('will-navigate')?.(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = event();
    listeners.get('will-navigate')?.(home, `${OWN}/index.html`);
    expect(home.preventDefault).not.toHaveBeenCalled();
    const redirect = event();
    listeners.get('will-redirect')?.(redirect, 'file:///etc/passwd');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = event();
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(openHandler).not.toBeNull();
    const open = openHandler as unknown as (details: { url: string }) => { action: string };
    expect(open({ url: 'https://www.platform31.nl/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(recorded.openedExternally).toEqual(['https://www.platform31.nl/']);
  });
});

describe('IPC', () => {
  it('answers only the own top frame; anything else is refused before it reaches core', async () => {
    const { registerIpc } = await import('./ipc');
    const call = vi.fn(() => Promise.resolve({ ok: true as const, value: 1 }));
    registerIpc({ call, on: () => () => undefined, exportedFile: () => Promise.resolve(null) }, isOwnPage);
    const handler = recorded.ipcHandlers.get('wg:library.stats');
    expect(handler).toBeDefined();
    const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
    expect(await handler?.(from(`${OWN}/index.html`), {})).toEqual({ ok: true, value: 1 });
    expect(await handler?.(from('https://evil.example/'), {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handler?.(from(`${OWN}/index.html`, {}), {})).toMatchObject({ ok: false });
    expect(await handler?.({ senderFrame: null }, {})).toMatchObject({ ok: false });
    expect(call).toHaveBeenCalledTimes(1);
  });
});

describe('the app:// protocol', () => {
  it('serves files inside the renderer folder, index.html for the rest, 404 for other hosts and 400 for malformed addresses', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wg-renderer-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'app.js'), '');
    const { rendererFileFor, serveRendererOverAppScheme } = await import('./protocol');
    expect(rendererFileFor(root, `${OWN}/assets/app.js`)).toBe(join(root, 'assets', 'app.js'));
    expect(rendererFileFor(root, `${OWN}/../../etc/passwd`)).toBe(join(root, 'index.html'));
    expect(rendererFileFor(root, `${OWN}/%2e%2e/%2e%2e/etc/passwd`)).toBe(join(root, 'index.html'));
    expect(rendererFileFor(root, `${OWN}/%E0%A4%A`)).toBe(400);
    expect(rendererFileFor(root, 'app://elders/index.html')).toBe(404);

    const exported = join(root, 'export.md');
    writeFileSync(exported, '# Selectie');
    const downloads = (id: string) => Promise.resolve(id === 'a'.repeat(32) ? { path: exported, fileName: 'Wat werkt – selectie.md' } : null);
    serveRendererOverAppScheme(root, downloads);
    const download = await recorded.protocolHandler?.({ url: `${OWN}/download/${'a'.repeat(32)}` });
    expect(download?.status).toBe(200);
    expect(download?.headers.get('Content-Disposition')).toContain("filename*=UTF-8''Wat%20werkt%20%E2%80%93%20selectie.md");
    expect((await recorded.protocolHandler?.({ url: `${OWN}/download/${'b'.repeat(32)}` }))?.status).toBe(404);
    const malformed = await recorded.protocolHandler?.({ url: `${OWN}/%E0%A4%A` });
    expect(malformed?.status).toBe(400);
    const page = await recorded.protocolHandler?.({ url: `${OWN}/index.html` });
    expect(page?.status).toBe(200);
    expect(page?.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(page?.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});

describe('a second instance', () => {
  it('quits at once and starts nothing', async () => {
    vi.resetModules();
    recorded.singleInstance = false;
    await import('./index');
    expect(recorded.quit).toBe(1);
    expect(recorded.whenReady).toBe(0);
    expect(recorded.appHandlers.has('second-instance')).toBe(false);
  });

  it('the first instance waits for Electron and brings its window forward when another starts', async () => {
    vi.resetModules();
    recorded.singleInstance = true;
    await import('./index');
    expect(recorded.quit).toBe(0);
    expect(recorded.whenReady).toBe(1);
    expect(recorded.appHandlers.has('second-instance')).toBe(true);
    expect(recorded.appHandlers.has('window-all-closed')).toBe(true);
  });
});

describe('the keychain', () => {
  it('seals the team password with safeStorage and opens it again, and keeps nothing where only a fixed key would protect it', async () => {
    const { keychainSealer } = await import('./keychain');
    const sealed = keychainSealer.seal('anna-geheim');
    expect(sealed).not.toBeNull();
    expect(Buffer.from(sealed ?? '', 'base64').toString()).not.toContain('anna-geheim');
    expect(keychainSealer.open(sealed ?? '')).toBe('anna-geheim');
    recorded.keychainBackend = 'basic_text';
    expect(keychainSealer.seal('anna-geheim')).toBeNull();
    recorded.keychainBackend = 'gnome_libsecret';
  });
});
