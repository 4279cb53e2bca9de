import type { ExportQuote } from './model';

export const STANCE_NL = { supports: 'ondersteunt', nuances: 'nuanceert', challenges: 'spreekt tegen' } as const;

/** "Anna de Wit (wijkregisseur, Gemeente Rotterdam) · Gesprek op Zuid, Eigen archief · 1998-11-12". */
export function provenanceParts(q: ExportQuote): { who: string; where: string; when: string } {
  const who = q.speaker ? `${q.speaker}${q.role ? ` (${q.role})` : ''}` : 'Spreker niet genoemd';
  const where = [q.sourceTitle, q.outlet].filter(Boolean).join(', ');
  return { who, where, when: q.dateSaid ?? 'datum onbekend' };
}
