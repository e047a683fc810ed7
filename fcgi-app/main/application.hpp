#pragma once
// The request dispatcher: route table, tenant resolution, CORS, security headers, the FAPI
// interaction id, error boundaries and the access log. One per worker process, shared by its
// threads (it is immutable after construction).
#include <functional>

#include "fastcgi/fcgi_server.hpp"
#include "http/router.hpp"
#include "main/request_scope.hpp"
#include "main/settings.hpp"
#include "main/tenant_cache.hpp"
#include "ports/clock.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::main {

using Handler = http::HandlerFunction<RequestScope>;

class Application {
 public:
  explicit Application(const Settings& settings);
  http::Response handle(ports::Store& store, fastcgi::Exchange& exchange) const;
  TenantCache& tenant_cache() const { return m_tenants; }

 private:
  http::Response dispatch(RequestScope& scope, const http::Request& request, std::string& route,
                          std::string& tenant_id) const;
  http::Response preflight(RequestScope& scope, const http::Request& request,
                           std::string& tenant_id) const;

  const Settings& m_settings;
  http::Router<Handler> m_router;
  mutable TenantCache m_tenants;
  ports::SystemClock m_clock;
};

}  // namespace idp::main
