#include "oauth/authorization/claims_request.hpp"

#include <rapidjson/document.h>

#include <string>

#include "http/http_error.hpp"
#include "json/reader.hpp"

namespace idp::oauth {
namespace {

std::string name_of(const rapidjson::Value& name) {
  return http::shorten_for_message(std::string_view(name.GetString(), name.GetStringLength()));
}

// One entry of "userinfo" or "id_token" (OIDC Core §5.5.1).
Status check_claim(const rapidjson::Value& request, const std::string& path) {
  if (request.IsNull()) return ok_status();
  if (!request.IsObject()) return fail(path + " must be null or an object");
  if (auto it = request.FindMember("essential"); it != request.MemberEnd() && !it->value.IsBool())
    return fail(path + ".essential must be a boolean");
  if (auto it = request.FindMember("values"); it != request.MemberEnd() && !it->value.IsArray())
    return fail(path + ".values must be an array");
  return ok_status();
}

// OIDC4IDA 1.0 §6.1: "purpose" is 3 to 300 characters, else the request fails with
// invalid_request.
Status check_purpose(const rapidjson::Value& request, const std::string& path) {
  auto it = request.FindMember("purpose");
  if (it == request.MemberEnd()) return ok_status();
  if (!it->value.IsString()) return fail(path + ".purpose must be a string");
  std::size_t characters = 0;
  for (rapidjson::SizeType i = 0; i < it->value.GetStringLength(); ++i)
    characters += (static_cast<unsigned char>(it->value.GetString()[i]) & 0xC0) != 0x80;
  if (characters < 3 || characters > 300)
    return fail(path + ".purpose must be 3 to 300 characters (OIDC4IDA §6.1)");
  return ok_status();
}

// The qualifiers of one requested element of verified_claims: essential, purpose, value, values,
// and max_age (OIDC4IDA §6.3.2: seconds).
Status check_qualifiers(const rapidjson::Value& request, const std::string& path) {
  if (auto ok = check_claim(request, path); !ok) return ok;
  if (request.IsNull()) return ok_status();
  if (auto it = request.FindMember("max_age");
      it != request.MemberEnd() && (!it->value.IsNumber() || it->value.GetDouble() < 0))
    return fail(path + ".max_age must be a non-negative number");
  return check_purpose(request, path);
}

bool is_qualifier(std::string_view name) {
  return name == "essential" || name == "purpose" || name == "value" || name == "values" ||
         name == "max_age";
}

// An element of verified_claims/verification (§6.2): null, an object of qualifiers and
// sub-elements, or an array of such objects (evidence, check_details).
Status check_verification_element(const rapidjson::Value& request, const std::string& path) {
  if (request.IsArray()) {
    for (rapidjson::SizeType i = 0; i < request.Size(); ++i) {
      const std::string item = path + "[" + std::to_string(i) + "]";
      if (!request[i].IsObject()) return fail(item + " must be an object");
      if (auto ok = check_verification_element(request[i], item); !ok) return ok;
    }
    return ok_status();
  }
  if (auto ok = check_qualifiers(request, path); !ok) return ok;
  if (request.IsNull()) return ok_status();
  for (const auto& m : request.GetObject()) {
    const std::string_view name(m.name.GetString(), m.name.GetStringLength());
    if (is_qualifier(name)) continue;
    if (auto ok = check_verification_element(m.value, path + "." + name_of(m.name)); !ok) return ok;
  }
  return ok_status();
}

// §6.2: every entry of evidence names its type with "value" ("values" MUST NOT be used).
Status check_evidence(const rapidjson::Value& verification, const std::string& path) {
  auto it = verification.FindMember("evidence");
  if (it == verification.MemberEnd()) return ok_status();
  if (!it->value.IsArray()) return fail(path + ".evidence must be an array");
  for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i) {
    const auto& entry = it->value[i];
    auto type = entry.IsObject() ? entry.FindMember("type") : entry.MemberEnd();
    if (!entry.IsObject() || type == entry.MemberEnd() || !type->value.IsObject() ||
        !type->value.HasMember("value") || type->value.HasMember("values"))
      return fail(path + ".evidence[" + std::to_string(i) +
                  "].type must be an object with \"value\" (OIDC4IDA §6.2)");
  }
  return ok_status();
}

// One verified_claims request object: a verification object (the elements wanted) and a
// non-empty claims object (§6.5.4: an empty one fails with invalid_request).
Status check_verified_claims_object(const rapidjson::Value& request, const std::string& path) {
  if (!request.IsObject()) return fail(path + " must be an object");
  if (auto it = request.FindMember("verification"); it != request.MemberEnd()) {
    if (!it->value.IsObject()) return fail(path + ".verification must be an object");
    if (auto ok = check_evidence(it->value, path + ".verification"); !ok) return ok;
    if (auto ok = check_verification_element(it->value, path + ".verification"); !ok) return ok;
  }
  auto claims = request.FindMember("claims");
  if (claims == request.MemberEnd() || !claims->value.IsObject() ||
      claims->value.MemberCount() == 0)
    return fail(path + ".claims must be a non-empty object (OIDC4IDA §6.5.4)");
  for (auto c = claims->value.MemberBegin(); c != claims->value.MemberEnd(); ++c)
    if (auto ok = check_qualifiers(c->value, path + ".claims." + name_of(c->name)); !ok) return ok;
  return ok_status();
}

// OIDC4IDA §6.1 and §6.4: one verified_claims request, or a non-empty array of them.
Status check_verified_claims(const rapidjson::Value& request, const std::string& path) {
  if (request.IsObject()) return check_verified_claims_object(request, path);
  if (!request.IsArray() || request.Empty())
    return fail(path + " must be an object or a non-empty array of objects");
  for (rapidjson::SizeType i = 0; i < request.Size(); ++i)
    if (auto ok = check_verified_claims_object(request[i], path + "[" + std::to_string(i) + "]");
        !ok)
      return ok;
  return ok_status();
}

Status check_member(const rapidjson::Value& root, const char* member) {
  auto it = root.FindMember(member);
  if (it == root.MemberEnd()) return ok_status();
  const std::string path = std::string("claims.") + member;
  if (!it->value.IsObject()) return fail(path + " must be an object");
  for (auto claim = it->value.MemberBegin(); claim != it->value.MemberEnd(); ++claim) {
    const std::string claim_path = path + "." + name_of(claim->name);
    const bool verified = claim->name == "verified_claims";
    auto ok = verified ? check_verified_claims(claim->value, claim_path)
                       : check_claim(claim->value, claim_path);
    if (!ok) return ok;
  }
  return ok_status();
}

}  // namespace

Status check_claims_request(std::string_view text) {
  auto doc = json::parse(text);
  if (!doc) return fail("claims is not valid JSON: " + doc.error());
  if (!doc->IsObject()) return fail("claims must be a JSON object");
  for (const char* member : {"userinfo", "id_token"})
    if (auto ok = check_member(*doc, member); !ok) return ok;
  return ok_status();
}

std::vector<std::string> requested_claim_names(std::string_view text, std::string_view member) {
  std::vector<std::string> names;
  if (text.empty()) return names;
  auto doc = json::parse(text);
  if (!doc || !doc->IsObject()) return names;
  auto it = doc->FindMember(rapidjson::StringRef(member.data(), member.size()));
  if (it == doc->MemberEnd() || !it->value.IsObject()) return names;
  for (const auto& claim : it->value.GetObject())
    names.emplace_back(claim.name.GetString(), claim.name.GetStringLength());
  return names;
}

}  // namespace idp::oauth
