-- Issued tokens and single-use client assertion ids. Opaque tokens are stored only as SHA-256
-- hashes (hex); a JWT access token is stored by the hash of its compact form, so introspection
-- and revocation work the same for both.

CREATE TABLE oauth_token (
  tenant_id                uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  id                       uuid NOT NULL,
  client_id                text NOT NULL,
  user_sub                 uuid,
  scope                    text NOT NULL DEFAULT '',
  grant_type               text NOT NULL,
  access_token_hash        text NOT NULL,
  access_token_expires_at  timestamptz NOT NULL,
  refresh_token_hash       text,
  refresh_token_expires_at timestamptz,
  issued_at                timestamptz NOT NULL,
  revoked_at               timestamptz,
  payload                  jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX oauth_token_access ON oauth_token (tenant_id, access_token_hash);
CREATE UNIQUE INDEX oauth_token_refresh ON oauth_token (tenant_id, refresh_token_hash)
  WHERE refresh_token_hash IS NOT NULL;
CREATE INDEX oauth_token_expiry ON oauth_token (access_token_expires_at);
SELECT enable_tenant_isolation('oauth_token');

-- RFC 7523 §3 item 7: a client assertion's jti is accepted once, until the assertion expires.
CREATE TABLE client_assertion_jti (
  tenant_id  uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  client_id  text NOT NULL,
  jti        text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, client_id, jti)
);
CREATE INDEX client_assertion_jti_expiry ON client_assertion_jti (expires_at);
SELECT enable_tenant_isolation('client_assertion_jti');
