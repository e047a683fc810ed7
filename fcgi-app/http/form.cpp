#include "http/form.hpp"

#include <algorithm>
#include <unordered_set>

#include "http/http_error.hpp"
#include "http/utf8.hpp"

namespace idp::http {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// What a parse error is about, for messages: `value of parameter "x"` or `a parameter name`.
std::string value_subject(std::string_view name) {
  return "value of parameter \"" + shorten_for_message(name) + "\"";
}

}  // namespace

Expected<std::string> percent_decode(std::string_view text, PlusDecoding plus) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t at = i;
    char c = text[i];
    if (c == '%') {
      const int hi = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
      const int lo = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
      if (hi < 0 || lo < 0)
        return fail("has a '%' at byte " + std::to_string(i) +
                    " that is not followed by two hex digits");
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (c == '+' && plus == PlusDecoding::space) {
      c = ' ';
    }
    if (c == '\0') return fail("contains a NUL byte (at byte " + std::to_string(at) + ")");
    out += c;
  }
  if (auto bad = first_invalid_utf8(out))
    return fail("is not valid UTF-8 after percent-decoding (at decoded byte " +
                std::to_string(*bad) + ")");
  return out;
}

std::string form_encode(std::string_view text) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '*' ||
        c == '-' || c == '.' || c == '_') {
      out += c;
    } else if (c == ' ') {
      out += '+';
    } else {
      out += '%';
      out += k_hex[u >> 4];
      out += k_hex[u & 0x0F];
    }
  }
  return out;
}

std::optional<std::string_view> Params::get(std::string_view name) const {
  for (const auto& [k, v] : m_params)
    if (k == name) return std::string_view(v);
  return std::nullopt;
}

std::vector<std::string_view> Params::get_all(std::string_view name) const {
  std::vector<std::string_view> out;
  for (const auto& [k, v] : m_params)
    if (k == name) out.emplace_back(v);
  return out;
}

bool Params::contains(std::string_view name) const {
  return get(name).has_value();
}

void Params::add(std::string name, std::string value) {
  m_params.emplace_back(std::move(name), std::move(value));
}

Expected<Params> parse_form(std::string_view text, const FormLimits& limits) {
  if (text.size() > limits.max_bytes)
    return fail("form data is longer than " + std::to_string(limits.max_bytes) + " bytes");
  std::vector<Params::Param> params;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t amp = text.find('&', start);
    if (amp == std::string_view::npos) amp = text.size();
    const std::string_view piece = text.substr(start, amp - start);
    start = amp + 1;
    if (piece.empty()) continue;
    if (params.size() == limits.max_params)
      return fail("form data has more than " + std::to_string(limits.max_params) + " parameters");
    const std::size_t eq = piece.find('=');
    const std::string_view raw_name = piece.substr(0, eq);
    const std::string_view raw_value =
        eq == std::string_view::npos ? std::string_view() : piece.substr(eq + 1);
    auto name = percent_decode(raw_name);
    if (!name) return fail("a parameter name " + name.error());
    if (name->empty()) return fail("a parameter has an empty name");
    auto value = percent_decode(raw_value);
    if (!value) return fail(value_subject(*name) + " " + value.error());
    params.emplace_back(std::move(*name), std::move(*value));
  }
  return Params(std::move(params));
}

std::string repeated_parameter(std::string_view name) {
  return "parameter \"" + shorten_for_message(name) + "\" is repeated";
}

Expected<OAuthParams> parse_oauth_params_keeping_first(std::string_view text,
                                                       const FormLimits& limits) {
  auto parsed = parse_form(text, limits);
  if (!parsed) return fail(parsed.error());
  OAuthParams out;
  std::vector<Params::Param> kept;
  kept.reserve(parsed->size());
  std::unordered_set<std::string_view> seen;
  for (const auto& [name, value] : *parsed) {
    if (value.empty()) continue;  // RFC 6749 §3.1: sent without a value = omitted
    if (seen.insert(name).second)
      kept.emplace_back(name, value);
    else if (std::find(out.repeated.begin(), out.repeated.end(), name) == out.repeated.end())
      out.repeated.push_back(name);
  }
  out.params = Params(std::move(kept));
  return out;
}

Expected<Params> parse_oauth_params(std::string_view text, const FormLimits& limits) {
  auto parsed = parse_oauth_params_keeping_first(text, limits);
  if (!parsed) return fail(parsed.error());
  if (!parsed->repeated.empty()) return fail(repeated_parameter(parsed->repeated.front()));
  return std::move(parsed->params);
}

std::string serialize_form(const Params& params) {
  std::string out;
  for (const auto& [name, value] : params) {
    if (!out.empty()) out += '&';
    out += form_encode(name);
    out += '=';
    out += form_encode(value);
  }
  return out;
}

}  // namespace idp::http
