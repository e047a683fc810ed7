#pragma once
// What every OAuth endpoint handler works with: the request's transaction, the tenant's
// authorization server and keys, the time, and the URL the request was sent to.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/authentication_policy.hpp"
#include "domain/authorization_server.hpp"
#include "jose/jwks.hpp"
#include "ports/outbound_http.hpp"
#include "ports/token_ledger.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::oauth {

class ClientCache;
class IdTokenIssuer;
class ResourceOwnerAuthenticator;

struct EndpointContext {
  ports::UnitOfWork& uow;
  const std::string& tenant_id;
  const domain::AuthorizationServer& server;
  const jose::Jwks& server_keys;
  std::int64_t now;          // Unix seconds, from the clock port
  std::string endpoint_url;  // this endpoint as configured (audience of client assertions)
  const IdTokenIssuer* id_tokens = nullptr;
  const ResourceOwnerAuthenticator* resource_owners = nullptr;
  // Documents fetched from clients' URLs (jwks_uri); nullptr: none can be fetched.
  ports::RemoteDocuments* documents = nullptr;
  // The server's secret in pairwise subject identifiers (OIDC Core §8.1).
  std::string_view pairwise_salt{};
  // The tenant's parsed clients; nullptr: every lookup reads the client's row.
  ClientCache* clients = nullptr;
  // Group commit for tokens that nothing else in the request depends on; nullptr: they are
  // written in the request's transaction.
  ports::TokenLedger* token_ledger = nullptr;
  // The tenant's "oauth" authentication policy as cached with its configuration (pointing to
  // nullopt when it has none); nullptr: read from the database when needed.
  const std::optional<domain::AuthenticationPolicy>* oauth_policy = nullptr;
};

}  // namespace idp::oauth
