import { createHash } from 'node:crypto';
import type { HandlerGroup } from '../handler-types';
import { requireLesson } from '../lessons/store';
import { requireQuote } from '../quotes/store';

interface QuoteInfo {
  id: string;
  text: string;
  speaker_id: string | null;
  speaker_name: string | null;
  date_said: string | null;
  source_id: string;
  source_title: string;
}

const QUOTE_INFO = `SELECT q.id, q.text, q.speaker_id, p.name AS speaker_name, q.date_said, q.source_id, s.title AS source_title
  FROM quotes q JOIN sources s ON s.id = q.source_id LEFT JOIN people p ON p.id = q.speaker_id WHERE q.id = ?`;

export const linkingHandlers: HandlerGroup<'linking.suggest' | 'linking.discover' | 'linking.relatedCandidates'> = {
  'linking.relatedCandidates': (library, { quoteId, lessonId }) => {
    library.changes.drain();
    const quote = requireQuote(library.db, quoteId);
    const lesson = requireLesson(library.db, lessonId);
    return { words: library.linking.relatedCandidates(quote.text, lesson) };
  },
  'linking.discover': (library, { maxGroups }) => {
    library.changes.drain();
    const { groups, considered } = library.linking.discover(maxGroups);
    const info = library.db.prepare(QUOTE_INFO);
    return {
      considered,
      groups: groups.map((g) => ({
        key: createHash('sha256').update(g.quoteIds.join(',')).digest('hex').slice(0, 16),
        title: g.title,
        sharedWords: g.sharedWords,
        firstYear: g.firstYear,
        lastYear: g.lastYear,
        speakers: g.speakers,
        quotes: g.quoteIds.flatMap((id) => {
          const row = info.get(id) as QuoteInfo | undefined;
          return row ? [{ quoteId: row.id, text: row.text, speakerName: row.speaker_name, dateSaid: row.date_said, sourceTitle: row.source_title }] : [];
        }),
      })),
    };
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
    const info = library.db.prepare(QUOTE_INFO);
    const quotes = similar.flatMap((s) => {
      const row = info.get(s.quoteId) as QuoteInfo | undefined;
      return row
        ? [{ quoteId: row.id, text: row.text, speakerId: row.speaker_id, speakerName: row.speaker_name, dateSaid: row.date_said, sourceTitle: row.source_title, score: s.score, reasons: s.reasons }]
        : [];
    });
    return { unsure, lessons, quotes };
  },
};
