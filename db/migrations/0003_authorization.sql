-- The authorization code flow: stored authorization requests (the browser is bound to one by a
-- cookie whose hash is kept here), and single-use authorization codes (stored as hashes).

CREATE TABLE oauth_authorization_request (
  tenant_id         uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  id                uuid NOT NULL,
  client_id         text NOT NULL,
  payload           jsonb NOT NULL,          -- the validated request parameters
  browser_hash      text NOT NULL,           -- SHA-256 of the transaction cookie value
  user_sub          uuid,                    -- set by a successful authentication interaction
  authenticated_at  timestamptz,
  amr               text NOT NULL DEFAULT '',
  failed_attempts   integer NOT NULL DEFAULT 0,
  created_at        timestamptz NOT NULL,
  expires_at        timestamptz NOT NULL,
  completed_at      timestamptz,             -- authorized or denied: the request is spent
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX oauth_authorization_request_expiry ON oauth_authorization_request (expires_at);
SELECT enable_tenant_isolation('oauth_authorization_request');

CREATE TABLE oauth_authorization_code (
  tenant_id          uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  code_hash          text NOT NULL,
  client_id          text NOT NULL,
  user_sub           uuid NOT NULL,
  payload            jsonb NOT NULL,         -- redirect_uri, scope, nonce, PKCE, claims, auth_time
  expires_at         timestamptz NOT NULL,
  used_at            timestamptz,
  token_id           uuid,                   -- the tokens it was exchanged for (revoked on reuse)
  PRIMARY KEY (tenant_id, code_hash)
);
CREATE INDEX oauth_authorization_code_expiry ON oauth_authorization_code (expires_at);
SELECT enable_tenant_isolation('oauth_authorization_code');

-- Password failures per user for the lockout of identity_policy_config.password_policy.
ALTER TABLE idp_user ADD COLUMN failed_password_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE idp_user ADD COLUMN locked_until timestamptz;
