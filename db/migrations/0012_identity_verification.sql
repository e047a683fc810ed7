-- Identity verification (eKYC): a user's applications, driven by the tenant's
-- identity-verification configuration (kept in tenant_configuration), and the verification
-- results that approvals and direct registrations produce.
CREATE TABLE identity_verification_application (
  tenant_id               uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  id                      uuid NOT NULL,
  client_id               text NOT NULL,
  user_id                 uuid NOT NULL,
  verification_type       text NOT NULL,
  application_details     jsonb NOT NULL DEFAULT '{}',
  -- per process: {"call_count": n, "success_count": n, "failure_count": n}
  processes               jsonb NOT NULL DEFAULT '{}',
  status                  text NOT NULL CHECK (status IN ('requested', 'applying', 'applied',
                            'examination_processing', 'approved', 'rejected', 'expired',
                            'cancelled')),
  attributes              jsonb,
  -- the vendor's id of the application (common.callback_application_id_param), which callbacks
  -- without an application id in their path are matched by
  external_application_id text,
  requested_at            timestamptz NOT NULL,
  updated_at              timestamptz NOT NULL,
  -- optimistic concurrency: a process reads the application, calls the vendor outside any
  -- transaction, and writes only if nobody else wrote in between
  version                 bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES idp_user (tenant_id, sub) ON DELETE CASCADE
);
CREATE INDEX identity_verification_application_by_user
  ON identity_verification_application (tenant_id, user_id, requested_at DESC);
CREATE INDEX identity_verification_application_by_time
  ON identity_verification_application (tenant_id, requested_at DESC);
CREATE UNIQUE INDEX identity_verification_application_by_external_id
  ON identity_verification_application (tenant_id, verification_type, external_application_id);
SELECT enable_tenant_isolation('identity_verification_application');

CREATE TABLE identity_verification_result (
  tenant_id         uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  id                uuid NOT NULL,
  user_id           uuid NOT NULL,
  application_id    uuid,
  verification_type text NOT NULL,
  verified_claims   jsonb NOT NULL,
  verified_at       timestamptz NOT NULL,
  valid_until       timestamptz,
  source            text NOT NULL CHECK (source IN ('application', 'direct')),
  source_details    jsonb,
  attributes        jsonb,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES idp_user (tenant_id, sub) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, application_id)
    REFERENCES identity_verification_application (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX identity_verification_result_by_user
  ON identity_verification_result (tenant_id, user_id, verified_at DESC);
CREATE INDEX identity_verification_result_by_time
  ON identity_verification_result (tenant_id, verified_at DESC);
CREATE INDEX identity_verification_result_by_application
  ON identity_verification_result (tenant_id, application_id);
SELECT enable_tenant_isolation('identity_verification_result');
