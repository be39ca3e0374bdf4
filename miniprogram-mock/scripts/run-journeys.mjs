// Runs the mini-program journeys against the packaged backend: installs this folder's npm
// dependencies when needed, starts the fake WeChat server and `java -jar` the Quarkus app on
// free local ports, waits until the app is ready, runs `node --test` on test/ (the tools'
// own checks) and journeys/, stops
// everything (also on failure or Ctrl-C) and exits with the tests' exit code.
//
// Maven runs it in the verify phase from miniprogram-mock/ after packaging; `npm test` does
// the same. The app's output goes to ../target/journeys-app.log.
//
// Environment: DB_HOST, DB_PORT, DB_USER, DB_PASSWORD are handed to the app when set (the
// app's defaults are 127.0.0.1:3306, root, no password); the journeys use the database
// `silver_journeys` (JOURNEY_DB_NAME overrides it), which is kept between runs.
// JOURNEYS_READY_TIMEOUT_S (default 60).

import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO = path.resolve(HERE, '..');
const JAR = path.join(REPO, 'target', 'quarkus-app', 'quarkus-run.jar');
const APP_LOG = path.join(REPO, 'target', 'journeys-app.log');
const READY_TIMEOUT_MS = Number(process.env.JOURNEYS_READY_TIMEOUT_S ?? 60) * 1000;
const STOP_GRACE_MS = 10000;
const LOG_TAIL_LINES = 80;
const WECHAT_APP_ID = 'wxj0urney5ilver01';
// Subscribe-message templates the journeys' app knows, and a sender quick enough that a WeChat
// outage is made good within seconds rather than the production minutes.
const NOTICE_SETTINGS = [
  ...['application-received', 'application-progress', 'invitation', 'seeker-reply']
    .map((key) => `-Dsilver.notification.templates.${key}=journey-tmpl-${key}`),
  '-Dsilver.notification.send-every=1s',
  '-Dsilver.notification.backoff-base=PT1S',
  '-Dsilver.notification.backoff-max=PT2S',
];
// Field-encryption keys for the journeys' database only. They are fixed, not throw-away like
// the rest of SILVER_SECRETS_EPHEMERAL, because that database outlives the app: with new keys
// at every start, the rows of earlier runs could no longer be decrypted. Never use them for
// real data.
const JOURNEY_CRYPTO_KEYS = 'journeys:am91cm5leXMtb25seS1maWVsZC1rZXktMDAwMDAwMDA=';
const JOURNEY_HASH_KEY = 'am91cm5leXMtb25seS1oYXNoLWtleS0wMDAwMDAwMDA=';

const running = { app: null, fake: null, tests: null };

main().then(
  (code) => shutdown(code),
  (e) => {
    console.error(`journeys: ${e.message}`);
    shutdown(1);
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`journeys: ${signal}, stopping`);
    shutdown(130);
  });
}

async function main() {
  if (!existsSync(JAR)) {
    throw new Error(`${path.relative(HERE, JAR)} is missing: package the backend first (./mvnw package)`);
  }
  installDependencies();

  const { start } = await import('../fake-wechat/server.mjs');
  const secret = randomBytes(16).toString('hex');
  running.fake = await start({ port: 0, appId: WECHAT_APP_ID, secret });
  console.log(`journeys: fake WeChat on ${running.fake.url}`);

  const admin = await adminCredentials();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  running.app = startApp({ port, secret, admin });
  console.log(`journeys: app on ${baseUrl}, log in ${path.relative(HERE, APP_LOG)}`);
  await waitUntilReady(baseUrl);

  return runTests({
    BASE_URL: baseUrl,
    FAKE_WECHAT_URL: running.fake.url,
    ADMIN_USERNAME: admin.username,
    ADMIN_PASSWORD: admin.password,
    APP_LOG,
  });
}

