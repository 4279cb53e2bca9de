import { AppError, messageOf } from '../errors';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_STRING = 20_000_000;
const MAX_DEPTH = 64;

/**
 * JSON from elsewhere: parsed, then walked once to refuse what no bundle of ours contains and a
 * hostile one might (prototype keys, giant strings, absurd nesting) before any schema sees it.
 */
export function parseUntrustedJson(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', 'notJson', { name: what }, { detail: messageOf(error) });
  }
  checkUntrusted(value, what);
  return value;
}

/** A key no bundle of ours contains and a hostile one might (prototype pollution). */
export function checkKey(key: string, what: string): void {
  if (FORBIDDEN_KEYS.has(key)) throw new AppError('invalid_input', 'forbiddenKey', { name: what, key });
}

/** The walk of parseUntrustedJson, for a value parsed elsewhere (one item of a streamed bundle). */
export function checkUntrusted(value: unknown, what: string, depth = 0): void {
  const walk = (node: unknown, level: number): void => {
    if (level > MAX_DEPTH) throw new AppError('invalid_input', 'nestedTooDeep', { name: what, max: MAX_DEPTH });
    if (typeof node === 'string') {
      if (node.length > MAX_STRING) throw new AppError('too_large', 'stringTooLong', { name: what, max: MAX_STRING });
    } else if (Array.isArray(node)) {
      for (const item of node) walk(item, level + 1);
    } else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        checkKey(key, what);
        walk((node as Record<string, unknown>)[key], level + 1);
      }
    }
  };
  walk(value, depth);
}
