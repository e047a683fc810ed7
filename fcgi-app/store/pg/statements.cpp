#include "store/pg/statements.hpp"

#include "store/pg/identity_verification_repositories.hpp"

namespace idp::store::pg {
namespace {

struct Statement {
  const char* name;
  const char* sql;
};

// Every query filters on tenant_id itself; row-level security is the second wall, not the first.
constexpr Statement k_statements[] = {
    {"set_tenant", "SELECT set_config('app.tenant_id', $1, true)"},

    {"organization_find", "SELECT id, name, description, payload FROM organization WHERE id = $1"},
    {"organization_delete", "DELETE FROM organization WHERE id = $1 RETURNING id"},
    {"organization_upsert",
     "INSERT INTO organization (id, name, description, payload) VALUES ($1, $2, $3, $4::jsonb) "
     "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description, "
     "payload = EXCLUDED.payload, updated_at = now()"},
    {"organization_assign_tenant",
     "INSERT INTO organization_tenant (tenant_id, organization_id) VALUES ($1, $2) "
     "ON CONFLICT DO NOTHING"},
    {"organizations_of_tenant",
     "SELECT organization_id FROM organization_tenant WHERE tenant_id = $1 ORDER BY created_at"},

    {"tenant_find",
     "SELECT tenant_id, name, tenant_type, enabled, payload FROM tenant WHERE tenant_id = $1"},
    {"tenant_delete", "DELETE FROM tenant WHERE tenant_id = $1 RETURNING tenant_id"},
    {"tenant_upsert",
     "INSERT INTO tenant (tenant_id, name, tenant_type, enabled, payload) "
     "VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT (tenant_id) DO UPDATE SET "
     "name = EXCLUDED.name, tenant_type = EXCLUDED.tenant_type, enabled = EXCLUDED.enabled, "
     "payload = EXCLUDED.payload, updated_at = now()"},

    {"authorization_server_find",
     "SELECT issuer, payload FROM authorization_server_configuration WHERE tenant_id = $1"},
    {"authorization_server_upsert",
     "INSERT INTO authorization_server_configuration (tenant_id, issuer, payload) "
     "VALUES ($1, $2, $3::jsonb) ON CONFLICT (tenant_id) DO UPDATE SET issuer = EXCLUDED.issuer, "
     "payload = EXCLUDED.payload, updated_at = now()"},

    {"client_find",
     "SELECT client_id, COALESCE(client_id_alias, ''), enabled, payload, "
     "extract(epoch FROM created_at)::bigint FROM client_configuration "
     "WHERE tenant_id = $1 AND (client_id = $2 OR client_id_alias = $2) "
     "ORDER BY (client_id = $2) DESC, created_at, client_id LIMIT 1"},
    {"client_list",
     "SELECT client_id, COALESCE(client_id_alias, ''), enabled, payload, "
     "extract(epoch FROM created_at)::bigint FROM client_configuration "
     "WHERE tenant_id = $1 ORDER BY client_id"},
    {"client_delete",
     "DELETE FROM client_configuration WHERE tenant_id = $1 AND client_id = $2 "
     "RETURNING client_id"},
    {"client_upsert",
     "INSERT INTO client_configuration (tenant_id, client_id, client_id_alias, enabled, payload) "
     "VALUES ($1, $2, NULLIF($3, ''), $4, $5::jsonb) ON CONFLICT (tenant_id, client_id) DO UPDATE "
     "SET client_id_alias = EXCLUDED.client_id_alias, enabled = EXCLUDED.enabled, "
     "payload = EXCLUDED.payload, updated_at = now()"},

#define IDP_USER_COLUMNS                                                                        \
  "sub, provider_id, COALESCE(external_user_id, ''), COALESCE(name, ''), "                      \
  "COALESCE(preferred_username, ''), COALESCE(email, ''), COALESCE(phone_number, ''), status, " \
  "COALESCE(hashed_password, ''), payload, "                                                    \
  "COALESCE(extract(epoch FROM locked_until)::bigint, 0), "                                     \
  "extract(epoch FROM created_at)::bigint"
    {"user_find", "SELECT " IDP_USER_COLUMNS " FROM idp_user WHERE tenant_id = $1 AND sub = $2"},
    {"user_find_by_email",
     "SELECT " IDP_USER_COLUMNS
     " FROM idp_user WHERE tenant_id = $1 AND provider_id = $2 AND lower(email) = lower($3) "
     "ORDER BY created_at LIMIT 1"},
    {"user_find_by_preferred_username",
     "SELECT " IDP_USER_COLUMNS
     " FROM idp_user WHERE tenant_id = $1 AND provider_id = $2 AND preferred_username = $3 "
     "ORDER BY created_at LIMIT 1"},
    {"user_find_by_phone_number",
     "SELECT " IDP_USER_COLUMNS
     " FROM idp_user WHERE tenant_id = $1 AND provider_id = $2 AND phone_number = $3 "
     "ORDER BY created_at LIMIT 1"},
    {"user_find_by_external_user_id",
     "SELECT " IDP_USER_COLUMNS
     " FROM idp_user WHERE tenant_id = $1 AND provider_id = $2 AND external_user_id = $3 "
     "ORDER BY created_at LIMIT 1"},
    {"user_list",
     "SELECT " IDP_USER_COLUMNS " FROM idp_user WHERE tenant_id = $1 ORDER BY created_at, sub"},
#undef IDP_USER_COLUMNS
    {"user_upsert",
     "INSERT INTO idp_user (tenant_id, sub, provider_id, external_user_id, name, "
     "preferred_username, email, phone_number, status, hashed_password, payload) "
     "VALUES ($1, $2, $3, NULLIF($4, ''), NULLIF($5, ''), NULLIF($6, ''), NULLIF($7, ''), "
     "NULLIF($8, ''), $9, NULLIF($10, ''), $11::jsonb) ON CONFLICT (tenant_id, sub) DO UPDATE SET "
     "provider_id = EXCLUDED.provider_id, external_user_id = EXCLUDED.external_user_id, "
     "name = EXCLUDED.name, preferred_username = EXCLUDED.preferred_username, "
     "email = EXCLUDED.email, phone_number = EXCLUDED.phone_number, status = EXCLUDED.status, "
     "hashed_password = COALESCE(EXCLUDED.hashed_password, idp_user.hashed_password), "
     "payload = EXCLUDED.payload, updated_at = now()"},

    {"user_password_failure",
     "UPDATE idp_user SET failed_password_attempts = CASE WHEN failed_password_attempts + 1 >= $3 "
     "THEN 0 ELSE failed_password_attempts + 1 END, locked_until = CASE WHEN "
     "failed_password_attempts + 1 >= $3 THEN to_timestamp($4) ELSE locked_until END "
     "WHERE tenant_id = $1 AND sub = $2"},
    {"user_password_success",
     "UPDATE idp_user SET failed_password_attempts = 0, locked_until = NULL "
     "WHERE tenant_id = $1 AND sub = $2"},
    {"permission_upsert",
     "INSERT INTO permission (tenant_id, id, name, description) VALUES ($1, $2, $3, $4) "
     "ON CONFLICT (tenant_id, name) DO UPDATE SET description = EXCLUDED.description"},
    {"role_upsert",
     "INSERT INTO role (tenant_id, id, name, description) VALUES ($1, $2, $3, $4) "
     "ON CONFLICT (tenant_id, name) DO UPDATE SET description = EXCLUDED.description "
     "RETURNING id"},
    {"role_grant_permission",
     "INSERT INTO role_permission (tenant_id, role_id, permission_id) "
     "SELECT $1::uuid, $2::uuid, id FROM permission WHERE tenant_id = $1::uuid AND name = $3 "
     "ON CONFLICT DO NOTHING"},
    {"role_find", "SELECT id, name, description FROM role WHERE tenant_id = $1 AND name = $2"},
    {"user_role_assign",
     "INSERT INTO user_role (tenant_id, user_sub, role_id) VALUES ($1, $2, $3) "
     "ON CONFLICT DO NOTHING"},
    {"user_permission_names",
     "SELECT DISTINCT p.name FROM user_role ur JOIN role_permission rp ON rp.tenant_id = "
     "ur.tenant_id AND rp.role_id = ur.role_id JOIN permission p ON p.tenant_id = rp.tenant_id "
     "AND p.id = rp.permission_id WHERE ur.tenant_id = $1 AND ur.user_sub = $2 ORDER BY p.name"},
    {"user_delete", "DELETE FROM idp_user WHERE tenant_id = $1 AND sub = $2 RETURNING sub"},
    {"permission_list",
     "SELECT id, name, description FROM permission WHERE tenant_id = $1 ORDER BY name"},
    {"permission_by_id",
     "SELECT id, name, description FROM permission WHERE tenant_id = $1 AND id = $2"},
    {"permission_save",
     "INSERT INTO permission (tenant_id, id, name, description) VALUES ($1, $2, $3, $4) "
     "ON CONFLICT (tenant_id, id) DO UPDATE SET name = EXCLUDED.name, "
     "description = EXCLUDED.description"},
    {"permission_name_taken",
     "SELECT 1 FROM permission WHERE tenant_id = $1 AND name = $2 AND id <> $3"},
    {"permission_delete", "DELETE FROM permission WHERE tenant_id = $1 AND id = $2 RETURNING id"},
    {"role_list", "SELECT id, name, description FROM role WHERE tenant_id = $1 ORDER BY name"},
    {"role_by_id", "SELECT id, name, description FROM role WHERE tenant_id = $1 AND id = $2"},
    {"role_save",
     "INSERT INTO role (tenant_id, id, name, description) VALUES ($1, $2, $3, $4) "
     "ON CONFLICT (tenant_id, id) DO UPDATE SET name = EXCLUDED.name, "
     "description = EXCLUDED.description"},
    {"role_name_taken", "SELECT 1 FROM role WHERE tenant_id = $1 AND name = $2 AND id <> $3"},
    {"role_clear_permissions", "DELETE FROM role_permission WHERE tenant_id = $1 AND role_id = $2"},
    {"role_add_permission",
     "INSERT INTO role_permission (tenant_id, role_id, permission_id) VALUES ($1, $2, $3) "
     "ON CONFLICT DO NOTHING"},
    {"role_remove_permission",
     "DELETE FROM role_permission WHERE tenant_id = $1 AND role_id = $2 AND permission_id = $3"},
    {"role_delete", "DELETE FROM role WHERE tenant_id = $1 AND id = $2 RETURNING id"},
    {"role_permissions",
     "SELECT p.id, p.name, p.description FROM role_permission rp JOIN permission p ON "
     "p.tenant_id = rp.tenant_id AND p.id = rp.permission_id WHERE rp.tenant_id = $1 AND "
     "rp.role_id = $2 ORDER BY p.name"},
    {"user_roles",
     "SELECT r.id, r.name, r.description FROM user_role ur JOIN role r ON r.tenant_id = "
     "ur.tenant_id AND r.id = ur.role_id WHERE ur.tenant_id = $1 AND ur.user_sub = $2 "
     "ORDER BY r.name"},
    {"user_roles_clear", "DELETE FROM user_role WHERE tenant_id = $1 AND user_sub = $2"},
    {"user_role_names",
     "SELECT r.name FROM user_role ur JOIN role r ON r.tenant_id = ur.tenant_id AND r.id = "
     "ur.role_id "
     "WHERE ur.tenant_id = $1 AND ur.user_sub = $2 ORDER BY r.name"},

#define IDP_TOKEN_COLUMNS                                                                   \
  "id, grant_id, client_id, COALESCE(user_sub::text, ''), scope, grant_type, "              \
  "access_token_hash, "                                                                     \
  "extract(epoch FROM access_token_expires_at)::bigint, COALESCE(refresh_token_hash, ''), " \
  "COALESCE(extract(epoch FROM refresh_token_expires_at)::bigint, 0), "                     \
  "extract(epoch FROM issued_at)::bigint, revoked_at IS NOT NULL, rotated_at IS NOT NULL, " \
  "payload, claims"
    {"token_insert",
     "INSERT INTO oauth_token (tenant_id, id, client_id, user_sub, scope, grant_type, "
     "access_token_hash, access_token_expires_at, refresh_token_hash, refresh_token_expires_at, "
     "issued_at, payload, grant_id, claims) VALUES ($1, $2, $3, NULLIF($4, '')::uuid, $5, $6, "
     "$7, to_timestamp($8), NULLIF($9, ''), CASE WHEN $10::bigint > 0 THEN to_timestamp($10) "
     "END, to_timestamp($11), $12::jsonb, $13, $14)"},
    // token_insert for many tokens: each column as an array, unnested into rows.
    {"token_insert_many",
     "INSERT INTO oauth_token (tenant_id, id, client_id, user_sub, scope, grant_type, "
     "access_token_hash, access_token_expires_at, refresh_token_hash, refresh_token_expires_at, "
     "issued_at, payload, grant_id, claims) SELECT $1, t.id, t.client_id, "
     "NULLIF(t.user_sub, '')::uuid, t.scope, t.grant_type, t.access_hash, "
     "to_timestamp(t.access_exp), NULLIF(t.refresh_hash, ''), CASE WHEN t.refresh_exp > 0 THEN "
     "to_timestamp(t.refresh_exp) END, to_timestamp(t.issued_at), t.payload::jsonb, t.grant_id, "
     "t.claims FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], "
     "$7::text[], $8::bigint[], $9::text[], $10::bigint[], $11::bigint[], $12::text[], "
     "$13::uuid[], $14::text[]) AS t(id, client_id, user_sub, scope, grant_type, access_hash, "
     "access_exp, refresh_hash, refresh_exp, issued_at, payload, grant_id, claims)"},
    {"token_by_access", "SELECT " IDP_TOKEN_COLUMNS
                        " FROM oauth_token WHERE tenant_id = $1 AND access_token_hash = $2"},
    {"token_by_refresh", "SELECT " IDP_TOKEN_COLUMNS
                         " FROM oauth_token WHERE tenant_id = $1 AND refresh_token_hash = $2"},
#undef IDP_TOKEN_COLUMNS
    {"token_revoke",
     "UPDATE oauth_token SET revoked_at = to_timestamp($3) WHERE tenant_id = $1 AND id = $2 "
     "AND revoked_at IS NULL"},
    {"token_revoke_grant",
     "UPDATE oauth_token SET revoked_at = to_timestamp($3) WHERE tenant_id = $1 AND grant_id = $2 "
     "AND revoked_at IS NULL"},
    {"token_rotate",
     "UPDATE oauth_token SET revoked_at = to_timestamp($3), rotated_at = to_timestamp($3) "
     "WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id"},
    {"client_assertion_remember",
     "INSERT INTO client_assertion_jti (tenant_id, client_id, jti, expires_at) "
     "VALUES ($1, $2, $3, to_timestamp($4)) ON CONFLICT (tenant_id, client_id, jti) DO UPDATE "
     "SET expires_at = EXCLUDED.expires_at WHERE client_assertion_jti.expires_at < now() "
     "RETURNING jti"},

    {"authorization_request_insert",
     "INSERT INTO oauth_authorization_request (tenant_id, id, client_id, payload, browser_hash, "
     "created_at, expires_at) VALUES ($1, $2, $3, $4::jsonb, $5, to_timestamp($6), "
     "to_timestamp($7))"},
    {"authorization_request_find",
     "SELECT id, client_id, payload, browser_hash, COALESCE(user_sub::text, ''), "
     "COALESCE(extract(epoch FROM authenticated_at)::bigint, 0), amr, "
     "extract(epoch FROM created_at)::bigint, extract(epoch FROM expires_at)::bigint, "
     "completed_at IS NOT NULL, COALESCE(session_id::text, ''), interactions "
     "FROM oauth_authorization_request WHERE tenant_id = $1 AND id = $2"},
    {"authorization_request_authenticated",
     "UPDATE oauth_authorization_request SET user_sub = $3, authenticated_at = to_timestamp($4), "
     "amr = $5, session_id = NULLIF($6, '')::uuid WHERE tenant_id = $1 AND id = $2"},
    {"authorization_request_interaction",
     "UPDATE oauth_authorization_request SET interactions = jsonb_set(interactions, ARRAY[$3], "
     "jsonb_build_object('operation_type', 'AUTHENTICATION', 'method', $4::text, "
     "'call_count', COALESCE((interactions->$3->>'call_count')::int, 0) + 1, "
     "'success_count', COALESCE((interactions->$3->>'success_count')::int, 0) + "
     "CASE WHEN $5 THEN 1 ELSE 0 END, "
     "'failure_count', COALESCE((interactions->$3->>'failure_count')::int, 0) + "
     "CASE WHEN $5 THEN 0 ELSE 1 END, 'locked', $6::boolean, "
     "'interaction_time', to_char(to_timestamp($7) AT TIME ZONE 'UTC', "
     "'YYYY-MM-DD\"T\"HH24:MI:SS'))) WHERE tenant_id = $1 AND id = $2"},
    {"authorization_request_complete",
     "UPDATE oauth_authorization_request SET completed_at = to_timestamp($3) "
     "WHERE tenant_id = $1 AND id = $2 AND completed_at IS NULL RETURNING id"},
    {"authorization_code_insert",
     "INSERT INTO oauth_authorization_code (tenant_id, code_hash, client_id, user_sub, payload, "
     "expires_at) VALUES ($1, $2, $3, $4, $5::jsonb, to_timestamp($6))"},
    {"authorization_code_find",
     "SELECT code_hash, client_id, user_sub, payload, extract(epoch FROM expires_at)::bigint, "
     "used_at IS NOT NULL, COALESCE(token_id::text, '') FROM oauth_authorization_code "
     "WHERE tenant_id = $1 AND code_hash = $2"},
    {"authorization_code_consume",
     "UPDATE oauth_authorization_code SET used_at = to_timestamp($3) "
     "WHERE tenant_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING code_hash"},
    {"authorization_code_token",
     "UPDATE oauth_authorization_code SET token_id = $3 WHERE tenant_id = $1 AND code_hash = $2"},

    {"op_session_insert",
     "INSERT INTO op_session (tenant_id, id, cookie_hash, user_sub, authenticated_at, amr, acr, "
     "created_at, expires_at) VALUES ($1, $2, $3, $4, to_timestamp($5), $6, $7, to_timestamp($8), "
     "to_timestamp($9))"},
#define IDP_SESSION_COLUMNS                                                                      \
  "id, cookie_hash, user_sub, extract(epoch FROM authenticated_at)::bigint, amr, acr, "          \
  "extract(epoch FROM created_at)::bigint, extract(epoch FROM expires_at)::bigint, ended_at IS " \
  "NOT NULL"
    {"op_session_find",
     "SELECT " IDP_SESSION_COLUMNS " FROM op_session WHERE tenant_id = $1 AND id = $2"},
    {"op_session_by_cookie",
     "SELECT " IDP_SESSION_COLUMNS " FROM op_session WHERE tenant_id = $1 AND cookie_hash = $2"},
    {"op_session_of_user",
     "SELECT " IDP_SESSION_COLUMNS " FROM op_session WHERE tenant_id = $1 AND user_sub = $2 "
     "AND ended_at IS NULL AND expires_at > to_timestamp($3) ORDER BY created_at DESC"},
#undef IDP_SESSION_COLUMNS
    {"op_session_end_user",
     "UPDATE op_session SET ended_at = to_timestamp($3) WHERE tenant_id = $1 AND user_sub = $2 "
     "AND ended_at IS NULL"},
    {"op_session_end",
     "UPDATE op_session SET ended_at = to_timestamp($3) WHERE tenant_id = $1 AND id = $2 "
     "AND ended_at IS NULL"},
    {"authentication_policy_by_flow",
     "SELECT id, flow, enabled, payload FROM authentication_policy "
     "WHERE tenant_id = $1 AND flow = $2"},
    {"authentication_policy_list",
     "SELECT id, flow, enabled, payload FROM authentication_policy WHERE tenant_id = $1 "
     "ORDER BY flow"},
    {"authentication_policy_by_id",
     "SELECT id, flow, enabled, payload FROM authentication_policy WHERE tenant_id = $1 "
     "AND id = $2"},
    {"authentication_policy_delete",
     "DELETE FROM authentication_policy WHERE tenant_id = $1 AND id = $2 RETURNING id"},
    {"configuration_list",
     "SELECT kind, id, type, enabled, payload FROM tenant_configuration WHERE tenant_id = $1 "
     "AND kind = $2 ORDER BY created_at, id"},
    {"configuration_find",
     "SELECT kind, id, type, enabled, payload FROM tenant_configuration WHERE tenant_id = $1 "
     "AND kind = $2 AND id = $3"},
    {"configuration_upsert",
     "INSERT INTO tenant_configuration (tenant_id, kind, id, type, enabled, payload) "
     "VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT (tenant_id, kind, id) DO UPDATE SET "
     "type = EXCLUDED.type, enabled = EXCLUDED.enabled, payload = EXCLUDED.payload, "
     "updated_at = now()"},
    {"configuration_delete",
     "DELETE FROM tenant_configuration WHERE tenant_id = $1 AND kind = $2 AND id = $3 "
     "RETURNING id"},
    {"authentication_policy_delete_flow",
     "DELETE FROM authentication_policy WHERE tenant_id = $1 AND flow = $2 AND id <> $3"},
    {"authentication_policy_upsert",
     "INSERT INTO authentication_policy (tenant_id, id, flow, enabled, payload) "
     "VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT (tenant_id, id) DO UPDATE SET "
     "flow = EXCLUDED.flow, enabled = EXCLUDED.enabled, payload = EXCLUDED.payload, "
     "updated_at = now()"},
    {"consent_find",
     "SELECT user_sub, client_id, scope, claims, extract(epoch FROM granted_at)::bigint, "
     "extract(epoch FROM updated_at)::bigint FROM oauth_consent "
     "WHERE tenant_id = $1 AND user_sub = $2 AND client_id = $3"},
    {"consent_save",
     "INSERT INTO oauth_consent (tenant_id, user_sub, client_id, scope, claims, granted_at, "
     "updated_at) VALUES ($1, $2, $3, $4, $5, to_timestamp($6), to_timestamp($7)) "
     "ON CONFLICT (tenant_id, user_sub, client_id) DO UPDATE SET scope = EXCLUDED.scope, "
     "claims = EXCLUDED.claims, updated_at = EXCLUDED.updated_at"},

#define IDP_AUDIT_COLUMNS                                                                   \
  "id, type, description, COALESCE(organization_id::text, ''), "                            \
  "COALESCE(actor_tenant_id::text, ''), client_id, COALESCE(user_id::text, ''), "           \
  "target_resource, target_resource_id, target_resource_action, ip_address, user_agent, "   \
  "COALESCE(before::text, ''), COALESCE(after::text, ''), outcome_result, outcome_reason, " \
  "dry_run, extract(epoch FROM created_at)::bigint"
#define IDP_AUDIT_FILTER                                                                          \
  " WHERE tenant_id = $1 AND ($2 = '' OR type = $2) AND ($3 = '' OR outcome_result = $3) AND "    \
  "($4 = '' OR user_id::text = $4) AND ($5 = '' OR client_id = $5) AND "                          \
  "($6::boolean IS NULL OR dry_run = $6) AND ($7::bigint = 0 OR created_at >= to_timestamp($7)) " \
  "AND ($8::bigint = 0 OR created_at <= to_timestamp($8))"
    {"audit_log_insert",
     "INSERT INTO audit_log (tenant_id, id, type, description, organization_id, actor_tenant_id, "
     "client_id, user_id, target_resource, target_resource_id, target_resource_action, "
     "ip_address, user_agent, before, after, outcome_result, outcome_reason, dry_run, "
     "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, "
     "$15::jsonb, $16, $17, $18, to_timestamp($19))"},
    {"audit_log_list",
     "SELECT " IDP_AUDIT_COLUMNS ", count(*) OVER () FROM audit_log" IDP_AUDIT_FILTER
     " ORDER BY created_at DESC, id LIMIT $9 OFFSET $10"},
    {"audit_log_count", "SELECT count(*) FROM audit_log" IDP_AUDIT_FILTER},
    {"audit_log_find",
     "SELECT " IDP_AUDIT_COLUMNS " FROM audit_log WHERE tenant_id = $1 AND id = $2"},
#undef IDP_AUDIT_FILTER
#undef IDP_AUDIT_COLUMNS

    {"system_configuration_find", "SELECT payload FROM system_configuration"},
    {"system_configuration_save",
     "INSERT INTO system_configuration (singleton, payload) VALUES (true, $1::jsonb) "
     "ON CONFLICT (singleton) DO UPDATE SET payload = EXCLUDED.payload, updated_at = now()"},
    {"system_admin_tenant", "SELECT admin_tenant_id FROM system_initialization"},
    {"system_mark_initialized",
     "INSERT INTO system_initialization (admin_tenant_id) VALUES ($1) ON CONFLICT DO NOTHING "
     "RETURNING admin_tenant_id"},
};

}  // namespace

void prepare_statements(pqxx::connection& conn) {
  for (const auto& s : k_statements) conn.prepare(s.name, s.sql);
  prepare_identity_verification_statements(conn);
}

}  // namespace idp::store::pg
