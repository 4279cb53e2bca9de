#!/usr/bin/env node
/**
 * `npm test`: type checks, lint, Electronegativity (`npm run lint:security`), unit and integration tests (Vitest), the production build and
 * the end-to-end tests (Playwright in Debian's Chromium). Every step runs even when an earlier
 * one failed, so one run shows everything; the last line totals all of them:
 *   N passed, N failed, N skipped
 * Type check, lint and build count as one check each; Vitest and Playwright count their tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const output = join(root, '.test-output');
rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });

const bin = (name) => join(root, 'node_modules/.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const skippedNotes = [];

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label.padEnd(12)} ${ok ? 'passed' : 'FAILED'} (${seconds} s)`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // No report (the runner crashed before writing it): the caller counts that step as failed.
    return null;
  }
}

check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint', bin('eslint'), ['--max-warnings', '0', '.']);
check('security', process.execPath, ['scripts/lint-security.mjs']);

{
  const file = join(output, 'unit.json');
  const { ok, seconds } = run('unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  const report = readJson(file);
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
    totals.skipped += report.numPendingTests + report.numTodoTests;
    lines.push(`${'unit'.padEnd(12)} ${report.numPassedTests} passed, ${report.numFailedTests} failed (${seconds} s)`);
  } else {
    totals.failed += 1;
    lines.push(`${'unit'.padEnd(12)} FAILED: no report (${seconds} s)`);
  }
}

check('build', 'npm', ['run', '--silent', 'build']);

{
  const chromium = process.env.WG_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    totals.failed += 1;
    lines.push(`${'e2e'.padEnd(12)} FAILED: ${chromium} is missing (Debian: apt-get install -y chromium)`);
  } else {
    const { ok, seconds } = run('e2e', bin('playwright'), ['test']);
    const report = readJson(join(output, 'e2e.json'));
    if (report?.stats) {
      const { expected, unexpected, skipped, flaky } = report.stats;
      totals.passed += expected + flaky;
      totals.failed += unexpected + (ok || unexpected > 0 ? 0 : 1);
      totals.skipped += skipped;
      lines.push(`${'e2e'.padEnd(12)} ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped (${seconds} s)`);
      const visit = (suite) => {
        for (const spec of suite.specs ?? []) {
          for (const t of spec.tests ?? []) {
            for (const a of t.annotations ?? []) if (a.type === 'skip') skippedNotes.push(`skipped: ${spec.title}: ${a.description}`);
          }
        }
        for (const child of suite.suites ?? []) visit(child);
      };
      for (const suite of report.suites ?? []) visit(suite);
    } else {
      totals.failed += 1;
      lines.push(`${'e2e'.padEnd(12)} FAILED: no report (${seconds} s)`);
    }
  }
}

console.log('\n=== summary ===');
for (const line of [...lines, ...skippedNotes]) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
