-- A user's home zone: the zone every zone page opens on until the user picks another.
-- Null: the zone of a zone-bound user, else the first high-tech zone the user reads.
ALTER TABLE app_user ADD COLUMN home_zone_code VARCHAR(32);
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_home_zone FOREIGN KEY (home_zone_code) REFERENCES zone (code);

-- The documented demo accounts (README) open on Qianjiang where the demo zone was loaded
-- before this column existed; a new demo start sets it when it creates them.
UPDATE app_user SET home_zone_code = 'QJ-HTZ'
WHERE username IN ('demo-admin', 'demo-hq', 'demo-dept', 'demo-enterprise', 'demo-chain', 'demo-viewer')
  AND EXISTS (SELECT 1 FROM zone WHERE code = 'QJ-HTZ');
