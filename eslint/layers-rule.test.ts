import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'wg/layers').map((m) => m.message);
}

describe('the layer rule', () => {
  it('fails when renderer/ imports from electron/', async () => {
    const messages = await layerMessages('renderer/bad.ts', "import { dispatch } from '../electron/core/dispatch';\nexport const x = dispatch;\n");
    expect(messages).toEqual([expect.stringMatching(/renderer may not import from core/)]);
  });

  it('fails when core imports electron or the server', async () => {
    expect(await layerMessages('electron/core/bad.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await layerMessages('electron/core/bad.ts', "import { x } from '../server/server';\nexport const y = x;\n")).toHaveLength(1);
  });

  it('fails when shared imports Node or core, and when the preload imports schemas', async () => {
    expect(await layerMessages('shared/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await layerMessages('shared/bad.ts', "import { x } from '../electron/core/ids';\nexport const y = x;\n")).toHaveLength(1);
    expect(await layerMessages('electron/preload/bad.ts', "import { contract } from '../../shared/api/contract';\nexport const y = contract;\n")).toHaveLength(1);
  });

  it('allows the arrows of DESIGN.md', async () => {
    expect(await layerMessages('renderer/ok.ts', "import { CHANNEL_NAMES } from '../shared/api/channel-names';\nexport const x = CHANNEL_NAMES;\n")).toEqual([]);
    expect(await layerMessages('electron/server/ok.ts', "import { dispatch } from '../core/dispatch';\nexport const x = dispatch;\n")).toEqual([]);
    expect(await layerMessages('electron/preload/ok.ts', "import { CHANNEL_NAMES } from '../../shared/api/channel-names';\nexport const x = CHANNEL_NAMES;\n")).toEqual([]);
  });
});
