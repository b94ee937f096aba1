-- Reports waiting for review are few among many approved: the review queue, the navigation's
-- badge on every page and the dashboard's card find them by status instead of reading every
-- report of the zone (issue 16: pages under load; a province holds millions of reports).
CREATE INDEX enterprise_report_status_idx ON enterprise_report (status, enterprise_id);
