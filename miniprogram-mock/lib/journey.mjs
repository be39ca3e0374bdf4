// What every journey needs: the addresses scripts/run-journeys.mjs hands over in the
// environment, simulated phones, problem assertions, and the two privacy checks that close
// each journey (no secret in any answer, no personal data in the backend's log).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createWx } from './wx.mjs';
import { createApi, seenAnswers } from './api.mjs';
import { tag } from './fixtures.mjs';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the journeys through scripts/run-journeys.mjs`);
  return value;
}

export const env = {
  baseUrl: required('BASE_URL'),
  fakeWeChatUrl: required('FAKE_WECHAT_URL'),
  adminUsername: required('ADMIN_USERNAME'),
  adminPassword: required('ADMIN_PASSWORD'),
  appLog: required('APP_LOG'),
};

const personalData = new Set();

/** Marks values (openids, ID numbers, phone numbers) that must never appear in the app log. */
export function remember(...values) {
  for (const v of values) if (v) personalData.add(String(v));
}

/** A new phone with its own WeChat user; `label` only makes failures easier to read. */
export function newPhone(label) {
  const wx = createWx({ user: `${label}-${tag()}-${tag()}`, fakeWeChatUrl: env.fakeWeChatUrl });
  const api = createApi({ wx, baseUrl: env.baseUrl });
  const login = api.login;
  // Every openid a journey logs in with is personal data for the log check.
  api.login = async () => {
    const res = await login();
    remember(wx.openid);
    return res;
  };
  return api;
}

/**
 * A `test` for steps that build on each other: once one fails, the later ones are skipped
 * (and say why) instead of failing on the missing data and hiding the first cause.
 */
export function story() {
  let failed = null;
  return (name, fn) => test(name, async (t) => {
    if (failed) return t.skip(`skipped: an earlier step failed ("${failed}")`);
    try {
      await fn(t);
    } catch (e) {
      failed = name;
      throw e;
    }
  });
}

/** Asserts an error answer by status and stable code (the contract check already ran). */
export function assertProblem(res, status, code) {
  assert.equal(res.status, status, `expected ${status} ${code ?? ''}, got ${res.status}: ` +
    JSON.stringify(res.data));
  if (code) assert.equal(res.data.code, code, `expected code ${code}: ${JSON.stringify(res.data)}`);
  assert.ok(res.data.title && res.data.detail, 'a problem carries a title and a detail to show');
  return res.data;
}

export function assertStatus(res, status) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.data)}`);
  return res.data;
}

/** Calls the fake WeChat server's control API. */
export async function fakeWeChat(method, path, body) {
  const res = await fetch(`${env.fakeWeChatUrl}/__control/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(`fake WeChat control ${method} ${path}: ${JSON.stringify(data)}`);
  return data;
}

/** No answer this process received carries the app secret, an access token or a session key. */
export async function assertNoSecretSeen() {
  const { secrets, accessTokens, sessionKeys } = await fakeWeChat('GET', 'sensitive');
  const forbidden = [...secrets, ...accessTokens, ...sessionKeys];
  assert.ok(secrets.length > 0, 'the fake WeChat server reports its secret');
  const answers = seenAnswers();
  assert.ok(answers.length > 0, 'the journey saw answers to check');
  for (const answer of answers) {
    const text = `${answer.text}\n${JSON.stringify(answer.headers)}`;
    for (const value of forbidden) {
      assert.ok(!text.includes(value), `${answer.method} ${answer.path} -> ${answer.status} ` +
        `revealed a WeChat secret, access token or session key`);
    }
  }
}

/** The backend's log holds none of the personal data remembered during this journey. */
export async function assertAppLogClean() {
  // The runner copies the app's output to the file as it comes; give the last lines a moment.
  await sleep(300);
  const log = await readFile(env.appLog, 'utf8');
  assert.ok(log.length > 0, `the app log ${env.appLog} is empty: nothing to check`);
  assert.ok(personalData.size > 0, 'the journey remembered personal data to look for');
  for (const value of personalData) {
    const line = log.split('\n').find((l) => l.includes(value));
    assert.equal(line, undefined, `the app log contains personal data (${mask(value)}) in: ` +
      `${line?.replaceAll(value, mask(value))}`);
  }
}

function mask(value) {
  return value.length <= 4 ? '****' : `${value.slice(0, 3)}…${value.slice(-2)}`;
}
