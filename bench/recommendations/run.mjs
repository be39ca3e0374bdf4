// Recommendation benchmark: jobs for a seeker over 100,000 published jobs, and candidates for a
// job over 300,000 registered seekers, at 8 concurrent requests, p50/p99 per endpoint.
//
// Starts the fake WeChat server and the packaged app (target/quarkus-app) against MariaDB, seeds
// the bulk data once (seed.sql), registers 8 seekers and one employer with 8 jobs through the
// API as the mini-program does, warms up, then measures each endpoint for BENCH_SECONDS.
//
// Usage (from the repo root, after ./mvnw package -DskipTests -DskipJourneys):
//   node bench/recommendations/run.mjs
// Environment: BENCH_DB_NAME (default silver_bench_matching), DB_HOST, DB_PORT, DB_USER, DB_PASSWORD,
//   BENCH_SECONDS (default 20), BENCH_WARMUP_SECONDS (default 5), BENCH_CONCURRENCY (default 8).

import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { start as startFakeWeChat } from '../../miniprogram-mock/fake-wechat/server.mjs';
import * as fx from '../../miniprogram-mock/lib/fixtures.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const JAR = path.join(ROOT, 'target/quarkus-app/quarkus-run.jar');
const DB = {
  name: process.env.BENCH_DB_NAME || 'silver_bench_matching',
  host: process.env.DB_HOST || '127.0.0.1',
  port: process.env.DB_PORT || '3306',
  user: process.env.DB_USER || 'root',
  password: process.env.DB_PASSWORD || '',
};
const SECONDS = Number(process.env.BENCH_SECONDS || 20);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS || 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 8);
const PORT = 18000 + Math.floor(Math.random() * 1000);
const BASE = `http://127.0.0.1:${PORT}/api/v1`;

function sql(statement, { file } = {}) {
  const args = ['-h', DB.host, '-P', DB.port, '-u', DB.user, '-N', '-B', DB.name];
  if (DB.password) args.splice(0, 0, `-p${DB.password}`);
  const input = file ? readFileSync(file) : statement;
  const res = spawnSync('mariadb', args, { input, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (res.status !== 0) throw new Error(`mariadb: ${res.stderr}`);
  return res.stdout.trim();
}

async function startApp(fake) {
  const log = createWriteStream(path.join(ROOT, 'target/bench-app.log'));
  const app = spawn('java', ['-jar', JAR], {
    env: { ...process.env, PORT: String(PORT), DB_NAME: DB.name, DB_HOST: DB.host, DB_PORT: DB.port,
      DB_USER: DB.user, DB_PASSWORD: DB.password, SILVER_WECHAT_API_HOST: fake.url, WECHAT_APP_ID: fake.appId,
      WECHAT_SECRET: fake.secret, SILVER_SECRETS_EPHEMERAL: 'true', SILVER_NOTIFICATION_SEND_EVERY: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout.pipe(log);
  app.stderr.pipe(log);
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/q/health/ready`)).ok) return app;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  app.kill();
  throw new Error('the app did not become ready; see target/bench-app.log');
}

async function call(method, url, token, body) {
  const res = await fetch(`${BASE}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${url} -> ${res.status} ${JSON.stringify(data)}`);
  return data;
}

async function login(fake, user) {
  const control = await fetch(`${fake.url}/__control/codes`, { method: 'POST', body: JSON.stringify({ user }),
    headers: { 'content-type': 'application/json' } });
  const { code } = await control.json();
  return (await call('POST', '/auth/wechat-login', null, { code })).token;
}

async function prepareUsers(fake) {
  const privacy = (await call('GET', '/seekers/privacy-notice')).version;
  const seekers = [];
  for (let i = 0; i < CONCURRENCY; i += 1) {
    const token = await login(fake, `bench-seeker-${i}-${fx.tag()}`);
    await call('POST', '/seekers', token, {
      realName: fx.chineseName(), idNumber: fx.idNumber({ age: 52 + i }).idNumber, phone: fx.phone(),
      districtCode: Object.values(fx.DISTRICTS)[i % 4], privacyVersion: privacy,
      details: { occupations: [{ occupationId: 1 + i, years: 5 }], desiredCategories: ['ELDERLY_CARE'],
        physicalCapacity: 'LOW', maxTravelKm: 5, homeLocation: { latitude: 37.5, longitude: 122.1 } },
    });
    seekers.push(token);
  }
  const employerToken = await login(fake, `bench-employer-${fx.tag()}`);
  const employer = await call('POST', '/employers', employerToken, fx.employerRegistration());
  sql(`UPDATE employer SET verification_status = 'VERIFIED' WHERE id = ${Number(employer.id)}`);
  const jobs = [];
  for (let i = 0; i < CONCURRENCY; i += 1) {
    const job = await call('POST', `/employers/${employer.id}/jobs`, employerToken,
      fx.jobPosting({ occupationId: 1 + i, districtCode: Object.values(fx.DISTRICTS)[i % 4] }));
    jobs.push(`/employers/${employer.id}/jobs/${job.id}/candidates?size=20`);
  }
  return { seekers, employerToken, jobs };
}

/** CONCURRENCY workers, each sending its own request back to back for `seconds`. */
async function load(seconds, requestOf) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: CONCURRENCY }, async (_, worker) => {
    while (Date.now() < until) {
      const { url, token } = requestOf(worker);
      const started = process.hrtime.bigint();
      const res = await fetch(`${BASE}${url}`, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (res.status !== 200) errors += 1;
    }
  }));
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { requests: latencies.length, errors, perSecond: latencies.length / seconds,
    p50: at(0.5), p90: at(0.9), p99: at(0.99), max: latencies[latencies.length - 1] };
}

async function measure(name, requestOf) {
  await load(WARMUP, requestOf);
  const r = await load(SECONDS, requestOf);
  return `| ${name} | ${CONCURRENCY} | ${r.requests} | ${r.errors} | ${r.perSecond.toFixed(1)} | ${r.p50.toFixed(1)} `
    + `| ${r.p90.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} |`;
}

const fake = await startFakeWeChat({ port: 0 });
const app = await startApp(fake);
try {
  if (Number(sql("SELECT COUNT(*) FROM job WHERE title LIKE '压测岗位%'")) < 100000) {
    console.log('seeding 100,000 jobs and 300,000 seekers (once per database) ...');
    sql(null, { file: path.join(HERE, 'seed.sql') });
  }
  console.log(`jobs: ${sql('SELECT COUNT(*) FROM job')}, seekers: ${sql("SELECT COUNT(*) FROM seeker")}`);
  const users = await prepareUsers(fake);
  const rows = [
    await measure('GET /seekers/me/recommendations', (w) => ({ url: '/seekers/me/recommendations?size=20',
      token: users.seekers[w] })),
    await measure('GET /employers/{id}/jobs/{id}/candidates', (w) => ({ url: users.jobs[w],
      token: users.employerToken })),
  ];
  console.log('\n| endpoint | concurrency | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  rows.forEach((row) => console.log(row));
} finally {
  app.kill();
  await fake.stop();
}
