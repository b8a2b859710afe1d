-- The epoch of the room that sequenced each change (ADR 0009). Changes reach clients before they are
-- saved, so after a crash a client may have seen a change under a seq that now holds another one;
-- a client may catch up from the log only if the change at its last seq was saved by its own epoch.
-- Rows stored before this column existed have none, and such clients get a snapshot.
ALTER TABLE change_log ADD COLUMN epoch VARCHAR(64);
