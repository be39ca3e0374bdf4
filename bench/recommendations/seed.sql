-- Bulk data for the recommendation benchmark, made inside MariaDB from its sequence engine
-- (MariaDB only): 500 verified employers, 100,000 published jobs and 300,000 active seekers
-- with a WeChat user, one occupation and one wanted category each, spread over Weihai's seven
-- divisions. RAND(n) makes every run build the same data. Run once on an empty, migrated schema.

SET @now = UTC_TIMESTAMP(6);

INSERT INTO employer (name, credit_code, employer_type, industry, silver_economy, district_code, address,
                      contact_name, contact_phone_cipher, verification_status, created_at, updated_at)
SELECT CONCAT('压测单位', seq), CONCAT('91BENCH', LPAD(seq, 11, '0')), 'ENTERPRISE', 'ELDERLY_CARE', TRUE,
       ELT(1 + seq % 7, '371002', '371003', '371082', '371083', '371071', '371072', '371073'),
       '压测地址', '压测联系人', 'bench-not-encrypted', 'VERIFIED', @now, @now
FROM seq_1_to_500;

SET @first_employer = (SELECT MIN(id) FROM employer WHERE credit_code LIKE '91BENCH%');

INSERT INTO job (employer_id, title, occupation_id, category, description, district_code, address, latitude,
                 longitude, pay_min, pay_max, pay_unit, employment_form, work_schedule, headcount, age_min, age_max,
                 physical_demand, seated_work, no_night_shift, flexible_hours, near_transit, meals_provided,
                 training_provided, protection, zone_silver_talent, zone_silver_economy, status, valid_until,
                 published_at, created_at, updated_at)
SELECT @first_employer + seq % 500, CONCAT('压测岗位', seq), 1 + FLOOR(RAND(seq) * 40),
       ELT(1 + FLOOR(RAND(seq + 1) * 13), 'ELDERLY_CARE', 'HOUSEKEEPING', 'HEALTH_CARE', 'CLEANING_GREENING',
           'SECURITY_GATE', 'CATERING', 'RETAIL', 'LOGISTICS', 'PROPERTY', 'CULTURE_TOURISM', 'AGRICULTURE_FISHERY',
           'MANUFACTURING', 'COMMUNITY_SERVICE'),
       '陪伴社区老人聊天、读报，协助助餐点分餐。坐着的时间多，不上夜班，离公交站近。',
       ELT(1 + seq % 7, '371002', '371003', '371082', '371083', '371071', '371072', '371073'), '压测地址',
       36.90 + RAND(seq + 2) * 0.65, 121.80 + RAND(seq + 3) * 0.75, 2000, 2000 + FLOOR(RAND(seq + 4) * 3000),
       'MONTH', ELT(1 + seq % 5, 'FULL_TIME', 'PART_TIME', 'FLEXIBLE', 'SEASONAL', 'REHIRE'), '周一至周五 上午 8:30-11:30',
       3, IF(seq % 3 = 0, 45, NULL), IF(seq % 4 = 0, 65, NULL), ELT(1 + seq % 3, 'LOW', 'MEDIUM', 'HIGH'),
       seq % 2 = 0, seq % 3 = 0, seq % 5 = 0, seq % 2 = 1, seq % 7 = 0, seq % 4 = 0, 'OVER_AGE_INJURY_INSURANCE',
       TRUE, seq % 2 = 0, 'PUBLISHED', DATE_ADD(CURRENT_DATE, INTERVAL 90 DAY),
       DATE_SUB(@now, INTERVAL seq SECOND), @now, @now
FROM seq_1_to_100000;

INSERT INTO app_user (openid, created_at, last_login_at)
SELECT CONCAT('bench-openid-', seq), @now, @now FROM seq_1_to_300000;

SET @first_user = (SELECT MIN(id) FROM app_user WHERE openid LIKE 'bench-openid-%');

INSERT INTO seeker (user_id, real_name, birth_date, sex, district_code, privacy_version, privacy_accepted_at,
                    created_at, updated_at, physical_capacity, expected_pay, expected_pay_unit, max_travel_km,
                    home_latitude, home_longitude)
SELECT @first_user + seq - 1, CONCAT(ELT(1 + seq % 6, '王', '李', '张', '刘', '陈', '杨'), '压测'),
       DATE_SUB(CURRENT_DATE, INTERVAL 45 * 365 + FLOOR(RAND(seq) * 25 * 365) DAY), IF(seq % 2 = 0, 'FEMALE', 'MALE'),
       ELT(1 + seq % 7, '371002', '371003', '371082', '371083', '371071', '371072', '371073'), '2026-12', @now,
       DATE_SUB(@now, INTERVAL seq SECOND), @now, ELT(1 + seq % 3, 'LOW', 'MEDIUM', 'HIGH'),
       2000 + FLOOR(RAND(seq + 1) * 3000), 'MONTH', 3 + seq % 10, 36.90 + RAND(seq + 2) * 0.65,
       121.80 + RAND(seq + 3) * 0.75
FROM seq_1_to_300000;

SET @first_seeker = (SELECT MIN(id) FROM seeker WHERE real_name LIKE '%压测');

INSERT INTO seeker_occupation (seeker_id, occupation_id, years_experience)
SELECT @first_seeker + seq - 1, 1 + FLOOR(RAND(seq + 5) * 40), seq % 20 FROM seq_1_to_300000;

INSERT INTO seeker_category (seeker_id, category)
SELECT @first_seeker + seq - 1, ELT(1 + seq % 13, 'ELDERLY_CARE', 'HOUSEKEEPING', 'HEALTH_CARE',
       'CLEANING_GREENING', 'SECURITY_GATE', 'CATERING', 'RETAIL', 'LOGISTICS', 'PROPERTY', 'CULTURE_TOURISM',
       'AGRICULTURE_FISHERY', 'MANUFACTURING', 'COMMUNITY_SERVICE')
FROM seq_1_to_300000;

ANALYZE TABLE job, seeker, seeker_occupation, seeker_category;
