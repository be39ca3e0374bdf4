-- Employers: the silver-economy segment, the age-friendly employer mark (优质适老就业企业) granted by
-- staff, resubmission after a rejection, and staff invitations. Jobs: the review lifecycle, the
-- content-security verdict, pay normalised to a monthly figure for filtering and sorting, and
-- seekers' favourites. One column per statement: H2 and MariaDB agree on that form.

ALTER TABLE employer ADD COLUMN silver_segment VARCHAR(24) NULL;
ALTER TABLE employer ADD COLUMN age_friendly BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE employer ADD COLUMN age_friendly_by BIGINT NULL;
ALTER TABLE employer ADD COLUMN age_friendly_at DATETIME(6) NULL;
ALTER TABLE employer ADD COLUMN submissions INT NOT NULL DEFAULT 1;

-- A single-use code a member hands to a colleague; it expires.
CREATE TABLE employer_invitation (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employer_id BIGINT      NOT NULL,
    code        CHAR(10)    NOT NULL,
    invited_by  BIGINT      NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    accepted_by BIGINT      NULL,
    accepted_at DATETIME(6) NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_invitation_code UNIQUE (code),
    CONSTRAINT fk_invitation_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_invitation_inviter FOREIGN KEY (invited_by) REFERENCES app_user (id),
    CONSTRAINT fk_invitation_accepter FOREIGN KEY (accepted_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_invitation_employer ON employer_invitation (employer_id, created_at, id);

-- Monthly equivalents: a day's pay times 21.75 (the statutory paid days of a month), an hour's
-- times 174 (21.75 days of 8 hours). Piece rates have none.
ALTER TABLE job ADD COLUMN pay_monthly_min INT NULL;
ALTER TABLE job ADD COLUMN pay_monthly_max INT NULL;
ALTER TABLE job ADD COLUMN content_verdict VARCHAR(16) NULL;
ALTER TABLE job ADD COLUMN review_cause VARCHAR(24) NULL;
ALTER TABLE job ADD COLUMN review_reason VARCHAR(200) NULL;
ALTER TABLE job ADD COLUMN reviewed_by BIGINT NULL;
ALTER TABLE job ADD COLUMN reviewed_at DATETIME(6) NULL;
ALTER TABLE job ADD COLUMN submitted_at DATETIME(6) NULL;
ALTER TABLE job ADD COLUMN closed_at DATETIME(6) NULL;

UPDATE job SET
    pay_monthly_min = CASE pay_unit WHEN 'MONTH' THEN pay_min WHEN 'DAY' THEN ROUND(pay_min * 21.75)
                                    WHEN 'HOUR' THEN pay_min * 174 ELSE NULL END,
    pay_monthly_max = CASE pay_unit WHEN 'MONTH' THEN pay_max WHEN 'DAY' THEN ROUND(pay_max * 21.75)
                                    WHEN 'HOUR' THEN pay_max * 174 ELSE NULL END,
    submitted_at = created_at;

-- The moderation queue, the expiry sweep and the search index's change feed.
CREATE INDEX ix_job_review ON job (status, submitted_at, id);
CREATE INDEX ix_job_expiry ON job (status, valid_until);
CREATE INDEX ix_job_updated ON job (updated_at, id);

CREATE TABLE job_favourite (
    seeker_id  BIGINT      NOT NULL,
    job_id     BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (seeker_id, job_id),
    CONSTRAINT fk_favourite_seeker FOREIGN KEY (seeker_id) REFERENCES seeker (id),
    CONSTRAINT fk_favourite_job FOREIGN KEY (job_id) REFERENCES job (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_favourite_seeker ON job_favourite (seeker_id, created_at, job_id);
