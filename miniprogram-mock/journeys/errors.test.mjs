// The mistakes a real phone makes, and the ones a careless or hostile client makes: each gets
// a precise 4xx problem answer that the contract documents, never a 500 or a stack trace.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertAppLogClean, assertNoSecretSeen, assertProblem, assertStatus, env, newPhone, remember,
} from '../lib/journey.mjs';
import * as fx from '../lib/fixtures.mjs';

const seeker = newPhone('errors-seeker');
const employerPhone = newPhone('errors-employer');
const otherEmployerPhone = newPhone('errors-other-employer');
let employer;

before(async () => {
  // Two employers, each seen only by its own members.
  assertStatus(await employerPhone.login(), 200);
  const registration = fx.employerRegistration();
  remember(registration.contactPhone);
  employer = assertStatus(await employerPhone.post('/employers', registration), 201);
  assertStatus(await otherEmployerPhone.login(), 200);
  const other = fx.employerRegistration();
  remember(other.contactPhone);
  assertStatus(await otherEmployerPhone.post('/employers', other), 201);

  assertStatus(await seeker.login(), 200);
  const { version } = assertStatus(await seeker.get('/seekers/privacy-notice'), 200);
  const id = fx.idNumber();
  const mobile = fx.phone();
  remember(id.idNumber, mobile);
  assertStatus(await seeker.post('/seekers', {
    realName: fx.chineseName(), idNumber: id.idNumber, phone: mobile,
    districtCode: fx.DISTRICTS.WENDENG, privacyVersion: version,
  }), 201);
});

test('a login code works once: the second use is refused as used', async () => {
  const phone = newPhone('errors-code-reuse');
  const { code } = await phone.wx.login();
  remember(phone.wx.openid);
  assertStatus(await phone.loginWithCode(code), 200);
  assertProblem(await phone.loginWithCode(code), 400, 'WECHAT_CODE_USED');
});

test('a code WeChat never issued is refused as invalid', async () => {
  const phone = newPhone('errors-unknown-code');
  assertProblem(await phone.loginWithCode('0a1b2c3d4e5f60718293a4b5c6d7e8f9'), 400, 'WECHAT_CODE_INVALID');
});

test('a malformed code never reaches WeChat', async () => {
  const phone = newPhone('errors-bad-code');
  const before = (await callsTo('jscode2session')).length;
  for (const code of ['../../etc', '', 'a b', 'x'.repeat(500)]) {
    const problem = assertProblem(await phone.loginWithCode(code), 400, 'VALIDATION_FAILED');
    assert.ok(problem.violations?.some((v) => v.field === 'code'), JSON.stringify(problem));
  }
  const missing = assertProblem(await phone.post('/auth/wechat-login', {}, { auth: false }), 400,
    'VALIDATION_FAILED');
  assert.ok(missing.violations?.length > 0, 'a missing code is named');
  assert.equal((await callsTo('jscode2session')).length, before, 'WeChat was not asked');
});

