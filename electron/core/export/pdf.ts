import type { ExportModel, ExportQuote } from './model';
import { repeatsTitle } from './model';
import { fitText, fontFiles, type PdfFont } from './pdf-fonts';
import { provenanceParts } from './provenance';

const ACCENT = '#1d5c63';
const INK = '#1f2328';
const MUTED = '#5f6670';
const MARGIN = { top: 64, bottom: 72, left: 72, right: 72 };

/**
 * A PDF with the content and layout of the HTML export (title, introduction, sections, lessons,
 * quotations with a bar and their provenance, page numbers), made with pdfkit in plain Node: the
 * same code in the app, the CLI and the tests, without a browser. The fonts are embedded
 * (see pdf-fonts.ts), so every name in the neighbourhood is drawn as written.
 */
export async function renderPdf(model: ExportModel): Promise<Uint8Array> {
  // Loaded when a PDF is made, not when the CLI or the host starts.
  const { default: PDFDocument } = await import('pdfkit');
  const { words } = model;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: MARGIN, bufferPages: true, info: { Title: model.title, Creator: 'Wijkgeheugen' }, lang: words.language });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    for (const [name, file] of Object.entries(fontFiles())) doc.registerFont(name, file);
    const width = doc.page.width - MARGIN.left - MARGIN.right;

    /** Text in the font it asks for, or in the sans face when its script needs that. */
    const write = (text: string, font: PdfFont, size: number, color: string, options: PDFKit.Mixins.TextOptions & { x?: number; y?: number } = {}) => {
      const fitted = fitText(text);
      const face: PdfFont = fitted.family === 'sans' && font.startsWith('body') ? (font === 'bodyBold' ? 'sansBold' : font === 'bodyItalic' ? 'sansOblique' : 'sans') : font;
      const { x, y, ...rest } = options;
      doc.font(face).fontSize(size).fillColor(color);
      if (x !== undefined) doc.text(fitted.text, x, y ?? doc.y, { width, align: 'left', ...rest });
      else doc.text(fitted.text, { width, align: 'left', ...rest });
    };
    const paragraph = (text: string, options: { font?: PdfFont; size?: number; color?: string; gap?: number } = {}) => {
      write(text, options.font ?? 'body', options.size ?? 11, options.color ?? INK);
      doc.moveDown(options.gap ?? 0.5);
    };
    const commentary = (text: string) => paragraph(text, { font: 'bodyItalic', color: '#444444' });
    /** A quotation with its provenance, and the commentary on it set right below, before the space to the next one. */
    const quote = (q: ExportQuote, note = '') => {
      const p = provenanceParts(q, words);
      if (doc.y > doc.page.height - 170) doc.addPage();
      const top = doc.y;
      const indent = MARGIN.left + 14;
      write(`“${q.text}”`, 'bodyItalic', 11.5, INK, { x: indent, y: top, width: width - 14 });
      doc.moveDown(0.2);
      const provenance = [p.who, p.where, p.when, p.url, p.stance].filter(Boolean).join(' · ');
      write(provenance, 'sans', 8.5, MUTED, { x: indent, y: doc.y, width: width - 14 });
      if (note) {
        doc.moveDown(0.3);
        write(note, 'bodyItalic', 10.5, '#444444', { x: indent, y: doc.y, width: width - 14 });
      }
      doc.save().rect(MARGIN.left, top, 3, doc.y - top).fill(ACCENT).restore();
      doc.x = MARGIN.left;
      doc.moveDown(1.1);
    };
    const heading = (text: string, size: number) => {
      if (doc.y > doc.page.height - 200) doc.addPage();
      paragraph(text, { font: 'bodyBold', size, gap: 0.25 });
    };

    write(model.title, 'bodyBold', 21, INK);
    doc.moveDown(0.6);
    if (model.intro) for (const line of model.intro.split(/\n+/)) paragraph(line, { gap: 0.6 });
    for (const section of model.sections) {
      if (section.heading) {
        doc.moveDown(0.6);
        heading(section.heading, 15.5);
      }
      for (const entry of section.entries) {
        if (entry.kind === 'lesson') {
          if (!repeatsTitle(model, entry.title)) heading(entry.title, 13);
          if (entry.aliases.length) paragraph(`${words.also}: ${entry.aliases.join(' · ')}`, { font: 'bodyItalic', color: '#444444', gap: 0.2 });
          if (entry.summary) paragraph(entry.summary);
          if (entry.commentary) commentary(entry.commentary);
          doc.moveDown(0.3);
          for (const q of entry.evidence) quote(q);
        } else if (entry.kind === 'quote') {
          quote(entry.quote, entry.commentary);
        } else if (entry.kind === 'person') {
          if (!repeatsTitle(model, entry.name)) heading(entry.name, 13);
          for (const role of entry.roles) paragraph(`• ${role}`, { gap: 0.1 });
          if (entry.commentary) commentary(entry.commentary);
        } else {
          if (!repeatsTitle(model, entry.title)) heading(entry.title, 13);
          paragraph(entry.reference ?? [entry.outlet, words.date(entry.date) ?? ''].filter(Boolean).join(' · '), { font: 'sans', size: 9, color: MUTED });
          if (entry.commentary) commentary(entry.commentary);
        }
      }
    }
    doc.moveDown(1);
    paragraph(words.compiled(model.exportedAt.slice(0, 10)), { font: 'sans', size: 8, color: '#888888' });

    // Page numbers, once the number of pages is known; written in the bottom margin.
    const pages = doc.bufferedPageRange();
    for (let i = 0; i < pages.count; i++) {
      doc.switchToPage(pages.start + i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('sans').fontSize(8).fillColor('#888888').text(words.page(i + 1, pages.count), MARGIN.left, doc.page.height - 44, { width, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.flushPages();
    doc.end();
  });
}
