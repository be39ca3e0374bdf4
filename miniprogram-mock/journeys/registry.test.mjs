// The silver talent registry: a man in his sixties registers with the phone number WeChat
// shares, fills in his whole profile, downloads what is held about him and deregisters; a
// community worker at the bureau registers a neighbour on her behalf and uploads the paper
// registrations of a whole community, twice, without creating anyone twice.

import { after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  assertAppLogClean, assertNoSecretSeen, assertProblem, assertStatus, env, fakeWeChat, newPhone, remember, story,
} from '../lib/journey.mjs';
import * as fx from '../lib/fixtures.mjs';

const test = story();
const seekerPhone = newPhone('registry-seeker');
const staff = newPhone('registry-staff');

const person = fx.idNumber({ age: 63, sex: 'MALE', district: fx.DISTRICTS.WENDENG });
const sharedMobile = fx.phone();
const neighbour = fx.idNumber({ age: 71, sex: 'FEMALE', district: fx.DISTRICTS.RUSHAN });
const neighbourMobile = fx.phone();
const community = Array.from({ length: 4 }, () => ({ id: fx.idNumber({ age: 58 }), mobile: fx.phone() }));
remember(person.idNumber, sharedMobile, neighbour.idNumber, neighbourMobile,
  ...community.flatMap((c) => [c.id.idNumber, c.mobile]));

let profile;
let assisted;

describe('a seeker registers with his WeChat phone and keeps control of his data', () => {
  test('registers with the number WeChat shares and a full profile', async () => {
    assertStatus(await seekerPhone.login(), 200);
    const { code } = await fakeWeChat('POST', 'phone-codes', { user: seekerPhone.wx.user, phone: sharedMobile });
    profile = assertStatus(await seekerPhone.post('/seekers', {
      realName: '张建国',
      idNumber: person.idNumber.toLowerCase(),
      phoneCode: code,
      districtCode: fx.DISTRICTS.WENDENG,
      street: '龙山街道',
      privacyVersion: '2026-12',
      details: {
        occupations: [{ occupationId: 45, years: 30 }],
        desiredCategories: ['CONSULTING'],
        employmentForms: ['REHIRE'],
        schedule: ['WEEKDAYS'],
        physicalCapacity: 'LOW',
        expectedPay: { amount: 5000, unit: 'MONTH' },
        maxTravelKm: 20,
        homeLocation: { latitude: 37.1935, longitude: 122.0577 },
        retiredProfessional: { formerProfession: '机械设计', titleLevel: 'DEPUTY_SENIOR', titleName: '高级工程师' },
      },
    }), 201);
    assert.equal(profile.phone, sharedMobile);
    assert.equal(profile.phoneSource, 'WECHAT');
    assert.equal(profile.idNumber, person.idNumber.toUpperCase());
    assert.equal(profile.age, 63);
    assert.equal(profile.details.retiredProfessional.titleLevel, 'DEPUTY_SENIOR');
    assert.equal(profile.details.occupations[0].occupationName, '技术顾问');
  });

  test('a phone code cannot be used twice', async () => {
    const { code } = await fakeWeChat('POST', 'phone-codes', { user: seekerPhone.wx.user, phone: sharedMobile });
    const update = { realName: '张建国', phoneCode: code, districtCode: fx.DISTRICTS.WENDENG };
    assertStatus(await seekerPhone.put('/seekers/me', update), 200);
    assertProblem(await seekerPhone.put('/seekers/me', update), 400, 'WECHAT_PHONE_CODE_INVALID');
  });

  test('edits his whole profile', async () => {
    const edited = assertStatus(await seekerPhone.put('/seekers/me', {
      realName: '张建国', phone: sharedMobile, districtCode: fx.DISTRICTS.WENDENG, street: '天福街道',
      details: {
        occupations: [{ occupationId: 45, years: 31 }, { occupationId: 11, years: 2 }],
        employmentForms: ['REHIRE', 'PART_TIME'],
        maxTravelKm: 10,
      },
    }), 200);
    assert.equal(edited.street, '天福街道');
    assert.deepEqual(edited.details.occupations.map((o) => o.occupationName), ['保安员', '技术顾问']);
    assert.equal(edited.details.retiredProfessional, undefined, 'a PUT replaces the whole profile');
  });

  test('declares a priority group only with its own consent', async () => {
    const without = await seekerPhone.put('/seekers/me/priority-groups', { groups: ['LOW_INCOME'], consent: false });
    assertProblem(without, 400, 'PRIORITY_CONSENT_REQUIRED');
    const declared = assertStatus(await seekerPhone.put('/seekers/me/priority-groups',
      { groups: ['LOW_INCOME'], consent: true }), 200);
    assert.deepEqual(declared.priorityGroups, ['LOW_INCOME']);
  });

  test('downloads everything held about him', async () => {
    const data = assertStatus(await seekerPhone.get('/seekers/me/export'), 200);
    assert.equal(data.profile.idNumber, person.idNumber.toUpperCase());
    assert.equal(data.profile.phone, sharedMobile);
    assert.equal(data.consents.privacyVersion, '2026-12');
    assert.ok(data.consents.priorityConsentAt, 'the separate consent is in the download');
    assert.deepEqual(data.applications, []);
  });

  test('deregisters: his login ends and WeChat then brings a brand-new user', async () => {
    const before = seekerPhone.session().userId;
    const res = await seekerPhone.delete('/seekers/me');
    assert.equal(res.status, 204);
    assertProblem(await seekerPhone.get('/seekers/me'), 401, 'ACCOUNT_DEREGISTERED');

    const again = assertStatus(await seekerPhone.login(), 200);
    assert.equal(again.newUser, true);
    assert.notEqual(again.userId, before);
    assert.deepEqual(again.roles, []);
    assertProblem(await seekerPhone.get('/seekers/me'), 404, 'SEEKER_NOT_REGISTERED');
  });
});

