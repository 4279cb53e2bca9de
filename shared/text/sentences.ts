/**
 * Where the sentences of a text are, as [start, end) offsets without surrounding white space: a
 * sentence ends at . ! ? or … (with any closing quote or bracket) before white space, or at a line
 * break (a heading, a speaker's turn, a list item). For keyboard selection in the reader, where
 * a sentence is the step a researcher quotes in.
 */
export function sentenceRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const boundary = /[.!?…]+["”’)\]]*(?=\s)|\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) ranges.push({ start, end });
  };
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match[0] === '\n' ? match.index : match.index + match[0].length;
    push(from, end);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return ranges;
}
