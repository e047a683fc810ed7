#include "oidc/verified_claims.hpp"

#include <algorithm>
#include <array>

#include "json/writer.hpp"
#include "oidc/verified_claims_time.hpp"

namespace idp::oidc {
namespace {

using Value = rapidjson::Value;

constexpr std::string_view k_scope_prefix = "verified_claims:";
constexpr std::string_view k_verification_scope_prefix = "verified_claims:verification:";

// OIDC Core §5.5.1 and OIDC4IDA §6.1/§6.3: the members of a request that qualify the element they
// sit in instead of naming a sub-element.
constexpr std::array<std::string_view, 5> k_qualifiers = {"essential", "purpose", "value", "values",
                                                          "max_age"};

std::string_view name_of(const Value& name) {
  return {name.GetString(), name.GetStringLength()};
}

bool is_qualifier(const Value& name) {
  return std::find(k_qualifiers.begin(), k_qualifiers.end(), name_of(name)) != k_qualifiers.end();
}

// What asking for one element gave: the selected value, nothing (not available, §6.5.1), or a
// requirement the data does not meet (§6.5.2).
enum class Outcome { selected, absent, unmet };

struct Selected {
  Outcome outcome;
  Value value{};
};

Selected absent() {
  return {Outcome::absent};
}
Selected unmet() {
  return {Outcome::unmet};
}

const Value* member(const Value& object, std::string_view name) {
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(Value(rapidjson::StringRef(name.data(), name.size())));
  return it == object.MemberEnd() ? nullptr : &it->value;
}

// Whether `request` states a value/values/max_age requirement, here or in an element below it.
bool has_requirement(const Value& request) {
  if (request.IsArray()) {
    for (const auto& entry : request.GetArray())
      if (has_requirement(entry)) return true;
    return false;
  }
  if (!request.IsObject()) return false;
  for (const auto& m : request.GetObject()) {
    const std::string_view name = name_of(m.name);
    if (name == "value" || name == "values" || name == "max_age") return true;
    if (!is_qualifier(m.name) && has_requirement(m.value)) return true;
  }
  return false;
}

// The element's own value/values (OIDC Core §5.5.1) and max_age (OIDC4IDA §6.3.2) requirements.
// max_age only applies to dates and timestamps; any other value is never too old.
bool meets(const Value& request, const Value& data, std::int64_t now) {
  if (!request.IsObject()) return true;
  if (const Value* value = member(request, "value"); value && !(*value == data)) return false;
  if (const Value* values = member(request, "values")) {
    if (!values->IsArray()) return false;
    const auto list = values->GetArray();
    if (std::none_of(list.begin(), list.end(), [&](const Value& v) { return v == data; }))
      return false;
  }
  if (const Value* max_age = member(request, "max_age"); max_age && max_age->IsNumber()) {
    if (!data.IsString()) return true;
    auto last = last_valid_second(name_of(data));
    if (last && static_cast<double>(now - *last) > max_age->GetDouble()) return false;
  }
  return true;
}

bool navigates(const Value& request) {
  if (!request.IsObject()) return false;
  for (const auto& m : request.GetObject())
    if (!is_qualifier(m.name)) return true;
  return false;
}

Selected select(const Value& request, const Value& data, std::int64_t now, Allocator& a);

// Array requests filter the stored array (§6.2): each stored entry is shaped by the first request
// entry it satisfies; the entries of the request are ORed.
Selected select_entries(const Value* requests, rapidjson::SizeType count, const Value& data,
                        std::int64_t now, Allocator& a) {
  bool required = false;
  for (rapidjson::SizeType i = 0; i < count; ++i)
    required = required || has_requirement(requests[i]);
  if (!data.IsArray()) return required ? unmet() : absent();
  Value out(rapidjson::kArrayType);
  bool missed = false;
  for (const auto& entry : data.GetArray()) {
    for (rapidjson::SizeType i = 0; i < count; ++i) {
      Selected s = select(requests[i], entry, now, a);
      if (s.outcome == Outcome::selected) {
        out.PushBack(s.value, a);
        break;
      }
      missed = missed || s.outcome == Outcome::unmet;
    }
  }
  if (out.Empty()) return missed || required ? unmet() : absent();
  return {Outcome::selected, std::move(out)};
}

// The requested members of `data` (request order) appended to `out`; `skip` is left out.
Outcome select_members(const Value& request, const Value& data, std::string_view skip,
                       std::int64_t now, Allocator& a, Value& out) {
  for (const auto& m : request.GetObject()) {
    if (is_qualifier(m.name) || name_of(m.name) == skip) continue;
    const Value* stored = member(data, name_of(m.name));
    if (!stored) {
      if (has_requirement(m.value)) return Outcome::unmet;
      continue;
    }
    // §6.2: "the OP MUST return the assurance_details element along with all sub-elements that it
    // has"; requesting inside it has no filtering effect.
    if (name_of(m.name) == "assurance_details") {
      out.AddMember(Value(m.name, a), Value(*stored, a), a);
      continue;
    }
    Selected s = select(m.value, *stored, now, a);
    if (s.outcome == Outcome::unmet) return Outcome::unmet;
    if (s.outcome == Outcome::selected) out.AddMember(Value(m.name, a), s.value, a);
  }
  return Outcome::selected;
}

// One element of `verification` (or below it).
Selected select(const Value& request, const Value& data, std::int64_t now, Allocator& a) {
  if (request.IsArray()) return select_entries(request.Begin(), request.Size(), data, now, a);
  if (!meets(request, data, now)) return unmet();
  if (!navigates(request)) return {Outcome::selected, Value(data, a)};  // null: all of it
  // An object request for an array (e.g. check_details written as a single template).
  if (data.IsArray()) return select_entries(&request, 1, data, now, a);
  if (!data.IsObject()) return has_requirement(request) ? unmet() : absent();
  Value out(rapidjson::kObjectType);
  if (select_members(request, data, {}, now, a, out) == Outcome::unmet) return unmet();
  if (out.MemberCount() == 0) return absent();
  return {Outcome::selected, std::move(out)};
}

bool supported(const VerifiedClaimsSelection& selection, std::string_view claim) {
  const auto* list = selection.supported_claims;
  return !list || list->empty() || std::find(list->begin(), list->end(), claim) != list->end();
}

// §6.1 and §6.5: the requested Claims the End-User has, each meeting its own requirements.
Value select_claims(const Value& request, const Value& stored,
                    const VerifiedClaimsSelection& selection, Allocator& a) {
  Value out(rapidjson::kObjectType);
  for (const auto& m : request.GetObject()) {
    if (!supported(selection, name_of(m.name)) || out.HasMember(m.name)) continue;
    const Value* value = member(stored, name_of(m.name));
    if (value && meets(m.value, *value, selection.now))
      out.AddMember(Value(m.name, a), Value(*value, a), a);
  }
  return out;
}

// One request object against one stored verified_claims object.
std::optional<Value> select_one(const Value& request, const Value& stored,
                                const VerifiedClaimsSelection& selection, Allocator& a) {
  if (!request.IsObject() || !stored.IsObject()) return std::nullopt;
  const Value* requested_claims = member(request, "claims");
  const Value* stored_claims = member(stored, "claims");
  const Value* stored_verification = member(stored, "verification");
  const Value* trust_framework =
      stored_verification ? member(*stored_verification, "trust_framework") : nullptr;
  if (!requested_claims || !requested_claims->IsObject() || !stored_claims || !trust_framework)
    return std::nullopt;  // §6.5.3: verification.trust_framework and claims are required

  Value claims = select_claims(*requested_claims, *stored_claims, selection, a);
  if (claims.MemberCount() == 0) return std::nullopt;  // §6.5.4: never an empty claims

  static const Value k_nothing_requested(rapidjson::kObjectType);
  const Value* requested_verification = member(request, "verification");
  if (!requested_verification || !requested_verification->IsObject())
    requested_verification = &k_nothing_requested;
  if (const Value* tf = member(*requested_verification, "trust_framework");
      tf && !meets(*tf, *trust_framework, selection.now))
    return std::nullopt;
  Value verification(rapidjson::kObjectType);
  verification.AddMember("trust_framework", Value(*trust_framework, a), a);
  if (select_members(*requested_verification, *stored_verification, "trust_framework",
                     selection.now, a, verification) == Outcome::unmet)
    return std::nullopt;  // §6.5.2: a verification requirement not met omits the whole element

  Value out(rapidjson::kObjectType);
  out.AddMember("verification", verification, a);
  out.AddMember("claims", claims, a);
  return out;
}

}  // namespace

std::optional<rapidjson::Value> select_verified_claims(const rapidjson::Value& request,
                                                       const rapidjson::Value& stored,
                                                       const VerifiedClaimsSelection& selection,
                                                       Allocator& a) {
  if (!request.IsObject() && !request.IsArray()) return std::nullopt;
  auto each = [](const Value& v, auto&& f) {
    if (!v.IsArray()) return f(v);
    for (const auto& item : v.GetArray()) f(item);
  };
  std::vector<Value> results;
  each(request, [&](const Value& r) {
    each(stored, [&](const Value& s) {
      if (auto one = select_one(r, s, selection, a)) results.push_back(std::move(*one));
    });
  });
  if (results.empty()) return std::nullopt;
  if (request.IsObject() && results.size() == 1) return std::move(results.front());
  Value out(rapidjson::kArrayType);
  for (auto& r : results) out.PushBack(r, a);
  return out;
}

bool has_verified_claims_scope(const std::vector<std::string>& scopes) {
  return std::any_of(scopes.begin(), scopes.end(),
                     [](const std::string& s) { return s.starts_with(k_scope_prefix); });
}

std::optional<rapidjson::Value> scope_verified_claims_request(
    const std::vector<std::string>& scopes, Allocator& a) {
  Value verification(rapidjson::kObjectType);
  verification.AddMember("trust_framework", Value(), a);
  Value claims(rapidjson::kObjectType);
  for (const auto& scope : scopes) {
    if (!scope.starts_with(k_scope_prefix)) continue;
    // The verification: segment is kept in these scopes to tell elements from Claims; the
    // claims: segment is left out (verified_claims:given_name, not verified_claims:claims:…).
    const bool element = scope.starts_with(k_verification_scope_prefix);
    std::string_view name = std::string_view(scope).substr(
        element ? k_verification_scope_prefix.size() : k_scope_prefix.size());
    Value& target = element ? verification : claims;
    if (name.empty() || member(target, name)) continue;
    target.AddMember(json::string_value(name, a), Value(), a);
  }
  if (claims.MemberCount() == 0) return std::nullopt;
  Value request(rapidjson::kObjectType);
  request.AddMember("verification", verification, a);
  request.AddMember("claims", claims, a);
  return request;
}

}  // namespace idp::oidc
