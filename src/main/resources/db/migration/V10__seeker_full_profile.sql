-- The full registration of the silver talent registry: experience, wishes, capacity, pay,
-- travel, home location, retired-professional details, the separately consented priority-group
-- declaration, who registered the person and how they consented, deregistration (注销), and
-- the record of every staff read of a seeker's full data. Same SQL on MySQL 8, MariaDB 10.11
-- and H2 in MySQL mode.

-- A registration made by staff has no WeChat user until the person claims it; a deregistered
-- one keeps no ID or phone number at all, only what the statistics need.
ALTER TABLE seeker MODIFY COLUMN user_id BIGINT NULL;
ALTER TABLE seeker MODIFY COLUMN id_number_cipher VARCHAR(160) NULL;
ALTER TABLE seeker MODIFY COLUMN id_number_hash CHAR(64) NULL;
ALTER TABLE seeker MODIFY COLUMN phone_cipher VARCHAR(160) NULL;
ALTER TABLE seeker MODIFY COLUMN phone_hash CHAR(64) NULL;

ALTER TABLE seeker ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE seeker ADD COLUMN phone_source VARCHAR(8) NOT NULL DEFAULT 'MANUAL';
ALTER TABLE seeker ADD COLUMN physical_capacity VARCHAR(8) NULL;
ALTER TABLE seeker ADD COLUMN expected_pay INT NULL;
ALTER TABLE seeker ADD COLUMN expected_pay_unit VARCHAR(8) NULL;
ALTER TABLE seeker ADD COLUMN max_travel_km INT NULL;
ALTER TABLE seeker ADD COLUMN home_latitude DECIMAL(9, 6) NULL;
ALTER TABLE seeker ADD COLUMN home_longitude DECIMAL(9, 6) NULL;
ALTER TABLE seeker ADD COLUMN retired_professional BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE seeker ADD COLUMN former_profession VARCHAR(64) NULL;
ALTER TABLE seeker ADD COLUMN title_level VARCHAR(16) NULL;
ALTER TABLE seeker ADD COLUMN title_name VARCHAR(32) NULL;
ALTER TABLE seeker ADD COLUMN priority_consent_at DATETIME(6) NULL;
ALTER TABLE seeker ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'SELF';
ALTER TABLE seeker ADD COLUMN assisted_by BIGINT NULL;
ALTER TABLE seeker ADD COLUMN consent_method VARCHAR(24) NULL;
ALTER TABLE seeker ADD COLUMN consent_note VARCHAR(200) NULL;
ALTER TABLE seeker ADD COLUMN deregistered_at DATETIME(6) NULL;

ALTER TABLE seeker ADD CONSTRAINT fk_seeker_assisted_by FOREIGN KEY (assisted_by) REFERENCES admin_account (id);
ALTER TABLE seeker ADD CONSTRAINT ck_seeker_status CHECK (status IN ('ACTIVE', 'DEREGISTERED'));
ALTER TABLE seeker ADD CONSTRAINT ck_seeker_channel CHECK (channel IN ('SELF', 'ASSISTED', 'BULK_UPLOAD'));
ALTER TABLE seeker ADD CONSTRAINT ck_seeker_travel CHECK (max_travel_km IS NULL OR max_travel_km BETWEEN 1 AND 200);
ALTER TABLE seeker ADD CONSTRAINT ck_seeker_pay CHECK (expected_pay IS NULL OR expected_pay >= 0);

CREATE INDEX ix_seeker_status_district ON seeker (status, district_code, birth_date, id);
CREATE INDEX ix_seeker_status_created ON seeker (status, created_at, id);

-- Occupations the person has worked in, with years of experience.
CREATE TABLE seeker_occupation (
    seeker_id        BIGINT NOT NULL,
    occupation_id    INT    NOT NULL,
    years_experience INT    NOT NULL,
    PRIMARY KEY (seeker_id, occupation_id),
    CONSTRAINT fk_seeker_occupation_seeker FOREIGN KEY (seeker_id) REFERENCES seeker (id),
    CONSTRAINT fk_seeker_occupation_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT ck_seeker_occupation_years CHECK (years_experience BETWEEN 0 AND 70)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_seeker_occupation_occupation ON seeker_occupation (occupation_id, seeker_id);

-- Job categories (the job vocabulary) the person would like.
CREATE TABLE seeker_category (
    seeker_id BIGINT      NOT NULL,
    category  VARCHAR(24) NOT NULL,
    PRIMARY KEY (seeker_id, category),
    CONSTRAINT fk_seeker_category_seeker FOREIGN KEY (seeker_id) REFERENCES seeker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Employment forms (the job vocabulary) the person accepts.
CREATE TABLE seeker_employment_form (
    seeker_id       BIGINT      NOT NULL,
    employment_form VARCHAR(16) NOT NULL,
    PRIMARY KEY (seeker_id, employment_form),
    CONSTRAINT fk_seeker_form_seeker FOREIGN KEY (seeker_id) REFERENCES seeker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_seeker_form_form ON seeker_employment_form (employment_form, seeker_id);

-- When the person can work.
CREATE TABLE seeker_schedule (
    seeker_id BIGINT      NOT NULL,
    slot      VARCHAR(16) NOT NULL,
    PRIMARY KEY (seeker_id, slot),
    CONSTRAINT fk_seeker_schedule_seeker FOREIGN KEY (seeker_id) REFERENCES seeker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Priority groups (脱贫享受政策人口, 低收入人口, 残疾人): sensitive, declared only with their own
-- consent (seeker.priority_consent_at), shown only to the person and to bureau staff.
CREATE TABLE seeker_priority_group (
    seeker_id      BIGINT      NOT NULL,
    priority_group VARCHAR(24) NOT NULL,
    PRIMARY KEY (seeker_id, priority_group),
    CONSTRAINT fk_seeker_priority_seeker FOREIGN KEY (seeker_id) REFERENCES seeker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_seeker_priority_group ON seeker_priority_group (priority_group, seeker_id);

-- Every read of a seeker's full data by bureau staff: who, when and why.
CREATE TABLE seeker_access (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seeker_id   BIGINT       NOT NULL,
    admin_id    BIGINT       NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    accessed_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_seeker_access_seeker FOREIGN KEY (seeker_id) REFERENCES seeker (id),
    CONSTRAINT fk_seeker_access_admin FOREIGN KEY (admin_id) REFERENCES admin_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_seeker_access_seeker ON seeker_access (seeker_id, accessed_at, id);

-- A WeChat identity that deregistered: its openid is gone and its tokens no longer work.
ALTER TABLE app_user ADD COLUMN erased_at DATETIME(6) NULL;
