// Older users (and the relatives typing for them) enter numbers the way the keyboard gives
// them: full-width digits, spaces, a lowercase x, +86, the old 15-digit ID card. The backend
// accepts all of these and answers with the one normal form.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertAppLogClean, assertNoSecretSeen, assertProblem, assertStatus, newPhone, remember,
} from '../lib/journey.mjs';
import * as fx from '../lib/fixtures.mjs';

// An ID number ending in X, so the lowercase x can be tried.
let person;
do person = fx.idNumber(); while (!person.idNumber.endsWith('X'));
const mobile = fx.phone();
remember(person.idNumber, mobile, legacyForm(person.idNumber), fullWidth(person.idNumber));

test('full-width digits, spaces, a lowercase x and +86 are read as the plain numbers', async () => {
  const phone = newPhone('forgiving-seeker');
  assertStatus(await phone.login(), 200);
  const { version } = assertStatus(await phone.get('/seekers/privacy-notice'), 200);
  const typed = spaced(fullWidth(person.idNumber.slice(0, 17))) + 'x';
  const profile = assertStatus(await phone.post('/seekers', {
    realName: fx.chineseName(), idNumber: typed, phone: `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`,
    districtCode: fx.DISTRICTS.RONGCHENG, privacyVersion: version,
  }), 201);
  assert.equal(profile.idNumber, person.idNumber);
  assert.equal(profile.phone, mobile);
  assert.equal(profile.birthDate, person.birthDate);
  assert.equal(profile.sex, person.sex);
  assert.equal(profile.age, person.age);
});

test('the old 15-digit ID card is the same person', async () => {
  const phone = newPhone('forgiving-legacy');
  assertStatus(await phone.login(), 200);
  const res = await phone.post('/seekers', {
    realName: fx.chineseName(), idNumber: legacyForm(person.idNumber), phone: fx.phone(),
    districtCode: fx.DISTRICTS.RONGCHENG, privacyVersion: '2026-12',
  });
  assertProblem(res, 409, 'SEEKER_ID_NUMBER_TAKEN');
});

test('a credit code typed in lowercase with spaces is stored in its normal form', async () => {
  const phone = newPhone('forgiving-employer');
  assertStatus(await phone.login(), 200);
  const code = fx.creditCode();
  const registration = fx.employerRegistration({ creditCode: ` ${code.slice(0, 9).toLowerCase()} ${code.slice(9).toLowerCase()} ` });
  remember(registration.contactPhone);
  const employer = assertStatus(await phone.post('/employers', registration), 201);
  assert.equal(employer.creditCode, code);
});

after(async () => {
  await assertNoSecretSeen();
  await assertAppLogClean();
});

/** The 15-digit form: no century in the birth year, no check character. */
function legacyForm(id18) {
  return id18.slice(0, 6) + id18.slice(8, 17);
}

function fullWidth(text) {
  return [...text].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
}

/** Groups of four with an ideographic space between, as some input methods type them. */
function spaced(text) {
  return text.replace(/(.{4})/g, '$1\u3000').trim();
}
