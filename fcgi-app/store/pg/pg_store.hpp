#pragma once
// The PostgreSQL implementation of the store ports. One PgStore per worker thread.
#include <memory>
#include <string>

#include "ports/unit_of_work.hpp"
#include "store/pg/connection.hpp"

namespace idp::store::pg {

// Reads across tenants on a connection of the role idp_control, opened on first use.
class PgDirectory : public ports::Directory {
 public:
  explicit PgDirectory(std::string conninfo) : m_connection(std::move(conninfo)) {}
  std::vector<ports::TenantRecord> tenants_of_organization(
      std::string_view organization_id) override;
  ports::TenantPage tenants(std::int64_t limit, std::int64_t offset) override;

 private:
  template <class F>
  auto read(F&& f) -> decltype(f(std::declval<pqxx::read_transaction&>()));
  Connection m_connection;
};

class PgStore : public ports::Store {
 public:
  // `control_conninfo`: the idp_control role, for directory(); "" uses `conninfo`.
  explicit PgStore(std::string conninfo, std::string control_conninfo = "")
      : m_connection(conninfo),
        m_directory(control_conninfo.empty() ? conninfo : std::move(control_conninfo)) {}
  std::unique_ptr<ports::UnitOfWork> begin() override;
  ports::Directory& directory() override { return m_directory; }

 private:
  Connection m_connection;
  PgDirectory m_directory;
};

}  // namespace idp::store::pg
