/**
 * Speaker turns in transcripts: lines that start with a name and a colon ("Anna: Nou, ...").
 * Used when importing (to find the speakers) and when making a quote (to propose its speaker).
 */
const TURN = /^([\p{Lu}][\p{L}\p{M}.' -]{0,48}?)\s*:\s+\S/u;
/** Words that start lines with a colon but are not speakers. */
const NOT_SPEAKERS = new Set(['noot', 'let op', 'bron', 'datum', 'tijd', 'locatie', 'plaats', 'onderwerp', 'titel', 'http', 'https', 'vraag', 'antwoord']);

export function speakerOfLine(line: string): string | null {
  const match = TURN.exec(line.trim());
  const name = match?.[1]?.trim();
  if (!name || NOT_SPEAKERS.has(name.toLowerCase()) || name.split(/\s+/).length > 5) return null;
  return name;
}

/** The speakers of a text in order of first appearance. */
export function speakersOf(text: string): string[] {
  const seen: string[] = [];
  for (const line of text.split('\n')) {
    const name = speakerOfLine(line);
    if (name && !seen.includes(name)) seen.push(name);
  }
  return seen;
}

/** A text is a transcript when most of its non-empty lines are speaker turns, by at least two people. */
export function looksLikeTranscript(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const turns = lines.filter((l) => speakerOfLine(l) !== null).length;
  return turns / lines.length >= 0.5 && speakersOf(text).length >= 2;
}

/** Who was speaking at a position: the nearest speaker turn at or before it. */
export function speakerAt(text: string, offset: number): string | null {
  let lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  for (;;) {
    const lineEnd = text.indexOf('\n', lineStart);
    const name = speakerOfLine(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
    if (name) return name;
    if (lineStart === 0) return null;
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
}
