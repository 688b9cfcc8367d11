-- Sitrep store, version 1 (PostgreSQL). The same tables as the SQLite script of the same number.

CREATE TABLE documents (
    seq          BIGSERIAL PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    published    TEXT,
    outlet       TEXT,
    url          TEXT,
    text         TEXT NOT NULL,
    analysis     TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);

CREATE TABLE incidents (
    id                   TEXT PRIMARY KEY,
    sort_key             TEXT COLLATE "C" NOT NULL,
    role                 TEXT NOT NULL,
    title                TEXT NOT NULL,
    acled_event_type     TEXT,
    acled_sub_event_type TEXT,
    gtd_attack_types     TEXT,
    date_start           TEXT COLLATE "C",
    date_end             TEXT COLLATE "C",
    date_precision       TEXT NOT NULL,
    location             TEXT,
    country              TEXT,
    country_code         TEXT,
    lat                  DOUBLE PRECISION,
    lon                  DOUBLE PRECISION,
    killed               BIGINT,
    wounded              BIGINT,
    perpetrators         TEXT,
    document_count       BIGINT NOT NULL,
    country_key          TEXT,
    digest               TEXT NOT NULL
);
CREATE INDEX incidents_sort ON incidents (sort_key);
CREATE INDEX incidents_date ON incidents (date_start, date_end);
CREATE INDEX incidents_country ON incidents (country_code);
CREATE INDEX incidents_country_key ON incidents (country_key);
CREATE INDEX incidents_lat_lon ON incidents (lat, lon);

CREATE TABLE incident_records (
    id          TEXT PRIMARY KEY,
    json        TEXT NOT NULL,
    search_text TEXT NOT NULL,
    search      TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', left(search_text, 400000))) STORED
);
CREATE INDEX incident_records_search ON incident_records USING GIN (search);

CREATE TABLE incident_terms (
    incident_id TEXT NOT NULL,
    facet       TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (incident_id, facet, value)
);
CREATE INDEX incident_terms_value ON incident_terms (facet, value);

CREATE TABLE incident_documents (
    incident_id TEXT NOT NULL,
    document_id TEXT NOT NULL,
    relation    TEXT NOT NULL,
    PRIMARY KEY (incident_id, document_id)
);
CREATE INDEX incident_documents_document ON incident_documents (document_id);

CREATE TABLE incident_aliases (
    old_id     TEXT PRIMARY KEY,
    current_id TEXT NOT NULL
);
CREATE INDEX incident_aliases_current ON incident_aliases (current_id);
