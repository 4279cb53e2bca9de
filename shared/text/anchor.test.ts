import { describe, expect, it } from 'vitest';
import { makeAnchor, reanchor } from './anchor';

const original = 'De wijkaanpak werkt. Stop met experimenteren, zei ze. Later: stop met experimenteren!';

describe('anchors', () => {
  it('keeps the position when the text around it is unchanged', () => {
    const start = original.indexOf('Stop met');
    const anchor = makeAnchor(original, start, start + 'Stop met experimenteren'.length);
    expect(reanchor(original, anchor, anchor.exact)).toMatchObject({ start, end: anchor.end });
  });

  it('follows the quote when text is inserted before it', () => {
    const start = original.indexOf('Stop met');
    const anchor = makeAnchor(original, start, start + 23);
    const edited = `Inleiding van de redactie. ${original}`;
    const moved = reanchor(edited, anchor, anchor.exact);
    expect(moved && edited.slice(moved.start, moved.end)).toBe('Stop met experimenteren');
    expect(moved?.start).toBe(start + 'Inleiding van de redactie. '.length);
  });

  it('picks the occurrence whose context matches, not merely the first', () => {
    const text = 'a stop b. c stop d. e stop f.';
    const second = text.indexOf('stop', 10);
    const anchor = makeAnchor(text, second, second + 4);
    const edited = `XXXX ${text.replace('a stop b', 'a stop b en meer')}`;
    const moved = reanchor(edited, anchor, 'stop');
    expect(moved && edited.slice(moved.start - 2, moved.end + 2)).toBe('c stop d');
  });

  it('says so when the exact text is gone', () => {
    const anchor = makeAnchor(original, 0, 13);
    expect(reanchor('Heel andere tekst.', anchor, anchor.prefix + 'De wijkaanpak')).toBeNull();
  });
});
