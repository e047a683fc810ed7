#pragma once
// Request body checks, in the order a handler needs them: size (413), media type (415), syntax
// (400). Each failure is an HttpError whose to_response() is the JSON error answer.
#include <rapidjson/document.h>

#include <cstddef>
#include <optional>
#include <string_view>

#include "http/form.hpp"
#include "http/http_error.hpp"
#include "http/request.hpp"
#include "json/reader.hpp"

namespace idp::http {

struct BodyLimits {
  std::size_t max_bytes = 1u << 20;  // 413 above this
  std::size_t max_json_depth = 64;
  std::size_t max_form_params = 256;
};

// 413 when the body is larger than limits.max_bytes.
std::optional<HttpError> check_body_size(const Request& request, const BodyLimits& limits = {});

// 415 unless Content-Type's media type is `media_type` (compared case-insensitively, parameters
// such as charset ignored).
std::optional<HttpError> check_media_type(const Request& request, std::string_view media_type);

// application/json body through json::parse (duplicate names, depth, invalid UTF-8 refused).
HttpExpected<rapidjson::Document> json_body(const Request& request, const BodyLimits& limits = {});
// Same, and the root must be an object (every JSON body of the management API).
HttpExpected<rapidjson::Document> json_object_body(const Request& request,
                                                   const BodyLimits& limits = {});

// application/x-www-form-urlencoded body through parse_form (repeats kept).
HttpExpected<Params> form_body(const Request& request, const BodyLimits& limits = {});
// Same through parse_oauth_params (empty values dropped, repeats refused: RFC 6749 §3.1); a
// wrong Content-Type is 400 invalid_request here, as RFC 6749 §5.2 answers every malformed
// request, not 415.
HttpExpected<Params> oauth_form_body(const Request& request, const BodyLimits& limits = {});
// The parameters of an endpoint that takes GET and POST (authorization, logout): the query of a
// GET, the oauth_form_body of a POST; repeated names are listed, not refused.
HttpExpected<OAuthParams> oauth_request_params(const Request& request,
                                               const BodyLimits& limits = {});

}  // namespace idp::http
