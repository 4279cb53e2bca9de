import { dispatch } from '../../core/dispatch';
import { type CommandContext, CliError } from '../io';

const LABELS: Record<string, string> = {
  people: 'Profielen',
  sources: 'Bronnen',
  quotes: 'Citaten',
  lessons: 'Lessen',
  tags: 'Labels',
  notes: 'Notities',
  collections: 'Collecties',
  trash: 'Prullenbak',
};

export async function statsCommand({ library, json, io }: CommandContext): Promise<void> {
  const result = await dispatch(library, 'library.stats', {});
  if (!result.ok) throw new CliError(result.error.message);
  const stats = result.value as Record<string, number>;
  if (json) return io.out(JSON.stringify(stats));
  for (const [key, label] of Object.entries(LABELS)) io.out(`${label.padEnd(12)} ${stats[key] ?? 0}`);
}
