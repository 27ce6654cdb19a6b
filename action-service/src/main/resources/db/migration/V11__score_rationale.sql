-- The scorers' own words for a characteristic's latest colour in a cycle (the reviewer's rationale, or the reason
-- of a moderator's or leadership's revision): a gap proposed from the final score quotes them.
CREATE TABLE score_rationale (
    council_id          TEXT NOT NULL,
    cycle_id            TEXT NOT NULL,
    characteristic_code TEXT NOT NULL,
    rationale           TEXT NOT NULL,
    PRIMARY KEY (council_id, cycle_id, characteristic_code)
);
