#include "oauth/flow/consent.hpp"

#include "base/strings.hpp"
#include "oauth/scope.hpp"

namespace idp::oauth {
namespace {

std::vector<std::string> granted_scopes(const EndpointContext& ctx, const std::string& user_sub,
                                        const std::string& client_id) {
  auto consent = ctx.uow.consents().find(ctx.tenant_id, user_sub, client_id);
  if (!consent || consent->scope.empty()) return {};
  auto scopes = parse_scope(consent->scope);
  return scopes ? std::move(*scopes) : std::vector<std::string>{};
}

}  // namespace

bool consent_required(const EndpointContext& ctx, const std::string& user_sub,
                      const AuthorizationRequest& request) {
  if (request.has_prompt(Prompt::consent)) return true;
  const auto granted = granted_scopes(ctx, user_sub, request.client_id);
  for (const auto& scope : request.scopes)
    if (!contains(granted, scope)) return true;
  return false;
}

void remember_consent(const EndpointContext& ctx, const std::string& user_sub,
                      const std::string& client_id, const std::vector<std::string>& scopes) {
  auto granted = granted_scopes(ctx, user_sub, client_id);
  bool changed = false;
  for (const auto& scope : scopes)
    if (!contains(granted, scope)) {
      granted.push_back(scope);
      changed = true;
    }
  if (!changed) return;
  ctx.uow.consents().save(ctx.tenant_id,
                          {user_sub, client_id, join(granted), "", ctx.now, ctx.now});
}

}  // namespace idp::oauth
