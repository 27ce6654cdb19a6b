-- Each read-model table becomes partitioned by generation (LIST), so that a rebuild can load a generation the
-- fast way: into a table of its own with no index, whose indexes are then built in one sorted pass and which is
-- then attached as the generation's partition (GenerationTables.java). Index maintenance row by row was most of
-- a rebuild's time. Dropping an old generation becomes dropping its table instead of deleting its rows.
--
-- The rows that exist now stay where they are: each table is renamed <table>_legacy and attached as the partition
-- of every generation that can exist today (1 up to the last one the sequence handed out). A generation the
-- sequence hands out from now on gets its own partition, <table>_g<generation>.
DO $$
DECLARE
    t text;
    generations text;
BEGIN
    SELECT string_agg(g::text, ', ') INTO generations
    FROM generate_series(1, greatest((SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM read_model_generation_seq),
                                     (SELECT active FROM read_model_generation))) g;
    FOREACH t IN ARRAY ARRAY['framework_versions', 'themes', 'characteristics', 'framework_mappings', 'cycles',
                             'cycle_milestones', 'scoring_rounds', 'score_history', 'action_history', 'comment_history',
                             'audit_log', 'narrative_history', 'evidence_history'] LOOP
        EXECUTE format('ALTER TABLE %I RENAME TO %I', t, t || '_legacy');
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)'
                       ' PARTITION BY LIST (generation)', t, t || '_legacy');
        EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES IN (%s)', t, t || '_legacy', generations);
    END LOOP;
END
$$;
