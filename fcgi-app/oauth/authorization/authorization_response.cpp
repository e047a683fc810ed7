#include "oauth/authorization/authorization_response.hpp"

#include "base/base64.hpp"
#include "crypto/digest.hpp"
#include "http/form.hpp"

namespace idp::oauth {
namespace {

// The page's only script; the policy names its hash, so nothing else can run.
constexpr std::string_view k_submit_script = "document.forms[0].submit();";

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string serialize(const ResponseParams& params) {
  return http::serialize_form(http::Params(params));
}

// RFC 6749 §4.1.2.1: error_description = *( %x20-21 / %x23-5B / %x5D-7E ).
std::string description_characters(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u > 0x7E || c == '"' || c == '\\') c = '?';
  }
  return out;
}

}  // namespace

std::string authorization_response_uri(const std::string& redirect_uri,
                                       const std::string& response_mode,
                                       const ResponseParams& params) {
  if (params.empty()) return redirect_uri;
  if (response_mode == "fragment") return redirect_uri + "#" + serialize(params);
  const std::size_t question = redirect_uri.find('?');
  if (question == std::string::npos) return redirect_uri + "?" + serialize(params);
  // Keep the registered query: "…/cb?app=1" becomes "…/cb?app=1&code=…".
  const char last = redirect_uri.back();
  const bool open = last == '?' || last == '&';
  return redirect_uri + (open ? "" : "&") + serialize(params);
}

std::string form_post_page(const std::string& redirect_uri, const ResponseParams& params) {
  std::string page =
      "<!DOCTYPE html>\n"
      "<html>\n"
      "<head><meta charset=\"utf-8\"><title>Submit This Form</title></head>\n"
      "<body>\n"
      "<form method=\"post\" action=\"" +
      html_escape(redirect_uri) + "\">\n";
  for (const auto& [name, value] : params)
    page += "<input type=\"hidden\" name=\"" + html_escape(name) + "\" value=\"" +
            html_escape(value) + "\">\n";
  page +=
      "<noscript><button type=\"submit\">Continue</button></noscript>\n"
      "</form>\n"
      "<script>";
  page += k_submit_script;
  page +=
      "</script>\n"
      "</body>\n"
      "</html>\n";
  return page;
}

const std::string& form_post_content_security_policy() {
  static const std::string policy = "default-src 'none'; script-src 'sha256-" +
                                    base64::encode(crypto::sha256(k_submit_script)) +
                                    "'; base-uri 'none'; frame-ancestors 'none'";
  return policy;
}

http::Response form_post_response(const std::string& redirect_uri, const ResponseParams& params) {
  http::Response r;
  r.status = 200;
  r.body = form_post_page(redirect_uri, params);
  r.set_header("Content-Type", "text/html; charset=utf-8");
  r.set_header("Content-Security-Policy", form_post_content_security_policy());
  r.mark_token_bearing();
  return r;
}

std::optional<std::string> response_iss(const domain::AuthorizationServer& server) {
  if (!server.authorization_response_iss_parameter_supported) return std::nullopt;
  return server.issuer;
}

ResponseParams error_params(const AuthorizationError& error, std::optional<std::string> iss) {
  ResponseParams out;
  out.emplace_back("error", std::string(error_string(error.error.code)));
  if (!error.error.description.empty())
    out.emplace_back("error_description", description_characters(error.error.description));
  if (!error.state.empty()) out.emplace_back("state", error.state);
  if (iss) out.emplace_back("iss", std::move(*iss));
  return out;
}

http::Response error_redirect(const AuthorizationError& error, std::optional<std::string> iss) {
  ResponseParams params = error_params(error, std::move(iss));
  if (error.response_mode == "form_post") return form_post_response(error.redirect_uri, params);
  http::Response r = http::Response::redirect(
      302, authorization_response_uri(error.redirect_uri, error.response_mode, params));
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::oauth
