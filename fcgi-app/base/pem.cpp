#include "base/pem.hpp"

#include "base/base64.hpp"

namespace idp {

std::optional<std::string> pem_to_der(std::string_view pem, std::string_view label) {
  std::string begin = "-----BEGIN " + std::string(label) + "-----";
  std::string end = "-----END " + std::string(label) + "-----";
  auto b = pem.find(begin);
  if (b == std::string_view::npos) return std::nullopt;
  auto body_start = b + begin.size();
  auto e = pem.find(end, body_start);
  if (e == std::string_view::npos) return std::nullopt;
  std::string text;
  for (char c : pem.substr(body_start, e - body_start))
    if (c != '\r' && c != '\n' && c != ' ' && c != '\t') text += c;
  auto der = base64::decode(text);
  if (!der || der->empty()) return std::nullopt;
  return der;
}

}  // namespace idp
