#pragma once
// application/x-www-form-urlencoded (WHATWG URL §5.1) for query strings and form bodies, with the
// strictness an authorization server needs: a '%' must start a valid escape, the decoded text must
// be UTF-8 without NUL bytes, and OAuth requests may not repeat a parameter (RFC 6749 §3.1).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/expected.hpp"

namespace idp::http {

// How '+' decodes: a space in form data and query strings, itself in URL paths (RFC 3986).
enum class PlusDecoding { space, literal };

// Decodes %XX escapes. Fails (with the byte offset, never the text) on a '%' not followed by two
// hex digits, on a NUL byte, or when the result is not valid UTF-8.
Expected<std::string> percent_decode(std::string_view text,
                                     PlusDecoding plus = PlusDecoding::space);

// The application/x-www-form-urlencoded byte serializer (WHATWG URL §5.2): ALPHA, DIGIT and
// "*-._" are kept, space becomes '+', everything else %XX (upper-case hex).
std::string form_encode(std::string_view text);

// Parameters in the order they were sent. Names and values are decoded.
class Params {
 public:
  using Param = std::pair<std::string, std::string>;

  Params() = default;
  explicit Params(std::vector<Param> params) : m_params(std::move(params)) {}

  // The first value of `name`.
  std::optional<std::string_view> get(std::string_view name) const;
  std::vector<std::string_view> get_all(std::string_view name) const;
  bool contains(std::string_view name) const;
  std::size_t size() const { return m_params.size(); }
  bool empty() const { return m_params.empty(); }

  void add(std::string name, std::string value);

  auto begin() const { return m_params.begin(); }
  auto end() const { return m_params.end(); }
  const std::vector<Param>& items() const { return m_params; }

 private:
  std::vector<Param> m_params;
};

struct FormLimits {
  std::size_t max_params = 256;
  std::size_t max_bytes = 1u << 20;  // of the encoded text
};

// Splits on '&' (empty pieces are skipped), then each piece at its first '=' (none: empty value).
// Repeats and empty values are kept. A parameter with an empty name is refused.
Expected<Params> parse_form(std::string_view text, const FormLimits& limits = {});

// parse_form for OAuth/OIDC requests (query or body): parameters sent without a value are treated
// as omitted and dropped, and a name sent more than once is refused, both per RFC 6749 §3.1.
// Error: `parameter "scope" is repeated`.
Expected<Params> parse_oauth_params(std::string_view text, const FormLimits& limits = {});

// The same without refusing repeats: the first value of each name is kept and the repeated names
// are listed, for the authorization endpoint, which may only redirect that error once the client
// and the redirect URI are known to be good (RFC 6749 §4.1.2.1).
// `parameter "scope" is repeated` (the name shortened).
std::string repeated_parameter(std::string_view name);

struct OAuthParams {
  Params params;
  std::vector<std::string> repeated;
};
Expected<OAuthParams> parse_oauth_params_keeping_first(std::string_view text,
                                                       const FormLimits& limits = {});

// name=value&… with form_encode, in order; parse_form(serialize_form(p)) gives p back.
std::string serialize_form(const Params& params);

}  // namespace idp::http
