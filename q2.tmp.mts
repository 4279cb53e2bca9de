import { createReadStream } from 'node:fs';
import { JSONParser } from '@streamparser/json';
const t0 = performance.now();
const parser = new JSONParser({ paths: ['$.*', '$.people.*', '$.sources.*', '$.quotes.*', '$.lessons.*', '$.tags.*', '$.notes.*'], keepStack: false });
let n = 0;
parser.onValue = () => { n++; };
for await (const chunk of createReadStream('/tmp/all100k.json')) parser.write(chunk as Uint8Array);
console.log('streamparser', n, Math.round(performance.now() - t0), 'ms', Math.round(process.memoryUsage().rss / 1e6), 'MB');
const t1 = performance.now();
let m = 0; let buf = '';
for await (const chunk of createReadStream('/tmp/all100k.json', { encoding: 'utf8' })) {
  buf += chunk; let i;
  while ((i = buf.indexOf('\n')) >= 0) { const line = buf.slice(0, i); buf = buf.slice(i + 1); if (line.startsWith('    {')) { JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line); m++; } }
}
console.log('lines', m, Math.round(performance.now() - t1), 'ms');
