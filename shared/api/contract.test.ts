import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from './channel-names';
import { contract } from './contract';

describe('contract', () => {
  it('declares exactly the channel names the preload allows', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('fills defaults and refuses unknown fields', () => {
    const parsed = contract['people.create'].input.parse({ name: ' Anna ' });
    expect(parsed).toMatchObject({ name: 'Anna', consent: 'name', roles: [], pseudonym: null });
    expect(contract['people.create'].input.safeParse({ name: 'A', admin: true }).success).toBe(false);
  });

  it('refuses impossible dates and unsafe URLs', () => {
    expect(contract['sources.create'].input.safeParse({ title: 'x', date: '2007-13' }).success).toBe(false);
    expect(contract['sources.create'].input.safeParse({ title: 'x', url: 'javascript:alert(1)' }).success).toBe(false);
    expect(contract['sources.create'].input.safeParse({ title: 'x', url: 'https://wijk.nl/a', date: '2007-03' }).success).toBe(true);
  });

  it('refuses a role that ends before it starts', () => {
    const result = contract['people.create'].input.safeParse({ name: 'A', roles: [{ role: 'wethouder', from: '2010', to: '2006' }] });
    expect(result.success).toBe(false);
  });
});
