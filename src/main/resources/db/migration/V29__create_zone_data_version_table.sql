-- The version of every zone's evaluation inputs: each write to an input (reports, the
-- registry, certificates, registrations, figures, platforms, chains, declarations and
-- scores) adds one inside its own transaction, so results cached under a version are
-- exactly those computed from the data that version names.
CREATE TABLE zone_data_version (
    zone_code VARCHAR(32) PRIMARY KEY REFERENCES zone (code),
    version   BIGINT      NOT NULL
);
INSERT INTO zone_data_version (zone_code, version) SELECT code, 1 FROM zone;
