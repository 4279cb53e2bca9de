import { z } from 'zod';
import { isPartialDate } from '../../../shared/dates/partial-date';

/** The parts of a CSL-JSON item we read; everything else is kept as it came. */
const name = z.object({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() }).loose();
const date = z.object({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(), raw: z.string().optional(), literal: z.string().optional() }).loose();

export const cslItemSchema = z
  .object({
    type: z.string().optional(),
    title: z.string().optional(),
    author: z.array(name).max(500).optional(),
    editor: z.array(name).max(500).optional(),
    issued: date.optional(),
    'container-title': z.union([z.string(), z.array(z.string())]).optional(),
    publisher: z.string().optional(),
    URL: z.string().optional(),
    DOI: z.string().optional(),
    abstract: z.string().optional(),
    language: z.string().optional(),
  })
  .loose();
export type CslItem = z.infer<typeof cslItemSchema>;

export const personName = (n: z.infer<typeof name>) => (n.literal ?? [n.given, n.family].filter(Boolean).join(' ')).trim();

/** The issued date as a partial date ("2024", "2024-03", "2024-03-06"), or null. */
export function issuedDate(item: CslItem): string | null {
  let parts = item.issued?.['date-parts']?.[0]?.map(Number) ?? [];
  if (!parts[0]) {
    // RIS and free text: "2013/05/14", "2013-05", "2013".
    const raw = /\b(1\d{3}|20\d{2})(?:[/-](\d{1,2})(?:[/-](\d{1,2}))?)?\b/.exec(item.issued?.raw ?? item.issued?.literal ?? '');
    parts = raw ? [raw[1], raw[2], raw[3]].filter(Boolean).map(Number) : [];
  }
  const [year, month, day] = parts;
  if (!year || !Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!month || month < 1 || month > 12) return String(year);
  const full = `${year}-${pad(month)}-${pad(day ?? 0)}`;
  // An impossible day ("2011-02-30") keeps the month rather than refusing the reference.
  return day && isPartialDate(full) ? full : `${year}-${pad(month)}`;
}
