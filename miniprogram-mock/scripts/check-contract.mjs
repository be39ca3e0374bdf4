// Fails the build when the committed API contract (openapi/openapi.yaml) differs from the one
// the build generates from the code (target/openapi/openapi.yaml), so the published contract
// can never drift from what the backend really serves.
//
//   node miniprogram-mock/scripts/check-contract.mjs            compare (from the repo root)
//   node miniprogram-mock/scripts/check-contract.mjs --update   copy the generated one over
//
// Node built-ins only: Maven runs it before the journeys' `npm ci`.

import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const COMMITTED = path.join('openapi', 'openapi.yaml');
const GENERATED = path.join('target', 'openapi', 'openapi.yaml');
const UPDATE_COMMAND = 'node miniprogram-mock/scripts/check-contract.mjs --update';
const MAX_SHOWN = 15;

const committedPath = path.join(REPO, COMMITTED);
const generatedPath = path.join(REPO, GENERATED);

if (!existsSync(generatedPath)) {
  fail(`${GENERATED} is missing: build the backend first (./mvnw package generates it).`);
}

if (process.argv.includes('--update')) {
  mkdirSync(path.dirname(committedPath), { recursive: true });
  copyFileSync(generatedPath, committedPath);
  console.log(`contract: copied ${GENERATED} to ${COMMITTED}; review the change and commit it.`);
  process.exit(0);
}

if (!existsSync(committedPath)) {
  fail(`${COMMITTED} is missing. Create it from the generated contract with:\n  ${UPDATE_COMMAND}`);
}

const committed = lines(committedPath);
const generated = lines(generatedPath);
const differences = diff(committed, generated);
if (differences.length === 0) {
  console.log(`contract: ${COMMITTED} matches the generated contract.`);
  process.exit(0);
}

console.error(`contract: ${COMMITTED} differs from the contract generated from the code ` +
  `(${GENERATED}).`);
for (const d of differences.slice(0, MAX_SHOWN)) {
  console.error(`  ${d.where}:`);
  console.error(`    committed: ${show(d.committed)}`);
  console.error(`    generated: ${show(d.generated)}`);
}
if (differences.length > MAX_SHOWN) console.error(`  … and more after ${differences[MAX_SHOWN - 1].where}`);
fail(`If the change to the API is intended, update the committed contract and commit it:\n  ${UPDATE_COMMAND}`);

function lines(file) {
  // Line endings are not part of the contract (a Windows checkout must not fail the build).
  return readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
}

/**
 * The differing lines after skipping the common start; where one side has extra lines
 * (inserted or removed), the two sides are re-aligned on the next line they share, so one
 * inserted line is shown once instead of shifting every line below it into a difference.
 */
function diff(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while ((i < a.length || j < b.length) && out.length <= MAX_SHOWN) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const [di, dj] = realign(a, b, i, j);
    for (let k = 0; k < Math.max(di, dj); k++) {
      out.push({
        where: `committed line ${Math.min(i + k, a.length) + 1}, generated line ${Math.min(j + k, b.length) + 1}`,
        committed: k < di ? a[i + k] : undefined,
        generated: k < dj ? b[j + k] : undefined,
      });
    }
    i += di;
    j += dj;
  }
  return out;
}

/** How many lines to skip on each side to meet again (a small window; else one each). */
function realign(a, b, i, j) {
  const WINDOW = 40;
  for (let total = 1; total <= WINDOW; total++) {
    // Balanced skips first: a changed line is more likely than a far-away common line.
    const splits = Array.from({ length: total + 1 }, (_, di) => [di, total - di])
      .sort((x, y) => Math.abs(x[0] - x[1]) - Math.abs(y[0] - y[1]));
    for (const [di, dj] of splits) {
      if (i + di <= a.length && j + dj <= b.length && (i + di === a.length && j + dj === b.length
        || (i + di < a.length && j + dj < b.length && a[i + di] === b[j + dj] && a[i + di].trim() !== ''))) {
        return [di, dj];
      }
    }
  }
  return [Math.min(1, a.length - i), Math.min(1, b.length - j)];
}

function show(line) {
  return line === undefined ? '(no line)' : JSON.stringify(line);
}

function fail(message) {
  console.error(`contract: ${message}`);
  process.exit(1);
}
