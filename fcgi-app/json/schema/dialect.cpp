#include "json/schema/dialect.hpp"

#include <array>

namespace idp::json::schema {
namespace {

struct KnownDialect {
  std::string_view uri;  // without scheme and fragment
  Dialect dialect;
};

constexpr std::array k_known{
    KnownDialect{"json-schema.org/draft-04/schema", Dialect::draft_07},
    KnownDialect{"json-schema.org/draft-06/schema", Dialect::draft_07},
    KnownDialect{"json-schema.org/draft-07/schema", Dialect::draft_07},
    KnownDialect{"json-schema.org/draft/2019-09/schema", Dialect::draft_2019_09},
    KnownDialect{"json-schema.org/draft/2020-12/schema", Dialect::draft_2020_12},
};

}  // namespace

Expected<Dialect> dialect_of(std::string_view uri) {
  std::string_view rest = uri;
  if (rest.starts_with("https://"))
    rest.remove_prefix(8);
  else if (rest.starts_with("http://"))
    rest.remove_prefix(7);
  else
    rest = {};
  if (rest.ends_with('#')) rest.remove_suffix(1);
  for (const auto& known : k_known)
    if (!rest.empty() && known.uri == rest) return known.dialect;
  return fail(std::string("unknown dialect \"") += std::string(uri) +=
              "\": the validator reads draft-04, draft-06 and draft-07 (as draft-07), "
              "\"https://json-schema.org/draft/2019-09/schema\" and "
              "\"https://json-schema.org/draft/2020-12/schema\"");
}

std::string_view dialect_name(Dialect dialect) {
  switch (dialect) {
    case Dialect::draft_07:
      return "draft-07";
    case Dialect::draft_2019_09:
      return "draft 2019-09";
    case Dialect::draft_2020_12:
      return "draft 2020-12";
  }
  return "draft-07";
}

}  // namespace idp::json::schema
