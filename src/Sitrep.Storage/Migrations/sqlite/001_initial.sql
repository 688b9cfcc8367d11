-- Sitrep store, version 1 (SQLite). The PostgreSQL script of the same number makes the same tables.

-- Each article once: the content hash (SHA-256 of id, metadata and text as read) is the idempotence key.
CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    published    TEXT,
    outlet       TEXT,
    url          TEXT,
    text         TEXT NOT NULL,
    analysis     TEXT NOT NULL,   -- the AnalyzedDocument as JSON: what assembly needs, read once
    ingested_at  TEXT NOT NULL
);

-- The incident records assembled from every stored document; replaced in the same transaction as the documents that changed them.
CREATE TABLE incidents (
    id                   TEXT PRIMARY KEY,
    sort_key             TEXT NOT NULL,    -- the assembly's order: role, first document, rank
    role                 TEXT NOT NULL,
    title                TEXT NOT NULL,
    acled_event_type     TEXT,
    acled_sub_event_type TEXT,
    gtd_attack_types     TEXT,
    date_start           TEXT,
    date_end             TEXT,
    date_precision       TEXT NOT NULL,
    location             TEXT,
    country              TEXT,
    country_code         TEXT,
    lat                  REAL,
    lon                  REAL,
    killed               INTEGER,
    wounded              INTEGER,
    perpetrators         TEXT,
    document_count       INTEGER NOT NULL,
    country_key          TEXT,             -- the country name in lower case, for the country filter
    digest               TEXT NOT NULL     -- SHA-256 of the record's JSON: what changed between assemblies
);
CREATE INDEX incidents_sort ON incidents (sort_key);
CREATE INDEX incidents_date ON incidents (date_start, date_end);
CREATE INDEX incidents_country ON incidents (country_code);
CREATE INDEX incidents_country_key ON incidents (country_key);
CREATE INDEX incidents_lat_lon ON incidents (lat, lon);

-- The record itself, apart from the narrow rows lists scan: a record with its evidence is kilobytes.
CREATE TABLE incident_records (
    id          TEXT PRIMARY KEY,
    json        TEXT NOT NULL,   -- JsonReportWriter.WriteIncident, compact
    search_text TEXT NOT NULL    -- what full-text search reads: title, places, actors, quotes, sources' titles and text
);

-- Facet values an incident is filtered by (perpetrator names and aliases, event types), lower case.
CREATE TABLE incident_terms (
    incident_id TEXT NOT NULL,
    facet       TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (incident_id, facet, value)
);
CREATE INDEX incident_terms_value ON incident_terms (facet, value);

-- Which documents report ('reports') or only mention ('mentions') an incident.
CREATE TABLE incident_documents (
    incident_id TEXT NOT NULL,
    document_id TEXT NOT NULL,
    relation    TEXT NOT NULL,
    PRIMARY KEY (incident_id, document_id)
);
CREATE INDEX incident_documents_document ON incident_documents (document_id);

-- An incident's id follows its reports; when new reports give a known incident a new id, the old id points to the new one.
CREATE TABLE incident_aliases (
    old_id     TEXT PRIMARY KEY,
    current_id TEXT NOT NULL
);
CREATE INDEX incident_aliases_current ON incident_aliases (current_id);

-- Full-text search over incident_records.search_text (rowid = incidents.rowid): one lookup, no join.
CREATE VIRTUAL TABLE incident_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
