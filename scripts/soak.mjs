#!/usr/bin/env node
/**
 * `npm run soak -- --cycles N [--library DIR] [--writers 2]`: the crash probe kept in the
 * repository. Each cycle starts the built host process(es) on one library (as the app and the CLI
 * or two browser-mode servers would), sends writes through the API until a random moment, and
 * kills every host with SIGKILL. Then it opens the library again and checks that every write the
 * API acknowledged is there and that SQLite's integrity check passes. Prints the totals; exits 1
 * on any lost write, integrity failure or refused write other than a conflict.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { cycles: { type: 'string', default: '50' }, library: { type: 'string' }, writers: { type: 'string', default: '1' }, 'max-ms': { type: 'string', default: '400' } },
});
const cycles = Number(values.cycles);
const writers = Number(values.writers);
const maxMs = Number(values['max-ms']);
const libraryDir = values.library ? resolve(values.library) : mkdtempSync(join(tmpdir(), 'wg-soak-'));
const hostFile = join(root, 'out', 'node', 'host.js');

function startHost() {
  const child = fork(hostFile, ['--library', libraryDir, '--backup-delay', String(24 * 3600 * 1000)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  let next = 1;
  const pending = new Map();
  const ready = new Promise((resolveReady, rejectReady) => {
    child.on('message', (message) => {
      if (message.type === 'ready') resolveReady();
      else if (message.type === 'failed') rejectReady(new Error(message.error.message));
      else if (message.type === 'result') {
        pending.get(message.id)?.(message.envelope);
        pending.delete(message.id);
      }
    });
    child.on('exit', () => {
      rejectReady(new Error(`host exited before it was ready: ${stderr.slice(-500)}`));
      for (const done of pending.values()) done(null);
      pending.clear();
    });
  });
  const call = (channel, input) =>
    new Promise((done) => {
      const id = next++;
      pending.set(id, done);
      child.send({ type: 'call', id, channel, input });
    });
  return { child, ready, call };
}

const totals = { cycles: 0, acknowledged: 0, lost: 0, integrityFailures: 0, conflicts: 0, otherRefusals: 0 };
const acknowledged = [];

for (let cycle = 1; cycle <= cycles; cycle++) {
  const hosts = Array.from({ length: writers }, startHost);
  await Promise.all(hosts.map((h) => h.ready));
  const stopAt = Date.now() + 20 + Math.random() * maxMs;
  // Each host writes as fast as answers come, in a few parallel streams, until the kill.
  await Promise.all(
    hosts.flatMap((host, w) =>
      [0, 1, 2].map(async (stream) => {
        let n = 0;
        while (Date.now() < stopAt && host.child.exitCode === null) {
          const name = `soak ${cycle}-${w}-${stream}-${n++}`;
          const envelope = await host.call('people.create', { name });
          if (envelope === null) return;
          if (envelope.ok) acknowledged.push(name);
          else if (envelope.error.code === 'conflict') totals.conflicts++;
          else {
            totals.otherRefusals++;
            console.error(`refused: ${envelope.error.code} ${envelope.error.message}`);
          }
        }
      }),
    ),
  );
  for (const host of hosts) host.child.kill('SIGKILL');
  await Promise.all(hosts.map((h) => new Promise((done) => (h.child.exitCode !== null || h.child.signalCode !== null ? done() : h.child.once('exit', done)))));

  // Opened as the next start would: WAL recovery, then the checks.
  const db = new Database(join(libraryDir, 'wijkgeheugen.sqlite'));
  const check = db.pragma('integrity_check', { simple: true });
  if (check !== 'ok') totals.integrityFailures++;
  const names = new Set(db.prepare('SELECT name FROM people').pluck().all());
  db.close();
  totals.lost += acknowledged.filter((name) => !names.has(name)).length;
  totals.acknowledged = acknowledged.length;
  totals.cycles = cycle;
  if (cycle % 25 === 0 || cycle === cycles) console.log(`cycle ${cycle}: ${totals.acknowledged} acknowledged writes, ${totals.lost} lost, ${totals.integrityFailures} integrity failures, ${totals.conflicts} conflicts`);
}

console.log(
  `soak: ${totals.cycles} cycles, ${writers} writer process(es), ${totals.acknowledged} acknowledged writes, ${totals.lost} lost, ${totals.integrityFailures} integrity failures, ${totals.conflicts} conflicts, ${totals.otherRefusals} other refusals`,
);
if (!values.library) rmSync(libraryDir, { recursive: true, force: true });
process.exitCode = totals.lost + totals.integrityFailures + totals.otherRefusals === 0 ? 0 : 1;
