#include "http_request/hmac_authorization.hpp"

#include "base/base64.hpp"
#include "crypto/digest.hpp"

namespace idp::http_request {

std::string string_to_sign(const HmacAuthentication& hmac, const SignedParts& parts) {
  std::string text;
  bool first = true;
  for (const auto& field : hmac.signing_fields) {
    if (!first) text += '\n';
    first = false;
    if (field == "method")
      text += parts.method;
    else if (field == "path")
      text += parts.path;
    else if (field == "timestamp")
      text += parts.timestamp;
    else if (field == "body")
      text += parts.body;
  }
  return text;
}

std::string hmac_authorization(const HmacAuthentication& hmac, const SignedParts& parts) {
  std::string signature = base64::encode_url(
      crypto::hmac(crypto::HashAlg::sha256, hmac.secret, string_to_sign(hmac, parts)));
  std::string header = hmac.signature_format;
  constexpr std::string_view k_placeholder = "{signature}";
  auto at = header.find(k_placeholder);
  if (at == std::string::npos) return signature;
  header.replace(at, k_placeholder.size(), signature);
  return header;
}

}  // namespace idp::http_request
