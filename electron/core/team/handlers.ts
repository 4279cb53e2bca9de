import type { HandlerGroup } from '../handler-types';
import { listConflicts, resolveConflict } from './conflicts';
import { connectTeam, disconnectTeam, syncNow, teamStatus } from './session';

export const teamHandlers: HandlerGroup<'team.status' | 'team.connect' | 'team.sync' | 'team.disconnect' | 'team.conflicts' | 'team.resolve'> = {
  'team.status': (library) => teamStatus(library),
  'team.connect': (library, { server, team, password }) => connectTeam(library, server, team, password),
  'team.sync': (library) => syncNow(library),
  'team.disconnect': (library) => {
    disconnectTeam(library);
    return { ok: true as const };
  },
  'team.conflicts': ({ db }) => listConflicts(db),
  'team.resolve': ({ db }, { kind, id, keep }) => {
    resolveConflict(db, kind, id, keep);
    return { ok: true as const };
  },
};