/** `npm ci` when node_modules is missing or was installed from another package-lock.json. */
function installDependencies() {
  const lock = readFileSync(path.join(HERE, 'package-lock.json'));
  const digest = createHash('sha256').update(lock).digest('hex');
  const marker = path.join(HERE, 'node_modules', '.journeys-lock-sha256');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === digest) return;

  console.log('journeys: npm ci');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: HERE, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci failed (exit ${result.status ?? result.signal})`);
  writeFileSync(marker, digest);
}

/** A random password per run and its bcrypt hash, for the app's bootstrap staff account. */
async function adminCredentials() {
  const { default: bcrypt } = await import('bcryptjs');
  const password = randomBytes(12).toString('base64url');
  // bcryptjs writes the $2b$ prefix; the backend's verifier expects $2a$, which names the
  // same algorithm for passwords like this one (ASCII, under 72 bytes).
  const hash = bcrypt.hashSync(password, 10).replace(/^\$2b\$/, '$2a$');
  // A new account each run: the database is kept between runs, and the bootstrap only creates
  // a missing account, so last run's account would still hold last run's password.
  const username = process.env.JOURNEYS_ADMIN_USERNAME || `journey-admin-${randomBytes(4).toString('hex')}`;
  return { username, password, hash };
}

function startApp({ port, secret, admin }) {
  mkdirSync(path.dirname(APP_LOG), { recursive: true });
  const log = createWriteStream(APP_LOG);
  const dbName = process.env.JOURNEY_DB_NAME || 'silver_journeys';
  const env = {
    ...process.env,
    PORT: String(port),
    DB_NAME: dbName,
    SILVER_WECHAT_API_HOST: running.fake.url,
    WECHAT_APP_ID,
    WECHAT_SECRET: secret,
    SILVER_SECRETS_EPHEMERAL: 'true',
    SILVER_CRYPTO_KEYS: JOURNEY_CRYPTO_KEYS,
    SILVER_CRYPTO_HASH_KEY: JOURNEY_HASH_KEY,
    SILVER_ADMIN_BOOTSTRAP_USERNAME: admin.username,
    SILVER_ADMIN_BOOTSTRAP_PASSWORD_HASH: admin.hash,
  };
  const app = spawn('java', [...NOTICE_SETTINGS, '-jar', JAR], { cwd: HERE, env, stdio: ['ignore', 'pipe', 'pipe'] });
  app.stdout.pipe(log, { end: false });
  app.stderr.pipe(log, { end: false });
  app.exited = new Promise((resolve) => app.on('exit', (code, signal) => resolve({ code, signal })));
  app.on('error', (e) => log.write(`journeys: could not start java: ${e.message}\n`));
  return app;
}

async function waitUntilReady(baseUrl) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let exited = null;
  running.app.exited.then((how) => { exited = how; });
  while (Date.now() < deadline) {
    if (exited) {
      printLogTail();
      throw new Error(`the app stopped before it was ready (exit ${exited.code ?? exited.signal})`);
    }
    try {
      const res = await fetch(`${baseUrl}/q/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  printLogTail();
  throw new Error(`the app was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

function runTests(extraEnv) {
  // The tools' own checks (test/) run too: a journey is only as good as its fake and its
  // contract check. One file at a time: the fake WeChat server's failures are shared by all.
  const files = ['test', 'journeys'].flatMap((dir) => readdirSync(path.join(HERE, dir))
    .filter((f) => f.endsWith('.test.mjs')).sort().map((f) => path.join(dir, f)));
  const args = ['--test', '--test-concurrency=1', ...files];
  return new Promise((resolve) => {
    running.tests = spawn(process.execPath, args, { cwd: HERE, stdio: 'inherit',
      env: { ...process.env, ...extraEnv } });
    running.tests.on('exit', (code, signal) => {
      running.tests = null;
      if (code !== 0) printLogTail();
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  running.tests?.kill('SIGTERM');
  await stopApp();
  await running.fake?.stop();
  process.exit(code);
}

async function stopApp() {
  const app = running.app;
  if (!app || app.exitCode !== null || app.signalCode !== null) return;
  app.kill('SIGTERM');
  const stopped = await Promise.race([app.exited, sleep(STOP_GRACE_MS).then(() => null)]);
  if (!stopped) app.kill('SIGKILL');
}

function printLogTail() {
  if (!existsSync(APP_LOG)) return;
  const lines = readFileSync(APP_LOG, 'utf8').trimEnd().split('\n');
  console.error(`--- last ${Math.min(LOG_TAIL_LINES, lines.length)} lines of ${path.relative(HERE, APP_LOG)} ---`);
  console.error(lines.slice(-LOG_TAIL_LINES).join('\n'));
  console.error('--- end of app log ---');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
