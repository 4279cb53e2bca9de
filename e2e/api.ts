import type { ChannelName } from '../shared/api/channel-names';
import type { Input, Output } from '../shared/api/contract';
import type { RunningApp } from './fixtures';

/** Seeds a test library through the same HTTP API the page uses. */
export async function api<C extends ChannelName>(app: RunningApp, channel: C, input: Input<C>): Promise<Output<C>> {
  const response = await fetch(`${app.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value: Output<C>; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error?.message}`);
  return envelope.value;
}

/** A source whose whole text is one quote, as the seed of many tests. */
export async function quoteOf(app: RunningApp, text: string, extra: { date?: string | null; speakerId?: string; lessonId?: string; tagIds?: string[]; title?: string } = {}) {
  const source = await api(app, 'sources.create', { title: extra.title ?? `Bron ${extra.date ?? ''}`, date: extra.date ?? null, text, tagIds: extra.tagIds ?? [] });
  return api(app, 'quotes.create', {
    sourceId: source.id,
    start: 0,
    end: text.length,
    ...(extra.speakerId ? { speakerId: extra.speakerId } : {}),
    ...(extra.lessonId ? { lessons: [{ lessonId: extra.lessonId }] } : {}),
  });
}
