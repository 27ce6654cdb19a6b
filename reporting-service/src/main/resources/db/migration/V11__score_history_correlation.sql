-- A characteristic's history names, for every change, the request that caused it (the CloudEvent's
-- correlationid), as every …/history of the suite does. Rows projected before this column existed keep NULL
-- until a rebuild replays them.
ALTER TABLE score_history ADD COLUMN correlation_id TEXT;
