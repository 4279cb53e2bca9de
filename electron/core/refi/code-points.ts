/**
 * REFI-QDA counts positions in Unicode code points; JavaScript strings index UTF-16 units, so an
 * emoji or any character outside the Basic Multilingual Plane counts once there and twice here.
 * Texts without such characters (nearly all) map one to one and need no table.
 */
export interface PositionMap {
  toCodePoint(utf16Index: number): number;
  toUtf16(codePoint: number): number;
  /** The text's length in code points. */
  length: number;
}

export function positionMap(text: string): PositionMap {
  if (!/[\ud800-\udfff]/.test(text)) {
    const clamp = (i: number) => Math.max(0, Math.min(text.length, i));
    return { toCodePoint: clamp, toUtf16: clamp, length: text.length };
  }
  // starts[cp] = the UTF-16 index where code point cp begins; one more entry for the end.
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  starts.push(text.length);
  const length = starts.length - 1;
  return {
    length,
    toUtf16: (cp) => starts[Math.max(0, Math.min(length, cp))] as number,
    toCodePoint(index) {
      // The code point that contains this UTF-16 index (a binary search over the starts).
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= index) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}
