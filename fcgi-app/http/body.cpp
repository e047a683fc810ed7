#include "http/body.hpp"

#include <string>

#include "base/strings.hpp"

namespace idp::http {
namespace {

constexpr std::string_view k_json = "application/json";
constexpr std::string_view k_form = "application/x-www-form-urlencoded";

std::optional<HttpError> check(const Request& request, const BodyLimits& limits,
                               std::string_view media_type) {
  if (auto e = check_body_size(request, limits)) return e;
  return check_media_type(request, media_type);
}

HttpExpected<rapidjson::Document> parse_json(const Request& request, const BodyLimits& limits,
                                             bool object) {
  if (auto e = check(request, limits, k_json)) return fail_with(std::move(*e));
  const json::Limits json_limits{.max_depth = limits.max_json_depth, .max_bytes = limits.max_bytes};
  auto doc = object ? json::parse_object(request.body, json_limits)
                    : json::parse(request.body, json_limits);
  if (!doc) return fail_with(bad_request("request body is not valid JSON: " + doc.error()));
  return std::move(*doc);
}

FormLimits form_limits(const BodyLimits& limits) {
  return {.max_params = limits.max_form_params, .max_bytes = limits.max_bytes};
}

// RFC 6749 §5.2: OAuth endpoints answer a wrong Content-Type with 400 invalid_request.
std::optional<HttpError> check_form(const Request& request, const BodyLimits& limits, bool oauth) {
  auto e = check(request, limits, k_form);
  if (e && oauth && e->status == 415) e->status = 400;
  return e;
}

HttpExpected<Params> parse_form_body(const Request& request, const BodyLimits& limits, bool oauth) {
  if (auto e = check_form(request, limits, oauth)) return fail_with(std::move(*e));
  auto params = oauth ? parse_oauth_params(request.body, form_limits(limits))
                      : parse_form(request.body, form_limits(limits));
  if (!params) return fail_with(bad_request("request body: " + params.error()));
  return std::move(*params);
}

}  // namespace

std::optional<HttpError> check_body_size(const Request& request, const BodyLimits& limits) {
  if (request.body.size() <= limits.max_bytes) return std::nullopt;
  return payload_too_large("request body is larger than " + std::to_string(limits.max_bytes) +
                           " bytes");
}

std::optional<HttpError> check_media_type(const Request& request, std::string_view media_type) {
  const std::string actual = request.media_type();
  if (iequals(actual, media_type)) return std::nullopt;
  if (actual.empty())
    return unsupported_media_type("Content-Type is missing; expected " + std::string(media_type));
  return unsupported_media_type("Content-Type \"" + shorten_for_message(actual) +
                                "\" is not supported; expected " + std::string(media_type));
}

HttpExpected<rapidjson::Document> json_body(const Request& request, const BodyLimits& limits) {
  return parse_json(request, limits, false);
}

HttpExpected<rapidjson::Document> json_object_body(const Request& request,
                                                   const BodyLimits& limits) {
  return parse_json(request, limits, true);
}

HttpExpected<Params> form_body(const Request& request, const BodyLimits& limits) {
  return parse_form_body(request, limits, false);
}

HttpExpected<Params> oauth_form_body(const Request& request, const BodyLimits& limits) {
  return parse_form_body(request, limits, true);
}

HttpExpected<OAuthParams> oauth_request_params(const Request& request, const BodyLimits& limits) {
  std::string_view text = request.query;
  if (request.method == "POST") {
    if (auto e = check_form(request, limits, true)) return fail_with(std::move(*e));
    text = request.body;
  }
  auto params = parse_oauth_params_keeping_first(text, form_limits(limits));
  if (!params) return fail_with(bad_request(params.error()));
  return std::move(*params);
}

}  // namespace idp::http
