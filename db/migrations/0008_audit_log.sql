-- Every management write, dry runs and refusals included: who (actor tenant, client, user),
-- what (resource, action, before and after with secrets masked), the outcome and whether it was a
-- dry run. tenant_id is the tenant the change concerns; the rows outlive the tenant (no foreign
-- key), so that a deletion stays on record.
CREATE TABLE audit_log (
  tenant_id               uuid NOT NULL,
  id                      uuid NOT NULL,
  type                    text NOT NULL,
  description             text NOT NULL DEFAULT '',
  organization_id         uuid,
  actor_tenant_id         uuid,
  client_id               text NOT NULL DEFAULT '',
  user_id                 uuid,
  target_resource         text NOT NULL,
  target_resource_id      text NOT NULL DEFAULT '',
  target_resource_action  text NOT NULL,
  ip_address              text NOT NULL DEFAULT '',
  user_agent              text NOT NULL DEFAULT '',
  before                  jsonb,
  after                   jsonb,
  outcome_result          text NOT NULL CHECK (outcome_result IN ('success', 'failure')),
  outcome_reason          text NOT NULL DEFAULT '',
  dry_run                 boolean NOT NULL DEFAULT false,
  created_at              timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_log_time ON audit_log (tenant_id, created_at DESC);
SELECT enable_tenant_isolation('audit_log');
-- The log is append-only for the application.
REVOKE UPDATE, DELETE ON audit_log FROM idp_app;
