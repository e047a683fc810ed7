#include "domain/initialization.hpp"

#include "domain/json_builder.hpp"

namespace idp::domain {
namespace {

// Reads the required object member `name` of `body` with `read`; a missing part is one error
// ("tenant: missing required member"), not one per required member inside it.
template <class T, class Read>
T read_part(json::FieldReader& body, std::string_view name, Read read) {
  if (!body.has(name)) {
    body.problem(name, "missing required member");
    body.object(name);  // marks a null member as read
    return T{};
  }
  auto part = body.object(name);
  if (!part.is_object()) return T{};
  return read(part);
}

}  // namespace

Expected<Initialization> parse_initialization(const rapidjson::Value& value) {
  json::FieldErrors errors;
  // The body itself has no name: the paths of its parts start with the part.
  json::FieldReader body(value, "", errors);
  Initialization i;
  if (body.is_object()) {
    i.organization = read_part<Organization>(body, "organization", read_organization);
    i.tenant = read_part<Tenant>(body, "tenant", read_tenant);
    i.authorization_server =
        read_part<AuthorizationServer>(body, "authorization_server", read_authorization_server);
    i.user = read_part<User>(body, "user", read_user);
    i.client = read_part<Client>(body, "client", read_client);
    i.extra = body.rest();
  }
  if (!errors.empty()) return fail(errors.summary());
  return i;
}

rapidjson::Value to_value(const Initialization& i, rapidjson::Document::AllocatorType& a,
                          bool include_secrets) {
  JsonBuilder b(a);
  b.value("organization", to_value(i.organization, a, include_secrets))
      .value("tenant", to_value(i.tenant, a, include_secrets))
      .value("authorization_server", to_value(i.authorization_server, a, include_secrets))
      .value("user", to_value(i.user, a, include_secrets))
      .value("client", to_value(i.client, a, include_secrets))
      .extra(i.extra);
  return b.build();
}

std::string to_json(const Initialization& i, bool include_secrets) {
  rapidjson::Document doc;
  return write_value(to_value(i, doc.GetAllocator(), include_secrets));
}

Expected<TenantRegistration> parse_tenant_registration(const rapidjson::Value& value) {
  json::FieldErrors errors;
  json::FieldReader body(value, "", errors);
  TenantRegistration t;
  if (body.is_object()) {
    t.tenant = read_part<Tenant>(body, "tenant", read_tenant);
    t.authorization_server =
        read_part<AuthorizationServer>(body, "authorization_server", read_authorization_server);
    t.extra = body.rest();
  }
  if (!errors.empty()) return fail(errors.summary());
  return t;
}

rapidjson::Value to_value(const TenantRegistration& t, rapidjson::Document::AllocatorType& a,
                          bool include_secrets) {
  JsonBuilder b(a);
  b.value("tenant", to_value(t.tenant, a, include_secrets))
      .value("authorization_server", to_value(t.authorization_server, a, include_secrets))
      .extra(t.extra);
  return b.build();
}

std::string to_json(const TenantRegistration& t, bool include_secrets) {
  rapidjson::Document doc;
  return write_value(to_value(t, doc.GetAllocator(), include_secrets));
}

}  // namespace idp::domain
