import type { ExportWords } from './export-words';
import type { ExportQuote } from './model';

/** "Anna de Wit (wijkregisseur, Gemeente Rotterdam) · Gesprek op Zuid, Eigen archief · 12 november 1998". */
export function provenanceParts(q: ExportQuote, words: ExportWords): { who: string; where: string; when: string; stance: string | null } {
  const who = q.speaker ? `${q.speaker}${q.role ? ` (${q.role})` : ''}` : words.speakerUnknown;
  const where = [q.sourceTitle, q.outlet].filter(Boolean).join(', ');
  return { who, where, when: words.date(q.dateSaid) ?? words.dateUnknown, stance: q.stance ? words.stance[q.stance] : null };
}
