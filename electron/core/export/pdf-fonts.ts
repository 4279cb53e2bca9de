import { createRequire } from 'node:module';

/**
 * The PDF export embeds DejaVu (shipped with the app as the dejavu-fonts-ttf package, free
 * licence): the 14 standard PDF fonts know only a Western encoding, which garbled "Ayşe Yılmaz",
 * "Łukasz Wójcik" and "Noël Ağaoğlu". DejaVu Serif covers Latin Extended, Greek and Cyrillic;
 * DejaVu Sans also Arabic and Hebrew, so a paragraph in those scripts is set in Sans. pdfkit
 * embeds only the glyphs used.
 */
const FILES = {
  body: 'DejaVuSerif.ttf',
  bodyItalic: 'DejaVuSerif-Italic.ttf',
  bodyBold: 'DejaVuSerif-Bold.ttf',
  sans: 'DejaVuSans.ttf',
  sansOblique: 'DejaVuSans-Oblique.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const;
export type PdfFont = keyof typeof FILES;

export function fontFiles(): Record<PdfFont, string> {
  const require = createRequire(import.meta.url);
  return Object.fromEntries(Object.entries(FILES).map(([name, file]) => [name, require.resolve(`dejavu-fonts-ttf/ttf/${file}`)])) as Record<PdfFont, string>;
}

/** Scripts DejaVu Sans draws; Serif draws the first three. */
const SERIF_SCRIPTS = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u;
const NOT_IN_SANS = /[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Common}\p{Script=Inherited}]/gu;
/** Shown where a character has no glyph in the shipped fonts (Chinese, Devanagari, ...): visibly a stand-in, never a wrong letter. */
export const SUBSTITUTE = '□';

/**
 * Which font family a text needs, and the text as it can be drawn: serif when it can, sans for
 * Arabic or Hebrew script, and a visible stand-in for characters neither font has.
 */
export function fitText(text: string): { text: string; family: 'serif' | 'sans'; substituted: boolean } {
  if (SERIF_SCRIPTS.test(text)) return { text, family: 'serif', substituted: false };
  const drawn = text.replace(NOT_IN_SANS, SUBSTITUTE);
  return { text: drawn, family: 'sans', substituted: drawn !== text };
}
