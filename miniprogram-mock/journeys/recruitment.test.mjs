// The main story of the silver recruitment zone, one step after another as the pages do it:
// an employer registers and is verified by the bureau, posts an age-friendly job; a woman in
// her fifties registers, finds the job, applies; the employer invites her to an interview and
// she sees it in "my applications".

import { after, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertAppLogClean, assertNoSecretSeen, assertProblem, assertStatus, env, newPhone, remember, story,
} from '../lib/journey.mjs';
import * as fx from '../lib/fixtures.mjs';

const run = fx.tag();
const employerPhone = newPhone('employer');
const seekerPhone = newPhone('seeker');
const admin = newPhone('admin');

// Each step builds on the ones before, so after a failure the rest are skipped, not failed.
const test = story();

const seekerName = '王秀兰🌸';
const seekerId = fx.idNumber({ age: 58, sex: 'FEMALE', district: fx.DISTRICTS.HUANCUI });
const seekerMobile = fx.phone();
const contactMobile = fx.phone();
const jobTitle = `社区助老员🧓 环翠区 ${run}`;
remember(seekerId.idNumber, seekerMobile, contactMobile);

// Filled in as the story goes.
let employer;
let job;
let application;
let privacyVersion;

describe('an employer gets verified and posts a job', () => {
  test('first login: a new user with no roles', async () => {
    const session = assertStatus(await employerPhone.login(), 200);
    assert.equal(session.newUser, true);
    assert.deepEqual(session.roles, []);
    assert.ok(session.token && session.expiresAt && session.userId);
    assert.ok(Date.parse(session.expiresAt) > Date.now(), 'the token expires in the future');

    const me = assertStatus(await employerPhone.get('/auth/me'), 200);
    assert.equal(me.userId, session.userId);
    assert.deepEqual(me.roles, []);
  });

  test('registers an employer, which waits for verification', async () => {
    const data = {
      name: `威海银龄康养服务有限公司${run}`,
      creditCode: fx.creditCode(),
      employerType: 'ENTERPRISE',
      industry: 'ELDERLY_CARE',
      silverEconomy: true,
      silverSegment: 'ELDERLY_CARE',
      districtCode: fx.DISTRICTS.HUANCUI,
      address: '环翠区文化西路 88 号',
      contactName: '刘经理',
      contactPhone: contactMobile,
    };
    employer = assertStatus(await employerPhone.post('/employers', data), 201);
    assert.equal(employer.verificationStatus, 'PENDING');
    assert.equal(employer.name, data.name);
    assert.equal(employer.creditCode, data.creditCode);
    assert.equal(employer.districtCode, fx.DISTRICTS.HUANCUI);
    assert.equal(employer.districtName, '环翠区');

    const mine = assertStatus(await employerPhone.get('/employers/mine'), 200);
    assert.ok(mine.some((e) => e.id === employer.id), 'the new employer is among mine');
    const me = assertStatus(await employerPhone.get('/auth/me'), 200);
    assert.ok(me.roles.includes('employer'), `roles after registering: ${me.roles}`);
  });

  test('cannot post before verification', async () => {
    const res = await employerPhone.post(`/employers/${employer.id}/jobs`, jobPosting());
    assertProblem(res, 403, 'EMPLOYER_NOT_VERIFIED');
  });

  test('a bureau admin finds it among the pending and verifies it', async () => {
    const session = assertStatus(await admin.adminLogin(env.adminUsername, env.adminPassword), 200);
    assert.deepEqual(session.roles, ['admin']);
    assert.equal(session.newUser, false);

    const pending = await findPending(employer.id);
    assert.ok(pending, 'the new employer is listed as pending');
    assert.equal(pending.verificationStatus, 'PENDING');

    const verified = assertStatus(
      await admin.post(`/admin/employers/${employer.id}/verification`, { decision: 'VERIFIED' }), 200);
    assert.equal(verified.id, employer.id);
    assert.equal(verified.verificationStatus, 'VERIFIED');
  });

  test('posts an age-friendly job, published at once', async () => {
    const posting = jobPosting();
    job = assertStatus(await employerPhone.post(`/employers/${employer.id}/jobs`, posting), 201);
    assert.equal(job.status, 'PUBLISHED');
    assert.equal(job.title, jobTitle, 'emoji and Chinese survive byte for byte');
    assert.equal(job.description, posting.description);
    assert.equal(job.payMin, posting.payMin);
    assert.equal(job.payMax, posting.payMax);
    assert.deepEqual([...job.zones].sort(), [...posting.zones].sort());
    assert.deepEqual([...job.features].sort(), [...posting.features].sort());
    assert.equal(job.validUntil, posting.validUntil);

    const list = assertStatus(await employerPhone.get(`/employers/${employer.id}/jobs`), 200);
    assert.ok(list.items.some((j) => j.id === job.id), 'the job is in the employer\'s list');
  });
});

