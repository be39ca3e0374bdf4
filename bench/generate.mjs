// Writes SQL that fills a migrated database with a city-scale market: 5,000 employers and
// 100,000 published jobs spread over Weihai's seven divisions and the job categories, with
// realistic titles, ~110-character descriptions, pay in month/day/hour units, age ranges,
// age-friendly features and GCJ-02 points scattered around each division's centre.
// Deterministic (seeded), no npm dependencies.  Usage: node generate.mjs [jobs] [employers] > data.sql

const JOBS = Number(process.argv[2] ?? 100000);
const EMPLOYERS = Number(process.argv[3] ?? 5000);
const BATCH = 1000;

let seed = 20261101;
function rand() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = (list) => list[Math.floor(rand() * list.length)];
function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[pairs.length - 1][0];
}
function gauss() {
  return Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
}

// Division, weight, centre (GCJ-02).
const DISTRICTS = [
  ['371002', 30, 37.5100, 122.1200], ['371003', 15, 37.1960, 122.0580], ['371082', 18, 37.1650, 122.4870],
  ['371083', 10, 36.9190, 121.5390], ['371071', 12, 37.5250, 122.0500], ['371072', 10, 37.4630, 122.1500],
  ['371073', 5, 37.3500, 122.0000],
];
const CATEGORIES = [
  ['ELDERLY_CARE', 14, ['养老护理员', '助老员', '护工', '日间照料员'], 'ELDERLY_CARE'],
  ['HOUSEKEEPING', 12, ['家政服务员', '钟点工', '保姆', '月嫂'], 'HOUSEKEEPING'],
  ['HEALTH_CARE', 8, ['健康照护师', '康复助理', '保健按摩师'], 'HEALTH_CARE'],
  ['CLEANING_GREENING', 12, ['保洁员', '园林绿化工', '道路保洁'], 'PROPERTY_SERVICES'],
  ['SECURITY_GATE', 10, ['门卫', '保安员', '停车管理员'], 'PROPERTY_SERVICES'],
  ['CATERING', 9, ['厨师', '面点师', '餐厅服务员', '洗碗工'], 'CATERING'],
  ['RETAIL', 7, ['收银员', '理货员', '商品营业员'], 'RETAIL'],
  ['LOGISTICS', 6, ['仓储管理员', '快递分拣员', '装卸工'], 'LOGISTICS'],
  ['PROPERTY', 6, ['物业管理员', '维修电工', '客服专员'], 'PROPERTY_SERVICES'],
  ['CULTURE_TOURISM', 4, ['讲解员', '导游', '景区服务员'], 'CULTURE_TOURISM'],
  ['AGRICULTURE_FISHERY', 5, ['水产品加工工', '农艺工', '渔业船员'], 'AGRICULTURE_FISHERY'],
  ['MANUFACTURING', 4, ['缝纫工', '质检员', '包装工'], 'MANUFACTURING'],
  ['COMMUNITY_SERVICE', 2, ['社区网格员', '以老助老服务员'], 'PUBLIC_SERVICE'],
  ['CONSULTING', 1, ['技术顾问', '返聘工程师'], 'OTHER'],
];
const PHRASES = [
  '工作地点离公交站步行五分钟，', '岗前提供免费技能培训，', '工作时间固定，不上夜班，', '适合身体健康、有耐心的中老年人，',
  '公司为超龄员工购买工伤保险，', '提供工作餐和休息室，', '按月足额发放工资，', '有相关经验者优先录用，',
  '可以就近安排工作地点，', '需要与老人和家属耐心沟通，', '主要负责日常清洁和整理，', '协助主管完成日常登记，',
  '工作强度适中，以坐姿为主，', '每周休息一天，节假日另计加班费，', '欢迎退休人员返聘，', '持有相关证书者待遇从优，',
];
const NAME_PARTS = ['海滨', '颐和', '乐龄', '福瑞', '安康', '鑫海', '好帮手', '银滩', '成山', '刘公岛', '文登', '石岛', '金海', '华夏'];
const SUFFIXES = ['养老服务中心', '家政服务有限公司', '物业管理有限公司', '餐饮管理有限公司', '水产食品有限公司', '康养中心',
  '商贸有限公司', '文化旅游有限公司', '社区居民委员会', '物流有限公司'];
