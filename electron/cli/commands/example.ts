import { dispatch } from '../../core/dispatch';
import { type CommandContext, CliError } from '../io';

/** `example`: fills an empty library with the example library. */
export async function exampleCommand({ library, json, io }: CommandContext): Promise<void> {
  const result = await dispatch(library, 'library.loadExample', {});
  if (!result.ok) throw new CliError(result.error.message);
  const counts = result.value as { sources: number; quotes: number; lessons: number; people: number };
  if (json) return io.out(JSON.stringify(counts));
  io.out(`Voorbeeldbibliotheek geladen: ${counts.sources} bronnen, ${counts.quotes} citaten, ${counts.lessons} lessen, ${counts.people} profielen.`);
}
