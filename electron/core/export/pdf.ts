import type { ExportModel, ExportQuote } from './model';
import { provenanceParts, STANCE_NL } from './provenance';

const ACCENT = '#1d5c63';
const MUTED = '#5f6670';

/**
 * A PDF with the content and layout of the HTML export (title, introduction, sections, lessons,
 * quotations with a bar and their provenance), made with pdfkit in plain Node: the same code in
 * the app, the CLI and the tests, without a browser. The standard PDF fonts cover Dutch text.
 */
export async function renderPdf(model: ExportModel): Promise<Uint8Array> {
  // Loaded when a PDF is made, not when the CLI or the host starts.
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 64, left: 72, right: 72 }, info: { Title: model.title, Creator: 'Wijkgeheugen' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    const width = doc.page.width - 72 * 2;

    const paragraph = (text: string, options: { font?: string; size?: number; color?: string; gap?: number } = {}) => {
      doc.font(options.font ?? 'Times-Roman').fontSize(options.size ?? 11.5).fillColor(options.color ?? '#1f2328').text(text, { width, align: 'left' });
      doc.moveDown(options.gap ?? 0.5);
    };
    const quote = (q: ExportQuote) => {
      const p = provenanceParts(q);
      if (doc.y > doc.page.height - 160) doc.addPage();
      const top = doc.y;
      doc.font('Times-Italic').fontSize(12).fillColor('#1f2328').text(`“${q.text}”`, 72 + 14, top, { width: width - 14 });
      doc.moveDown(0.2);
      const provenance = [p.who, p.where, p.when, q.url && /^https?:\/\//i.test(q.url) ? q.url : null, q.stance ? STANCE_NL[q.stance] : null].filter(Boolean).join(' · ');
      doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(provenance, 72 + 14, doc.y, { width: width - 14 });
      doc.save().rect(72, top, 3, doc.y - top).fill(ACCENT).restore();
      doc.x = 72;
      doc.moveDown(0.8);
    };

    doc.font('Times-Bold').fontSize(22).fillColor('#1f2328').text(model.title, { width });
    doc.moveDown(0.6);
    if (model.intro) paragraph(model.intro, { gap: 1 });
    for (const section of model.sections) {
      if (section.heading) {
        doc.moveDown(0.6);
        paragraph(section.heading, { font: 'Times-Bold', size: 16, gap: 0.4 });
      }
      for (const entry of section.entries) {
        if (entry.kind === 'lesson') {
          if (doc.y > doc.page.height - 200) doc.addPage();
          paragraph(entry.title, { font: 'Times-Bold', size: 13.5, gap: 0.2 });
          if (entry.aliases.length) paragraph(`Ook: ${entry.aliases.join(' · ')}`, { font: 'Times-Italic', color: '#444444', gap: 0.2 });
          if (entry.summary) paragraph(entry.summary);
          if (entry.commentary) paragraph(entry.commentary, { font: 'Times-Italic', color: '#444444' });
          for (const q of entry.evidence) quote(q);
        } else if (entry.kind === 'quote') {
          quote(entry.quote);
          if (entry.commentary) paragraph(entry.commentary, { font: 'Times-Italic', color: '#444444' });
        } else if (entry.kind === 'person') {
          paragraph(entry.name, { font: 'Times-Bold', size: 13.5, gap: 0.2 });
          for (const role of entry.roles) paragraph(`• ${role}`, { gap: 0.1 });
          if (entry.commentary) paragraph(entry.commentary, { font: 'Times-Italic', color: '#444444' });
        } else {
          paragraph(entry.title, { font: 'Times-Bold', size: 13.5, gap: 0.2 });
          paragraph([entry.outlet, entry.date ?? ''].filter(Boolean).join(' · '), { font: 'Helvetica', size: 9, color: MUTED });
          if (entry.commentary) paragraph(entry.commentary, { font: 'Times-Italic', color: '#444444' });
        }
      }
    }
    doc.moveDown(1);
    paragraph(`Samengesteld met Wijkgeheugen, ${model.exportedAt.slice(0, 10)}.`, { font: 'Helvetica', size: 8, color: '#888888' });
    doc.end();
  });
}
