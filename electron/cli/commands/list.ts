import type { ChannelName } from '../../../shared/api/channel-names';
import { dispatch } from '../../core/dispatch';
import { type CommandContext, CliError } from '../io';

const LISTS = {
  people: { channel: 'people.list', label: (x: Item) => x.name },
  sources: { channel: 'sources.list', label: (x: Item) => `${x.title}${x.date ? ` (${x.date})` : ''}` },
  quotes: { channel: 'quotes.list', label: (x: Item) => `“${String(x.text).slice(0, 80)}”${x.dateSaid ? ` (${x.dateSaid})` : ''}` },
  lessons: { channel: 'lessons.list', label: (x: Item) => `${x.title} [${x.evidenceCount}]` },
  tags: { channel: 'tags.list', label: (x: Item) => `${x.name} (${x.facet})` },
  collections: { channel: 'collections.list', label: (x: Item) => x.title },
} satisfies Record<string, { channel: ChannelName; label: (x: Item) => unknown }>;

type Item = Record<string, unknown> & { id: string };

export async function listCommand({ library, json, args, io }: CommandContext): Promise<void> {
  const kind = args[0] as keyof typeof LISTS | undefined;
  if (!kind || !(kind in LISTS)) throw new CliError(`Gebruik: list <${Object.keys(LISTS).join('|')}>`, 2);
  const spec = LISTS[kind];
  const items: Item[] = [];
  // Page through everything: the CLI is for scripts, which want the whole list.
  let after: string | undefined;
  do {
    const result = await dispatch(library, spec.channel, { limit: 500, ...(after === undefined ? {} : { after }) });
    if (!result.ok) throw new CliError(result.error.message);
    const page = result.value as { items: Item[]; next: string | null };
    items.push(...page.items);
    after = page.next ?? undefined;
  } while (after !== undefined);
  if (json) return io.out(JSON.stringify(items));
  for (const item of items) io.out(`${item.id}  ${String(spec.label(item))}`);
  if (items.length === 0) io.err('(leeg)');
}