const FORMS = [['FULL_TIME', 45], ['PART_TIME', 25], ['FLEXIBLE', 18], ['SEASONAL', 7], ['REHIRE', 5]];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function creditCode(n) {
  let body = '9137' + String(1000 + (n % 9000)).padStart(4, '0') + 'MA';
  let x = n * 7919 + 17;
  while (body.length < 17) { body += ALPHABET[x % 31]; x = Math.floor(x / 31) + 3; }
  const sum = [...body].reduce((s, c, i) => s + ALPHABET.indexOf(c) * WEIGHTS[i], 0);
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}
const q = (s) => `'${String(s).replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
const iso = (d) => d.toISOString().replace('T', ' ').replace('Z', '');

const now = new Date();
const out = [];
const flush = (force) => {
  if (out.length >= 64 || force) { process.stdout.write(out.join('')); out.length = 0; }
};

out.push('SET autocommit=0; SET unique_checks=0; SET foreign_key_checks=0;\n');
const employerDistrict = [];
for (let start = 1; start <= EMPLOYERS; start += BATCH) {
  const rows = [];
  for (let id = start; id < Math.min(start + BATCH, EMPLOYERS + 1); id++) {
    const district = weighted(DISTRICTS.map((d) => [d, d[1]]));
    employerDistrict[id] = district;
    const name = `威海${pick(NAME_PARTS)}${pick(NAME_PARTS)}${pick(SUFFIXES)}${id}`;
    const ageFriendly = rand() < 0.08;
    rows.push(`(${id},${q(name)},'${creditCode(id)}','ENTERPRISE','ELDERLY_CARE',TRUE,'ELDERLY_CARE',` +
      `${ageFriendly},'${district[0]}','威海市某路${id}号','张经理','bench','VERIFIED','${iso(now)}','${iso(now)}')`);
  }
  out.push('INSERT INTO employer (id,name,credit_code,employer_type,industry,silver_economy,silver_segment,' +
    'age_friendly,district_code,address,contact_name,contact_phone_cipher,verification_status,created_at,updated_at)' +
    ` VALUES ${rows.join(',')};\n`);
  flush();
}

for (let start = 1; start <= JOBS; start += BATCH) {
  const rows = [];
  for (let id = start; id < Math.min(start + BATCH, JOBS + 1); id++) {
    const employer = 1 + Math.floor(Math.pow(rand(), 1.6) * EMPLOYERS);
    const district = rand() < 0.8 ? employerDistrict[employer] : weighted(DISTRICTS.map((d) => [d, d[1]]));
    const [category, , titles] = weighted(CATEGORIES.map((c) => [c, c[1]]));
    const title = pick(titles) + (rand() < 0.3 ? pick(['（白班）', '（兼职）', '（就近安排）', '']) : '');
    let description = '';
    while (description.length < 100) description += pick(PHRASES);
    description += `岗位编号${id}。`;
    const unit = weighted([['MONTH', 70], ['DAY', 18], ['HOUR', 10], ['PIECE', 2]]);
    const base = { MONTH: 2200 + Math.floor(rand() * 4000), DAY: 100 + Math.floor(rand() * 150),
      HOUR: 15 + Math.floor(rand() * 20), PIECE: 1 + Math.floor(rand() * 5) }[unit];
    const payMax = Math.round(base * (1 + rand() * 0.5));
    const monthly = (v) => ({ MONTH: v, DAY: Math.round(v * 21.75), HOUR: Math.round(v * 174), PIECE: null }[unit]);
    const ageMin = pick([null, 18, 30, 40, 45, 50]);
    const ageMax = pick([null, 45, 55, 60, 65, 70]);
    const lat = district[2] + gauss() * 0.035;
    const lon = district[3] + gauss() * 0.045;
    const published = new Date(now.getTime() - Math.floor(rand() * 90 * 86400e3));
    const validUntil = new Date(now.getTime() + (1 + Math.floor(rand() * 180)) * 86400e3).toISOString().slice(0, 10);
    const b = () => rand() < 0.4;
    const talent = rand() < 0.7;
    rows.push(`(${id},${employer},${q(title)},${q(category)},${q(description)},'${district[0]}','威海市某街道${id}号',` +
      `${lat.toFixed(6)},${lon.toFixed(6)},${base},${payMax},'${unit}',${monthly(base)},${monthly(payMax)},` +
      `'${weighted(FORMS)}','周一至周五',${1 + Math.floor(rand() * 5)},${ageMin ?? 'NULL'},` +
      `${ageMax && ageMin && ageMax < ageMin ? 'NULL' : ageMax ?? 'NULL'},` +
      `'${weighted([['LOW', 45], ['MEDIUM', 40], ['HIGH', 15]])}',${b()},${b()},${b()},${b()},${b()},${b()},` +
      `'OVER_AGE_INJURY_INSURANCE',${talent},${!talent || rand() < 0.4},'PUBLISHED','${validUntil}',` +
      `'${iso(published)}','${iso(published)}','${iso(published)}','${iso(published)}','PASS')`);
  }
  out.push('INSERT INTO job (id,employer_id,title,category,description,district_code,address,latitude,longitude,' +
    'pay_min,pay_max,pay_unit,pay_monthly_min,pay_monthly_max,employment_form,work_schedule,headcount,age_min,' +
    'age_max,physical_demand,seated_work,no_night_shift,flexible_hours,near_transit,meals_provided,' +
    'training_provided,protection,zone_silver_talent,zone_silver_economy,status,valid_until,published_at,' +
    `created_at,updated_at,submitted_at,content_verdict) VALUES ${rows.join(',')};\n`);
  flush();
}
out.push('COMMIT;\n');
flush(true);
