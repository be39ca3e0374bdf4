// A stand-in for the parts of the mini-program runtime (`wx`) that pages use to reach the
// backend: wx.login, wx.request and synchronous storage. One `createWx()` is one simulated
// phone: its own WeChat user and its own storage.
//
// Where it matters it behaves like the real runtime: wx.request resolves for every HTTP
// status (only a network failure rejects), GET data becomes the query string, an object body
// is sent as JSON unless the content-type header says form-encoded, a JSON answer is parsed
// into `data`, and missing storage keys read as ''.

/**
 * @param {object} options
 * @param {string} options.user        the WeChat user on this phone (its openid is stable per name)
 * @param {string} options.fakeWeChatUrl  base URL of the fake WeChat server (issues login codes)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export function createWx({ user, fakeWeChatUrl }) {
  const storage = new Map();

  const wx = {
    user,
    openid: null,

    /** Resolves {code, errMsg}; the code is good for one exchange at the WeChat server. */
    async login() {
      const res = await fetch(`${fakeWeChatUrl}/__control/codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user }),
      });
      if (!res.ok) throw new Error(`login:fail fake WeChat answered ${res.status}`);
      const { code, openid } = await res.json();
      // Not in the real runtime (a page never learns its openid): kept so tests can prove
      // the openid never shows up where it must not, such as the backend's log.
      wx.openid = openid;
      return { code, errMsg: 'login:ok' };
    },

    /**
     * wx.requestSubscribeMessage: the user answers the pop-up for each template, `accept` unless
     * `choices` says otherwise. Each accept is one send WeChat will allow (told to the fake),
     * and the result has the runtime's shape: {errMsg, [templateId]: 'accept' | 'reject'}.
     */
    async requestSubscribeMessage({ tmplIds, choices = {} }) {
      const result = { errMsg: 'requestSubscribeMessage:ok' };
      for (const templateId of tmplIds) {
        const choice = choices[templateId] ?? 'accept';
        if (choice === 'accept') {
          const res = await fetch(`${fakeWeChatUrl}/__control/subscriptions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ user, templateId }),
          });
          if (!res.ok) throw new Error(`requestSubscribeMessage:fail fake WeChat answered ${res.status}`);
        }
        result[templateId] = choice;
      }
      return result;
    },

    /**
     * Promise style; success/fail/complete callbacks are honoured too, as pages written
     * against the callback API expect.
     */
    request(options) {
      const promise = doRequest(options);
      promise.then(
        (res) => { options.success?.(res); options.complete?.(res); },
        (err) => { options.fail?.(err); options.complete?.(err); },
      );
      return promise;
    },

    /**
     * wx.uploadFile: sends the file at `filePath` as multipart/form-data field `name`, with
     * `formData` beside it. Like the runtime, it resolves for every HTTP status and `data` is
     * the answer's text (the page parses it).
     */
    async uploadFile({ url, filePath, name, header = {}, formData = {}, timeout = 60000 }) {
      const form = new FormData();
      for (const [k, v] of Object.entries(formData)) form.append(k, String(v));
      const content = await readFile(filePath);
      form.append(name, new Blob([content]), path.basename(filePath));
      let res;
      try {
        res = await fetch(url, { method: 'POST', headers: lowerCaseKeys(header), body: form,
          signal: AbortSignal.timeout(timeout) });
      } catch (e) {
        const err = new Error(`uploadFile:fail ${e.cause?.code ?? e.message}`);
        err.errMsg = err.message;
        throw err;
      }
      const text = await res.text();
      return { statusCode: res.status, data: text, header: Object.fromEntries(res.headers),
        errMsg: 'uploadFile:ok', rawText: text };
    },

    getStorageSync(key) {
      // The runtime stores a serialised copy, so later changes to the object do not leak in.
      return storage.has(key) ? JSON.parse(storage.get(key)) : '';
    },
    setStorageSync(key, value) {
      storage.set(key, JSON.stringify(value));
    },
    removeStorageSync(key) {
      storage.delete(key);
    },
    clearStorageSync() {
      storage.clear();
    },
  };
  return wx;
}

async function doRequest({ url, method = 'GET', data, header = {}, dataType = 'json', timeout = 60000 }) {
  const upper = method.toUpperCase();
  const headers = lowerCaseKeys(header);
  let target = url;
  let body;

  if (upper === 'GET' || upper === 'HEAD') {
    target = withQuery(url, data);
  } else if (data !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = encodeBody(data, headers['content-type']);
  }

  let res;
  try {
    res = await fetch(target, { method: upper, headers, body, signal: AbortSignal.timeout(timeout) });
  } catch (e) {
    const err = new Error(`request:fail ${e.cause?.code ?? e.message}`);
    err.errMsg = err.message;
    throw err;
  }

  const text = await res.text();
  return {
    statusCode: res.status,
    data: dataType === 'json' ? parseJsonOr(text) : text,
    header: Object.fromEntries(res.headers),
    errMsg: 'request:ok',
    // Not in the real runtime: the raw text, so tests can check exactly what came over the wire.
    rawText: text,
  };
}

function encodeBody(data, contentType) {
  if (typeof data === 'string' || data instanceof ArrayBuffer) return data;
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    return new URLSearchParams(Object.entries(data).map(([k, v]) => [k, String(v)])).toString();
  }
  return JSON.stringify(data);
}

function withQuery(url, data) {
  if (!data || typeof data !== 'object') return url;
  const u = new URL(url);
  for (const [k, v] of Object.entries(data)) {
    if (v !== undefined && v !== null) u.searchParams.set(k, String(v));
  }
  return u.toString();
}

function parseJsonOr(text) {
  // Like the runtime: a body that is not JSON stays a string.
  try {
    return text === '' ? '' : JSON.parse(text);
  } catch {
    return text;
  }
}

function lowerCaseKeys(header) {
  return Object.fromEntries(Object.entries(header).map(([k, v]) => [k.toLowerCase(), v]));
}
