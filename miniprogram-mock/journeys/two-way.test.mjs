// The two-way story (双向招聘): a care worker allows WeChat notices, finds a job recommended to
// her and applies while WeChat is down; the employer invites her to an interview; when WeChat
// comes back every notice arrives, once. The employer then finds a second seeker among the
// recommended candidates, sees only her card, invites her; she accepts and both sides get the
// other's phone number. The fake's outage is global, so the runner runs journey files one at a time.

import { after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  assertAppLogClean, assertNoSecretSeen, assertStatus, env, fakeWeChat, newPhone, remember, story,
} from '../lib/journey.mjs';
import * as fx from '../lib/fixtures.mjs';

const employerPhone = newPhone('two-way-employer');
const carerPhone = newPhone('two-way-carer');
const secondPhone = newPhone('two-way-second');
const admin = newPhone('two-way-admin');
const test = story();

const carer = { id: fx.idNumber({ age: 57, sex: 'FEMALE' }), phone: fx.phone() };
const second = { id: fx.idNumber({ age: 61, sex: 'FEMALE' }), phone: fx.phone() };
const contactMobile = fx.phone();
remember(carer.id.idNumber, carer.phone, second.id.idNumber, second.phone, contactMobile);

let employer;
let job;
let templates;
let application;
let invitation;

/** The subscribe messages WeChat accepted for one phone's user. */
async function sentTo(phone) {
  const { messages } = await fakeWeChat('GET', 'sent');
  return messages.filter((m) => m.touser === phone.wx.openid);
}

/** Waits until `check` holds, polling; fails with `what` after `seconds`. */
async function eventually(what, seconds, check) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`${what} did not happen within ${seconds} s`);
    await sleep(250);
  }
}

/** The user allows the given templates once each, as the mini-program asks before an action. */
async function allow(phone, ...keys) {
  for (const key of keys) {
    const tmplId = templates[key];
    // The runtime's answer goes to the backend as it is, errMsg included.
    const results = await phone.wx.requestSubscribeMessage({ tmplIds: [tmplId] });
    const granted = assertStatus(await phone.post('/notices/subscriptions', { results }), 200);
    assert.deepEqual(granted.granted, [key]);
  }
}

async function registerSeeker(phone, person, details) {
  assertStatus(await phone.login(), 200);
  const notice = assertStatus(await phone.get('/seekers/privacy-notice'), 200);
  return assertStatus(await phone.post('/seekers', {
    realName: fx.chineseName(), idNumber: person.id.idNumber, phone: person.phone,
    districtCode: fx.DISTRICTS.HUANCUI, privacyVersion: notice.version, details,
  }), 201);
}

describe('both sides sign up and allow notices', () => {
  test('a verified employer posts an age-friendly job near the carer', async () => {
    assertStatus(await employerPhone.login(), 200);
    employer = assertStatus(await employerPhone.post('/employers',
      fx.employerRegistration({ contactPhone: contactMobile })), 201);
    assertStatus(await admin.adminLogin(env.adminUsername, env.adminPassword), 200);
    assertStatus(await admin.post(`/admin/employers/${employer.id}/verification`, { decision: 'VERIFIED' }), 200);
    const occupations = assertStatus(await employerPhone.get('/occupations'), 200);
    const carerJob = occupations.find((o) => o.name === '养老护理员');
    job = assertStatus(await employerPhone.post(`/employers/${employer.id}/jobs`,
      fx.jobPosting({ occupationId: carerJob.id, latitude: 37.5097, longitude: 122.1206 })), 201);
  });

  test('two seekers register, one with her trade, home and wishes', async () => {
    const occupations = assertStatus(await carerPhone.get('/occupations'), 200);
    const carerJob = occupations.find((o) => o.name === '养老护理员');
    await registerSeeker(carerPhone, carer, {
      occupations: [{ occupationId: carerJob.id, years: 8 }], desiredCategories: ['ELDERLY_CARE'],
      employmentForms: ['PART_TIME'], physicalCapacity: 'LOW', maxTravelKm: 5,
      homeLocation: { latitude: 37.5000, longitude: 122.1206 },
    });
    await registerSeeker(secondPhone, second, { occupations: [{ occupationId: carerJob.id, years: 3 }] });
  });

  test('the mini-program learns the templates and each user allows the ones they need', async () => {
    const list = assertStatus(await carerPhone.get('/notices/templates'), 200);
    templates = Object.fromEntries(list.map((t) => [t.key, t.templateId]));
    assert.deepEqual(Object.keys(templates).sort(),
      ['application-progress', 'application-received', 'invitation', 'seeker-reply']);
    await allow(employerPhone, 'application-received', 'seeker-reply');
    await allow(carerPhone, 'application-progress', 'application-progress');
    await allow(secondPhone, 'invitation');
  });
});

