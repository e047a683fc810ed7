#pragma once
// POST /v1/admin/initialization: creates the ADMIN tenant with its organization, authorization
// server, administrator (with a role holding every permission) and first client, in one
// transaction. HTTP Basic with the server's API key and secret. Refused once the system has an
// admin tenant. `?dry_run=true` validates and answers without writing.
#include <string>

#include "http/request.hpp"
#include "http/response.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::control {

struct AdminCredentials {
  std::string api_key;
  std::string api_secret;
};

http::Response initialize_admin(ports::UnitOfWork& uow, const AdminCredentials& credentials,
                                const http::Request& request);

}  // namespace idp::control
