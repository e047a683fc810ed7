#include "oauth/flow/acr.hpp"

#include "domain/authentication_policy.hpp"
#include "domain/stored.hpp"

namespace idp::oauth {
namespace {

// RFC 8176 amr values and the authentication method names of idp-server's policies.
struct AmrMethod {
  std::string_view amr;
  std::string_view method;
};
constexpr AmrMethod k_methods[] = {
    {"pwd", "password"},
};

std::vector<std::string> methods_of(std::string_view amr) {
  std::vector<std::string> methods;
  std::size_t start = 0;
  while (start < amr.size()) {
    std::size_t end = amr.find(' ', start);
    if (end == std::string_view::npos) end = amr.size();
    std::string_view value = amr.substr(start, end - start);
    std::string method(value);
    for (const auto& m : k_methods)
      if (m.amr == value) method = m.method;
    if (!method.empty()) methods.push_back(std::move(method));
    start = end + 1;
  }
  return methods;
}

}  // namespace

std::optional<domain::AuthenticationPolicy> load_oauth_policy(ports::UnitOfWork& uow,
                                                              const std::string& tenant_id) {
  auto stored = uow.authentication_policies().find_by_flow(tenant_id, "oauth");
  if (!stored || !stored->enabled) return std::nullopt;
  return domain::parse_stored(stored->payload, "authentication policy",
                              domain::parse_authentication_policy);
}

std::string reached_acr(const EndpointContext& ctx, const AuthorizationRequest& request,
                        std::string_view amr) {
  const auto policy =
      ctx.oauth_policy != nullptr ? *ctx.oauth_policy : load_oauth_policy(ctx.uow, ctx.tenant_id);
  if (!policy) return "";
  const auto* rule =
      domain::select_rule(*policy, request.scopes, request.client_id, request.acr_values);
  return rule ? domain::acr_for(*rule, methods_of(amr)) : "";
}

}  // namespace idp::oauth