describe('a seeker registers, finds the job and applies', () => {
  test('first login: a new user with no roles, not registered yet', async () => {
    const session = assertStatus(await seekerPhone.login(), 200);
    assert.equal(session.newUser, true);
    assert.deepEqual(session.roles, []);
    assertProblem(await seekerPhone.get('/seekers/me'), 404, 'SEEKER_NOT_REGISTERED');
  });

  test('reads the privacy notice and the district list', async () => {
    const notice = assertStatus(await seekerPhone.get('/seekers/privacy-notice'), 200);
    assert.equal(notice.version, '2026-12');
    assert.ok(notice.text.length > 20, 'the notice has text to show');
    privacyVersion = notice.version;

    const districts = assertStatus(await seekerPhone.get('/districts'), 200);
    const huancui = districts.find((d) => d.code === fx.DISTRICTS.HUANCUI);
    assert.equal(huancui?.name, '环翠区');
    assert.ok(districts.some((d) => d.code === '371071'), 'development zones are listed too');
    assert.notEqual(districts.find((d) => d.code === '371071').codeKind, huancui.codeKind,
      'a statistics area code is marked as a different kind from a GB/T 2260 code');

    const occupations = assertStatus(await seekerPhone.get('/occupations'), 200);
    const carer = occupations.find((o) => o.name === '养老护理员');
    assert.equal(carer?.code, '4-10-01-05');
  });

  test('registers with an emoji in her name; everything comes back exactly', async () => {
    const data = {
      realName: seekerName,
      idNumber: seekerId.idNumber,
      phone: seekerMobile,
      districtCode: fx.DISTRICTS.HUANCUI,
      street: '鲸园街道 海港社区',
      privacyVersion,
    };
    const profile = assertStatus(await seekerPhone.post('/seekers', data), 201);
    assert.equal(profile.realName, seekerName);
    assert.equal(Buffer.compare(Buffer.from(profile.realName), Buffer.from(seekerName)), 0);
    assert.equal(profile.idNumber, seekerId.idNumber, 'the owner sees her full ID number');
    assert.equal(profile.phone, seekerMobile);
    assert.equal(profile.birthDate, seekerId.birthDate);
    assert.equal(profile.sex, 'FEMALE');
    assert.equal(profile.age, 58);
    assert.equal(profile.districtName, '环翠区');
    assert.equal(profile.street, data.street);
    assert.equal(profile.privacyVersion, privacyVersion);

    const again = assertStatus(await seekerPhone.get('/seekers/me'), 200);
    assert.equal(again.realName, seekerName);
    assert.equal(again.idNumber, seekerId.idNumber);
    const me = assertStatus(await seekerPhone.get('/auth/me'), 200);
    assert.ok(me.roles.includes('seeker'), `roles after registering: ${me.roles}`);
  });

  test('cannot register twice, nor can someone else with her ID number', async () => {
    const data = { realName: seekerName, idNumber: seekerId.idNumber, phone: seekerMobile,
      districtCode: fx.DISTRICTS.HUANCUI, privacyVersion };
    assertProblem(await seekerPhone.post('/seekers', data), 409, 'SEEKER_ALREADY_REGISTERED');

    const other = newPhone('seeker-other');
    assertStatus(await other.login(), 200);
    const res = await other.post('/seekers', { ...data, phone: fx.phone() });
    assertProblem(res, 409, 'SEEKER_ID_NUMBER_TAKEN');
  });

  test('updates her street', async () => {
    const profile = assertStatus(await seekerPhone.put('/seekers/me', {
      realName: seekerName, phone: seekerMobile, districtCode: fx.DISTRICTS.HUANCUI, street: '竹岛街道',
    }), 200);
    assert.equal(profile.street, '竹岛街道');
    assert.equal(profile.idNumber, seekerId.idNumber);
  });

  test('finds the job by keyword, district, zone and category', async () => {
    const found = assertStatus(await seekerPhone.get('/jobs', { query: {
      keyword: run, districtCode: fx.DISTRICTS.HUANCUI, zone: 'SILVER_TALENT', category: 'ELDERLY_CARE',
      page: 1, size: 10,
    } }), 200);
    assert.equal(found.total, 1, `exactly the job of this run: ${JSON.stringify(found.items)}`);
    assert.equal(found.page, 1);
    assert.equal(found.size, 10);
    const summary = found.items[0];
    assert.equal(summary.id, job.id);
    assert.equal(summary.title, jobTitle);
    assert.equal(summary.employerName, employer.name);
    assert.equal(summary.districtName, '环翠区');
    assert.ok(summary.payText, 'a readable pay text is shown');

    // The same job is not found under another zone's or category's filter.
    const wrongCategory = assertStatus(await seekerPhone.get('/jobs', {
      query: { keyword: run, category: 'LOGISTICS' } }), 200);
    assert.equal(wrongCategory.total, 0);
  });

  test('pages through a Chinese keyword search in a stable order', async () => {
    const query = { keyword: '助老员', districtCode: fx.DISTRICTS.HUANCUI };
    const all = assertStatus(await seekerPhone.get('/jobs', { query }), 200);
    assert.equal(all.page, 1);
    assert.equal(all.size, 20, 'size defaults to 20');
    assert.ok(all.total >= 1);
    assert.ok(all.items.every((j) => j.districtCode === fx.DISTRICTS.HUANCUI), 'the district filter holds');

    const first = assertStatus(await seekerPhone.get('/jobs', { query: { ...query, page: 1, size: 1 } }), 200);
    assert.equal(first.items.length, 1);
    assert.equal(first.total, all.total);
    if (all.total >= 2) {
      const second = assertStatus(await seekerPhone.get('/jobs', { query: { ...query, page: 2, size: 1 } }), 200);
      assert.equal(second.page, 2);
      assert.equal(second.items.length, 1);
      assert.notEqual(second.items[0].id, first.items[0].id, 'pages do not repeat a job');
    }
  });

  test('reads the job', async () => {
    const detail = assertStatus(await seekerPhone.get(`/jobs/${job.id}`), 200);
    assert.equal(detail.id, job.id);
    assert.equal(detail.title, jobTitle);
    assert.equal(detail.description, job.description);
  });

  test('applies once; a second tap says she already did', async () => {
    application = assertStatus(await seekerPhone.post('/applications', { jobId: job.id }), 201);
    assert.equal(application.jobId, job.id);
    assert.equal(application.jobTitle, jobTitle);
    assert.equal(application.status, 'SUBMITTED');
    assert.ok(application.statusText, 'a Chinese status text to show');

    assertProblem(await seekerPhone.post('/applications', { jobId: job.id }), 409, 'APPLICATION_DUPLICATE');

    const mine = assertStatus(await seekerPhone.get('/seekers/me/applications'), 200);
    const listed = mine.items.find((a) => a.id === application.id);
    assert.ok(listed, 'the application is in her list');
    assert.equal(listed.employerName, employer.name);
    assert.equal(listed.status, 'SUBMITTED');
  });
});

