#include "store/pg/identity_verification_repositories.hpp"

#include "store/pg/field_text.hpp"
#include "store/pg/pg_unit_of_work.hpp"

namespace idp::store::pg {
namespace {

struct Statement {
  const char* name;
  const char* sql;
};

#define IDP_MS(column) "(extract(epoch FROM " column ") * 1000)::bigint"
#define IDP_APPLICATION_COLUMNS                                                             \
  "id, client_id, user_id, verification_type, application_details::text, processes::text, " \
  "status, COALESCE(attributes::text, ''), COALESCE(external_application_id, ''), " IDP_MS( \
      "requested_at") ", " IDP_MS("updated_at") ", version"
// $2 user, $3 id, $4 type, $5 client, $6 status, $7 external id, $8 details, $9 from, $10 to
#define IDP_APPLICATION_FILTER                                                                \
  " WHERE tenant_id = $1 AND ($2 = '' OR user_id::text = $2) AND ($3 = '' OR id::text = $3) " \
  "AND ($4 = '' OR verification_type = $4) AND ($5 = '' OR client_id = $5) "                  \
  "AND ($6 = '' OR status = $6) AND ($7 = '' OR external_application_id = $7) "               \
  "AND NOT EXISTS (SELECT 1 FROM jsonb_each_text($8::jsonb) AS f "                            \
  "WHERE application_details ->> f.key IS DISTINCT FROM f.value) "                            \
  "AND ($9::bigint = 0 OR requested_at >= to_timestamp($9 / 1000.0)) "                        \
  "AND ($10::bigint = 0 OR requested_at <= to_timestamp($10 / 1000.0))"
#define IDP_RESULT_COLUMNS \
  "id, user_id, COALESCE(application_id::text, ''), verification_type, " \
  "verified_claims::text, " \
  IDP_MS("verified_at") ", COALESCE(" IDP_MS("valid_until") ", 0), source, "                  \
  "COALESCE(source_details::text, ''), COALESCE(attributes::text, '')"
// $2 user, $3 id, $4 type, $5 application, $6 source, $7 from, $8 to
#define IDP_RESULT_FILTER                                                                          \
  " WHERE tenant_id = $1 AND ($2 = '' OR user_id::text = $2) AND ($3 = '' OR id::text = $3) "      \
  "AND ($4 = '' OR verification_type = $4) AND ($5 = '' OR application_id::text = $5) "            \
  "AND ($6 = '' OR source = $6) AND ($7::bigint = 0 OR verified_at >= to_timestamp($7 / 1000.0)) " \
  "AND ($8::bigint = 0 OR verified_at <= to_timestamp($8 / 1000.0))"

constexpr Statement k_statements[] = {
    {"iv_application_insert",
     "INSERT INTO identity_verification_application (tenant_id, id, client_id, user_id, "
     "verification_type, application_details, processes, status, attributes, "
     "external_application_id, requested_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, "
     "$7::jsonb, $8, $9::jsonb, $10, to_timestamp($11 / 1000.0), to_timestamp($11 / 1000.0)) "
     "ON CONFLICT (tenant_id, verification_type, external_application_id) DO NOTHING "
     "RETURNING id"},
    {"iv_application_find",
     "SELECT " IDP_APPLICATION_COLUMNS
     " FROM identity_verification_application WHERE tenant_id = $1 AND id = $2"},
    {"iv_application_find_external",
     "SELECT " IDP_APPLICATION_COLUMNS
     " FROM identity_verification_application WHERE tenant_id = $1 AND verification_type = $2 "
     "AND external_application_id = $3"},
    {"iv_application_update",
     "UPDATE identity_verification_application SET application_details = $3::jsonb, "
     "processes = $4::jsonb, status = $5, external_application_id = $6, "
     "updated_at = to_timestamp($7 / 1000.0), version = version + 1 "
     "WHERE tenant_id = $1 AND id = $2 AND version = $8 RETURNING id"},
    {"iv_application_list",
     "SELECT " IDP_APPLICATION_COLUMNS
     ", count(*) OVER () FROM identity_verification_application" IDP_APPLICATION_FILTER
     " ORDER BY requested_at DESC, id LIMIT $11 OFFSET $12"},
    {"iv_application_count",
     "SELECT count(*) FROM identity_verification_application" IDP_APPLICATION_FILTER},
    {"iv_application_delete",
     "DELETE FROM identity_verification_application WHERE tenant_id = $1 AND id = $2 "
     "RETURNING id"},

    {"iv_result_insert",
     "INSERT INTO identity_verification_result (tenant_id, id, user_id, application_id, "
     "verification_type, verified_claims, verified_at, valid_until, source, source_details, "
     "attributes) VALUES ($1, $2, $3, $4, $5, $6::jsonb, to_timestamp($7 / 1000.0), "
     "to_timestamp($8 / 1000.0), $9, $10::jsonb, $11::jsonb)"},
    {"iv_result_find", "SELECT " IDP_RESULT_COLUMNS
                       " FROM identity_verification_result WHERE tenant_id = $1 AND id = $2"},
    {"iv_result_list", "SELECT " IDP_RESULT_COLUMNS
                       ", count(*) OVER () FROM identity_verification_result" IDP_RESULT_FILTER
                       " ORDER BY verified_at DESC, id LIMIT $9 OFFSET $10"},
    {"iv_result_count", "SELECT count(*) FROM identity_verification_result" IDP_RESULT_FILTER},
};

#undef IDP_RESULT_FILTER
#undef IDP_RESULT_COLUMNS
#undef IDP_APPLICATION_FILTER
#undef IDP_APPLICATION_COLUMNS
#undef IDP_MS

std::optional<std::string> nullable(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::optional<std::int64_t> nullable_time(std::int64_t ms) {
  if (ms == 0) return std::nullopt;
  return ms;
}

ports::IdentityVerificationApplicationRecord application_of(const pqxx::row& r) {
  ports::IdentityVerificationApplicationRecord a;
  a.id = text(r[0]);
  a.client_id = text(r[1]);
  a.user_id = text(r[2]);
  a.verification_type = text(r[3]);
  a.application_details = text(r[4]);
  a.processes = text(r[5]);
  a.status = text(r[6]);
  a.attributes = text(r[7]);
  a.external_application_id = text(r[8]);
  a.requested_at = r[9].as<std::int64_t>();
  a.updated_at = r[10].as<std::int64_t>();
  a.version = r[11].as<std::int64_t>();
  return a;
}

ports::IdentityVerificationResultRecord result_of(const pqxx::row& r) {
  ports::IdentityVerificationResultRecord v;
  v.id = text(r[0]);
  v.user_id = text(r[1]);
  v.application_id = text(r[2]);
  v.verification_type = text(r[3]);
  v.verified_claims = text(r[4]);
  v.verified_at = r[5].as<std::int64_t>();
  v.valid_until = r[6].as<std::int64_t>();
  v.source = text(r[7]);
  v.source_details = text(r[8]);
  v.attributes = text(r[9]);
  return v;
}

}  // namespace

void prepare_identity_verification_statements(pqxx::connection& conn) {
  for (const auto& s : k_statements) conn.prepare(s.name, s.sql);
}

bool PgIdentityVerificationApplications::insert(
    const ports::TenantId& tenant, const ports::IdentityVerificationApplicationRecord& a) {
  return !m_uow
              .exec(tenant, "iv_application_insert", tenant, a.id, a.client_id, a.user_id,
                    a.verification_type, a.application_details, a.processes, a.status,
                    nullable(a.attributes), nullable(a.external_application_id), a.requested_at)
              .empty();
}

std::optional<ports::IdentityVerificationApplicationRecord>
PgIdentityVerificationApplications::find(const ports::TenantId& tenant, std::string_view id) {
  auto r = m_uow.exec(tenant, "iv_application_find", tenant, std::string(id));
  if (r.empty()) return std::nullopt;
  return application_of(r[0]);
}

std::optional<ports::IdentityVerificationApplicationRecord>
PgIdentityVerificationApplications::find_by_external_id(const ports::TenantId& tenant,
                                                        std::string_view verification_type,
                                                        std::string_view external_id) {
  auto r = m_uow.exec(tenant, "iv_application_find_external", tenant,
                      std::string(verification_type), std::string(external_id));
  if (r.empty()) return std::nullopt;
  return application_of(r[0]);
}

bool PgIdentityVerificationApplications::update(
    const ports::TenantId& tenant, const ports::IdentityVerificationApplicationRecord& a) {
  auto r =
      m_uow.exec(tenant, "iv_application_update", tenant, a.id, a.application_details, a.processes,
                 a.status, nullable(a.external_application_id), a.updated_at, a.version);
  return !r.empty();
}

std::vector<ports::IdentityVerificationApplicationRecord> PgIdentityVerificationApplications::list(
    const ports::TenantId& tenant, const ports::IdentityVerificationApplicationQuery& q,
    std::int64_t& total) {
  auto rows = m_uow.exec(tenant, "iv_application_list", tenant, q.user_id, q.id,
                         q.verification_type, q.client_id, q.status, q.external_application_id,
                         q.details, q.from, q.to, q.limit, q.offset);
  std::vector<ports::IdentityVerificationApplicationRecord> out;
  total = 0;
  for (const auto& row : rows) {
    out.push_back(application_of(row));
    total = row[12].as<std::int64_t>();
  }
  if (rows.empty() && q.offset > 0) {
    auto count =
        m_uow.exec(tenant, "iv_application_count", tenant, q.user_id, q.id, q.verification_type,
                   q.client_id, q.status, q.external_application_id, q.details, q.from, q.to);
    total = count[0][0].as<std::int64_t>();
  }
  return out;
}

bool PgIdentityVerificationApplications::remove(const ports::TenantId& tenant,
                                                std::string_view id) {
  return !m_uow.exec(tenant, "iv_application_delete", tenant, std::string(id)).empty();
}

void PgIdentityVerificationResults::insert(const ports::TenantId& tenant,
                                           const ports::IdentityVerificationResultRecord& v) {
  m_uow.exec(tenant, "iv_result_insert", tenant, v.id, v.user_id, nullable(v.application_id),
             v.verification_type, v.verified_claims, v.verified_at, nullable_time(v.valid_until),
             v.source, nullable(v.source_details), nullable(v.attributes));
}

std::optional<ports::IdentityVerificationResultRecord> PgIdentityVerificationResults::find(
    const ports::TenantId& tenant, std::string_view id) {
  auto r = m_uow.exec(tenant, "iv_result_find", tenant, std::string(id));
  if (r.empty()) return std::nullopt;
  return result_of(r[0]);
}

std::vector<ports::IdentityVerificationResultRecord> PgIdentityVerificationResults::list(
    const ports::TenantId& tenant, const ports::IdentityVerificationResultQuery& q,
    std::int64_t& total) {
  auto rows = m_uow.exec(tenant, "iv_result_list", tenant, q.user_id, q.id, q.verification_type,
                         q.application_id, q.source, q.verified_at_from, q.verified_at_to, q.limit,
                         q.offset);
  std::vector<ports::IdentityVerificationResultRecord> out;
  total = 0;
  for (const auto& row : rows) {
    out.push_back(result_of(row));
    total = row[10].as<std::int64_t>();
  }
  if (rows.empty() && q.offset > 0) {
    auto count = m_uow.exec(tenant, "iv_result_count", tenant, q.user_id, q.id, q.verification_type,
                            q.application_id, q.source, q.verified_at_from, q.verified_at_to);
    total = count[0][0].as<std::int64_t>();
  }
  return out;
}

}  // namespace idp::store::pg
