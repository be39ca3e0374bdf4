// An employer's owner invites a colleague, who posts a job that WeChat's text security holds;
// bureau staff release it from the moderation queue. A seeker then searches near home with
// filters, saves the job as a favourite and reads it back.

import { after, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertAppLogClean, assertNoSecretSeen, assertProblem, assertStatus, env, fakeWeChat, newPhone, remember, story,
} from '../lib/journey.mjs';
import * as fx from '../lib/fixtures.mjs';

const run = fx.tag();
const owner = newPhone('owner');
const colleague = newPhone('colleague');
const staff = newPhone('staff');
const seeker = newPhone('seeker');
const test = story();
const riskyWord = `返利${run}`;
const home = { lat: 37.5020, lon: 122.1100 };

let employer;
let invitation;
let job;

describe('an employer invites a colleague, whose job content security holds until staff release it', () => {
  test('the owner registers the employer and staff verify it', async () => {
    assertStatus(await owner.login(), 200);
    const contactPhone = fx.phone();
    remember(contactPhone);
    employer = assertStatus(await owner.post('/employers', {
      name: `威海海颐家政服务有限公司${run}`, creditCode: fx.creditCode().toLowerCase(), employerType: 'ENTERPRISE',
      industry: 'HOUSEKEEPING', silverEconomy: true, silverSegment: 'HOUSEKEEPING',
      districtCode: fx.DISTRICTS.HUANCUI, address: '环翠区海港路 12 号', contactName: '陈经理', contactPhone,
    }), 201);
    assert.equal(employer.silverSegment, 'HOUSEKEEPING');
    assert.equal(employer.creditCode, employer.creditCode.toUpperCase(), 'the code is kept in upper case');

    assertStatus(await staff.adminLogin(env.adminUsername, env.adminPassword), 200);
    assertStatus(await staff.post(`/admin/employers/${employer.id}/verification`, { decision: 'VERIFIED' }), 200);
  });

  test('the owner invites a colleague, who joins with the code; the code works once', async () => {
    invitation = assertStatus(await owner.post(`/employers/${employer.id}/invitations`), 201);
    assert.match(invitation.link, new RegExp(`code=${invitation.code}$`));
    assert.ok(Date.parse(invitation.expiresAt) > Date.now());

    assertStatus(await colleague.login(), 200);
    const joined = assertStatus(await colleague.post('/employers/join', { code: invitation.code }), 200);
    assert.equal(joined.id, employer.id);
    const members = assertStatus(await owner.get(`/employers/${employer.id}/members`), 200);
    assert.deepEqual(members.map((m) => m.role).sort(), ['OWNER', 'STAFF']);

    const latecomer = newPhone('latecomer');
    assertStatus(await latecomer.login(), 200);
    assertProblem(await latecomer.post('/employers/join', { code: invitation.code }), 409, 'INVITATION_USED');
  });

  test('the colleague posts a job whose text WeChat calls risky: it waits for review', async () => {
    await fakeWeChat('POST', 'risky-words', { words: [riskyWord] });
    const posting = jobPosting(`钟点家政服务员 ${run}`, `上门打扫、整理收纳，${riskyWord}。`);
    job = assertStatus(await colleague.post(`/employers/${employer.id}/jobs`, posting), 201);
    assert.equal(job.status, 'PENDING_REVIEW');
    assert.equal(job.reviewCause, 'CONTENT_RISKY');

    const found = assertStatus(await seeker.get('/jobs', { query: { keyword: run } }), 200);
    assert.equal(found.total, 0, 'a held job is not searchable');
    assertProblem(await seeker.get(`/jobs/${job.id}`), 404, 'JOB_NOT_FOUND');
  });

  test('when WeChat cannot check the text, the job is held too', async () => {
    await fakeWeChat('POST', 'fail', { api: 'msg_sec_check', errcode: 47001, times: 1 });
    const held = assertStatus(await colleague.post(`/employers/${employer.id}/jobs`,
      jobPosting(`整理收纳师 ${run}`, '上门整理衣橱和厨房，按次结算。')), 201);
    assert.equal(held.status, 'PENDING_REVIEW');
    assert.equal(held.reviewCause, 'CONTENT_UNVERIFIED');
  });

  test('staff find it in the moderation queue and release it', async () => {
    const held = await findHeld(job.id);
    assert.ok(held, 'the job is in the moderation queue');
    assert.equal(held.reviewCause, 'CONTENT_RISKY');
    const released = assertStatus(await staff.post(`/admin/jobs/${job.id}/review`, { decision: 'APPROVE' }), 200);
    assert.equal(released.status, 'PUBLISHED');
    await fakeWeChat('POST', 'risky-words', { words: [] });
  });
});

