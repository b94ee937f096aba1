-- A saved scenario carries a version like every other editable record (V17): a save made
-- on a copy someone has saved since is refused as a conflict instead of replacing theirs.
ALTER TABLE what_if_scenario ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
