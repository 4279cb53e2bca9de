import type { SyncReport, TeamStatus } from '../../../shared/api/team';
import { ENTITY_AREAS } from '../../../shared/api/channel-names';
import { AppError, messageOf } from '../errors';
import type { Library } from '../library/library';
import { checkServerSchema, connect, teamId, withoutPassword, closeConnection } from './connect';
import { pendingCount, queueEverything, setTeamState, teamState } from './local-state';
import { syncLibrary } from './sync';

/** How often the library syncs by itself while a password is known. */
export const AUTO_SYNC_MS = 60_000;

/** Seals or opens a secret through the window's process; resolves null where nothing can be kept. */
export type TeamSealer = (op: 'seal' | 'open', value: string) => Promise<string | null>;
let sealer: TeamSealer | null = null;
export function setTeamSealer(next: TeamSealer | null): void {
  sealer = next;
}

interface Session {
  password: string | null;
  state: TeamStatus['state'];
  lastError: TeamStatus['lastError'];
  running: Promise<SyncReport> | null;
  progress: TeamStatus['progress'];
  timer: ReturnType<typeof setInterval> | null;
}

/**
 * A library's team connection for as long as the process runs. The password lives only here, in
 * memory (the CLI takes it from PGPASSWORD or a prompt); the library file holds the server
 * address without it and the team's name.
 */
const sessions = new WeakMap<Library, Session>();
const sessionOf = (library: Library): Session => {
  let session = sessions.get(library);
  if (!session) {
    session = { password: null, state: 'off', lastError: null, running: null, timer: null, progress: null };
    sessions.set(library, session);
  }
  return session;
};

export function teamStatus(library: Library): TeamStatus {
  const session = sessionOf(library);
  const state = teamState(library.db);
  const conflicts = library.db.prepare('SELECT COUNT(*) FROM sync_conflicts').pluck().get() as number;
  return {
    server: state.server,
    team: state.team,
    connected: session.password !== null,
    state: state.server ? session.state : 'off',
    lastError: session.lastError,
    lastSyncedAt: state.lastSyncedAt,
    pending: state.server ? pendingCount(library.db) : 0,
    conflicts,
    progress: session.running ? session.progress : null,
    remembered: library.db.prepare("SELECT 1 FROM sync_state WHERE key = 'password_sealed'").get() !== undefined,
  };
}

/** After a start: a remembered (sealed) password is opened and syncing goes on by itself. */
export async function resumeTeam(library: Library): Promise<void> {
  const session = sessionOf(library);
  const sealed = library.db.prepare("SELECT value FROM sync_state WHERE key = 'password_sealed'").pluck().get() as string | undefined;
  if (session.password !== null || !sealed || !sealer || !teamState(library.db).server) return;
  const password = await sealer('open', sealed);
  if (password === null) return;
  session.password = password;
  session.state = 'idle';
  // Its outcome is kept in the session and shown in the status (state and reason).
  await syncNow(library).catch(() => undefined);
  startAutoSync(library);
}

/** Tests the server (reachable, password, schema, membership) before anything is remembered. */
export async function connectTeam(library: Library, server: string, team: string, password: string): Promise<TeamStatus> {
  const client = await connect({ url: server, password });
  try {
    await checkServerSchema(client);
    await teamId(client, team);
  } finally {
    await closeConnection(client);
  }
  const before = teamState(library.db);
  library.db.transaction(() => {
    const joining = before.server !== withoutPassword(server) || before.team !== team;
    setTeamState(library.db, { server: withoutPassword(server), team, ...(joining ? { last_seq: '0' } : {}) });
    // A library that joins brings everything it has.
    if (joining) queueEverything(library.db);
  })();
  const session = sessionOf(library);
  session.password = password;
  session.state = 'idle';
  session.lastError = null;
  // Kept only sealed by the operating system's keychain (the app); elsewhere for this session only.
  const sealed = sealer ? await sealer('seal', password) : null;
  if (sealed) setTeamState(library.db, { password_sealed: sealed });
  // The first sync's outcome is part of the status returned below (state and reason).
  await syncNow(library).catch(() => undefined);
  startAutoSync(library);
  return teamStatus(library);
}

/**
 * A sync nobody waits for (after connecting, after a restart, every minute): its outcome is
 * recorded by syncNow in the session (state "unreachable" or "error", with the reason), which
 * the status shows; the rejection itself has no one to go to.
 */
function syncInBackground(library: Library): void {
  // Recorded in the session by syncNow (see above); the status shows it.
  syncNow(library).catch(() => undefined);
}

/** One sync at a time; a second request while one runs gets the same result. */
export function syncNow(library: Library): Promise<SyncReport> {
  const session = sessionOf(library);
  const state = teamState(library.db);
  if (!state.server || !state.team) return Promise.reject(new AppError('team_not_ready', 'teamNotConnected'));
  if (session.password === null) return Promise.reject(new AppError('team_auth', 'teamPasswordNeeded'));
  if (session.running) return session.running;
  session.state = 'syncing';
  session.progress = null;
  const run = syncLibrary(library, { url: state.server, password: session.password }, state.team, undefined, (progress) => {
    session.progress = progress;
  })
    .then((report) => {
      session.state = 'idle';
      session.lastError = null;
      if (report.pulled || report.merged || report.conflicts) library.events.emit('library.changed', { areas: [...ENTITY_AREAS], origin: 'external' });
      return report;
    })
    .catch((error: unknown) => {
      const appError = error instanceof AppError ? error : new AppError('internal', 'internal', {}, { detail: messageOf(error) });
      session.state = appError.code === 'team_unreachable' ? 'unreachable' : 'error';
      session.lastError = { code: appError.code, message: appError.message, reason: appError.reason };
      throw appError;
    })
    .finally(() => {
      session.running = null;
    });
  session.running = run;
  return run;
}

function startAutoSync(library: Library): void {
  const session = sessionOf(library);
  if (session.timer) return;
  session.timer = setInterval(() => {
    if (!library.db.open) return stopAutoSync(library);
    // A failed background sync is shown in the status (unreachable, error); the next one tries again.
    syncInBackground(library);
  }, AUTO_SYNC_MS);
  session.timer.unref?.();
}

function stopAutoSync(library: Library): void {
  const session = sessionOf(library);
  if (session.timer) clearInterval(session.timer);
  session.timer = null;
}

/** Forgets the password for this session and stops syncing; the library stays a team member. */
export function disconnectTeam(library: Library): void {
  stopAutoSync(library);
  const session = sessionOf(library);
  session.password = null;
  session.state = 'idle';
  library.db.prepare("DELETE FROM sync_state WHERE key = 'password_sealed'").run();
}
