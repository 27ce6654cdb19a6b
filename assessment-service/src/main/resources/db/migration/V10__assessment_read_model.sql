-- Query tables of the assessment-service. Each is a projection of the events table, updated in the
-- transaction that appends the events (inline projection), and rebuildable from the events.

CREATE TABLE framework_versions (
    id                    UUID        PRIMARY KEY,
    council_id            TEXT        NOT NULL,
    name                  TEXT        NOT NULL,
    label                 TEXT        NOT NULL,
    status                TEXT        NOT NULL,
    predecessor_id        UUID,
    characteristic_count  INT         NOT NULL,
    cross_reference_count INT         NOT NULL,
    theme_count           INT         NOT NULL,
    imported_at           TIMESTAMPTZ NOT NULL,
    published_at          TIMESTAMPTZ,
    stream_version        BIGINT      NOT NULL,
    CONSTRAINT framework_versions_label_unique UNIQUE (council_id, label)
);

CREATE TABLE cycles (
    id                   UUID        PRIMARY KEY,
    council_id           TEXT        NOT NULL,
    year                 INT         NOT NULL,
    title                TEXT        NOT NULL,
    framework_version_id UUID        NOT NULL,
    carried_forward_from UUID,
    status               TEXT        NOT NULL,
    latest_snapshot_at   TIMESTAMPTZ,
    published_as_of      TIMESTAMPTZ,
    opened_at            TIMESTAMPTZ NOT NULL,
    stream_version       BIGINT      NOT NULL,
    CONSTRAINT cycles_year_unique UNIQUE (council_id, year)
);

CREATE TABLE narratives (
    id                  UUID        PRIMARY KEY,
    council_id          TEXT        NOT NULL,
    cycle_id            UUID        NOT NULL,
    characteristic_code TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    revision            INT         NOT NULL,
    text                TEXT        NOT NULL,
    last_author_id      TEXT        NOT NULL,
    contributor_count   INT         NOT NULL DEFAULT 0,
    evidence_count      INT         NOT NULL DEFAULT 0,
    updated_at          TIMESTAMPTZ NOT NULL,
    stream_version      BIGINT      NOT NULL,
    CONSTRAINT narratives_one_per_characteristic UNIQUE (cycle_id, characteristic_code)
);
CREATE INDEX narratives_council_cycle ON narratives (council_id, cycle_id);

CREATE TABLE evidence_items (
    id             UUID        PRIMARY KEY,
    council_id     TEXT        NOT NULL,
    title          TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    reference      TEXT,
    uri            TEXT,
    owner          TEXT,
    evidence_date  DATE,
    description    TEXT,
    content_hash   TEXT,
    revision       INT         NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    stream_version BIGINT      NOT NULL
);
CREATE INDEX evidence_items_council ON evidence_items (council_id, title);

-- Where each evidence item is used: one row per narrative it is attached to.
CREATE TABLE narrative_evidence (
    narrative_id        UUID        NOT NULL,
    evidence_id         UUID        NOT NULL,
    council_id          TEXT        NOT NULL,
    cycle_id            UUID        NOT NULL,
    characteristic_code TEXT        NOT NULL,
    attached_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (narrative_id, evidence_id)
);
CREATE INDEX narrative_evidence_by_item ON narrative_evidence (council_id, evidence_id);
