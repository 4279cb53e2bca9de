// @ts-check
/**
 * Enforces the layers of DESIGN.md: every file belongs to a room (shared, core, main, preload,
 * server, cli, renderer, ...) and may import only from the rooms listed for it. Relative
 * imports are resolved to a path first, so "../../electron/core/x" from renderer/ is caught
 * however it is spelled. Bare modules are checked too: only main and preload may import
 * 'electron', only core touches better-sqlite3, shared and renderer use no Node built-ins.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** @type {[string, string][]} folder prefix (relative to the root) to layer name; longest first */
const ROOMS = [
  ['electron/core/', 'core'],
  ['electron/main/', 'main'],
  ['electron/preload/', 'preload'],
  ['electron/server/', 'server'],
  ['electron/cli/', 'cli'],
  ['shared/', 'shared'],
  ['renderer/', 'renderer'],
  ['e2e/', 'e2e'],
  ['bench/', 'bench'],
  ['scripts/', 'scripts'],
  ['eslint/', 'scripts'],
];

/** @type {Record<string, string[]>} */
export const ALLOWED = {
  shared: ['shared'],
  core: ['shared', 'core'],
  main: ['shared', 'core', 'main'],
  server: ['shared', 'core', 'server'],
  cli: ['shared', 'core', 'cli'],
  preload: ['preload', 'shared'],
  renderer: ['shared', 'renderer'],
  e2e: ['shared', 'core', 'e2e'],
  bench: ['shared', 'core', 'bench'],
  scripts: ['shared', 'core', 'server', 'cli', 'scripts'],
};

/** The preload may see channel and event names and types, nothing with logic or schemas. */
const PRELOAD_SHARED = ['shared/api/channel-names.ts', 'shared/api/bridge.ts', 'shared/api/events.ts', 'shared/api/errors.ts'];

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** @param {string} file absolute path */
export function roomOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  for (const [prefix, room] of ROOMS) if (rel.startsWith(prefix)) return room;
  return null;
}

/** @param {string} room @param {string} spec */
function bareModuleProblem(room, spec) {
  const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  if (name === 'electron' && room !== 'main' && room !== 'preload' && room !== 'e2e') {
    return `'electron' may be imported only in electron/main and electron/preload (this is ${room})`;
  }
  if (NODE_BUILTINS.has(spec) && (room === 'shared' || room === 'renderer' || room === 'preload')) {
    return `${room} runs without Node: '${spec}' is not available there`;
  }
  if (name === 'better-sqlite3' && room !== 'core' && room !== 'scripts') {
    return `only electron/core talks to SQLite (this is ${room})`;
  }
  if ((name === 'react' || name === 'react-dom') && room !== 'renderer') {
    return `React belongs in renderer/ (this is ${room})`;
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports must follow the layers of DESIGN.md' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const room = roomOf(file);
    if (!room) return {};
    /** @param {import('estree').Node} node @param {unknown} value */
    const check = (node, value) => {
      if (typeof value !== 'string') return;
      if (!value.startsWith('.')) {
        const problem = bareModuleProblem(room, value);
        if (problem) context.report({ node, message: `Layer violation: ${problem}` });
        return;
      }
      const target = path.resolve(path.dirname(file), value);
      const targetRoom = roomOf(target);
      if (!targetRoom) return;
      if (!ALLOWED[room]?.includes(targetRoom)) {
        context.report({ node, message: `Layer violation: ${room} may not import from ${targetRoom} ('${value}')` });
        return;
      }
      if (room === 'preload' && targetRoom === 'shared') {
        const rel = path.relative(ROOT, target).split(path.sep).join('/');
        if (!PRELOAD_SHARED.some((allowed) => allowed === rel || allowed === `${rel}.ts`)) {
          context.report({ node, message: `Layer violation: the preload may import only channel names and types from shared ('${value}')` });
        }
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { layers: rule } };
