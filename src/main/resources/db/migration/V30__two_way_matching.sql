-- Two-way matching: who moved an application in which role, invitations from employers with
-- a daily quota counted here (so it holds across instances), in-app notices, the WeChat
-- subscriptions users granted, and the outbox the sender works through.

ALTER TABLE application_event ADD COLUMN actor_role VARCHAR(16) NULL;

ALTER TABLE job_application ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'APPLIED';

CREATE INDEX ix_application_job_status ON job_application (job_id, status);

CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_id          BIGINT       NOT NULL,
    seeker_id       BIGINT       NOT NULL,
    employer_id     BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    message         VARCHAR(200) NULL,
    interview_at    DATETIME(6)  NULL,
    interview_place VARCHAR(200) NULL,
    invited_by      BIGINT       NOT NULL,
    application_id  BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    responded_at    DATETIME(6)  NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_invitation_job_seeker UNIQUE (job_id, seeker_id),
    CONSTRAINT fk_seeker_invitation_job FOREIGN KEY (job_id) REFERENCES job (id),
    CONSTRAINT fk_seeker_invitation_seeker FOREIGN KEY (seeker_id) REFERENCES seeker (id),
    CONSTRAINT fk_seeker_invitation_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_seeker_invitation_user FOREIGN KEY (invited_by) REFERENCES app_user (id),
    CONSTRAINT ck_seeker_invitation_status CHECK (status IN ('SENT', 'ACCEPTED', 'DECLINED', 'EXPIRED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_seeker_invitation_seeker ON invitation (seeker_id, created_at, id);
CREATE INDEX ix_seeker_invitation_employer ON invitation (employer_id, created_at, id);
CREATE INDEX ix_seeker_invitation_expiry ON invitation (status, expires_at);

-- Invitations sent per employer and day (Asia/Shanghai); raised by one conditional UPDATE.
CREATE TABLE invitation_quota (
    employer_id BIGINT NOT NULL,
    quota_day   DATE   NOT NULL,
    used        INT    NOT NULL,
    PRIMARY KEY (employer_id, quota_day),
    CONSTRAINT fk_quota_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    title      VARCHAR(60)  NOT NULL,
    body       VARCHAR(300) NOT NULL,
    ref_type   VARCHAR(16)  NOT NULL,
    ref_id     BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    read_at    DATETIME(6)  NULL,
    CONSTRAINT fk_notice_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_notice_user ON notice (user_id, id);
CREATE INDEX ix_notice_unread ON notice (user_id, read_at);

-- Sends a user allowed through wx.requestSubscribeMessage: one "accept" is one send.
CREATE TABLE wechat_subscription (
    user_id      BIGINT      NOT NULL,
    template_key VARCHAR(32) NOT NULL,
    remaining    INT         NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, template_key),
    CONSTRAINT fk_subscription_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Subscribe messages waiting to go to WeChat, written in the transaction of their event.
CREATE TABLE notice_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id       BIGINT        NOT NULL,
    user_id         BIGINT        NOT NULL,
    template_key    VARCHAR(32)   NOT NULL,
    page            VARCHAR(128)  NULL,
    payload         VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(40)   NULL,
    claimed_until   DATETIME(6)   NULL,
    last_error      INT           NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT uk_outbox_notice UNIQUE (notice_id),
    CONSTRAINT fk_outbox_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'REFUSED', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_due ON notice_outbox (status, next_attempt_at, id);
