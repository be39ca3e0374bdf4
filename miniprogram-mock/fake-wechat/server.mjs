// A fake of the WeChat server APIs the backend reaches through WxJava, for tests on localhost.
//
// It behaves the way WeChat does where the backend can tell: errors come back with HTTP 200
// and a non-zero errcode (WxJava treats any other status as a transport failure), a login
// code works once, every token answer carries both access_token and expires_in. Tests steer
// it through a control API under /__control that the real WeChat obviously does not have.
//
// Usage:  node fake-wechat/server.mjs [port]      (env FAKE_WECHAT_APP_ID, FAKE_WECHAT_SECRET)
//         import { start } from './fake-wechat/server.mjs'; const fake = await start({ port: 0 });
//
// Control API (JSON in and out):
//   POST   /__control/codes        {user, unionid?}        -> {code, openid}   a wx.login code
//   POST   /__control/phone-codes  {user, phone}           -> {code}           a getPhoneNumber code
//   POST   /__control/fail         {api, errcode?, errmsg?, status?, delayMs?, times?}
//                                  the next `times` calls of `api` fail that way (default once)
//   DELETE /__control/fail                                  forget every scripted failure
//   POST   /__control/outage       {on, mode?: "reset"|"hang"}  WeChat unreachable until off
//   POST   /__control/expire-tokens                         every access token stops working
//   POST   /__control/subscriptions {user, templateId, count?}  grants subscribe-message sends
//   GET    /__control/sent         the subscribe messages WeChat accepted, oldest first
//   POST   /__control/risky-words  {words: [...], suggest?}  msg_sec_check calls text with these words
//                                  risky (or "review"); fail with {api: "msg_sec_check"} makes it fail
//   GET    /__control/calls?api=   the calls received, oldest first (DELETE clears them)
//   GET    /__control/sensitive    every secret, access token and session key the fake has
//                                  issued, so tests can prove none of them leaks to a client
//   GET    /__control/health       {ok: true}
//
// APIs: token, stable_token, jscode2session, getuserphonenumber, msg_sec_check, subscribe_send.
// A new endpoint is one entry in ROUTES plus its handler.

import http from 'node:http';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const TOKEN_TTL_SECONDS = 7200;
// WeChat keeps the previous token valid for a few minutes after issuing a new one.
const TOKEN_OVERLAP_MS = 5 * 60 * 1000;
const LOGIN_CODE_TTL_MS = 5 * 60 * 1000;
const MAX_BODY_BYTES = 1024 * 1024;
const MSG_SEC_CHECK_MAX_CHARS = 2500;
// Longest value WeChat takes per subscribe-message field type (the key without its number).
const FIELD_LIMITS = { thing: 20, name: 10, phrase: 5, character_string: 32, phone_number: 17, number: 32,
  letter: 32, symbol: 5, car_number: 8 };
const TIME_FIELD = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/;
const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'];

/** Known WeChat error messages; the real ones end in a request id, so ours do too. */
const ERRMSG = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40003: 'invalid openid',
  40013: 'invalid appid',
  40029: 'invalid code',
  40037: 'invalid template_id',
  40129: 'invalid scene',
  40163: 'code been used',
  40226: 'high risk user',
  41030: 'invalid page',
  42001: 'access_token expired',
  43101: 'user refuse to accept the msg',
  44002: 'empty post data',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  47001: 'data format error',
  47003: 'argument invalid!',
};

const ROUTES = {
  'GET /cgi-bin/token': { api: 'token', handler: accessToken },
  'POST /cgi-bin/stable_token': { api: 'stable_token', handler: stableToken },
  'GET /sns/jscode2session': { api: 'jscode2session', handler: jscode2session },
  'POST /wxa/business/getuserphonenumber': { api: 'getuserphonenumber', handler: phoneNumber },
  'POST /wxa/msg_sec_check': { api: 'msg_sec_check', handler: msgSecCheck },
  'POST /cgi-bin/message/subscribe/send': { api: 'subscribe_send', handler: subscribeSend },
};

const CONTROL = {
  'POST /__control/codes': controlLoginCode,
  'POST /__control/phone-codes': controlPhoneCode,
  'POST /__control/fail': controlFail,
  'DELETE /__control/fail': (s) => { s.failures = []; return { ok: true }; },
  'POST /__control/outage': controlOutage,
  'POST /__control/expire-tokens': controlExpireTokens,
  'POST /__control/subscriptions': controlSubscriptions,
  'POST /__control/risky-words': (s, { body }) => {
    s.riskyWords = arrayOf(body.words);
    s.riskySuggest = body.suggest === 'review' ? 'review' : 'risky';
    return { ok: true };
  },
  'GET /__control/sent': (s) => ({ messages: s.sentMessages }),
  'GET /__control/calls': (s, { query }) => ({ calls: s.calls.filter((c) => !query.api || c.api === query.api) }),
  'DELETE /__control/calls': (s) => { s.calls = []; return { ok: true }; },
  'GET /__control/sensitive': controlSensitive,
  'GET /__control/health': () => ({ ok: true }),
};

