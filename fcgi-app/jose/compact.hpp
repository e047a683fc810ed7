#pragma once
// Internal to jose/: pieces shared by JWS and JWE compact serialisations (RFC 7515 §7.1,
// RFC 7516 §7.1) and their protected headers.
#include <rapidjson/document.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "jose/jwk.hpp"

namespace idp::jose::detail {

// Exactly `count` dot-separated parts of at most `max_length` bytes in total.
Expected<std::vector<std::string_view>> split_compact(std::string_view compact, std::size_t count,
                                                      std::size_t max_length,
                                                      std::string_view what);

// base64url-decodes and parses the protected header with the guarded JSON reader.
Expected<rapidjson::Document> decode_header(std::string_view encoded, std::string_view what);

// Optional string member: empty when absent, an error when present with another type.
Expected<std::string> header_string(const rapidjson::Value& header, std::string_view name,
                                    std::string_view what);

// RFC 7515 §4.1.11: every "crit" entry must be present, not a registered name, and understood.
Status check_crit(const rapidjson::Value& header, const std::vector<std::string>& understood,
                  const std::vector<std::string_view>& registered, std::string_view what);

// RFC 7517 §4.2–4.4: a JWK that names its "alg", "use" or "key_ops" may only serve those
// (`ops`: any one of them suffices).
bool key_permits(const Jwk& key, std::string_view alg, std::string_view use,
                 std::span<const std::string_view> ops);

// RFC 7515 §4.1.9: "typ" compares case-insensitively and "application/" may be left out.
bool same_media_type(std::string_view a, std::string_view b);

std::string json_object_text(const rapidjson::Value& header);

}  // namespace idp::jose::detail
