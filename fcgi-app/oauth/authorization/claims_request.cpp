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

// OIDC4IDA §6: one verified_claims request, or an array of them.
Status check_verified_claims(const rapidjson::Value& request, const std::string& path) {
  if (request.IsObject()) return ok_status();
  if (!request.IsArray()) return fail(path + " must be an object or an array of objects");
  for (const auto& item : request.GetArray())
    if (!item.IsObject()) return fail(path + " must be an object or an array of objects");
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
