/**
 * `npm run lint:security`: Electronegativity (Doyensec) over the Electron code. Every finding it
 * reports must be fixed or explained below; a new one fails the run. The check that looks up
 * Electron releases online is left out (no network in CI); `npm audit` covers that ground.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EXPLAINED = {
  // Our CSP is built in code (shared/security/csp.ts, tested in electron/server/csp.test.ts), so
  // the tool cannot read it from a literal; it is strict (default-src 'none', no inline script).
  CSP_GLOBAL_CHECK: 'CSP built in code and tested',
  // shell.openExternal is called only for URLs that isWebOrMailUrl accepts (http(s) and mailto),
  // tested in electron/main/glue.test.ts and shared/text/parse-url.test.ts.
  OPEN_EXTERNAL_JS_CHECK: 'guarded by isWebOrMailUrl',
  // The preload script exposes one frozen object through contextBridge (call, on) with channel
  // names checked against the contract; no Node API reaches the page.
  PRELOAD_JS_CHECK: 'minimal contextBridge API',
};

const dir = mkdtempSync(join(tmpdir(), 'wg-electronegativity-'));
const out = join(dir, 'findings.csv');
try {
  execFileSync(
    process.execPath,
    [join('node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'), '-i', 'electron', '-r', '-e', '45.0.0', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', out],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const rows = readFileSync(out, 'utf8').split('\n').slice(1).filter((line) => /^[A-Z_]+,/.test(line));
  const findings = rows.map((line) => ({ check: line.split(',')[0], where: line.split(',').slice(3, 5).join(':').replace(/"/g, '') }));
  const unexplained = findings.filter((f) => !(f.check in EXPLAINED));
  for (const f of findings) console.log(`${f.check in EXPLAINED ? 'explained' : 'NEW      '}  ${f.check}  ${f.where}${f.check in EXPLAINED ? `  (${EXPLAINED[f.check]})` : ''}`);
  console.log(`electronegativity: ${findings.length} findings, ${unexplained.length} unexplained`);
  process.exitCode = unexplained.length === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
