-- Hardening (issue 9): versions for optimistic locking, drafts that save part-way, figure bounds,
-- retired standards.

-- Every record a form edits carries a version; a save names the version it was opened with and
-- changes nothing when the stored one moved on (a conflict the user sees, not a lost edit).
-- A stored record starts at version 1; a form that showed no record sends 0.
ALTER TABLE zone_figure ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE enterprise_report ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;

-- A draft keeps whatever the enterprise filled in: its figures may be blank. A submitted or
-- approved report has every figure (a returned one may be blank again while it is corrected).
ALTER TABLE enterprise_report ALTER COLUMN industrial_output DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN operating_revenue DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN technology_revenue DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN product_sales_revenue DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN high_tech_revenue DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN export_total DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN export_high_tech DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN export_tech_services DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN rd_expense DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN rd_expense_domestic DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN total_costs DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN net_profit DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN taxes_paid DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN total_assets DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN liabilities DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN owners_equity DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN fixed_asset_investment DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN energy_consumption DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN employees DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN st_staff DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN rd_staff DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN invention_patents_applied DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN invention_patents_granted DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN invention_patents_owned DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN utility_models_owned DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN designs_owned DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN software_copyrights_owned DROP NOT NULL;
ALTER TABLE enterprise_report ALTER COLUMN tech_conversions DROP NOT NULL;
ALTER TABLE enterprise_report ADD CONSTRAINT enterprise_report_complete_when_filed CHECK (
    status IN ('DRAFT', 'RETURNED') OR (
        industrial_output IS NOT NULL
        AND operating_revenue IS NOT NULL
        AND technology_revenue IS NOT NULL
        AND product_sales_revenue IS NOT NULL
        AND high_tech_revenue IS NOT NULL
        AND export_total IS NOT NULL
        AND export_high_tech IS NOT NULL
        AND export_tech_services IS NOT NULL
        AND rd_expense IS NOT NULL
        AND rd_expense_domestic IS NOT NULL
        AND total_costs IS NOT NULL
        AND net_profit IS NOT NULL
        AND taxes_paid IS NOT NULL
        AND total_assets IS NOT NULL
        AND liabilities IS NOT NULL
        AND owners_equity IS NOT NULL
        AND fixed_asset_investment IS NOT NULL
        AND energy_consumption IS NOT NULL
        AND employees IS NOT NULL
        AND st_staff IS NOT NULL
        AND rd_staff IS NOT NULL
        AND invention_patents_applied IS NOT NULL
        AND invention_patents_granted IS NOT NULL
        AND invention_patents_owned IS NOT NULL
        AND utility_models_owned IS NOT NULL
        AND designs_owned IS NOT NULL
        AND software_copyrights_owned IS NOT NULL
        AND tech_conversions IS NOT NULL));

-- The range a zone figure may take (NULL: unbounded); every numeric figure defined today is a
-- size, an amount or a count and cannot be negative.
ALTER TABLE figure_definition ADD COLUMN min_value NUMERIC(20, 4);
ALTER TABLE figure_definition ADD COLUMN max_value NUMERIC(20, 4);
UPDATE figure_definition SET min_value = 0 WHERE value_type = 'NUMBER';

-- An administrator retires a standard: kept for history and for the evaluations that name it,
-- no longer offered in selectors or as the default.
ALTER TABLE standard_version ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE standard_version ADD COLUMN retired_by VARCHAR(64);
