-- Sign-in sessions at the provider (OIDC Core §3.1.2.1 prompt and max_age; the "sid" of
-- OIDC Front-/Back-Channel Logout §2). The browser holds a random cookie; only its SHA-256 is
-- kept. A new session (new id, new cookie) starts at every sign-in, so an id planted before the
-- sign-in is worthless (session fixation).
CREATE TABLE op_session (
  tenant_id         uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  id                uuid NOT NULL,
  cookie_hash       text NOT NULL,
  user_sub          uuid NOT NULL,
  authenticated_at  timestamptz NOT NULL,
  amr               text NOT NULL DEFAULT '',
  acr               text NOT NULL DEFAULT '',
  created_at        timestamptz NOT NULL,
  expires_at        timestamptz NOT NULL,  -- session_config.timeout_seconds after the sign-in
  ended_at          timestamptz,           -- signed out, or replaced by a newer sign-in
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX op_session_cookie ON op_session (tenant_id, cookie_hash);
CREATE INDEX op_session_user ON op_session (tenant_id, user_sub);
CREATE INDEX op_session_expiry ON op_session (expires_at);
SELECT enable_tenant_isolation('op_session');

-- What a user allowed a client to receive (OIDC Core §3.1.2.4): asked again only for more.
CREATE TABLE oauth_consent (
  tenant_id   uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  user_sub    uuid NOT NULL,
  client_id   text NOT NULL,
  scope       text NOT NULL,               -- space-separated granted scopes
  claims      text NOT NULL DEFAULT '',    -- space-separated granted claim names
  granted_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_sub, client_id)
);
SELECT enable_tenant_isolation('oauth_consent');

-- The session an authorization request was authenticated in, and the outcome of each of its
-- interactions (authentication-status).
ALTER TABLE oauth_authorization_request ADD COLUMN session_id uuid;
ALTER TABLE oauth_authorization_request ADD COLUMN interactions jsonb NOT NULL DEFAULT '{}';
