import { parseArgs } from 'node:util';
import { ITEM_KINDS, type ItemKind } from '../../../shared/api/items';
import { dispatch } from '../../core/dispatch';
import { type CommandContext, CliError } from '../io';

/** `search "<query>" [--kind K] [--limit N] [--json]`: the same search as the app's palette. */
export async function searchCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { kind: { type: 'string', multiple: true }, limit: { type: 'string', default: '10' } },
    allowPositionals: true,
  });
  const text = positionals.join(' ').trim();
  if (!text) throw new CliError('Gebruik: search "<zoekterm>" [--kind person|source|quote|lesson|tag|note|collection] [--limit N]', 2);
  const kinds = values.kind ?? [];
  const unknown = kinds.filter((k) => !(ITEM_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new CliError(`Onbekende soort: ${unknown.join(', ')} (kies uit ${ITEM_KINDS.join(', ')})`, 2);
  const result = await dispatch(library, 'search.query', {
    text,
    limit: Number(values.limit),
    ...(kinds.length > 0 ? { kinds: kinds as ItemKind[] } : {}),
  });
  if (!result.ok) throw new CliError(result.error.message);
  const { hits, counts } = result.value as { hits: { kind: string; id: string; title: string; snippet: string; score: number }[]; counts: Record<string, number> };
  if (json) return io.out(JSON.stringify({ query: text, hits, counts }));
  for (const hit of hits) io.out(`${hit.kind.padEnd(10)} ${hit.id}  ${hit.title || hit.snippet.slice(0, 90)}`);
  if (hits.length === 0) io.err('Niets gevonden.');
}
