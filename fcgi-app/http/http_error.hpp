#pragma once
// The failure of the HTTP layer: a status, an OAuth-style `error` code and a description that says
// what was wrong. Descriptions never contain credentials, tokens or parameter values; at most the
// name of a parameter or header.
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace idp::http {

struct HttpError {
  int status = 400;
  std::string error = "invalid_request";
  std::string description = {};
  std::vector<Header> headers = {};  // e.g. Allow for 405

  // The RFC 6749 §5.2 JSON shape ({"error", "error_description"}) plus `headers`.
  Response to_response() const;
};

// 400 invalid_request: every parse failure of client input.
HttpError bad_request(std::string description);
// 413 for a body over the limit, 415 for the wrong media type.
HttpError payload_too_large(std::string description);
HttpError unsupported_media_type(std::string description);

// Expected<T, HttpError> failure, like idp::fail for string errors. (Not named `fail`: that would
// hide idp::fail inside namespace idp::http.)
inline Unexpected<HttpError> fail_with(HttpError e) {
  return {std::move(e)};
}

template <class T>
using HttpExpected = Expected<T, HttpError>;

// A name taken from client input, cut to `max` bytes, safe to quote in a description.
std::string shorten_for_message(std::string_view s, std::size_t max = 64);

}  // namespace idp::http
