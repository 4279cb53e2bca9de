import { contract } from '../../shared/api/contract';
import type { ChannelName } from '../../shared/api/channel-names';
import { isChannelName } from '../../shared/api/channel-names';
import type { Envelope } from '../../shared/api/errors';
import { complaintOf, VALIDATION_NL } from '../../shared/api/validation-messages';
import { fillTemplate } from '../../shared/api/error-reasons';
import { AppError } from './errors';
import type { Handler } from './handler-types';
import { handlers } from './handlers';
import type { Library } from './library/library';

function fail(error: AppError): Envelope<never> {
  return { ok: false, error: error.toApiError() };
}

function sqliteCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')
    ? error.code
    : null;
}

/** Deeper than any document we write (Lexical nests a few levels per list); deeper input is refused before validation, whose recursion it would overflow. */
const MAX_INPUT_DEPTH = 200;

/** The nesting depth of plain JSON-like input, counted without recursion, stopping once past `limit`. */
function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The single entry point of the API, used by IPC and HTTP alike: validate the input against
 * the contract, run the handler, and answer with an envelope. Nothing is written unless the
 * input is valid; each mutating handler runs in one transaction.
 */
export async function dispatch(library: Library, channel: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) return fail(new AppError('unknown_channel', 'unknownChannel', { channel: String(channel).slice(0, 100) }));
  const def = contract[channel];
  if (depthExceeds(rawInput, MAX_INPUT_DEPTH)) return fail(new AppError('invalid_input', 'inputTooDeep', { max: MAX_INPUT_DEPTH }));
  let parsed: ReturnType<typeof def.input.safeParse>;
  try {
    parsed = def.input.safeParse(rawInput);
  } catch (error) {
    // Validation itself failed (a pathological input): an answer, never a crash of the transport.
    console.error(`[wijkgeheugen] validating ${channel} failed:`, error);
    return fail(new AppError('invalid_input', 'inputUnchecked'));
  }
  if (!parsed.success) {
    // Each complaint in Dutch for logs and the CLI, with the key and particulars the window words it by.
    const issues = parsed.error.issues.map((issue) => {
      const { key, params } = complaintOf(issue as Parameters<typeof complaintOf>[0]);
      const message = fillTemplate(VALIDATION_NL[key], params);
      return { path: issue.path.join('.'), message, key, ...(params ? { params } : {}) };
    });
    const first = issues[0];
    return fail(new AppError('invalid_input', 'invalidInput', { path: first?.path || '-' }, { issues, detail: first?.message ?? '' }));
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
    // SQLITE_BUSY and its kinds (SQLITE_BUSY_SNAPSHOT: another program wrote first): try again.
    if (code?.startsWith('SQLITE_BUSY')) return fail(new AppError('conflict', 'libraryBusy'));
    if (code?.startsWith('SQLITE_CONSTRAINT')) return fail(new AppError('conflict', 'conflictingData', { code }));
    console.error(`[wijkgeheugen] ${channel} failed:`, error);
    return fail(new AppError('internal', 'internal'));
  }
}
