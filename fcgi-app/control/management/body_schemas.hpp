#pragma once
// Management request bodies against idp-server's JSON schemas (fcgi-app/control/schemas/, built
// into the server), with the leniencies of idp-server's own validator (json::schema::Options::
// idp_server()). Every violation is reported, named by its dotted field path.
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "base/expected.hpp"

namespace idp::control {

struct EmbeddedSchema {
  std::string_view name;  // the file name without ".json": "client", "tenant-update", …
  std::string_view text;
};
const std::vector<EmbeddedSchema>& embedded_schemas();

// The violations of `body` against the schema `name`, as "; "-joined messages whose field names
// start with `prefix` ("tenant." for a member of a larger body). Throws std::logic_error for a
// schema name that is not built in.
Status check_body(std::string_view name, const rapidjson::Value& body,
                  std::string_view prefix = "");

// Several checks at once: every problem of every one.
Status all_of(const std::vector<Status>& checks);

}  // namespace idp::control
