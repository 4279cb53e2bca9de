import { parseArgs } from 'node:util';

export interface ServeArgs {
  library: string | undefined;
  port: number;
  renderer: string | undefined;
}

export function parseServeArgs(argv: string[]): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      library: { type: 'string' },
      port: { type: 'string', default: '0' },
      renderer: { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port moet een getal van 0 tot 65535 zijn, niet ${values.port}`);
  return { library: values.library, port, renderer: values.renderer };
}
