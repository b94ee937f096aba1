-- Evaluating many zone-years at once (issue 16, AggregateSql): a zone's enterprises registered
-- by a year's end are read by zone and registration date; the certificates valid in a year by
-- their issue year. Reports are found by (enterprise_id, report_year), already unique.
CREATE INDEX enterprise_zone_registration_idx ON enterprise (zone_code, registration_date);
CREATE INDEX hte_certificate_year_idx ON hte_certificate (issue_year, enterprise_id);
