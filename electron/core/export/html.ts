import type { ExportModel, ExportQuote } from './model';
import { repeatsTitle } from './model';
import { provenanceParts } from './provenance';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** No script may run in the exported file, whatever ends up in it. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
  body { font: 16px/1.6 Georgia, 'Times New Roman', serif; color: #1f2328; max-width: 44rem; margin: 3rem auto; padding: 0 1.25rem; }
  h1 { font-size: 2rem; line-height: 1.2; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ddd; } h3 { margin-top: 2rem; }
  blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid #1d5c63; background: #f7f6f2; }
  .provenance { font: 0.85rem/1.4 system-ui, sans-serif; color: #5f6670; margin-top: .25rem; }
  .aliases, .commentary { font-style: italic; color: #444; }
  blockquote .commentary { margin: .5rem 0 .25rem; font: italic 0.95rem/1.5 Georgia, serif; }
  footer { margin-top: 3rem; font: 0.8rem system-ui, sans-serif; color: #888; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; } blockquote { break-inside: avoid; } }`;

/** A quotation with its provenance; a commentary on it stays inside, with its own quote. */
function quote(q: ExportQuote, model: ExportModel, commentary = ''): string {
  const p = provenanceParts(q, model.words);
  const link = p.url ? ` · <a href="${escapeHtml(p.url)}" rel="noreferrer noopener">${escapeHtml(p.url)}</a>` : '';
  const stance = p.stance ? ` · <em>${escapeHtml(p.stance)}</em>` : '';
  const note = commentary ? `<p class="commentary">${escapeHtml(commentary)}</p>` : '';
  return `<blockquote><p>${escapeHtml(q.text)}</p><p class="provenance">${escapeHtml(p.who)} · ${escapeHtml(p.where)} · ${escapeHtml(p.when)}${link}${stance}</p>${note}</blockquote>`;
}

/** A self-contained page, for reading and printing, with every user string escaped. */
export function renderHtml(model: ExportModel): string {
  const { words } = model;
  const body: string[] = [`<h1>${escapeHtml(model.title)}</h1>`];
  if (model.intro) body.push(...model.intro.split(/\n+/).map((p) => `<p>${escapeHtml(p)}</p>`));
  for (const section of model.sections) {
    if (section.heading) body.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    for (const entry of section.entries) {
      if (entry.kind === 'lesson') {
        if (!repeatsTitle(model, entry.title)) body.push(`<h3>${escapeHtml(entry.title)}</h3>`);
        if (entry.aliases.length) body.push(`<p class="aliases">${words.also}: ${entry.aliases.map(escapeHtml).join(' · ')}</p>`);
        if (entry.summary) body.push(`<p>${escapeHtml(entry.summary)}</p>`);
        if (entry.commentary) body.push(`<p class="commentary">${escapeHtml(entry.commentary)}</p>`);
        body.push(...entry.evidence.map((q) => quote(q, model)));
      } else if (entry.kind === 'quote') {
        body.push(quote(entry.quote, model, entry.commentary));
      } else if (entry.kind === 'person') {
        body.push(`${repeatsTitle(model, entry.name) ? '' : `<h3>${escapeHtml(entry.name)}</h3>`}<ul>${entry.roles.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`);
        if (entry.commentary) body.push(`<p class="commentary">${escapeHtml(entry.commentary)}</p>`);
      } else {
        body.push(`${repeatsTitle(model, entry.title) ? '' : `<h3>${escapeHtml(entry.title)}</h3>`}<p class="provenance">${escapeHtml(entry.reference ?? [entry.outlet, words.date(entry.date) ?? ''].filter(Boolean).join(' · '))}</p>`);
        if (entry.commentary) body.push(`<p class="commentary">${escapeHtml(entry.commentary)}</p>`);
      }
    }
  }
  return `<!doctype html>
<html lang="${words.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
<footer>${escapeHtml(words.compiled(model.exportedAt.slice(0, 10)))}</footer>
</body>
</html>
`;
}
