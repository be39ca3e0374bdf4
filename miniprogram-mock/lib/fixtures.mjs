// Fresh, valid test data for every run. The journeys' database is kept between runs and the
// backend refuses duplicates (ID numbers, credit codes, WeChat codes), so nothing here is a
// constant: every value carries randomness, and every checksum is computed, not made up.

import { randomBytes, randomInt } from 'node:crypto';

/** Weihai's divisions as the backend knows them (GB/T 2260 and statistics area codes). */
export const DISTRICTS = {
  HUANCUI: '371002',
  WENDENG: '371003',
  RONGCHENG: '371082',
  RUSHAN: '371083',
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const DAY_MS = 24 * 60 * 60 * 1000;

/** A short random tag to make names unique per run, e.g. "k3f9q2". */
export function tag() {
  return randomBytes(4).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x').slice(0, 6);
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving) as a UTC-midnight Date. */
function todayInShanghai() {
  const shanghai = new Date(Date.now() + 8 * 60 * 60 * 1000);
  return new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate()));
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

/** The GB 11643 check character of the first seventeen digits. */
export function idCheckChar(first17) {
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * ID_WEIGHTS[i], 0);
  return ID_CHECK[sum % 11];
}

/**
 * A valid 18-digit resident ID number of someone aged `age` today (Asia/Shanghai).
 * The birthday is kept 10 to 350 days away from today, so the age cannot tip over during
 * a run or differ by a day between this process and the server.
 * @returns {{idNumber: string, birthDate: string, sex: 'MALE'|'FEMALE', age: number}}
 */
export function idNumber({ age = randomInt(50, 71), sex, district = DISTRICTS.HUANCUI } = {}) {
  const today = todayInShanghai();
  const anniversary = new Date(Date.UTC(today.getUTCFullYear() - age, today.getUTCMonth(),
    Math.min(today.getUTCDate(), 28)));
  const birth = new Date(anniversary.getTime() - randomInt(10, 351) * DAY_MS);
  const chosenSex = sex ?? (randomInt(2) === 0 ? 'MALE' : 'FEMALE');
  // The last digit of the sequence number is odd for men and even for women.
  const sequence = randomInt(0, 50) * 20 + randomInt(0, 5) * 2 + (chosenSex === 'MALE' ? 1 : 0);
  const first17 = `${district}${isoDate(birth).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return { idNumber: first17 + idCheckChar(first17), birthDate: isoDate(birth), sex: chosenSex, age };
}

/** The GB 32100 check character of the first seventeen characters. */
export function creditCheckChar(first17) {
  const sum = [...first17].reduce((acc, c, i) => acc + CREDIT_ALPHABET.indexOf(c) * CREDIT_WEIGHTS[i], 0);
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * A valid unified social credit code: 9 (market regulator) 1 (enterprise), the district,
 * a nine-character organisation code with its own GB 11714 check, then the GB 32100 check.
 */
export function creditCode({ district = DISTRICTS.HUANCUI, prefix = '91' } = {}) {
  const body = Array.from({ length: 8 }, () => randomInt(10)).join('');
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * ORG_WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  const orgCode = body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
  const first17 = `${prefix}${district}${orgCode}`;
  return first17 + creditCheckChar(first17);
}

/** A mainland mobile number on a real prefix, random in its last eight digits. */
export function phone() {
  const prefixes = ['130', '135', '138', '139', '150', '158', '177', '186', '189', '199'];
  return prefixes[randomInt(prefixes.length)] + String(randomInt(0, 100_000_000)).padStart(8, '0');
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '孙', '于', '丛', '曲', '鞠'];
const GIVEN = ['秀兰', '桂芳', '建国', '志强', '玉梅', '淑珍', '海涛', '丽华', '德福', '春生'];
const EMOJI = ['🌸', '🌻', '🍀', '⭐', '🌊'];

/** A Chinese name, optionally with an emoji as people do put in their WeChat names. */
export function chineseName({ emoji = false } = {}) {
  const name = SURNAMES[randomInt(SURNAMES.length)] + GIVEN[randomInt(GIVEN.length)];
  return emoji ? name + EMOJI[randomInt(EMOJI.length)] : name;
}

/** A date `days` from today (Asia/Shanghai) as yyyy-MM-dd. */
export function dateFromToday(days) {
  return isoDate(new Date(todayInShanghai().getTime() + days * DAY_MS));
}

/** A complete, valid job posting for an age-friendly job; `overrides` replace fields. */
export function jobPosting(overrides = {}) {
  return {
    title: `社区助老员🧓 环翠区 ${tag()}`,
    category: 'ELDERLY_CARE',
    description: '陪伴社区老人聊天、读报，协助助餐点分餐。坐着的时间多，不上夜班，离公交站近。欢迎50岁以上的大姐大哥。',
    districtCode: DISTRICTS.HUANCUI,
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
    validUntil: dateFromToday(60),
    ...overrides,
  };
}

/** A complete, valid employer registration; `overrides` replace fields. */
export function employerRegistration(overrides = {}) {
  return {
    name: `威海银龄康养服务有限公司${tag()}`,
    creditCode: creditCode(),
    employerType: 'ENTERPRISE',
    industry: 'ELDERLY_CARE',
    silverEconomy: true,
    silverSegment: 'ELDERLY_CARE',
    districtCode: DISTRICTS.HUANCUI,
    address: '环翠区文化西路 88 号',
    contactName: '刘经理',
    contactPhone: phone(),
    ...overrides,
  };
}
