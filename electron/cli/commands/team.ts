import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { teamServerSchema } from '../../../shared/api/team';
import { initTeamServer } from '../../core/team/admin';
import { listConflicts } from '../../core/team/conflicts';
import { checkServerSchema, connect, teamId, withoutPassword, closeConnection } from '../../core/team/connect';
import { pendingCount, queueEverything, setTeamState, teamState } from '../../core/team/local-state';
import { syncLibrary } from '../../core/team/sync';
import { type CommandContext, CliError } from '../io';

const USAGE = 'Gebruik: team init|join|sync|status --server postgres://ROL@SERVER:POORT/DATABASE [--team NAAM] [--members rol1,rol2] [--json]';

/** The password from PGPASSWORD, else asked for on the terminal without echo; never from the command line. */
async function password(role: string): Promise<string> {
  if (process.env.PGPASSWORD) return process.env.PGPASSWORD;
  if (!process.stdin.isTTY) throw new CliError(`Geen wachtwoord: zet PGPASSWORD of start de opdracht in een terminal (rol ${role}).`);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  process.stderr.write(`Wachtwoord voor ${role}: `);
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

/** `team init|join|sync|status`: a team library on PostgreSQL, from the command line. */
export async function teamCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const [action, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { server: { type: 'string' }, team: { type: 'string' }, members: { type: 'string' } } });
  const state = teamState(library.db);
  const server = values.server ?? state.server ?? undefined;
  const team = values.team ?? state.team ?? undefined;
  if (server !== undefined && !teamServerSchema.safeParse(server).success) throw new CliError(`Ongeldig serveradres ${server}: postgres://ROL@SERVER:POORT/DATABASE, zonder wachtwoord. ${USAGE}`, 2);
  const role = server ? decodeURIComponent(new URL(server).username) : '';

  if (action === 'status') {
    const status = { server: state.server, team: state.team, lastSyncedAt: state.lastSyncedAt, pending: state.server ? pendingCount(library.db) : 0, conflicts: listConflicts(library.db).map((c) => ({ kind: c.kind, id: c.id, title: c.title, fields: c.fields, by: c.remoteBy })) };
    if (json) return io.out(JSON.stringify(status));
    if (!state.server) return io.out('Deze bibliotheek is niet met een team verbonden.');
    io.out(`Team ${state.team} op ${state.server}`);
    io.out(`Laatst gesynchroniseerd: ${state.lastSyncedAt ?? 'nog nooit'}; wachtende wijzigingen: ${status.pending}; conflicten: ${status.conflicts.length}`);
    for (const c of status.conflicts) io.out(`  conflict: ${c.kind} "${c.title}" (${c.fields.join(', ')}; ook gewijzigd door ${c.by})`);
    return;
  }
  if (!server || !team) throw new CliError(USAGE, 2);

  if (action === 'init') {
    const client = await connect({ url: server, password: await password(role) });
    try {
      const members = (values.members ?? '').split(',').map((m) => m.trim()).filter(Boolean);
      const result = await initTeamServer(client, team, members);
      if (json) return io.out(JSON.stringify({ team, ...result, members }));
      io.out(`Teambibliotheek klaar (schema ${result.schemaVersion}); team ${team}${members.length ? ` met ${members.join(', ')}` : ''}.`);
    } finally {
      await closeConnection(client);
    }
    return;
  }
  if (action === 'join' || action === 'sync') {
    const login = { url: server, password: await password(role) };
    if (action === 'join') {
      const client = await connect(login);
      try {
        await checkServerSchema(client);
        await teamId(client, team);
      } finally {
        await closeConnection(client);
      }
      library.db.transaction(() => {
        setTeamState(library.db, { server: withoutPassword(server), team, last_seq: '0' });
        queueEverything(library.db);
      })();
    }
    const report = await syncLibrary(library, login, team);
    if (json) return io.out(JSON.stringify(report));
    io.out(`Gesynchroniseerd met ${team}: ${report.pushed} verstuurd, ${report.pulled} ontvangen, ${report.merged} samengevoegd, ${report.conflicts} nieuwe conflicten; nog ${report.pending} wachtend.`);
    return;
  }
  throw new CliError(USAGE, 2);
}
