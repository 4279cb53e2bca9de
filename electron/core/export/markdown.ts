import type { ExportModel, ExportQuote } from './model';
import { provenanceParts, STANCE_NL } from './provenance';

/** Every user string is escaped: Markdown punctuation and HTML characters appear as text, never as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url.replace(/[()<>\s]/g, encodeURIComponent) : null);

function quote(q: ExportQuote): string[] {
  const p = provenanceParts(q);
  const url = safeUrl(q.url);
  const stance = q.stance ? ` — ${STANCE_NL[q.stance]}` : '';
  return [`> ${escapeMarkdown(q.text)}`, '>', `> — ${escapeMarkdown(p.who)} · ${escapeMarkdown(p.where)} · ${escapeMarkdown(p.when)}${url ? ` · <${url}>` : ''}${stance}`, ''];
}

export function renderMarkdown(model: ExportModel): string {
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  if (model.intro) lines.push(escapeMarkdown(model.intro), '');
  for (const section of model.sections) {
    if (section.heading) lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const entry of section.entries) {
      if (entry.kind === 'lesson') {
        lines.push(`### ${escapeMarkdown(entry.title)}`, '');
        if (entry.aliases.length) lines.push(`*Ook:* ${entry.aliases.map(escapeMarkdown).join(' · ')}`, '');
        if (entry.summary) lines.push(escapeMarkdown(entry.summary), '');
        if (entry.commentary) lines.push(escapeMarkdown(entry.commentary), '');
        for (const q of entry.evidence) lines.push(...quote(q));
      } else if (entry.kind === 'quote') {
        lines.push(...quote(entry.quote));
        if (entry.commentary) lines.push(escapeMarkdown(entry.commentary), '');
      } else if (entry.kind === 'person') {
        lines.push(`### ${escapeMarkdown(entry.name)}`, '', ...entry.roles.map((r) => `- ${escapeMarkdown(r)}`), '');
        if (entry.commentary) lines.push(escapeMarkdown(entry.commentary), '');
      } else {
        const url = safeUrl(entry.url);
        lines.push(`### ${escapeMarkdown(entry.title)}`, '', [escapeMarkdown(entry.outlet), entry.date ? escapeMarkdown(entry.date) : '', url ? `<${url}>` : ''].filter(Boolean).join(' · '), '');
        if (entry.commentary) lines.push(escapeMarkdown(entry.commentary), '');
      }
    }
  }
  lines.push('---', '', `Samengesteld met Wijkgeheugen, ${model.exportedAt.slice(0, 10)}.`, '');
  return lines.join('\n');
}
