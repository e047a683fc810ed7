#pragma once
// Per-request state handed to handlers: the database transaction (begun on first use) and the
// tenant the path names, once resolved.
#include <memory>
#include <optional>

#include "main/tenant_context.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::main {

class RequestScope {
 public:
  explicit RequestScope(ports::Store& store) : m_store(store) {}

  ports::UnitOfWork& uow() {
    if (!m_uow) m_uow = m_store.begin();
    return *m_uow;
  }
  // Cross-tenant reads of the control plane.
  ports::Directory& directory() { return m_store.directory(); }
  const TenantContext& tenant() const { return *m_tenant; }
  bool has_tenant() const { return m_tenant.has_value(); }
  void set_tenant(TenantContext tenant) { m_tenant = std::move(tenant); }

 private:
  ports::Store& m_store;
  std::unique_ptr<ports::UnitOfWork> m_uow;
  std::optional<TenantContext> m_tenant;
};

}  // namespace idp::main
