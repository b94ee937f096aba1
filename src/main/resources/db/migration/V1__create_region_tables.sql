-- Regions (e.g. south-east Chongqing), their districts/counties, and the zones (园区) in a district.
CREATE TABLE region (
    code        VARCHAR(32)  PRIMARY KEY,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL
);

CREATE TABLE district (
    code          VARCHAR(32)  PRIMARY KEY,
    region_code   VARCHAR(32)  NOT NULL REFERENCES region (code),
    division_code CHAR(6)      NOT NULL UNIQUE,
    name_zh       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL
);

CREATE TABLE zone (
    code             VARCHAR(32)  PRIMARY KEY,
    district_code    VARCHAR(32)  NOT NULL REFERENCES district (code),
    name_zh          VARCHAR(100) NOT NULL,
    name_en          VARCHAR(100) NOT NULL,
    level            VARCHAR(32)  NOT NULL,
    approval_date    DATE,
    planned_area_km2 NUMERIC(10, 2)
);
CREATE INDEX zone_district_idx ON zone (district_code);
