import { crc32, deflateRawSync } from 'node:zlib';
/**
 * A corpus of hostile files for the tests, generated rather than stored: deeply nested and
 * enormous HTML, and zip archives whose headers lie about their contents.
 */
export function nestedHtml(depth: number): Uint8Array {
  return new TextEncoder().encode(`<html><body>${'<div>'.repeat(depth)}diep${'</div>'.repeat(depth)}</body></html>`);
}

export function flatHtml(elements: number): Uint8Array {
  return new TextEncoder().encode(`<html><body>${'<span>x</span>'.repeat(elements)}</body></html>`);
}

interface ZipPart {
  name: string;
  data: Buffer;
  /** What the headers claim the part inflates to; the truth when left out. */
  declaredSize?: number;
}

/**
 * A zip written by hand, so that its headers can lie: each part is deflated, and its local and
 * central headers carry `declaredSize` instead of the real inflated size.
 */
export function zipWithParts(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const compressed = deflateRawSync(part.data, { level: 9 });
    const size = part.declaredSize ?? part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A .docx of about 1 MB whose document part claims 2 KB and inflates to `inflatesTo` bytes. */
export function lyingDocx(inflatesTo = 400 * 1024 * 1024): Uint8Array {
  const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${body}`, 'utf8');
  return zipWithParts([
    { name: '[Content_Types].xml', data: xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'word/document.xml', data: Buffer.alloc(inflatesTo, 0x20), declaredSize: 2048 },
  ]);
}

/** A JSON request body of about `bytes` bytes: one string field, for body-size limits. */
export function hugeJsonBody(bytes: number): string {
  return `{"name":"${'x'.repeat(Math.max(0, bytes - 12))}"}`;
}
