import { describe, expect, it } from 'vitest';
import { TopK } from './top-k';

describe('TopK', () => {
  it('keeps the k best, best first', () => {
    const top = new TopK(3);
    [5, 1, 9, 3, 7, 2, 8].forEach((score, item) => top.push(item, score));
    expect(top.drain()).toEqual([
      { item: 2, score: 9 },
      { item: 6, score: 8 },
      { item: 4, score: 7 },
    ]);
  });
});
