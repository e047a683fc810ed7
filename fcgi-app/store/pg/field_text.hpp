#pragma once
#include <pqxx/pqxx>
#include <string>

namespace idp::store::pg {

// A column as text; NULL reads as "".
inline std::string text(const pqxx::field& f) {
  return f.is_null() ? std::string() : f.c_str();
}

}  // namespace idp::store::pg
