#pragma once
// The password grant (RFC 6749 §4.3) checks a user's password with the same rules as the sign-in
// interaction (lockout included); the authn layer implements this port.
#include <string>
#include <string_view>

#include "base/expected.hpp"

namespace idp::oauth {

struct EndpointContext;

class ResourceOwnerAuthenticator {
 public:
  virtual ~ResourceOwnerAuthenticator() = default;
  // The user's sub, or a description of why the credentials were refused.
  virtual Expected<std::string> authenticate(const EndpointContext& ctx, std::string_view username,
                                             std::string_view password) const = 0;
};

}  // namespace idp::oauth
