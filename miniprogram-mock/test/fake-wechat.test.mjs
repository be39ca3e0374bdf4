// The fake WeChat server must behave like WeChat where the backend can tell the difference;
// otherwise a green journey proves nothing. These checks need no backend.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { start } from '../fake-wechat/server.mjs';

const APP_ID = 'wxselftest0000001';
const SECRET = 'selftest-secret-0123456789abcdef';
let fake;

before(async () => {
  fake = await start({ port: 0, appId: APP_ID, secret: SECRET });
});
after(() => fake.stop());

async function get(path, query = {}) {
  const res = await fetch(`${fake.url}${path}?${new URLSearchParams(query)}`);
  return { status: res.status, body: await res.json() };
}

async function post(path, body, query = {}) {
  const res = await fetch(`${fake.url}${path}?${new URLSearchParams(query)}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const control = (method, path, body) => fetch(`${fake.url}/__control/${path}`, {
  method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body),
}).then((r) => r.json());

const token = (query = {}) => get('/cgi-bin/token',
  { grant_type: 'client_credential', appid: APP_ID, secret: SECRET, ...query });
const session = (code, query = {}) => get('/sns/jscode2session',
  { appid: APP_ID, secret: SECRET, js_code: code, grant_type: 'authorization_code', ...query });

describe('access token', () => {
  test('answers both fields on success', async () => {
    const { status, body } = await token();
    assert.equal(status, 200);
    assert.equal(typeof body.access_token, 'string');
    assert.equal(body.expires_in, 7200);
  });

  test('reports a wrong appid or secret with HTTP 200 and an errcode', async () => {
    const badAppid = await token({ appid: 'wxnope' });
    assert.equal(badAppid.status, 200);
    assert.equal(badAppid.body.errcode, 40013);
    const badSecret = await token({ secret: 'nope' });
    assert.equal(badSecret.status, 200);
    assert.equal(badSecret.body.errcode, 40001);
    assert.equal((await token({ grant_type: 'password' })).body.errcode, 40002);
  });

  test('the stable token stays the same unless a refresh is forced', async () => {
    const ask = (force) => post('/cgi-bin/stable_token',
      { grant_type: 'client_credential', appid: APP_ID, secret: SECRET, force_refresh: force });
    const first = (await ask(false)).body.access_token;
    assert.equal((await ask(false)).body.access_token, first);
    assert.notEqual((await ask(true)).body.access_token, first);
  });
});

describe('jscode2session', () => {
  test('a code works once, for the openid of its user', async () => {
    const { code, openid } = await control('POST', 'codes', { user: 'alice' });
    const first = await session(code, { access_token: 'ignored-here' });
    assert.equal(first.status, 200);
    assert.equal(first.body.openid, openid);
    assert.equal(typeof first.body.session_key, 'string');
    assert.equal(first.body.unionid, undefined);

    const again = await session(code);
    assert.equal(again.status, 200);
    assert.equal(again.body.errcode, 40163);
  });

  test('openids are stable per user and differ between users', async () => {
    const a1 = await control('POST', 'codes', { user: 'bob' });
    const a2 = await control('POST', 'codes', { user: 'bob' });
    const c = await control('POST', 'codes', { user: 'carol', unionid: true });
    assert.equal(a1.openid, a2.openid);
    assert.notEqual(a1.openid, c.openid);
    assert.match(a1.openid, /^o[\w-]{27}$/);
    assert.ok((await session(c.code)).body.unionid, 'unionid when the user has one');
  });

  test('an unknown code is invalid; wrong app credentials are refused', async () => {
    assert.equal((await session('0123456789abcdef')).body.errcode, 40029);
    const { code } = await control('POST', 'codes', { user: 'dave' });
    assert.equal((await session(code, { appid: 'wxother' })).body.errcode, 40013);
    assert.equal((await session(code, { secret: 'wrong' })).body.errcode, 40125);
    assert.equal((await session(code)).body.errcode, undefined, 'refused attempts do not use up the code');
  });

  test('scripted failures come first, then normal answers', async () => {
    await control('POST', 'fail', { api: 'jscode2session', errcode: -1, times: 2 });
    const { code } = await control('POST', 'codes', { user: 'erin' });
    assert.equal((await session(code)).body.errcode, -1);
    assert.equal((await session(code)).body.errcode, -1);
    assert.ok((await session(code)).body.openid, 'the code survives a busy answer');

    await control('POST', 'fail', { api: 'jscode2session', status: 502 });
    const res = await fetch(`${fake.url}/sns/jscode2session?js_code=x`);
    assert.equal(res.status, 502);
    await res.text();
  });

  test('DELETE /__control/fail forgets scripted failures', async () => {
    await control('POST', 'fail', { api: 'jscode2session', errcode: 45011, times: 5 });
    await control('DELETE', 'fail');
    const { code } = await control('POST', 'codes', { user: 'frank' });
    assert.ok((await session(code)).body.openid);
  });

  test('calls are recorded with their outcome', async () => {
    await control('DELETE', 'calls');
    await session('nope');
    const { calls } = await control('GET', 'calls?api=jscode2session');
    assert.equal(calls.length, 1);
    assert.equal(calls[0].errcode, 40029);
    assert.equal(calls[0].query.js_code, 'nope');
  });
});

describe('outage', () => {
  test('reset mode drops connections until it is switched off', async () => {
    await control('POST', 'outage', { on: true });
    await assert.rejects(fetch(`${fake.url}/cgi-bin/token`));
    await control('POST', 'outage', { on: false });
    assert.ok((await token()).body.access_token);
  });

  test('hang mode never answers; switching it off drops the waiting request', async () => {
    await control('POST', 'outage', { on: true, mode: 'hang' });
    const pending = fetch(`${fake.url}/cgi-bin/token`);
    const raced = await Promise.race([pending.then(() => 'answered', () => 'failed'),
      new Promise((r) => setTimeout(() => r('waiting'), 300))]);
    assert.equal(raced, 'waiting');
    await control('POST', 'outage', { on: false });
    await assert.rejects(pending);
  });
});

describe('the APIs that need an access token', () => {
  test('phone number from a getPhoneNumber code', async () => {
    const accessToken = (await token()).body.access_token;
    const { code } = await control('POST', 'phone-codes', { user: 'gina', phone: '13800000000' });
    const ok = await post('/wxa/business/getuserphonenumber', { code }, { access_token: accessToken });
    assert.equal(ok.body.errcode, 0);
    assert.equal(ok.body.phone_info.purePhoneNumber, '13800000000');
    const reused = await post('/wxa/business/getuserphonenumber', { code }, { access_token: accessToken });
    assert.equal(reused.body.errcode, 40029);
    const noToken = await post('/wxa/business/getuserphonenumber', { code }, { access_token: 'bad' });
    assert.equal(noToken.body.errcode, 40001);
  });

  test('expired tokens are refused with 42001', async () => {
    const accessToken = (await token()).body.access_token;
    await control('POST', 'expire-tokens');
    const res = await post('/wxa/msg_sec_check', { content: 'x', version: 2, scene: 1 },
      { access_token: accessToken });
    assert.equal(res.body.errcode, 42001);
  });

  test('msg_sec_check passes plain text and flags risky words, both with errcode 0', async () => {
    const accessToken = (await token()).body.access_token;
    const { openid } = await control('POST', 'codes', { user: 'hank' });
    await control('POST', 'risky-words', { words: ['赌博'] });
    const check = (content) => post('/wxa/msg_sec_check', { content, version: '2', scene: 2, openid },
      { access_token: accessToken });
    const pass = await check('招聘保洁员');
    assert.equal(pass.body.errcode, 0);
    assert.equal(pass.body.result.suggest, 'pass');
    const risky = await check('网上赌博');
    assert.equal(risky.body.errcode, 0);
    assert.equal(risky.body.result.suggest, 'risky');
  });

  test('subscribe messages need a subscription, one send each', async () => {
    const accessToken = (await token()).body.access_token;
    const { openid } = await control('POST', 'subscriptions', { user: 'ivy', templateId: 'T1' });
    const send = () => post('/cgi-bin/message/subscribe/send',
      { touser: openid, template_id: 'T1', data: { thing1: { value: '面试通知' } } },
      { access_token: accessToken });
    assert.equal((await send()).body.errcode, 0);
    assert.equal((await send()).body.errcode, 43101);
    const { messages } = await control('GET', 'sent');
    assert.equal(messages.filter((m) => m.touser === openid).length, 1, 'the refused send is not among the sent');
  });

  test('subscribe values longer than their field type allows are refused with 47003', async () => {
    const accessToken = (await token()).body.access_token;
    const { openid } = await control('POST', 'subscriptions', { user: 'jack', templateId: 'T2', count: 5 });
    const send = (data) => post('/cgi-bin/message/subscribe/send', { touser: openid, template_id: 'T2', data },
      { access_token: accessToken });
    const long = await send({ thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } });
    assert.equal(long.body.errcode, 47003);
    assert.match(long.body.errmsg, /data\.thing1/);
    assert.equal((await send({ phrase2: { value: '邀请面试了吗' } })).body.errcode, 47003);
    assert.equal((await send({ time3: { value: '明天上午' } })).body.errcode, 47003);
    assert.equal((await send({ thing1: { value: '🌸'.repeat(20) }, time3: { value: '2026-12-10 09:30' } }))
      .body.errcode, 0, 'twenty emoji are twenty characters');
  });
});

test('the sensitive values are listed for leak checks', async () => {
  const { secrets, accessTokens, sessionKeys } = await control('GET', 'sensitive');
  assert.deepEqual(secrets, [SECRET]);
  assert.ok(accessTokens.length > 0);
  assert.ok(sessionKeys.length > 0);
});
