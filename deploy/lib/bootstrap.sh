# First-run bootstrap of the admin tenant through POST /v1/admin/initialization, with generated
# identifiers and secrets; writes VAR/admin-credentials.json (mode 0600).

bootstrap_admin() {  # ROOT VAR BIN BASE_URL MTLS_BASE_URL
  local root=$1 var=$2 bin=$3 base_url=$4 mtls_base_url=$5
  local creds=$var/admin-credentials.json
  [ -f "$creds" ] && return 0

  export ADMIN_ORGANIZATION_ID ADMIN_TENANT_ID ADMIN_USER_SUB ADMIN_USER_EMAIL ADMIN_USER_PASSWORD
  export ADMIN_CLIENT_ID ADMIN_CLIENT_ID_ALIAS ADMIN_CLIENT_SECRET AUTHORIZATION_SERVER_URL
  export UI_BASE_URL ALLOW_ORIGINS SERVER_JWKS_ESCAPED ADMIN_CLIENT_JWKS_ESCAPED
  export ADMIN_CLIENT_REDIRECT_URIS TOKEN_SIGNED_KEY ID_TOKEN_SIGNED_KEY
  ADMIN_ORGANIZATION_ID=$(cat /proc/sys/kernel/random/uuid)
  ADMIN_TENANT_ID=$(cat /proc/sys/kernel/random/uuid)
  ADMIN_USER_SUB=$(cat /proc/sys/kernel/random/uuid)
  ADMIN_USER_EMAIL=admin@${IDP_ADMIN_EMAIL_DOMAIN:-idp.local}
  ADMIN_USER_PASSWORD=$(openssl rand -base64 18 | tr -d '/+=' | cut -c1-20)Aa1!
  ADMIN_CLIENT_ID=$(cat /proc/sys/kernel/random/uuid)
  ADMIN_CLIENT_ID_ALIAS=admin-console
  ADMIN_CLIENT_SECRET=$(openssl rand -hex 32)
  AUTHORIZATION_SERVER_URL=$base_url
  UI_BASE_URL=$base_url/auth-views
  ALLOW_ORIGINS="\"$base_url\""
  SERVER_JWKS_ESCAPED=""          # empty: the server generates an ES256 and an RS256 key
  ADMIN_CLIENT_JWKS_ESCAPED=""
  ADMIN_CLIENT_REDIRECT_URIS="\"$base_url/admin/callback\""
  TOKEN_SIGNED_KEY=""
  ID_TOKEN_SIGNED_KEY=""

  local body api_key api_secret status
  body=$("$bin" substitute "$root/deploy/admin/initial.json")
  api_key=$(settings_value "$var" api_key)
  api_secret=$(settings_value "$var" api_secret)
  status=$(printf '%s' "$body" | curl -sS -o "$var/log/bootstrap-response.json" -w '%{http_code}' \
    --cacert "$var/pki/ca.crt" -u "$api_key:$api_secret" -H 'Content-Type: application/json' \
    --data-binary @- "$base_url/v1/admin/initialization")
  if [ "$status" != 201 ]; then
    echo "Admin bootstrap failed (HTTP $status):" >&2
    cat "$var/log/bootstrap-response.json" >&2
    return 1
  fi
  umask 077
  cat >"$creds" <<JSON
{
  "base_url": "$base_url",
  "mtls_base_url": "$mtls_base_url",
  "ca_cert": "$var/pki/ca.crt",
  "admin_organization_id": "$ADMIN_ORGANIZATION_ID",
  "admin_tenant_id": "$ADMIN_TENANT_ID",
  "admin_user_email": "$ADMIN_USER_EMAIL",
  "admin_user_password": "$ADMIN_USER_PASSWORD",
  "admin_client_id": "$ADMIN_CLIENT_ID",
  "admin_client_secret": "$ADMIN_CLIENT_SECRET",
  "api_key": "$api_key",
  "api_secret": "$api_secret"
}
JSON
  chmod 0600 "$creds"
  umask 022
}

print_summary() {  # VAR
  local creds=$1/admin-credentials.json
  local base tenant
  base=$(sed -n 's/.*"base_url": *"\([^"]*\)".*/\1/p' "$creds" | head -1)
  tenant=$(sed -n 's/.*"admin_tenant_id": *"\([^"]*\)".*/\1/p' "$creds")
  cat <<TEXT

The identity provider is running.
  Base URL:        $base
  mTLS base URL:   $(sed -n 's/.*"mtls_base_url": *"\([^"]*\)".*/\1/p' "$creds")
  CA certificate:  $(sed -n 's/.*"ca_cert": *"\([^"]*\)".*/\1/p' "$creds")
  Admin tenant:    $tenant
  Discovery:       $base/$tenant/.well-known/openid-configuration
  Admin user:      $(sed -n 's/.*"admin_user_email": *"\([^"]*\)".*/\1/p' "$creds")
  Credentials:     $creds (mode 0600: passwords, client secret, API key)
  Logs:            $1/log/
Stop with: ./deploy/run.sh stop
TEXT
}
