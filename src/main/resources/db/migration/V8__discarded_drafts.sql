-- A revision in progress replaced by a newer one in progress used to become SUPERSEDED, the status
-- of a corrected publication, and so became public without review. It is DISCARDED now (staff-only
-- history). A SUPERSEDED row that was never published (no publication time) was such a draft.
UPDATE disclosure SET status = 'DISCARDED' WHERE status = 'SUPERSEDED' AND published_at IS NULL;
