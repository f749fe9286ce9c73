// Runs the conformance checks against SERVER_URL (the /graphql endpoint of a running API), one line per check, and
// ends with "checks: N passed, N failed" (suite.sh adds its own checks and prints the total). Usage: SERVER_URL=http://127.0.0.1:5080/graphql node run.mjs [group ...]
import { audit } from './checks/audit.mjs';
import { graphiql } from './checks/graphiql.mjs';
import { hostile } from './checks/hostile.mjs';
import { introspection } from './checks/introspection.mjs';
import { validation } from './checks/validation.mjs';

const url = process.env.SERVER_URL;
if (!url) throw new Error('SERVER_URL is not set');
const screenshotDir = process.env.SCREENSHOT_DIR ?? 'artifacts/screenshots';
const groups = { audit, introspection, validation, hostile, graphiql: (u) => graphiql(u, { screenshotDir }) };
const selected = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(groups);
const verbose = process.env.VERBOSE === '1';

let passed = 0;
let failed = 0;
for (const group of selected) {
  console.log(`-- ${group}`);
  let results;
  try {
    results = await groups[group](url);
  } catch (e) {
    results = [{ name: `${group}: ran to the end`, ok: false, note: e.stack }];
  }
  for (const r of results) {
    if (r.ok) passed++;
    else failed++;
    const showNote = r.note && (!r.ok || verbose || !r.quiet);
    console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name}${showNote ? `\n       ${r.note}` : ''}`);
  }
}
console.log(`checks: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
