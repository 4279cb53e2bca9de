import type { ReactNode } from 'react';

/** Text with the matched words marked; plain React text nodes, never HTML. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  [...ranges]
    .sort((a, b) => a[0] - b[0])
    .forEach(([start, end], i) => {
      if (start < at) return;
      if (start > at) parts.push(text.slice(at, start));
      parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
      at = end;
    });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