describe('the carer applies while WeChat is down; nothing is lost', () => {
  test('the job is recommended to her, with reasons in plain Chinese', async () => {
    const page = assertStatus(await carerPhone.get('/seekers/me/recommendations', { query: { size: 50 } }), 200);
    const mine = page.items.find((r) => r.jobId === job.id);
    assert.ok(mine, 'the nearby job is recommended');
    assert.ok(mine.reasons.some((r) => /^距离约\d+\.\d公里$/.test(r)), `reasons: ${mine.reasons}`);
    assert.ok(mine.reasons.includes('符合您的期望工种'), `reasons: ${mine.reasons}`);
  });

  test('with WeChat unreachable, applying and inviting to interview still work', async () => {
    await fakeWeChat('POST', 'outage', { on: true });
    application = assertStatus(await carerPhone.post('/applications', { jobId: job.id }), 201);
    assert.equal(application.employerPhone, contactMobile, 'once applied she can call the employer');
    const interview = { status: 'INTERVIEW', interviewAt: new Date(Date.now() + 86400000).toISOString(),
      interviewPlace: '海港社区服务中心 二楼' };
    assertStatus(await employerPhone.put(`/employers/${employer.id}/applications/${application.id}/status`,
      interview), 200);
    const notices = assertStatus(await carerPhone.get('/notices'), 200);
    assert.equal(notices.items[0].kind, 'INTERVIEW_SCHEDULED', 'the in-app notice is there at once');
    await sleep(2500);
    assert.equal((await sentTo(carerPhone)).length, 0, 'nothing reached WeChat during the outage');
  });

  test('when WeChat is back every notice arrives, exactly once', async () => {
    await fakeWeChat('POST', 'outage', { on: false });
    await eventually('both notices reaching WeChat', 30,
      async () => (await sentTo(employerPhone)).length >= 1 && (await sentTo(carerPhone)).length >= 1);
    await sleep(3000);
    const toEmployer = await sentTo(employerPhone);
    const toCarer = await sentTo(carerPhone);
    assert.equal(toEmployer.length, 1);
    assert.equal(toEmployer[0].template_id, templates['application-received']);
    assert.equal(toCarer.length, 1);
    assert.equal(toCarer[0].data.phrase2.value, '邀请面试');
    assert.equal(toCarer[0].data.thing1.value, [...job.title].length <= 20 ? job.title
      : `${[...job.title].slice(0, 19).join('')}…`, 'a long title is shortened to what WeChat takes');
  });
});

describe('the employer invites a recommended candidate, who accepts', () => {
  test('candidates come as cards: surname and title, age band, district, skills; no phone', async () => {
    // The journeys' database keeps earlier runs' seekers: look through the first pages.
    let card;
    let page;
    for (let n = 1; n <= 5 && !card; n += 1) {
      page = assertStatus(await employerPhone.get(`/employers/${employer.id}/jobs/${job.id}/candidates`,
        { query: { size: 50, page: n } }), 200);
      card = page.items.find((c) => c.candidate.skills.includes('养老护理员 3年'));
    }
    assert.ok(card, 'the second seeker is among the candidates');
    assert.match(card.candidate.salutation, /^.{1,2}女士$/);
    assert.equal(card.candidate.ageBand, '60至64岁');
    assert.ok(!JSON.stringify(page).includes(second.phone), 'no phone before she says yes');
    invitation = assertStatus(await employerPhone.post(`/employers/${employer.id}/job-invitations`,
      { jobId: job.id, seekerId: card.candidate.seekerId, message: '离您家很近，欢迎来聊聊' }), 201);
    assert.equal(invitation.status, 'SENT');
  });

  test('she accepts: an application at interview, and both get the other\'s phone', async () => {
    const mine = assertStatus(await secondPhone.get('/seekers/me/invitations'), 200);
    assert.equal(mine.items[0].id, invitation.id);
    const accepted = assertStatus(await secondPhone.post(`/seekers/me/invitations/${invitation.id}/accept`), 200);
    assert.equal(accepted.status, 'ACCEPTED');
    const apps = assertStatus(await secondPhone.get('/seekers/me/applications'), 200);
    assert.equal(apps.items[0].status, 'INTERVIEW');
    assert.equal(apps.items[0].employerPhone, contactMobile);
    const received = assertStatus(await employerPhone.get(`/employers/${employer.id}/applications`,
      { query: { jobId: job.id, status: 'INTERVIEW' } }), 200);
    assert.ok(received.items.some((a) => a.applicant.phone === second.phone), 'the employer can call her now');
    await eventually('the reply reaching the employer on WeChat', 20,
      async () => (await sentTo(employerPhone)).some((m) => m.template_id === templates['seeker-reply']));
    await eventually('the invitation reaching her on WeChat', 20, async () => (await sentTo(secondPhone)).length === 1);
  });
});

after(async () => {
  await fakeWeChat('POST', 'outage', { on: false });
  await assertNoSecretSeen();
  await assertAppLogClean();
});
