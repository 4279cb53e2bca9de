/**
 * Speaker turns in transcripts: lines that start with a name and a colon ("Anna: Nou, ...").
 * Used when importing (to find the speakers) and when making a quote (to propose its speaker).
 * A label counts as a speaker only when it looks like a name (at most four words, each
 * capitalised or a name particle such as "van" or "de") and starts at least two lines of the
 * text (or the text is a short exchange of such lines): a heading like "Casus: de Rotterdamse Stadsmarinier" or a sentence with a colon ("Je
 * hebt elkaar nodig: …") is not a speaker.
 */
const TURN = /^([\p{Lu}][\p{L}\p{M}.' -]{0,48}?)\s*:\s+\S/u;
/** Words that start lines with a colon but are not speakers. */
const NOT_SPEAKERS = new Set(['noot', 'let op', 'bron', 'datum', 'tijd', 'locatie', 'plaats', 'onderwerp', 'titel', 'http', 'https', 'vraag', 'antwoord', 'casus', 'conclusie', 'samenvatting', 'inleiding', 'kader', 'tip', 'tips', 'les', 'lessen', 'voorbeeld', 'citaat']);
/** Lower-case words that belong to Dutch (and some other) names. */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', "'t", 'te', 'in', 'op', 'von', 'zu', 'la', 'le', 'el', 'al', 'bin', 'ben', 'da', 'dos', 'du']);
const MIN_TURNS = 2;

/** The label before a colon when it looks like a name, whether or not it is a speaker of the text. */
export function nameLabelOfLine(line: string): string | null {
  const match = TURN.exec(line.trim());
  const name = match?.[1]?.trim();
  if (!name || NOT_SPEAKERS.has(name.toLowerCase())) return null;
  const words = name.split(/\s+/);
  if (words.length > 4) return null;
  const nameLike = words.every((w) => /^[\p{Lu}]/u.test(w) || PARTICLES.has(w.toLowerCase()) || /^[\p{Lu}]\.$/u.test(w));
  return nameLike && /^[\p{Lu}]/u.test(words[words.length - 1] ?? '') ? name : null;
}

/**
 * The speakers of a text in order of first appearance: name labels that start at least two
 * lines, or every name label when two or more of them start most lines (a short exchange, each
 * speaking once).
 */
export function speakersOf(text: string): string[] {
  const counts = new Map<string, number>();
  let lines = 0;
  let labelled = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    const name = nameLabelOfLine(line);
    if (!name) continue;
    labelled++;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const exchange = counts.size >= 2 && labelled / Math.max(1, lines) >= 0.5;
  return [...counts].filter(([, n]) => exchange || n >= MIN_TURNS).map(([name]) => name);
}

/** The speaker of a line, when it starts with one of the text's speakers. */
export function speakerOfLine(line: string, speakers: ReadonlySet<string>): string | null {
  const name = nameLabelOfLine(line);
  return name && speakers.has(name) ? name : null;
}

/** A text is a transcript when most of its non-empty lines are speaker turns, by at least two people. */
export function looksLikeTranscript(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const speakers = new Set(speakersOf(text));
  if (speakers.size < 2) return false;
  const turns = lines.filter((l) => speakerOfLine(l, speakers) !== null).length;
  return turns / lines.length >= 0.5;
}

/** Who was speaking at a position: the nearest speaker turn at or before it. */
export function speakerAt(text: string, offset: number): string | null {
  const speakers = new Set(speakersOf(text));
  if (speakers.size === 0) return null;
  let lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  for (;;) {
    const lineEnd = text.indexOf('\n', lineStart);
    const name = speakerOfLine(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd), speakers);
    if (name) return name;
    if (lineStart === 0) return null;
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
}