/**
 * Starts the fake. Returns {url, port, appId, secret, stop()}; port 0 picks a free port.
 * appId and secret default to FAKE_WECHAT_APP_ID / FAKE_WECHAT_SECRET, else fresh random ones.
 */
export async function start({ port = 0, host = '127.0.0.1', appId, secret } = {}) {
  const state = newState(
    appId ?? process.env.FAKE_WECHAT_APP_ID ?? `wx${randomBytes(8).toString('hex')}`,
    secret ?? process.env.FAKE_WECHAT_SECRET ?? randomBytes(16).toString('hex'),
  );
  const server = http.createServer((req, res) => handle(state, req, res));
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  state.sockets = sockets;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    appId: state.appId,
    secret: state.secret,
    stop: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

function newState(appId, secret) {
  return {
    appId,
    secret,
    tokens: [], // {token, issuedAt, expiresAt, replacedAt?, stable}
    loginCodes: new Map(), // code -> {user, issuedAt, used}
    phoneCodes: new Map(), // code -> {user, phone, issuedAt, used}
    users: new Map(), // user name -> {openid, unionid?}
    sessionKeys: [],
    failures: [], // {api, errcode?, errmsg?, status?, delayMs?, remaining}
    outage: null, // null | 'reset' | 'hang'
    subscriptions: new Map(), // `${openid} ${templateId}` -> remaining sends
    riskyWords: [],
    sentMessages: [],
    calls: [],
    sockets: new Set(),
  };
}

async function handle(state, req, res) {
  const url = new URL(req.url, 'http://fake.invalid');
  const key = `${req.method} ${url.pathname}`;
  const query = Object.fromEntries(url.searchParams);
  try {
    if (url.pathname.startsWith('/__control/')) {
      const control = CONTROL[key];
      if (!control) return send(res, 404, { error: `no control endpoint ${key}` });
      const body = await readJson(req);
      return send(res, 200, await control(state, { query, body }));
    }
    if (state.outage === 'reset') return req.socket.destroy();
    if (state.outage === 'hang') {
      // No answer at all: the socket stays open until the outage ends or the fake stops.
      req.socket.fakeHanging = true;
      return;
    }

    const route = ROUTES[key];
    const rawBody = await readBody(req);
    const call = { at: new Date().toISOString(), api: route?.api ?? null, method: req.method,
      path: url.pathname, query, body: rawBody || undefined, errcode: null };
    state.calls.push(call);
    if (!route) {
      // WeChat answers unknown paths with its own "invalid url" error, still HTTP 200.
      call.errcode = 43002;
      return send(res, 200, wxError(43002, 'require POST method or invalid url'));
    }

    const scripted = takeFailure(state, route.api);
    if (scripted) return answerScripted(res, call, scripted);

    const answer = route.handler(state, { query, body: parseJsonOrNull(rawBody), rawBody });
    call.errcode = answer.errcode ?? 0;
    return send(res, 200, answer);
  } catch (e) {
    return send(res, 400, { error: String(e.message ?? e) });
  }
}

async function answerScripted(res, call, failure) {
  if (failure.delayMs) await new Promise((r) => setTimeout(r, failure.delayMs));
  call.errcode = failure.errcode ?? null;
  call.scripted = true;
  if (failure.status) {
    call.status = failure.status;
    return send(res, failure.status, failure.errcode == null ? 'upstream failure' : wxError(failure.errcode));
  }
  return send(res, 200, wxError(failure.errcode ?? -1, failure.errmsg));
}

function takeFailure(state, api) {
  const failure = state.failures.find((f) => f.api === api && f.remaining > 0);
  if (!failure) return null;
  failure.remaining -= 1;
  if (failure.remaining === 0) state.failures.splice(state.failures.indexOf(failure), 1);
  return failure;
}

// --- WeChat APIs -------------------------------------------------------------------------

function accessToken(state, { query }) {
  if (query.grant_type !== 'client_credential') return wxError(40002);
  return issueToken(state, query.appid, query.secret, { stable: false, force: true });
}

function stableToken(state, { body }) {
  if (!body) return wxError(44002);
  if (body.grant_type !== 'client_credential') return wxError(40002);
  return issueToken(state, body.appid, body.secret, { stable: true, force: body.force_refresh === true });
}

function issueToken(state, appid, secret, { stable, force }) {
  if (appid !== state.appId) return wxError(40013);
  if (secret !== state.secret) return wxError(40001);
  const now = Date.now();
  // The stable token is handed out again while it is valid, unless a refresh is forced.
  const current = state.tokens.find((t) => t.stable === stable && !t.replacedAt && t.expiresAt > now);
  if (stable && current && !force) {
    return { access_token: current.token, expires_in: Math.floor((current.expiresAt - now) / 1000) };
  }
  if (current) current.replacedAt = now;
  const token = `${randomBytes(6).toString('hex')}_${randomBytes(48).toString('base64url')}`;
  state.tokens.push({ token, issuedAt: now, expiresAt: now + TOKEN_TTL_SECONDS * 1000, stable });
  return { access_token: token, expires_in: TOKEN_TTL_SECONDS };
}

/** Why a token cannot be used, as a WeChat error, or null when it is fine. */
function tokenProblem(state, token) {
  const now = Date.now();
  const known = state.tokens.find((t) => t.token === token);
  if (!known) return wxError(40001);
  if (known.expiresAt <= now) return wxError(42001);
  if (known.replacedAt && known.replacedAt + TOKEN_OVERLAP_MS <= now) return wxError(40001);
  return null;
}

function jscode2session(state, { query }) {
  // WeChat ignores the access_token WxJava appends here; the app credentials are what count.
  if (query.appid !== state.appId) return wxError(40013);
  if (query.secret !== state.secret) return wxError(40125, 'invalid appsecret');
  if (query.grant_type !== 'authorization_code') return wxError(40002);
  const issued = state.loginCodes.get(query.js_code);
  if (!issued || issued.issuedAt + LOGIN_CODE_TTL_MS < Date.now()) return wxError(40029);
  if (issued.used) return wxError(40163);
  issued.used = true;

  const user = userOf(state, issued.user);
  const sessionKey = randomBytes(16).toString('base64');
  state.sessionKeys.push(sessionKey);
  const answer = { session_key: sessionKey, openid: user.openid };
  if (user.unionid) answer.unionid = user.unionid;
  return answer;
}

function phoneNumber(state, { query, body }) {
  const problem = tokenProblem(state, query.access_token);
  if (problem) return problem;
  if (!body || typeof body.code !== 'string') return wxError(47001);
  const issued = state.phoneCodes.get(body.code);
  if (!issued || issued.used || issued.issuedAt + LOGIN_CODE_TTL_MS < Date.now()) return wxError(40029);
  issued.used = true;
  return {
    errcode: 0,
    errmsg: 'ok',
    phone_info: {
      phoneNumber: issued.phone,
      purePhoneNumber: issued.phone,
      countryCode: '86',
      watermark: { timestamp: Math.floor(Date.now() / 1000), appid: state.appId },
    },
  };
}

function msgSecCheck(state, { query, body }) {
  const problem = tokenProblem(state, query.access_token);
  if (problem) return problem;
  if (!body) return wxError(44002);
  // WxJava sends version as the string "2"; WeChat accepts both.
  if (String(body.version) !== '2' || typeof body.content !== 'string') return wxError(47001);
  if (body.content.length > MSG_SEC_CHECK_MAX_CHARS) return wxError(47001);
  if (![1, 2, 3, 4].includes(Number(body.scene))) return wxError(40129);
  if (!knownOpenid(state, body.openid)) return wxError(40003);

  const hit = state.riskyWords.find((w) => body.content.includes(w) || body.title?.includes?.(w));
  const suggest = hit ? state.riskySuggest ?? 'risky' : 'pass';
  const label = hit ? 20001 : 100;
  return {
    errcode: 0,
    errmsg: 'ok',
    trace_id: randomUUID(),
    result: { suggest, label },
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: hit ? 90 : 0, keyword: hit ?? '' }],
  };
}

