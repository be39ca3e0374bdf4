-- Core schema of the silver recruitment zone. Runs unchanged on MySQL 8, MariaDB 10.11
-- and H2 in MySQL mode; every table is utf8mb4 so emoji in names and job text survive.
-- Instants are DATETIME(6) holding UTC; money is whole yuan.

CREATE TABLE district (
    code        CHAR(6)     NOT NULL PRIMARY KEY,
    name        VARCHAR(32) NOT NULL,
    code_kind   VARCHAR(16) NOT NULL,
    parent_code CHAR(6)     NULL,
    sort_order  INT         NOT NULL,
    CONSTRAINT ck_district_kind CHECK (code_kind IN ('GB_T_2260', 'STATS_AREA'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE occupation (
    id          INT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(32) NOT NULL,
    code        VARCHAR(12) NULL,
    CONSTRAINT uk_occupation_name UNIQUE (name),
    CONSTRAINT uk_occupation_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    openid        VARCHAR(64) NOT NULL,
    unionid       VARCHAR(64) NULL,
    created_at    DATETIME(6) NOT NULL,
    last_login_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_app_user_openid UNIQUE (openid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE admin_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(32)  NOT NULL,
    district_code CHAR(6)      NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_admin_username UNIQUE (username),
    CONSTRAINT fk_admin_district FOREIGN KEY (district_code) REFERENCES district (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE seeker (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id             BIGINT       NOT NULL,
    real_name           VARCHAR(32)  NOT NULL,
    id_number_cipher    VARCHAR(160) NOT NULL,
    id_number_hash      CHAR(64)     NOT NULL,
    birth_date          DATE         NOT NULL,
    sex                 VARCHAR(8)   NOT NULL,
    phone_cipher        VARCHAR(160) NOT NULL,
    phone_hash          CHAR(64)     NOT NULL,
    district_code       CHAR(6)      NOT NULL,
    street              VARCHAR(64)  NULL,
    privacy_version     VARCHAR(16)  NOT NULL,
    privacy_accepted_at DATETIME(6)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_seeker_user UNIQUE (user_id),
    CONSTRAINT uk_seeker_id_number UNIQUE (id_number_hash),
    CONSTRAINT fk_seeker_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_seeker_district FOREIGN KEY (district_code) REFERENCES district (code),
    CONSTRAINT ck_seeker_sex CHECK (sex IN ('MALE', 'FEMALE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_seeker_district_birth ON seeker (district_code, birth_date);

CREATE TABLE employer (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                 VARCHAR(100) NOT NULL,
    credit_code          CHAR(18)     NOT NULL,
    employer_type        VARCHAR(24)  NOT NULL,
    industry             VARCHAR(32)  NOT NULL,
    silver_economy       BOOLEAN      NOT NULL,
    district_code        CHAR(6)      NOT NULL,
    address              VARCHAR(200) NOT NULL,
    contact_name         VARCHAR(32)  NOT NULL,
    contact_phone_cipher VARCHAR(160) NOT NULL,
    verification_status  VARCHAR(16)  NOT NULL,
    rejection_reason     VARCHAR(200) NULL,
    reviewed_by          BIGINT       NULL,
    reviewed_at          DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_employer_credit_code UNIQUE (credit_code),
    CONSTRAINT fk_employer_district FOREIGN KEY (district_code) REFERENCES district (code),
    CONSTRAINT fk_employer_reviewer FOREIGN KEY (reviewed_by) REFERENCES admin_account (id),
    CONSTRAINT ck_employer_status CHECK (verification_status IN ('PENDING', 'VERIFIED', 'REJECTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_employer_status ON employer (verification_status, created_at, id);

CREATE TABLE employer_member (
    employer_id BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    member_role VARCHAR(16) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (employer_id, user_id),
    CONSTRAINT fk_member_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_member_user ON employer_member (user_id);

CREATE TABLE job (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employer_id         BIGINT        NOT NULL,
    title               VARCHAR(60)   NOT NULL,
    occupation_id       INT           NULL,
    category            VARCHAR(24)   NOT NULL,
    description         VARCHAR(2000) NOT NULL,
    district_code       CHAR(6)       NOT NULL,
    address             VARCHAR(200)  NOT NULL,
    latitude            DECIMAL(9, 6) NULL,
    longitude           DECIMAL(9, 6) NULL,
    pay_min             INT           NOT NULL,
    pay_max             INT           NOT NULL,
    pay_unit            VARCHAR(8)    NOT NULL,
    employment_form     VARCHAR(16)   NOT NULL,
    work_schedule       VARCHAR(100)  NOT NULL,
    headcount           INT           NOT NULL,
    age_min             INT           NULL,
    age_max             INT           NULL,
    physical_demand     VARCHAR(8)    NOT NULL,
    seated_work         BOOLEAN       NOT NULL,
    no_night_shift      BOOLEAN       NOT NULL,
    flexible_hours      BOOLEAN       NOT NULL,
    near_transit        BOOLEAN       NOT NULL,
    meals_provided      BOOLEAN       NOT NULL,
    training_provided   BOOLEAN       NOT NULL,
    protection          VARCHAR(32)   NOT NULL,
    zone_silver_talent  BOOLEAN       NOT NULL,
    zone_silver_economy BOOLEAN       NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    valid_until         DATE          NOT NULL,
    published_at        DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_job_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_job_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT fk_job_district FOREIGN KEY (district_code) REFERENCES district (code),
    CONSTRAINT ck_job_pay CHECK (pay_min >= 0 AND pay_max >= pay_min),
    CONSTRAINT ck_job_headcount CHECK (headcount >= 1),
    CONSTRAINT ck_job_zone CHECK (zone_silver_talent OR zone_silver_economy)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_job_published ON job (status, published_at, id);
CREATE INDEX ix_job_district ON job (status, district_code, published_at, id);
CREATE INDEX ix_job_category ON job (status, category, published_at, id);
CREATE INDEX ix_job_employer ON job (employer_id, status);

CREATE TABLE job_application (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_id          BIGINT       NOT NULL,
    seeker_id       BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    employer_note   VARCHAR(500) NULL,
    interview_at    DATETIME(6)  NULL,
    interview_place VARCHAR(200) NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_application_job_seeker UNIQUE (job_id, seeker_id),
    CONSTRAINT fk_application_job FOREIGN KEY (job_id) REFERENCES job (id),
    CONSTRAINT fk_application_seeker FOREIGN KEY (seeker_id) REFERENCES seeker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_application_seeker ON job_application (seeker_id, created_at, id);
CREATE INDEX ix_application_job ON job_application (job_id, created_at, id);

-- Every move of an application: who moved it, from where to where, and when.
CREATE TABLE application_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    from_status    VARCHAR(16)  NULL,
    to_status      VARCHAR(16)  NOT NULL,
    actor_user_id  BIGINT       NOT NULL,
    note           VARCHAR(500) NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_event_application FOREIGN KEY (application_id) REFERENCES job_application (id),
    CONSTRAINT fk_event_actor FOREIGN KEY (actor_user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_event_application ON application_event (application_id, id);
