import { contract } from '../../shared/api/contract';
import type { ChannelName } from '../../shared/api/channel-names';
import { isChannelName } from '../../shared/api/channel-names';
import type { Envelope } from '../../shared/api/errors';
import { AppError } from './errors';
import type { Handler } from './handler-types';
import { handlers } from './handlers';
import type { Library } from './library/library';

function fail(code: AppError['code'], message: string, issues?: AppError['issues']): Envelope<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

function sqliteCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')
    ? error.code
    : null;
}

/**
 * The single entry point of the API, used by IPC and HTTP alike: validate the input against
 * the contract, run the handler, and answer with an envelope. Nothing is written unless the
 * input is valid; each mutating handler runs in one transaction.
 */
export async function dispatch(library: Library, channel: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) return fail('unknown_channel', `Onbekend kanaal: ${String(channel).slice(0, 100)}`);
  const def = contract[channel];
  const parsed = def.input.safeParse(rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    return fail('invalid_input', first ? `Ongeldige invoer bij ${first.path || 'invoer'}: ${first.message}` : 'Ongeldige invoer', issues);
  }
  try {
    const handler = handlers[channel] as Handler<ChannelName>;
    const value = await handler(library, parsed.data as never);
    if (def.mutates.length > 0) {
      // Index what this call changed, within a short budget; a large change (an import of
      // thousands) is finished in steps in the background, and a search drains the rest first.
      library.changes.drain(undefined, 50);
      library.events.emit('library.changed', { areas: [...def.mutates], origin: 'local' });
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    const code = sqliteCode(error);
    if (code === 'SQLITE_BUSY') return fail('conflict', 'De bibliotheek is bezet door een ander programma; probeer het zo opnieuw.');
    if (code?.startsWith('SQLITE_CONSTRAINT')) return fail('conflict', `De wijziging botst met bestaande gegevens (${code}).`);
    console.error(`[wijkgeheugen] ${channel} failed:`, error);
    return fail('internal', 'Er ging iets mis bij het uitvoeren; er is niets opgeslagen.');
  }
}
