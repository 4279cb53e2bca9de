import type { ExportModel, ExportQuote } from './model';
import { repeatsTitle } from './model';
import { provenanceParts } from './provenance';

/**
 * Escapes only what Markdown would read as markup, so a reader of the raw file sees ordinary
 * punctuation ("WijkWijzen-interview", "(TU Delft)", "2024-03-06") as typed: emphasis and code
 * characters, brackets, a "<" that could open HTML, an "&" that could start an entity, and at the
 * start of a line what would make a heading, quotation, list or rule. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]<]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/~~/g, '\\~\\~');
  // Block syntax counts only at the start of a line: "# ", "> ", "- ", "+ ", "1. ", "1) ", "---", "===".
  return inline.replace(/^(\s*)(#{1,6}(?=\s|$)|>|[-+](?=\s)|[-=]{3,}\s*$)/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url.replace(/[()<>\s]/g, encodeURIComponent) : null);

function quote(q: ExportQuote, model: ExportModel, commentary = ''): string[] {
  const p = provenanceParts(q, model.words);
  const url = safeUrl(p.url);
  const lines = [`> ${escapeMarkdown(q.text)}`, '>', `> — ${[p.who, p.where, p.when].map(escapeMarkdown).join(' · ')}${url ? ` · <${url}>` : ''}${p.stance ? ` · *${escapeMarkdown(p.stance)}*` : ''}`];
  // The commentary stays with its quote, inside the same quotation block.
  if (commentary) lines.push('>', `> *${escapeMarkdown(commentary)}*`);
  return [...lines, ''];
}

export function renderMarkdown(model: ExportModel): string {
  const { words } = model;
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  if (model.intro) for (const paragraph of model.intro.split(/\n+/)) lines.push(escapeMarkdown(paragraph), '');
  for (const section of model.sections) {
    if (section.heading) lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const entry of section.entries) {
      if (entry.kind === 'lesson') {
        if (!repeatsTitle(model, entry.title)) lines.push(`### ${escapeMarkdown(entry.title)}`, '');
        if (entry.aliases.length) lines.push(`*${words.also}:* ${entry.aliases.map(escapeMarkdown).join(' · ')}`, '');
        if (entry.summary) lines.push(escapeMarkdown(entry.summary), '');
        if (entry.commentary) lines.push(`*${escapeMarkdown(entry.commentary)}*`, '');
        for (const q of entry.evidence) lines.push(...quote(q, model));
      } else if (entry.kind === 'quote') {
        lines.push(...quote(entry.quote, model, entry.commentary));
      } else if (entry.kind === 'person') {
        if (!repeatsTitle(model, entry.name)) lines.push(`### ${escapeMarkdown(entry.name)}`, '');
        lines.push(...entry.roles.map((r) => `- ${escapeMarkdown(r)}`), '');
        if (entry.commentary) lines.push(`*${escapeMarkdown(entry.commentary)}*`, '');
      } else {
        const url = entry.reference ? null : safeUrl(entry.url);
        if (!repeatsTitle(model, entry.title)) lines.push(`### ${escapeMarkdown(entry.title)}`, '');
        const facts = entry.reference ? [escapeMarkdown(entry.reference)] : [escapeMarkdown(entry.outlet), entry.date ? escapeMarkdown(words.date(entry.date) ?? '') : '', url ? `<${url}>` : ''];
        lines.push(facts.filter(Boolean).join(' · '), '');
        if (entry.commentary) lines.push(`*${escapeMarkdown(entry.commentary)}*`, '');
      }
    }
  }
  lines.push('---', '', escapeMarkdown(words.compiled(model.exportedAt.slice(0, 10))), '');
  return lines.join('\n');
}
