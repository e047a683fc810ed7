-- The claims request parameter (OIDC Core §5.5) an access token was issued with, so that the
-- UserInfo endpoint returns the claims its "userinfo" member asks for.
ALTER TABLE oauth_token ADD COLUMN claims text NOT NULL DEFAULT '';
