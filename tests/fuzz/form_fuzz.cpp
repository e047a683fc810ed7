// libFuzzer target: the parsers of form data, cookies and Authorization headers, on raw input.
// Besides "no crash, no sanitizer report", it checks invariants that the rest of the server
// relies on: what parses is valid UTF-8 without NUL, encoding round-trips, OAuth parameters are
// unique and non-empty, parsed cookies are made of legal characters.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "base/base64.hpp"
#include "http/basic_auth.hpp"
#include "http/bearer_token.hpp"
#include "http/cookies.hpp"
#include "http/form.hpp"
#include "http/utf8.hpp"

namespace {

void require(bool condition) {
  if (!condition) __builtin_trap();
}

void check_text(std::string_view s) {
  require(idp::http::is_valid_utf8(s));
  require(s.find('\0') == std::string_view::npos);
}

void fuzz_form(std::string_view in) {
  using namespace idp::http;
  auto form = parse_form(in);
  if (form) {
    for (const auto& [name, value] : *form) {
      require(!name.empty());
      check_text(name);
      check_text(value);
    }
    auto again = parse_form(serialize_form(*form), {.max_params = 100000, .max_bytes = 1u << 30});
    require(again.ok() && again->items() == form->items());
  }
  auto oauth = parse_oauth_params(in);
  if (oauth) {
    require(form.ok());
    std::set<std::string> names;
    for (const auto& [name, value] : *oauth) {
      require(!value.empty());
      require(names.insert(name).second);
    }
  }
  for (auto plus : {PlusDecoding::space, PlusDecoding::literal}) {
    auto decoded = percent_decode(in, plus);
    if (decoded) {
      check_text(*decoded);
      require(*percent_decode(form_encode(*decoded)) == *decoded);
    }
  }
}

void fuzz_cookies(std::string_view in) {
  for (const auto& [name, value] : idp::http::parse_cookie_header(in)) {
    require(!name.empty());
    for (char c : name + value) require(c > 0x20 && c < 0x7F && c != ';' && c != ',');
  }
}

void fuzz_authorization(std::string_view in) {
  using namespace idp::http;
  // Raw header, and the input as the credentials of a well-formed header, so the fuzzer reaches
  // the code after the base64 decoding without having to find valid base64 first.
  const std::string headers[] = {std::string(in), "Basic " + idp::base64::encode(in)};
  for (const auto& h : headers) {
    if (auto basic = parse_basic_credentials(h)) {
      require(!basic->user_id.empty());
      require(basic->user_id.find(':') == std::string::npos);
    }
    if (auto client = parse_client_secret_basic(h)) {
      require(!client->client_secret.empty());
      check_text(client->client_id);
      check_text(client->client_secret);
    }
  }
  for (const auto& h : {std::string(in), "Bearer " + std::string(in)}) {
    if (auto token = parse_bearer_token(h)) require(is_b64token(*token));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  fuzz_form(in);
  fuzz_cookies(in);
  fuzz_authorization(in);
  return 0;
}
