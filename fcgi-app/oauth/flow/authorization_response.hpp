#pragma once
// Delivering an authorization response or error to the client's redirect URI (RFC 6749 §4.1.2,
// OAuth 2.0 Multiple Response Type Encoding Practices §2.1, RFC 9207 iss).
#include <string>
#include <utility>
#include <vector>

namespace idp::oauth {

using ResponseParams = std::vector<std::pair<std::string, std::string>>;

// The redirect URI with the parameters in its query ("query") or fragment (anything else).
std::string response_uri(const std::string& redirect_uri, const std::string& response_mode,
                         const ResponseParams& params);

}  // namespace idp::oauth