function subscribeSend(state, { query, body }) {
  const problem = tokenProblem(state, query.access_token);
  if (problem) return problem;
  if (!body) return wxError(44002);
  if (!knownOpenid(state, body.touser)) return wxError(40003);
  if (typeof body.template_id !== 'string' || !body.template_id) return wxError(40037);
  if (!body.data || typeof body.data !== 'object') return wxError(47003, 'argument invalid! data is empty');
  const badField = Object.entries(body.data).find(([key, v]) => !fieldValueFits(key, v?.value));
  if (badField) return wxError(47003, `argument invalid! data.${badField[0]}.value invalid`);
  if (body.miniprogram_state !== undefined && !MINIPROGRAM_STATES.includes(body.miniprogram_state)) {
    return wxError(47003, 'argument invalid! miniprogram_state invalid');
  }

  const key = `${body.touser} ${body.template_id}`;
  const left = state.subscriptions.get(key) ?? 0;
  if (left <= 0) return wxError(43101);
  state.subscriptions.set(key, left - 1);
  state.sentMessages.push({ at: new Date().toISOString(), ...body });
  return { errcode: 0, errmsg: 'ok', msgid: Date.now() };
}

/** Whether a value suits its field the way WeChat checks it: type from the key, length in characters. */
function fieldValueFits(key, value) {
  if (typeof value !== 'string' || !value) return false;
  const type = key.replace(/\d+$/, '');
  if (type === 'time' || type === 'date') return TIME_FIELD.test(value);
  const limit = FIELD_LIMITS[type];
  return limit === undefined || [...value].length <= limit;
}

