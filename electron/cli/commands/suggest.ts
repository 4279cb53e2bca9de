import { parseArgs } from 'node:util';
import type { SuggestResult } from '../../../shared/api/search';
import { dispatch } from '../../core/dispatch';
import { type CommandContext, CliError } from '../io';

/** `suggest --text "<text>" [--limit N] [--json]`: which lessons a passage belongs to, and why. */
export async function suggestCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const { values } = parseArgs({ args, options: { text: { type: 'string' }, limit: { type: 'string', default: '5' } } });
  if (!values.text?.trim()) throw new CliError('Gebruik: suggest --text "<passage>" [--limit N]', 2);
  const result = await dispatch(library, 'linking.suggest', { text: values.text, limit: Number(values.limit) });
  if (!result.ok) throw new CliError(result.error.message);
  const { lessons, quotes } = result.value as SuggestResult;
  if (json) return io.out(JSON.stringify({ lessons, quotes }));
  for (const lesson of lessons) {
    const why = lesson.reasons.map((r) => (r.kind === 'phrasing' ? `lijkt op “${r.phrasing}”` : r.words.join(', '))).join('; ');
    io.out(`${lesson.score.toFixed(3)}  ${lesson.title}  (${why})`);
  }
  if (lessons.length === 0) io.err('Geen lessen om voor te stellen.');
}
