-- A counter per council that moves on with every event the reporting service applies, in the transaction that
-- applies it. A report computed when the counter stood at v (and the active generation at g) is right for as long
-- as both stay: the heat-map documents (application/HeatMapDocuments) are kept on it and served without a recompute.
CREATE TABLE council_read_versions (
    council_id text PRIMARY KEY,
    version    bigint NOT NULL
);