describe('a seeker searches near home with filters and saves a favourite', () => {
  test('registers as a seeker', async () => {
    assertStatus(await seeker.login(), 200);
    const { version } = assertStatus(await seeker.get('/seekers/privacy-notice'), 200);
    const id = fx.idNumber({ age: 61, sex: 'FEMALE' });
    const mobile = fx.phone();
    remember(id.idNumber, mobile);
    assertStatus(await seeker.post('/seekers', { realName: '孙桂香', idNumber: id.idNumber, phone: mobile,
      districtCode: fx.DISTRICTS.HUANCUI, privacyVersion: version }), 201);
  });

  test('finds the job near home, nearest first, with age-friendly filters', async () => {
    const found = assertStatus(await seeker.get('/jobs', { query: {
      keyword: run, lat: home.lat, lon: home.lon, radiusKm: 3, sort: 'DISTANCE', age: 61,
      physicalDemand: 'MEDIUM', feature: 'NO_NIGHT_SHIFT', minPay: 150, minPayUnit: 'DAY',
    } }), 200);
    assert.equal(found.total, 1, `only the released job: ${JSON.stringify(found.items)}`);
    assert.equal(found.items[0].id, job.id);
    assert.ok(found.items[0].distanceMeters > 0 && found.items[0].distanceMeters < 3000);

    const tooFar = assertStatus(await seeker.get('/jobs', { query: {
      keyword: run, lat: 36.92, lon: 121.54, radiusKm: 5, sort: 'DISTANCE' } }), 200);
    assert.equal(tooFar.total, 0, 'a job in another town is outside the radius');

    const detail = assertStatus(await seeker.get(`/jobs/${job.id}`), 200);
    assert.equal(detail.employer.verified, true);
    assert.equal(detail.reviewCause, undefined, 'review details are not shown to seekers');
  });

  test('saves it as a favourite and reads it back', async () => {
    assertStatus(await seeker.put(`/seekers/me/favourites/${job.id}`), 204);
    const mine = assertStatus(await seeker.get('/seekers/me/favourites'), 200);
    assert.equal(mine.total, 1);
    assert.equal(mine.items[0].id, job.id);
    assert.equal(mine.items[0].employerName, employer.name);
  });
});

after(async () => {
  await assertNoSecretSeen();
  await assertAppLogClean();
});

function jobPosting(title, description) {
  return {
    title, category: 'HOUSEKEEPING', description, districtCode: fx.DISTRICTS.HUANCUI,
    address: '环翠区海港路 12 号', latitude: 37.5090, longitude: 122.1130, payMin: 160, payMax: 200, payUnit: 'DAY',
    employmentForm: 'FLEXIBLE', schedule: '自选时段，每次2-4小时', headcount: 3, ageMin: 45, ageMax: 65,
    physicalDemand: 'MEDIUM', features: ['NO_NIGHT_SHIFT', 'FLEXIBLE_HOURS'], protection: 'ACCIDENT_INSURANCE',
    zones: ['SILVER_TALENT', 'SILVER_ECONOMY'], validUntil: fx.dateFromToday(30),
  };
}

/** Pages through the moderation queue (the database keeps earlier runs) looking for one job. */
async function findHeld(id) {
  for (let page = 1; page <= 200; page++) {
    const res = assertStatus(await staff.get('/admin/jobs/pending', { query: { page, size: 50 } }), 200);
    const hit = res.items.find((j) => j.id === id);
    if (hit || res.items.length === 0) return hit;
  }
  return undefined;
}
