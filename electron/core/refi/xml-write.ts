/**
 * Writing XML by hand, small and strict: every user string goes through these escapes. XML 1.0
 * cannot carry most control characters, even as character references, so they are dropped
 * (a pasted text can hold a stray \u0007 or \u000b; another tool would refuse the whole file).
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also keep their line breaks and tabs, which a parser would otherwise turn into spaces. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export type Attributes = Record<string, string | number | boolean | null | undefined>;

const attributes = (attrs: Attributes) =>
  Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');

/** An indented document built line by line; `open`/`close` must pair (checked when the text is taken). */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  private readonly stack: string[] = [];

  private indent(): string {
    return '  '.repeat(this.stack.length);
  }

  open(name: string, attrs: Attributes = {}): this {
    this.lines.push(`${this.indent()}<${name}${attributes(attrs)}>`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (!name) throw new Error('XmlWriter: close without open');
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  empty(name: string, attrs: Attributes = {}): this {
    this.lines.push(`${this.indent()}<${name}${attributes(attrs)}/>`);
    return this;
  }

  /** An element with text content; nothing is written for an empty text unless `keepEmpty`. */
  text(name: string, content: string, keepEmpty = false): this {
    if (content === '' && !keepEmpty) return this;
    this.lines.push(`${this.indent()}<${name}>${xmlText(content)}</${name}>`);
    return this;
  }

  toString(): string {
    if (this.stack.length > 0) throw new Error(`XmlWriter: <${this.stack.join('><')}> not closed`);
    return `${this.lines.join('\n')}\n`;
  }
}
