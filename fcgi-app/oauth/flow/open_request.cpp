#include "oauth/flow/open_request.hpp"

#include <rapidjson/document.h>

#include "domain/stored.hpp"
#include "json/writer.hpp"
#include "oauth/client_authentication.hpp"
#include "oauth/flow/transaction.hpp"

namespace idp::oauth {

http::Response shown_error(int status, std::string_view error, std::string_view description) {
  http::Response r = http::Response::error(status, error, description);
  r.mark_token_bearing();
  return r;
}

http::Response authorization_error(const EndpointContext& ctx, const AuthorizationError& e) {
  if (!e.redirectable) return shown_error(400, error_string(e.error.code), e.error.description);
  http::Response r = error_redirect(e, response_iss(ctx.server));
  r.mark_token_bearing();
  return r;
}

std::string params_json(const http::Params& params) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  for (const auto& [k, v] : params)
    doc.AddMember(json::string_value(k, a), json::string_value(v, a), a);
  return json::write(doc);
}

http::Params params_of(const std::string& stored) {
  auto doc = domain::stored_object(stored, "authorization request");
  http::Params params;
  for (const auto& m : doc.GetObject())
    params.add(m.name.GetString(), m.value.IsString() ? m.value.GetString() : "");
  return params;
}

Expected<OpenRequest, http::Response> reopen(const EndpointContext& ctx,
                                             const http::Request& http_request,
                                             std::string_view id) {
  auto transaction = open_transaction(ctx, http_request, id);
  if (!transaction) return Unexpected<http::Response>{to_response(transaction.error())};
  auto client = find_client(ctx, transaction->client_id);
  auto validated = validate_authorization_request(params_of(transaction->payload),
                                                  client ? &*client : nullptr, ctx.server);
  if (!validated) return Unexpected<http::Response>{authorization_error(ctx, validated.error())};
  return OpenRequest{std::move(*transaction), std::move(*client), std::move(*validated)};
}

http::Response interaction_answer(const AuthorizationRequest& request, const ResponseParams& params,
                                  std::string_view status) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  doc.AddMember("status", json::string_value(status, a), a);
  if (request.response_mode == "form_post") {
    doc.AddMember("redirect_uri", json::string_value(request.redirect_uri, a), a);
    doc.AddMember("response_mode", "form_post", a);
    rapidjson::Value parameters(rapidjson::kObjectType);
    for (const auto& [k, v] : params)
      parameters.AddMember(json::string_value(k, a), json::string_value(v, a), a);
    doc.AddMember("parameters", parameters, a);
  } else {
    doc.AddMember(
        "redirect_uri",
        json::string_value(
            authorization_response_uri(request.redirect_uri, request.response_mode, params), a),
        a);
  }
  http::Response r = http::Response::json(200, json::write(doc));
  r.mark_token_bearing();
  return r;
}

http::Response redirect_answer(const AuthorizationRequest& request, const ResponseParams& params) {
  http::Response r =
      request.response_mode == "form_post"
          ? form_post_response(request.redirect_uri, params)
          : http::Response::redirect(302, authorization_response_uri(
                                              request.redirect_uri, request.response_mode, params));
  r.mark_token_bearing();
  return r;
}

ResponseParams with_state_and_iss(const EndpointContext& ctx, ResponseParams params,
                                  const AuthorizationRequest& request) {
  if (request.state && !request.state->empty()) params.emplace_back("state", *request.state);
  if (auto iss = response_iss(ctx.server)) params.emplace_back("iss", *iss);
  return params;
}

}  // namespace idp::oauth
