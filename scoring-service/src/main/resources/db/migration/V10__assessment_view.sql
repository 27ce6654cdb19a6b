-- The scoring service's local view of the assessment, built idempotently (processed_events) from
-- bv.assessment.events. Rebuilt by replaying that topic from the start.

-- The characteristic catalogue of each framework version.
CREATE TABLE framework_theme (
    framework_version_id TEXT NOT NULL,
    code                 TEXT NOT NULL,
    title                TEXT,
    ord                  INT,
    PRIMARY KEY (framework_version_id, code)
);

CREATE TABLE framework_characteristic (
    framework_version_id TEXT NOT NULL,
    code                 TEXT NOT NULL,
    theme_code           TEXT NOT NULL,
    title                TEXT,
    ord                  INT,
    -- "see CI012": a cell that points at another characteristic and is never scored.
    cross_reference_to   TEXT,
    PRIMARY KEY (framework_version_id, code)
);

-- Which cycle uses which framework version.
CREATE TABLE assessment_cycle (
    cycle_id             TEXT PRIMARY KEY,
    council_id           TEXT NOT NULL,
    framework_version_id TEXT NOT NULL,
    year                 INT,
    title                TEXT,
    closed               BOOLEAN NOT NULL DEFAULT FALSE
);

-- Narratives and the last time their text or evidence changed (a reopened score waits for that).
CREATE TABLE narrative (
    narrative_id        TEXT PRIMARY KEY,
    council_id          TEXT NOT NULL,
    cycle_id            TEXT NOT NULL,
    characteristic_code TEXT NOT NULL,
    changed_at          TIMESTAMPTZ NOT NULL
);

-- Who worked on which narrative: its authors (every revision) and recorded contributors.
CREATE TABLE narrative_work (
    narrative_id        TEXT NOT NULL,
    user_id             TEXT NOT NULL,
    role                TEXT NOT NULL,
    council_id          TEXT NOT NULL,
    cycle_id            TEXT NOT NULL,
    characteristic_code TEXT NOT NULL,
    PRIMARY KEY (narrative_id, user_id, role)
);

CREATE INDEX narrative_work_by_user ON narrative_work (council_id, cycle_id, user_id);
