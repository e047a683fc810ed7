#include "http/http_error.hpp"

#include "http/utf8.hpp"

namespace idp::http {

Response HttpError::to_response() const {
  Response r = Response::error(status, error, description);
  for (const auto& [name, value] : headers) r.set_header(name, value);
  return r;
}

HttpError bad_request(std::string description) {
  return {400, "invalid_request", std::move(description)};
}

HttpError payload_too_large(std::string description) {
  return {413, "invalid_request", std::move(description)};
}

HttpError unsupported_media_type(std::string description) {
  return {415, "invalid_request", std::move(description)};
}

std::string shorten_for_message(std::string_view s, std::size_t max) {
  std::string out;
  for (char c : s) {
    if (out.size() >= max) {
      out += "...";
      break;
    }
    const auto u = static_cast<unsigned char>(c);
    // Control and non-ASCII bytes become '?': the description is for a human, not a round trip.
    out += (u < 0x20 || u >= 0x7F) ? '?' : c;
  }
  return out;
}

}  // namespace idp::http
