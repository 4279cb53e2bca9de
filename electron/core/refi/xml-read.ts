import { Parser } from 'htmlparser2';
import { AppError } from '../errors';

/** An element of a parsed XML file: its local name (any namespace prefix dropped), attributes, children and direct text. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Far beyond a real project (100,000 quotes with their codings are ~1 million elements). */
const MAX_ELEMENTS = 5_000_000;
const MAX_DEPTH = 256;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Parses XML from another program without trusting it: a document type declaration (the way in
 * for entity expansion "billion laughs" and external entities) is refused outright, and no entity
 * but XML's five and character references is ever expanded. Depth and element count are bounded.
 */
export function parseXml(xml: string, fileName: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let count = 0;
  let refusal: AppError | null = null;
  const refuse = (error: AppError) => {
    refusal ??= error;
  };
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (/^!doctype/i.test(name) || /^!entity/i.test(name)) refuse(new AppError('invalid_input', 'xmlDoctype', { name: fileName }));
      },
      onopentag(name, attrs) {
        if (refusal) return;
        if (++count > MAX_ELEMENTS) return refuse(new AppError('too_large', 'tooManyElements', { name: fileName, max: MAX_ELEMENTS }));
        if (stack.length > MAX_DEPTH) return refuse(new AppError('invalid_input', 'nestedTooDeep', { name: fileName, max: MAX_DEPTH }));
        const element: XmlElement = { name: localName(name), attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [localName(k), v])), children: [], text: '' };
        (stack[stack.length - 1] as XmlElement).children.push(element);
        stack.push(element);
      },
      ontext(text) {
        if (refusal) return;
        (stack[stack.length - 1] as XmlElement).text += text;
      },
      onclosetag() {
        if (refusal) return;
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  if (refusal) throw refusal;
  const top = root.children[0];
  if (!top) throw new AppError('invalid_input', 'noXml', { name: fileName });
  return top;
}

/** The children with this local name. */
export const childrenNamed = (element: XmlElement | undefined, name: string): XmlElement[] => element?.children.filter((c) => c.name === name) ?? [];
export const childNamed = (element: XmlElement | undefined, name: string): XmlElement | undefined => element?.children.find((c) => c.name === name);
/** The text of a child element such as <Description>, or ''. */
export const childText = (element: XmlElement | undefined, name: string): string => childNamed(element, name)?.text ?? '';
