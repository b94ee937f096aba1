-- Industrial chains under the chain-leader system (链长制) and their links.
CREATE TABLE industrial_chain (
    code        VARCHAR(32)  PRIMARY KEY,
    zone_code   VARCHAR(32)  NOT NULL REFERENCES zone (code),
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    feature     BOOLEAN      NOT NULL,
    leader_name VARCHAR(100),
    policy      VARCHAR(2000)
);

CREATE TABLE chain_link (
    code       VARCHAR(32)  PRIMARY KEY,
    chain_code VARCHAR(32)  NOT NULL REFERENCES industrial_chain (code),
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    position   INTEGER      NOT NULL
);
