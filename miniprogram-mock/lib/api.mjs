// The backend client as mini-program pages use it: a wrapper over wx.request that adds the
// base URL and the Bearer token kept in storage after login.
//
// Unlike a real page it trusts nothing: every answer is checked against the committed
// OpenAPI document (lib/contract.mjs) and every error answer must be problem+json whose
// `status` repeats the HTTP status. A violation throws, which fails the journey at once.
// Every raw answer is also kept in a process-wide transcript, so a journey can prove at the
// end that no secret ever reached a phone.

import { ContractError, loadContract } from './contract.mjs';

const API_BASE = '/api/v1';
const SESSION_KEY = 'session';

const INTERNALS = /\b(?:[a-z]+\.)+[A-Z]\w*(?:Exception|Error)\b|\bat [a-z]+(?:\.\w+)+\(|\bSQL\w*|\bselect .+ from\b|\bjava\.|\bjakarta\.|\bio\.quarkus|\bcn\.jiuweihai/i;

let sharedContract;
const transcript = [];

/** Every answer any client in this process has received: {method, path, status, text, headers}. */
export function seenAnswers() {
  return transcript;
}

function contract() {
  sharedContract ??= loadContract(process.env.OPENAPI_FILE || undefined);
  return sharedContract;
}

/**
 * @param {object} options
 * @param {object} options.wx       a simulated phone from lib/wx.mjs
 * @param {string} options.baseUrl  where the backend listens, e.g. http://127.0.0.1:8080
 */
export function createApi({ wx, baseUrl }) {
  /**
   * Calls `API_BASE + path`. Returns {status, data, header} after the contract check.
   * `auth: false` leaves the token out; `header` adds or overrides request headers.
   */
  async function call(method, path, { data, query, header = {}, auth = true } = {}) {
    const url = new URL(`${baseUrl}${API_BASE}${path}`);
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    }
    const headers = { accept: 'application/json', ...header };
    const session = wx.getStorageSync(SESSION_KEY);
    if (auth && session?.token) headers.authorization = `Bearer ${session.token}`;

    const res = await wx.request({ url: url.toString(), method, data, header: headers });
    transcript.push({ method, path: url.pathname, status: res.statusCode, text: res.rawText,
      headers: res.header });
    verify(method, url.pathname, res);
    return { status: res.statusCode, data: res.data, header: res.header };
  }

  /** wx.uploadFile of a local file to `API_BASE + path`, with the token; the answer is checked too. */
  async function upload(path, { filePath, name = 'file', formData } = {}) {
    const url = `${baseUrl}${API_BASE}${path}`;
    const headers = { accept: 'application/json' };
    const session = wx.getStorageSync(SESSION_KEY);
    if (session?.token) headers.authorization = `Bearer ${session.token}`;
    const res = await wx.uploadFile({ url, filePath, name, header: headers, formData });
    try {
      res.data = res.rawText === '' ? '' : JSON.parse(res.rawText);
    } catch {
      // Left as text; the contract check reports it.
    }
    const pathname = new URL(url).pathname;
    transcript.push({ method: 'POST', path: pathname, status: res.statusCode, text: res.rawText,
      headers: res.header });
    verify('POST', pathname, res);
    return { status: res.statusCode, data: res.data, header: res.header };
  }

  /** wx.login, then the backend's WeChat login; keeps the session in storage like a page does. */
  async function login() {
    const { code } = await wx.login();
    return loginWithCode(code);
  }

  async function loginWithCode(code) {
    const res = await call('POST', '/auth/wechat-login', { data: { code }, auth: false });
    if (res.status === 200) wx.setStorageSync(SESSION_KEY, res.data);
    return res;
  }

  async function adminLogin(username, password) {
    const res = await call('POST', '/auth/admin-login', { data: { username, password }, auth: false });
    if (res.status === 200) wx.setStorageSync(SESSION_KEY, res.data);
    return res;
  }

  return {
    wx,
    call,
    login,
    loginWithCode,
    adminLogin,
    upload,
    logout: () => wx.removeStorageSync(SESSION_KEY),
    session: () => wx.getStorageSync(SESSION_KEY),
    get: (path, options) => call('GET', path, options),
    post: (path, data, options) => call('POST', path, { ...options, data }),
    put: (path, data, options) => call('PUT', path, { ...options, data }),
    delete: (path, options) => call('DELETE', path, options),
  };
}

function verify(method, path, res) {
  const contentType = res.header['content-type'] ?? '';
  if (res.statusCode >= 400) {
    if (!contentType.startsWith('application/problem+json')) {
      throw new ContractError(`${method} ${path} -> ${res.statusCode}: an error must be ` +
        `application/problem+json, got "${contentType}"; body: ${res.rawText.slice(0, 300)}`);
    }
    if (res.data?.status !== res.statusCode) {
      throw new ContractError(`${method} ${path} -> ${res.statusCode}: problem.status is ` +
        `${res.data?.status}, not the HTTP status`);
    }
    // Error texts are shown to users as they are: no stack traces, class names or SQL.
    const internals = res.rawText.match(INTERNALS);
    if (internals) {
      throw new ContractError(`${method} ${path} -> ${res.statusCode}: the problem reveals ` +
        `internals ("${internals[0]}"): ${res.rawText.slice(0, 300)}`);
    }
  }
  contract().check({ method, path, status: res.statusCode, contentType, body: res.data });
}
