// When WeChat is busy, rate-limits or cannot be reached, login says so plainly (503 or 429,
// never a 500), and works again as soon as WeChat does. The fake's failures are global, so
// the runner runs journey files one at a time.

import { after, afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertAppLogClean, assertNoSecretSeen, assertProblem, assertStatus, fakeWeChat, newPhone,
} from '../lib/journey.mjs';

afterEach(async () => {
  await fakeWeChat('DELETE', 'fail');
  await fakeWeChat('POST', 'outage', { on: false });
});

test('WeChat busy: 503, then login works again', async () => {
  const phone = newPhone('busy');
  // More failures than any sensible retry count, so the login itself must give up.
  await fakeWeChat('POST', 'fail', { api: 'jscode2session', errcode: -1, times: 20 });
  const started = Date.now();
  assertProblem(await phone.login(), 503, 'WECHAT_UNAVAILABLE');
  assert.ok(Date.now() - started < 15000, 'a busy WeChat does not keep the user waiting long');

  await fakeWeChat('DELETE', 'fail');
  assertStatus(await phone.login(), 200);
});

test('WeChat unreachable: 503, then login works again', async () => {
  const phone = newPhone('outage');
  await fakeWeChat('POST', 'outage', { on: true });
  assertProblem(await phone.login(), 503, 'WECHAT_UNAVAILABLE');

  await fakeWeChat('POST', 'outage', { on: false });
  assertStatus(await phone.login(), 200);
});

test('WeChat never answers: 503 after the configured timeout, not a hung login', async () => {
  const phone = newPhone('hang');
  await fakeWeChat('POST', 'outage', { on: true, mode: 'hang' });
  const started = Date.now();
  assertProblem(await phone.login(), 503, 'WECHAT_UNAVAILABLE');
  assert.ok(Date.now() - started < 20000, `login gave up after ${Date.now() - started} ms`);
});

test('WeChat answers with an error status page: 503', async () => {
  const phone = newPhone('http-500');
  await fakeWeChat('POST', 'fail', { api: 'jscode2session', status: 502, times: 20 });
  assertProblem(await phone.login(), 503, 'WECHAT_UNAVAILABLE');
});

test('WeChat rate limit: 429 asks the user to wait', async () => {
  const phone = newPhone('rate-limit');
  await fakeWeChat('POST', 'fail', { api: 'jscode2session', errcode: 45011, times: 20 });
  assertProblem(await phone.login(), 429, 'WECHAT_RATE_LIMITED');
});

test('a login after all of that is still a plain success', async () => {
  const phone = newPhone('after');
  const session = assertStatus(await phone.login(), 200);
  assert.equal(session.newUser, true);
});

after(async () => {
  await assertNoSecretSeen();
  await assertAppLogClean();
});
