#include "domain/organization.hpp"

#include "domain/json_builder.hpp"

namespace idp::domain {

Organization read_organization(json::FieldReader& r) {
  Organization o;
  o.id = r.required_uuid("id");
  o.name = r.required_string("name");
  o.description = r.optional_string("description");
  o.extra = r.rest();
  return o;
}

Expected<Organization> parse_organization(const rapidjson::Value& value) {
  json::FieldErrors errors;
  json::FieldReader r(value, "organization", errors);
  Organization o = read_organization(r);
  if (!errors.empty()) return fail(errors.summary());
  return o;
}

rapidjson::Value to_value(const Organization& o, rapidjson::Document::AllocatorType& a,
                          bool /*include_secrets: an organization holds none*/) {
  JsonBuilder b(a);
  b.string("id", o.id).string("name", o.name).optional_string("description", o.description);
  b.extra(o.extra);
  return b.build();
}

std::string to_json(const Organization& o, bool include_secrets) {
  rapidjson::Document doc;
  return write_value(to_value(o, doc.GetAllocator(), include_secrets));
}

}  // namespace idp::domain
