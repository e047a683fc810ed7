#include "http/interaction_id.hpp"

#include <stdexcept>

#include "base/strings.hpp"

namespace idp::http {

std::string new_uuid_v4(const RandomBytes& random_bytes) {
  std::string b = random_bytes(16);
  if (b.size() != 16) throw std::logic_error("random_bytes(16) returned another number of bytes");
  b[6] = static_cast<char>((static_cast<unsigned char>(b[6]) & 0x0F) | 0x40);  // version 4
  b[8] = static_cast<char>((static_cast<unsigned char>(b[8]) & 0x3F) | 0x80);  // variant 10x
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    const auto u = static_cast<unsigned char>(b[i]);
    out += k_hex[u >> 4];
    out += k_hex[u & 0x0F];
  }
  return out;
}

std::string interaction_id(const Request& request, const RandomBytes& random_bytes) {
  if (auto sent = request.header(k_interaction_id_header); sent && is_uuid(*sent))
    return std::string(*sent);
  return new_uuid_v4(random_bytes);
}

void set_interaction_id(Response& response, std::string_view id) {
  response.set_header(k_interaction_id_header, id);
}

}  // namespace idp::http
