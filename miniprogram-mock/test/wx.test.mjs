// The wx shim must send requests the way the mini-program runtime does, or the journeys would
// test a client no phone runs. Checked against a local echo server and the fake WeChat.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createWx } from '../lib/wx.mjs';
import { start } from '../fake-wechat/server.mjs';

let echo;
let echoUrl;
let fake;

before(async () => {
  echo = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const status = req.url.startsWith('/missing') ? 404 : 200;
      const type = req.url.startsWith('/text') ? 'text/plain' : 'application/json';
      const answer = { method: req.method, url: req.url, type: req.headers['content-type'] ?? null, body };
      res.writeHead(status, { 'content-type': type });
      res.end(type === 'text/plain' ? 'plain words' : JSON.stringify(answer));
    });
  });
  await new Promise((r) => echo.listen(0, '127.0.0.1', r));
  echoUrl = `http://127.0.0.1:${echo.address().port}`;
  fake = await start({ port: 0 });
});
after(async () => {
  echo.close();
  await fake.stop();
});

test('GET data becomes the query string; an object body is JSON', async () => {
  const wx = createWx({ user: 'u1', fakeWeChatUrl: fake.url });
  const got = await wx.request({ url: `${echoUrl}/jobs`, data: { keyword: '保洁', page: 2 } });
  assert.equal(got.statusCode, 200);
  assert.equal(new URL(got.data.url, echoUrl).searchParams.get('keyword'), '保洁');
  const posted = await wx.request({ url: `${echoUrl}/x`, method: 'POST', data: { a: 1 } });
  assert.equal(posted.data.type, 'application/json');
  assert.equal(posted.data.body, '{"a":1}');
});

test('a form content-type sends the data form-encoded', async () => {
  const wx = createWx({ user: 'u2', fakeWeChatUrl: fake.url });
  const res = await wx.request({ url: `${echoUrl}/x`, method: 'POST', data: { code: 'a b' },
    header: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(res.data.body, 'code=a+b');
});

test('every HTTP status resolves; a non-JSON body stays text', async () => {
  const wx = createWx({ user: 'u3', fakeWeChatUrl: fake.url });
  assert.equal((await wx.request({ url: `${echoUrl}/missing` })).statusCode, 404);
  assert.equal((await wx.request({ url: `${echoUrl}/text` })).data, 'plain words');
  let failed = null;
  await assert.rejects(wx.request({ url: 'http://127.0.0.1:1/', fail: (e) => { failed = e; } }));
  assert.match(failed.errMsg, /^request:fail/);
});

test('storage keeps copies per phone and reads missing keys as empty', () => {
  const a = createWx({ user: 'a', fakeWeChatUrl: fake.url });
  const b = createWx({ user: 'b', fakeWeChatUrl: fake.url });
  const session = { token: 't' };
  a.setStorageSync('session', session);
  session.token = 'changed';
  assert.deepEqual(a.getStorageSync('session'), { token: 't' });
  assert.equal(b.getStorageSync('session'), '');
  a.removeStorageSync('session');
  assert.equal(a.getStorageSync('session'), '');
});

test('login gives a fresh single-use code for the same WeChat user each time', async () => {
  const wx = createWx({ user: 'granny', fakeWeChatUrl: fake.url });
  const { login } = wx;
  const first = await login();
  const openid = wx.openid;
  const second = await wx.login();
  assert.equal(first.errMsg, 'login:ok');
  assert.notEqual(first.code, second.code);
  assert.equal(wx.openid, openid);
});