describe('the employer invites her to an interview', () => {
  const interviewAt = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  interviewAt.setUTCHours(1, 30, 0, 0); // 09:30 in Weihai
  const interviewPlace = '环翠区文化西路 88 号 二楼会议室';

  test('sees the application with her name and phone', async () => {
    const page = assertStatus(await employerPhone.get(`/employers/${employer.id}/applications`,
      { query: { jobId: job.id } }), 200);
    assert.equal(page.total, 1);
    const seen = page.items[0];
    assert.equal(seen.id, application.id);
    assert.equal(seen.applicant.realName, seekerName, 'an applicant\'s name is shown in full');
    assert.equal(seen.applicant.phone, seekerMobile, 'an applicant\'s phone is shown in full');
    assert.equal(seen.applicant.age, 58);
    assert.equal(seen.applicant.sex, 'FEMALE');
  });

  test('moves it to interview with a time and place', async () => {
    const moved = assertStatus(await employerPhone.put(
      `/employers/${employer.id}/applications/${application.id}/status`,
      { status: 'INTERVIEW', interviewAt: interviewAt.toISOString(), interviewPlace, note: '请带身份证' }), 200);
    assert.equal(moved.status, 'INTERVIEW');
    assert.equal(Date.parse(moved.interviewAt), interviewAt.getTime());
    assert.equal(moved.interviewPlace, interviewPlace);
  });

  test('cannot move it back to viewed', async () => {
    const res = await employerPhone.put(`/employers/${employer.id}/applications/${application.id}/status`,
      { status: 'VIEWED' });
    assertProblem(res, 409, 'APPLICATION_TRANSITION_NOT_ALLOWED');
  });

  test('the seeker sees the interview in her applications', async () => {
    const mine = assertStatus(await seekerPhone.get('/seekers/me/applications', { query: { page: 1, size: 50 } }), 200);
    const listed = mine.items.find((a) => a.id === application.id);
    assert.equal(listed.status, 'INTERVIEW');
    assert.equal(Date.parse(listed.interviewAt), interviewAt.getTime());
    assert.equal(listed.interviewPlace, interviewPlace);
  });
});

