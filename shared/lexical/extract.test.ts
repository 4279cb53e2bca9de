import { describe, expect, it } from 'vitest';
import { docFromPlainText, lexicalDocSchema } from './document';
import { extractDoc, ITEM_MENTION_TYPE } from './extract';

const personId = '0190a8b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b';

describe('extractDoc', () => {
  it('gives plain text with paragraphs, item links once each and only safe web links', () => {
    const doc = lexicalDocSchema.parse({
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Titel' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Gesproken met ' },
              { type: ITEM_MENTION_TYPE, itemKind: 'person', itemId: personId, text: '@Anna' },
              { type: ITEM_MENTION_TYPE, itemKind: 'person', itemId: personId, text: '@Anna' },
              { type: ITEM_MENTION_TYPE, itemKind: 'virus', itemId: personId, text: '@x' },
              { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: ' kwaad' }] },
              { type: 'link', url: 'https://example.org/', children: [{ type: 'text', text: ' goed' }] },
            ],
          },
        ],
      },
    });
    const out = extractDoc(doc);
    expect(out.plainText).toBe('Titel\nGesproken met @Anna@Anna@x kwaad goed');
    expect(out.itemLinks).toEqual([{ kind: 'person', id: personId }]);
    expect(out.webLinks).toEqual(['https://example.org/']);
  });

  it('round-trips plain text through a document', () => {
    expect(extractDoc(docFromPlainText('een\ntwee')).plainText).toBe('een\ntwee');
  });

  it('refuses documents without a root', () => {
    expect(lexicalDocSchema.safeParse({ nope: 1 }).success).toBe(false);
    expect(lexicalDocSchema.safeParse({ root: { type: 'paragraph', children: [] } }).success).toBe(false);
  });
});
