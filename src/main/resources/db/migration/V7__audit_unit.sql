-- The unit an audit event concerns when it is not about one disclosure (an account or a unit being
-- created or changed), so reviewers can see the events of the units in their scope.
ALTER TABLE audit_event ADD COLUMN unit_id BIGINT NULL;
CREATE INDEX idx_audit_unit ON audit_event (unit_id, id);