after(async () => {
  // Closing checks run even when a step failed, on whatever the phones saw until then.
  await assertNoSecretSeen();
  await assertAppLogClean();
});

function jobPosting() {
  return {
    title: jobTitle,
    category: 'ELDERLY_CARE',
    description: '陪伴社区老人聊天、读报，协助助餐点分餐。坐着的时间多，不上夜班，离公交站近。欢迎50岁以上的大姐大哥。',
    districtCode: fx.DISTRICTS.HUANCUI,
    address: '环翠区鲸园街道海港社区服务中心',
    latitude: 37.5097,
    longitude: 122.1206,
    payMin: 2200,
    payMax: 2800,
    payUnit: 'MONTH',
    employmentForm: 'PART_TIME',
    schedule: '周一至周五 上午 8:30-11:30',
    headcount: 2,
    ageMin: 50,
    ageMax: 65,
    physicalDemand: 'LOW',
    features: ['SEATED_WORK', 'NO_NIGHT_SHIFT', 'NEAR_TRANSIT'],
    protection: 'OVER_AGE_INJURY_INSURANCE',
    zones: ['SILVER_TALENT', 'SILVER_ECONOMY'],
    validUntil: fx.dateFromToday(60),
  };
}

/** Pages through the pending employers (the database keeps earlier runs) looking for one. */
async function findPending(id) {
  for (let page = 1; page <= 200; page++) {
    const res = assertStatus(await admin.get('/admin/employers',
      { query: { status: 'PENDING', page, size: 50 } }), 200);
    const hit = res.items.find((e) => e.id === id);
    if (hit || res.items.length === 0) return hit;
  }
  return undefined;
}
