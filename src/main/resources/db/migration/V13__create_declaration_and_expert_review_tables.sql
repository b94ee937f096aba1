-- The facts the national qualification rules need that no annual report carries.
-- enterprise_declaration: what an enterprise declares for a year (accidents, listings,
-- prohibited categories, research misconduct, how its IP was obtained, standards led);
-- NULL where it has not declared. expert_review: the parts of the high-tech innovation
-- score that experts judge, entered by the zone's staff; NULL where not scored. One row
-- per enterprise and year each, with who entered it last and when; every change is also
-- in audit_log (old → new). The ranges of the scores are the rules' (ExpertScores.Part).
CREATE TABLE enterprise_declaration (
    enterprise_id           BIGINT      NOT NULL REFERENCES enterprise (id),
    declaration_year        INTEGER     NOT NULL,
    major_incident          BOOLEAN,
    prohibited_category     BOOLEAN,
    abnormal_operation_list BOOLEAN,
    serious_dishonesty_list BOOLEAN,
    research_misconduct     BOOLEAN,
    ip_acquisition          VARCHAR(40),
    led_standard            BOOLEAN,
    declared_by             VARCHAR(64) NOT NULL,
    declared_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enterprise_id, declaration_year)
);

CREATE TABLE expert_review (
    enterprise_id           BIGINT      NOT NULL REFERENCES enterprise (id),
    review_year             INTEGER     NOT NULL,
    technical_advancement   INTEGER,
    core_support            INTEGER,
    standard_bonus          INTEGER,
    management_systems      INTEGER,
    rd_body_and_cooperation INTEGER,
    conversion_rewards      INTEGER,
    talent_systems          INTEGER,
    ip_acquisition          INTEGER,
    entered_by              VARCHAR(64) NOT NULL,
    entered_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enterprise_id, review_year)
);
