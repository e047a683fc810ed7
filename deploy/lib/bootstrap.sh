# First-run bootstrap of the admin tenant through POST /v1/admin/initialization, with generated
# identifiers and secrets; writes VAR/admin-credentials.json (mode 0600). Then registers the admin
# console's public client (PKCE, no secret) through the management API and writes what the console
# needs to sign in to VAR/admin-console.json, which nginx serves as /admin/config.json.

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

# Reads KEY of the admin credentials in VAR.
admin_value() {  # VAR KEY
  sed -n "s/.*\"$2\": *\"\([^\"]*\)\".*/\1/p" "$1/admin-credentials.json" | head -1
}

# bootstrap_console VAR: registers the console's client in the admin tenant (once) with a
# management token of the admin user (password grant of the bootstrap client).
bootstrap_console() {  # VAR
  local var=$1
  local config=$var/admin-console.json
  [ -f "$config" ] && return 0
  local base tenant ca token client_id status
  base=$(admin_value "$var" base_url)
  tenant=$(admin_value "$var" admin_tenant_id)
  ca=$(admin_value "$var" ca_cert)
  token=$(curl -sS --cacert "$ca" --data-urlencode grant_type=password \
    --data-urlencode "username=$(admin_value "$var" admin_user_email)" \
    --data-urlencode "password=$(admin_value "$var" admin_user_password)" \
    --data-urlencode "client_id=$(admin_value "$var" admin_client_id)" \
    --data-urlencode "client_secret=$(admin_value "$var" admin_client_secret)" \
    --data-urlencode "scope=openid management" "$base/$tenant/v1/tokens" |
    sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
  if [ -z "$token" ]; then
    echo "Console bootstrap: the admin user could not get a management token" >&2
    return 1
  fi
  client_id=$(cat /proc/sys/kernel/random/uuid)
  status=$(curl -sS -o "$var/log/console-client-response.json" -w '%{http_code}' --cacert "$ca" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @- \
    "$base/v1/management/tenants/$tenant/clients" <<JSON
{
  "client_id": "$client_id",
  "client_name": "Admin console",
  "redirect_uris": ["$base/admin/callback"],
  "post_logout_redirect_uris": ["$base/admin/"],
  "response_types": ["code"],
  "grant_types": ["authorization_code", "refresh_token"],
  "token_endpoint_auth_method": "none",
  "require_pkce": true,
  "scope": "openid profile email management",
  "application_type": "web"
}
JSON
  )
  if [ "$status" != 201 ]; then
    echo "Console bootstrap: registering the console client failed (HTTP $status):" >&2
    cat "$var/log/console-client-response.json" >&2
    return 1
  fi
  printf '{\n  "admin_tenant_id": "%s",\n  "client_id": "%s"\n}\n' "$tenant" "$client_id" >"$config.tmp"
  chmod 0644 "$config.tmp"
  mv "$config.tmp" "$config"
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
  Admin console:   $base/admin/
  Admin user:      $(sed -n 's/.*"admin_user_email": *"\([^"]*\)".*/\1/p' "$creds")
  Credentials:     $creds (mode 0600: passwords, client secret, API key)
  Logs:            $1/log/
Stop with: ./deploy/run.sh stop
TEXT
}
