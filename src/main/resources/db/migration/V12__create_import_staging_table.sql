-- Rows of an import being checked: staged here instead of held in memory, so an import's
-- memory stays bounded whatever its row count. Nothing here is user data: a finished or
-- interrupted import's rows are deleted (and all of them at start).
CREATE TABLE import_row (
    job_id        VARCHAR(36)     NOT NULL,
    row_no        INTEGER         NOT NULL,
    record_key    VARCHAR(300),
    cells         VARCHAR(1000000) NOT NULL,
    action        VARCHAR(12),
    decision_hash VARCHAR(64),
    PRIMARY KEY (job_id, row_no)
);

CREATE INDEX import_row_key ON import_row (job_id, record_key);
