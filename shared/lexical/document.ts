import { z } from 'zod';

/**
 * The serialized Lexical editor state as we store it. We validate the outer shape and the
 * size here; node types are checked when the text and links are extracted, so that a pasted
 * or imported document can never smuggle in a link that the editor would not accept.
 */
export const MAX_DOC_CHARS = 5_000_000;

export interface LexicalNodeJson {
  type: string;
  children?: LexicalNodeJson[];
  text?: string;
  url?: string;
  [key: string]: unknown;
}

const nodeSchema: z.ZodType<LexicalNodeJson> = z.lazy(() =>
  z.looseObject({
    type: z.string().max(100),
    children: z.array(nodeSchema).max(100_000).optional(),
    text: z.string().optional(),
    url: z.string().optional(),
  }),
);

export const lexicalDocSchema = z
  .looseObject({ root: z.looseObject({ type: z.literal('root'), children: z.array(nodeSchema) }) })
  .refine((doc) => JSON.stringify(doc).length <= MAX_DOC_CHARS, { error: 'Notitie is te groot' });
export type LexicalDoc = z.infer<typeof lexicalDocSchema>;

export function emptyDoc(): LexicalDoc {
  return {
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [], direction: null, format: '', indent: 0, version: 1 }],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    },
  };
}

/** A document of plain paragraphs, for notes written outside the editor (CLI, import, tests). */
export function docFromPlainText(text: string): LexicalDoc {
  const paragraphs = text.split(/\n{2,}|\n/).map((line) => ({
    type: 'paragraph',
    children: line ? [{ type: 'text', text: line, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] : [],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  }));
  return { root: { type: 'root', children: paragraphs, direction: null, format: '', indent: 0, version: 1 } };
}
