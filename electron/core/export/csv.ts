import { allQuotes, type ExportModel } from './model';

/**
 * A cell that a spreadsheet could read as a formula (= + - @, tab, carriage return at the start)
 * gets a leading apostrophe (OWASP's advice), then the usual CSV quoting.
 */
export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${neutral.replace(/"/g, '""')}"`;
}

export function renderCsv(model: ExportModel): string {
  // Dates stay ISO here (a spreadsheet sorts them); the header is in the export's language.
  const header =
    model.words.language === 'en'
      ? ['quote', 'speaker', 'role', 'date said', 'source', 'outlet', 'url', 'lessons', 'labels']
      : ['citaat', 'spreker', 'rol', 'datum uitgesproken', 'bron', 'medium', 'url', 'lessen', 'labels'];
  const rows = allQuotes(model).map((q) => [q.text, q.speaker ?? '', q.role ?? '', q.dateSaid ?? '', q.sourceTitle, q.outlet, q.url ?? '', q.lessons.join('; '), q.labels.join('; ')]);
  // A byte-order mark so that spreadsheet programs read the UTF-8 (ë, ö) correctly.
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
