#include "domain/stored.hpp"

#include "json/reader.hpp"

namespace idp::domain {

rapidjson::Document stored_object(std::string_view text, std::string_view what) {
  auto doc = json::parse_object(text);
  if (!doc)
    throw std::runtime_error("stored " + std::string(what) + " is not valid JSON: " + doc.error());
  return std::move(*doc);
}

}  // namespace idp::domain
