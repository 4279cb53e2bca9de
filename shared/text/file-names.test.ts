import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-names';

describe('safeFileName', () => {
  it('removes traversal, separators and reserved names', () => {
    expect(safeFileName('../../x', 'md')).toBe('x.md');
    expect(safeFileName('a/b\\c:d', 'md')).toBe('a b c d.md');
    expect(safeFileName('CON', 'html')).toBe('CON-bestand.html');
    expect(safeFileName('nul.txt', 'csv')).toBe('nul.txt-bestand.csv');
    expect(safeFileName('Rapport... ', 'md')).toBe('Rapport.md');
    expect(safeFileName('', 'json')).toBe('export.json');
    expect(safeFileName('x'.repeat(300), 'md')).toHaveLength(123);
    expect(safeFileName('Wat werkt: tien lessen <script>', 'md')).toBe('Wat werkt tien lessen script.md');
  });
});
