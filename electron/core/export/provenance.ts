import type { ExportWords } from './export-words';
import type { ExportQuote } from './model';

/**
 * "Anna de Wit (wijkregisseur, Gemeente Rotterdam) · Gesprek op Zuid, Eigen archief · 12 november 1998",
 * or with a citation style the source as its reference (which carries its own link).
 */
export function provenanceParts(q: ExportQuote, words: ExportWords): { who: string; where: string; when: string; stance: string | null; url: string | null } {
  const who = q.speaker ? `${q.speaker}${q.role ? ` (${q.role})` : ''}` : words.speakerUnknown;
  const where = q.reference ?? [q.sourceTitle, q.outlet].filter(Boolean).join(', ');
  const url = !q.reference && q.url && /^https?:\/\//i.test(q.url) ? q.url : null;
  return { who, where, when: words.date(q.dateSaid) ?? words.dateUnknown, stance: q.stance ? words.stance[q.stance] : null, url };
}
