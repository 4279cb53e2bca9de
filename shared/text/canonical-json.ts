/**
 * JSON with object keys in sorted order, so the same content is always the same string: a
 * document stored, exported, validated (which may reorder keys) and imported again compares
 * and round-trips byte for byte.
 */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonicalize((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function canonicalJson(value: unknown, replacer?: (key: string, value: unknown) => unknown): string {
  return JSON.stringify(canonicalize(value), replacer as never);
}
