-- Configuration documents a tenant keeps as idp-server JSON, one table for their kinds:
-- authentication configurations, federation configurations, identity-verification
-- configurations and security-event-hook configurations (ENDPOINTS.md 2.3, 2.4).
CREATE TABLE tenant_configuration (
  tenant_id   uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  kind        text NOT NULL,
  id          uuid NOT NULL,
  type        text NOT NULL DEFAULT '',
  enabled     boolean NOT NULL DEFAULT true,
  payload     jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, kind, id)
);
CREATE INDEX tenant_configuration_type ON tenant_configuration (tenant_id, kind, type);
SELECT enable_tenant_isolation('tenant_configuration');
CREATE TRIGGER tenant_configuration_changed AFTER INSERT OR UPDATE OR DELETE
  ON tenant_configuration FOR EACH ROW EXECUTE FUNCTION notify_configuration_change();

-- Authentication policies are also managed by id.
CREATE TRIGGER authentication_policy_changed AFTER INSERT OR UPDATE OR DELETE
  ON authentication_policy FOR EACH ROW EXECUTE FUNCTION notify_configuration_change();