test('a body that is not JSON is refused', async () => {
  const phone = newPhone('errors-form');
  const { code } = await phone.wx.login();
  const res = await phone.post('/auth/wechat-login', { code }, {
    auth: false, header: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assertProblem(res, 415);
  const broken = await phone.post('/auth/wechat-login', '{"code": ', { auth: false });
  assertProblem(broken, 400);
});

test('paging outside its limits is refused', async () => {
  assertProblem(await seeker.get('/jobs', { query: { page: 0 } }), 400);
  assertProblem(await seeker.get('/jobs', { query: { size: 100000 } }), 400);
  assertProblem(await seeker.get('/jobs', { query: { size: 51 } }), 400);
  assertProblem(await seeker.get('/jobs', { query: { page: 'two' } }), 400);
  const largest = assertStatus(await seeker.get('/jobs', { query: { size: 50 } }), 200);
  assert.equal(largest.size, 50);
});

test('an unknown zone filter is refused, not ignored', async () => {
  const problem = assertProblem(await seeker.get('/jobs', { query: { zone: 'GOLDEN' } }), 400);
  assert.ok(problem.violations?.some((v) => v.field === 'zone'), JSON.stringify(problem));
});

test('an unknown category filter is refused, not ignored', async () => {
  const problem = assertProblem(await seeker.get('/jobs', { query: { category: 'NOT_A_CATEGORY' } }), 400);
  assert.ok(problem.violations?.some((v) => v.field === 'category'), JSON.stringify(problem));
});

test('an unknown status filter is refused, not ignored', async () => {
  const res = await employerPhone.get(`/employers/${employer.id}/applications`, { query: { status: 'ARCHIVED' } });
  const problem = assertProblem(res, 400);
  assert.ok(problem.violations?.some((v) => v.field === 'status'), JSON.stringify(problem));
});

test('an unknown verification status filter is refused, not ignored', async () => {
  const admin = newPhone('errors-admin-filter');
  assertStatus(await admin.adminLogin(env.adminUsername, env.adminPassword), 200);
  const problem = assertProblem(await admin.get('/admin/employers', { query: { status: 'MAYBE' } }), 400);
  assert.ok(problem.violations?.some((v) => v.field === 'status'), JSON.stringify(problem));
});

test('an unknown value or a wrong type in a body names the field', async () => {
  const badType = assertProblem(await employerPhone.post('/employers',
    fx.employerRegistration({ employerType: 'PIRATE_SHIP' })), 400, 'INVALID_FIELD_FORMAT');
  assert.ok(badType.violations?.some((v) => v.field === 'employerType'), JSON.stringify(badType));
  const badNumber = assertProblem(await employerPhone.post(`/employers/${employer.id}/jobs`,
    fx.jobPosting({ payMin: '两千' })), 400, 'INVALID_FIELD_FORMAT');
  assert.ok(badNumber.violations?.some((v) => v.field === 'payMin'), JSON.stringify(badNumber));
});

test('a job id that is not a number is refused; a missing job is 404', async () => {
  assertProblem(await seeker.get('/jobs/abc'), 400);
  assertProblem(await seeker.get('/jobs/9007199254740'), 404, 'JOB_NOT_FOUND');
});

test('a seeker cannot act for an employer', async () => {
  assertProblem(await seeker.get(`/employers/${employer.id}/applications`), 403);
  assertProblem(await seeker.get(`/employers/${employer.id}/jobs`), 403);
  assertProblem(await seeker.post(`/employers/${employer.id}/jobs`, fx.jobPosting()), 403);
  assertProblem(await seeker.put(`/employers/${employer.id}/applications/1/status`, { status: 'VIEWED' }), 403);
});

test('someone who may not post for an employer gets 403 before any validation feedback', async () => {
  assertProblem(await seeker.post(`/employers/${employer.id}/jobs`, { title: '保洁员' }), 403);
});

test('a seeker cannot act for the bureau', async () => {
  assertProblem(await seeker.get('/admin/employers', { query: { status: 'PENDING' } }), 403);
  assertProblem(await seeker.post(`/admin/employers/${employer.id}/verification`, { decision: 'VERIFIED' }), 403);
});

test('an employer cannot see into another employer', async () => {
  assertProblem(await otherEmployerPhone.get(`/employers/${employer.id}/applications`), 403);
  assertProblem(await otherEmployerPhone.post(`/employers/${employer.id}/jobs`, fx.jobPosting()), 403);
  const mine = assertStatus(await otherEmployerPhone.get('/employers/mine'), 200);
  assert.ok(!mine.some((e) => e.id === employer.id), 'another employer is not among mine');
});

test('without a token, personal pages ask for login', async () => {
  assertProblem(await seeker.get('/seekers/me', { auth: false }), 401);
  assertProblem(await seeker.get('/auth/me', { auth: false }), 401);
  assertProblem(await seeker.get('/seekers/me/applications', { auth: false }), 401);
  assertProblem(await seeker.post('/applications', { jobId: 1 }, { auth: false }), 401);
});

test('a tampered or foreign token is refused', async () => {
  const { token } = seeker.session();
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, groups: ['admin'] })).toString('base64url');
  const tampered = `${header}.${forged}.${signature}`;
  assertProblem(await seeker.get('/admin/employers', { auth: false,
    header: { authorization: `Bearer ${tampered}` } }), 401);
  assertProblem(await seeker.get('/auth/me', { auth: false,
    header: { authorization: 'Bearer not-a-token' } }), 401);
});

test('wrong staff password is refused without saying which part was wrong', async () => {
  const phone = newPhone('errors-admin');
  const wrong = assertProblem(await phone.adminLogin(env.adminUsername, `${env.adminPassword}x`), 401);
  const unknown = assertProblem(await phone.adminLogin(`nobody-${fx.tag()}`, env.adminPassword), 401);
  assert.equal(wrong.detail, unknown.detail);
});

test('an invalid ID number is named in the violations', async () => {
  const phone = newPhone('errors-id');
  assertStatus(await phone.login(), 200);
  const good = fx.idNumber();
  const badCheck = good.idNumber.slice(0, 17) + (good.idNumber[17] === '0' ? '1' : '0');
  const mobile = fx.phone();
  remember(good.idNumber, badCheck, mobile);
  const problem = assertProblem(await phone.post('/seekers', {
    realName: fx.chineseName(), idNumber: badCheck, phone: mobile,
    districtCode: fx.DISTRICTS.RUSHAN, privacyVersion: '2026-12',
  }), 400);
  assert.ok(problem.violations?.some((v) => v.field === 'idNumber'), JSON.stringify(problem));
});

after(async () => {
  await assertNoSecretSeen();
  await assertAppLogClean();
});

async function callsTo(api) {
  const res = await fetch(`${env.fakeWeChatUrl}/__control/calls?api=${api}`);
  return (await res.json()).calls;
}
