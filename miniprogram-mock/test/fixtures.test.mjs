// The generated test data must be valid by the same rules the backend applies; a bad
// checksum here would show up as a confusing 400 in a journey.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fx from '../lib/fixtures.mjs';

test('ID numbers carry a correct GB 11643 check, the birth date, sex and age asked for', () => {
  // A published example: 11010519491231002X.
  assert.equal(fx.idCheckChar('11010519491231002'), 'X');
  for (let i = 0; i < 500; i++) {
    const id = fx.idNumber();
    assert.match(id.idNumber, /^\d{17}[\dX]$/);
    assert.equal(fx.idCheckChar(id.idNumber.slice(0, 17)), id.idNumber[17]);
    assert.equal(id.idNumber.slice(6, 14), id.birthDate.replaceAll('-', ''));
    assert.equal(Number(id.idNumber[16]) % 2 === 1, id.sex === 'MALE');
    assert.ok(id.age >= 50 && id.age <= 70);
    assert.equal(ageOn(id.birthDate, new Date()), id.age);
  }
  const woman = fx.idNumber({ age: 58, sex: 'FEMALE', district: '371082' });
  assert.equal(woman.age, 58);
  assert.equal(woman.sex, 'FEMALE');
  assert.ok(woman.idNumber.startsWith('371082'));
});

test('credit codes carry a correct GB 32100 check over the 31-character alphabet', () => {
  // A code printed on a real business licence: 91350100M000100Y43.
  assert.equal(fx.creditCheckChar('91350100M000100Y4'), '3');
  for (let i = 0; i < 500; i++) {
    const code = fx.creditCode();
    assert.match(code, /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/);
    assert.equal(fx.creditCheckChar(code.slice(0, 17)), code[17]);
  }
});

test('phone numbers are mainland mobiles; tags and names vary', () => {
  for (let i = 0; i < 100; i++) assert.match(fx.phone(), /^1[3-9]\d{9}$/);
  assert.notEqual(fx.tag(), fx.tag());
  assert.match(fx.chineseName({ emoji: true }), /^\p{Script=Han}{2,3}\p{Extended_Pictographic}$/u);
  assert.match(fx.dateFromToday(30), /^\d{4}-\d{2}-\d{2}$/);
});

/** Whole years between the birth date and `when` in Asia/Shanghai. */
function ageOn(birthDate, when) {
  const shanghai = new Date(when.getTime() + 8 * 60 * 60 * 1000);
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = shanghai.getUTCFullYear() - y;
  const month = shanghai.getUTCMonth() + 1;
  if (month < m || (month === m && shanghai.getUTCDate() < d)) age -= 1;
  return age;
}
