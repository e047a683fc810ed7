#pragma once
// Issued tokens that nothing else in their request depends on (client_credentials), written with
// group commit: the tokens of the requests that arrive together share one transaction and one
// WAL flush. record() returns only once its token is committed, so an answered token is always
// durable.
#include "ports/records.hpp"
#include "ports/repositories.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::ports {

class TokenLedger {
 public:
  virtual ~TokenLedger() = default;
  // Throws StoreUnavailable when the token could not be committed.
  virtual void record(const TenantId& tenant, const TokenRecord& token) = 0;
};

}  // namespace idp::ports
