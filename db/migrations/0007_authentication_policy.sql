-- A tenant's authentication policies, one per flow (oauth, ciba, fido2-registration, …), as
-- idp-server's authentication-policy JSON (FEATURES.md 1.8).
CREATE TABLE authentication_policy (
  tenant_id   uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  id          uuid NOT NULL,
  flow        text NOT NULL,
  enabled     boolean NOT NULL DEFAULT true,
  payload     jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX authentication_policy_flow ON authentication_policy (tenant_id, flow);
SELECT enable_tenant_isolation('authentication_policy');
