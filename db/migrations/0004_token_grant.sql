-- Tokens issued from one authorization (a code, then each refresh) share a grant id, so that
-- revoking a refresh token, or replaying a rotated one, revokes the whole grant (RFC 7009 §2.1,
-- RFC 9700 §4.14.2).
ALTER TABLE oauth_token ADD COLUMN grant_id uuid;
UPDATE oauth_token SET grant_id = id WHERE grant_id IS NULL;
ALTER TABLE oauth_token ALTER COLUMN grant_id SET NOT NULL;
ALTER TABLE oauth_token ADD COLUMN rotated_at timestamptz;
CREATE INDEX oauth_token_grant ON oauth_token (tenant_id, grant_id);