// --- control API -------------------------------------------------------------------------

function controlLoginCode(state, { body }) {
  const name = requireString(body.user, 'user');
  const user = userOf(state, name, body.unionid === true);
  const code = randomBytes(16).toString('hex');
  state.loginCodes.set(code, { user: name, issuedAt: Date.now(), used: false });
  return { code, openid: user.openid };
}

function controlPhoneCode(state, { body }) {
  const name = requireString(body.user, 'user');
  const phone = requireString(body.phone, 'phone');
  userOf(state, name);
  const code = randomBytes(16).toString('hex');
  state.phoneCodes.set(code, { user: name, phone, issuedAt: Date.now(), used: false });
  return { code };
}

function controlFail(state, { body }) {
  const api = requireString(body.api, 'api');
  const known = Object.values(ROUTES).map((r) => r.api);
  if (!known.includes(api)) throw new Error(`unknown api "${api}"; known: ${known.join(', ')}`);
  const times = body.times ?? 1;
  if (!Number.isInteger(times) || times < 1) throw new Error('times must be a positive integer');
  if (body.errcode == null && body.status == null) throw new Error('give errcode or status');
  state.failures.push({ api, errcode: body.errcode, errmsg: body.errmsg, status: body.status,
    delayMs: body.delayMs, remaining: times });
  return { ok: true, pending: state.failures.length };
}

function controlOutage(state, { body }) {
  if (body.on) {
    const mode = body.mode ?? 'reset';
    if (!['reset', 'hang'].includes(mode)) throw new Error('mode is "reset" or "hang"');
    // Checked on every request, so kept-alive connections fail too, not only new ones.
    state.outage = mode;
    return { ok: true, outage: mode };
  }
  state.outage = null;
  // Requests held open by a "hang" outage end now, as a dropped connection.
  for (const socket of state.sockets) {
    if (socket.fakeHanging) socket.destroy();
  }
  return { ok: true, outage: null };
}

function controlExpireTokens(state) {
  const now = Date.now();
  for (const t of state.tokens) t.expiresAt = Math.min(t.expiresAt, now);
  return { ok: true };
}

function controlSubscriptions(state, { body }) {
  const user = userOf(state, requireString(body.user, 'user'));
  const templateId = requireString(body.templateId, 'templateId');
  const key = `${user.openid} ${templateId}`;
  state.subscriptions.set(key, (state.subscriptions.get(key) ?? 0) + (body.count ?? 1));
  return { ok: true, openid: user.openid };
}

function controlSensitive(state) {
  return {
    secrets: [state.secret],
    accessTokens: state.tokens.map((t) => t.token),
    sessionKeys: [...state.sessionKeys],
  };
}

// --- helpers -----------------------------------------------------------------------------

/** Openids are stable per user name (and app), as WeChat's are per user and mini-program. */
function userOf(state, name, withUnionid = false) {
  let user = state.users.get(name);
  if (!user) {
    const digest = (salt) => createHash('sha256').update(`${salt}|${state.appId}|${name}`).digest('base64url');
    user = { openid: `o${digest('openid').slice(0, 27)}` };
    state.users.set(name, user);
  }
  if (withUnionid && !user.unionid) {
    user.unionid = `oU${createHash('sha256').update(`unionid|${name}`).digest('base64url').slice(0, 26)}`;
  }
  return user;
}

function knownOpenid(state, openid) {
  return [...state.users.values()].some((u) => u.openid === openid);
}

function wxError(errcode, errmsg) {
  const rid = randomBytes(6).toString('hex');
  return { errcode, errmsg: `${errmsg ?? ERRMSG[errcode] ?? 'error'} rid: ${rid}` };
}

function requireString(value, field) {
  if (typeof value !== 'string' || !value) throw new Error(`${field} must be a non-empty string`);
  return value;
}

function arrayOf(value) {
  return Array.isArray(value) ? value.map(String) : [];
}

function send(res, status, body) {
  if (res.destroyed || res.headersSent) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function readJson(req) {
  const text = await readBody(req);
  if (!text) return {};
  return JSON.parse(text);
}

function parseJsonOrNull(text) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// Standalone: node fake-wechat/server.mjs [port]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fake = await start({ port: Number(process.argv[2] ?? process.env.PORT ?? 0) });
  console.log(`fake WeChat listening on ${fake.url} (appid ${fake.appId}, secret ${fake.secret})`);
  const stop = async () => {
    await fake.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