describe('bureau staff register people on their behalf', () => {
  test('registers a neighbour who consented in person; numbers come back masked', async () => {
    assertStatus(await staff.adminLogin(env.adminUsername, env.adminPassword), 200);
    assisted = assertStatus(await staff.post('/admin/seekers', {
      realName: '孙玉梅', idNumber: neighbour.idNumber, phone: neighbourMobile, districtCode: fx.DISTRICTS.RUSHAN,
      street: '城区街道', privacyVersion: '2026-12', consentMethod: 'IN_PERSON', consentNote: '社区服务站当面签字',
    }), 201);
    assert.equal(assisted.channel, 'ASSISTED');
    assert.notEqual(assisted.idNumber, neighbour.idNumber);
    assert.match(assisted.idNumber, /^\d{4}\*{10}[\dX]{4}$/);
    assert.match(assisted.phone, /^\d{3}\*{4}\d{4}$/);
  });

  test('reads her full registration only with a reason', async () => {
    const full = assertStatus(await staff.get(`/admin/seekers/${assisted.id}`,
      { query: { reason: '上门核实登记信息' } }), 200);
    assert.equal(full.profile.idNumber, neighbour.idNumber);
    assert.equal(full.staffReads[0].reason, '上门核实登记信息');
    assertProblem(await staff.get(`/admin/seekers/${assisted.id}`), 400, 'VALIDATION_FAILED');
  });

  test('uploads a community\'s paper registrations; a second upload adds nobody', async () => {
    const header = '姓名,身份证号码,手机号码,区市,街道社区,本人签字同意,登记表编号';
    const rows = community.map((c, i) => `居民${i},${c.id.idNumber},${c.mobile},乳山市,城区街道,是,${i + 1}`);
    rows.push('无名氏,371083196001010000,13900000000,乳山市,,是,9');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'registry-'));
    const file = path.join(dir, '城区街道登记表.csv');
    await writeFile(file, [header, ...rows].join('\r\n'));

    const first = assertStatus(await staff.upload('/admin/seekers/uploads',
      { filePath: file, formData: { privacyVersion: '2026-12' } }), 200);
    assert.equal(first.stored, community.length);
    assert.equal(first.failed, 1);
    assert.ok(first.rows.at(-1).problems[0].length > 0, 'the bad row says why');

    const second = assertStatus(await staff.upload('/admin/seekers/uploads',
      { filePath: file, formData: { privacyVersion: '2026-12' } }), 200);
    assert.equal(second.stored, 0);
    assert.equal(second.alreadyRegistered, community.length);
  });

  test('finds them in the talent pool and counts them', async () => {
    const found = assertStatus(await staff.get('/admin/seekers', { query: {
      districtCode: fx.DISTRICTS.RUSHAN, ageBand: 'FROM_55_TO_59', size: 50 } }), 200);
    assert.ok(found.total >= community.length);
    const stats = assertStatus(await staff.get('/admin/seekers/statistics'), 200);
    const rushan = stats.byDistrict.find((d) => d.districtCode === fx.DISTRICTS.RUSHAN);
    assert.ok(rushan.count >= community.length + 1);
  });
});

after(async () => {
  await assertNoSecretSeen();
  await assertAppLogClean();
});
