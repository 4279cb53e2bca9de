import type { HandlerGroup } from '../handler-types';

interface QuoteInfo {
  id: string;
  text: string;
  speaker_id: string | null;
  speaker_name: string | null;
  date_said: string | null;
  source_id: string;
  source_title: string;
}

export const searchHandlers: HandlerGroup<'search.query' | 'linking.suggest'> = {
  'search.query': (library, input) => {
    library.changes.drain();
    return library.search.search(input);
  },
  'linking.suggest': (library, { text, quoteId, limit }) => {
    library.changes.drain();
    const current = quoteId
      ? (library.db.prepare('SELECT source_id, speaker_id FROM quotes WHERE id = ?').get(quoteId) as { source_id: string; speaker_id: string | null } | undefined)
      : undefined;
    const { lessons, quotes: similar, unsure } = library.linking.suggest({
      text,
      limit,
      quoteId,
      ...(current ? { sourceId: current.source_id, speakerId: current.speaker_id } : {}),
    });
    const info = library.db.prepare(
      `SELECT q.id, q.text, q.speaker_id, p.name AS speaker_name, q.date_said, q.source_id, s.title AS source_title
       FROM quotes q JOIN sources s ON s.id = q.source_id LEFT JOIN people p ON p.id = q.speaker_id WHERE q.id = ?`,
    );
    const quotes = similar.flatMap((s) => {
      const row = info.get(s.quoteId) as QuoteInfo | undefined;
      return row
        ? [{ quoteId: row.id, text: row.text, speakerId: row.speaker_id, speakerName: row.speaker_name, dateSaid: row.date_said, sourceTitle: row.source_title, score: s.score, reasons: s.reasons }]
        : [];
    });
    return { unsure, lessons, quotes };
  },
};
