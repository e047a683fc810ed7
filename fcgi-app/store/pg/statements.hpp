#pragma once
#include <pqxx/pqxx>

namespace idp::store::pg {

// Prepares every statement the repositories use on a fresh connection.
void prepare_statements(pqxx::connection& conn);

}  // namespace idp::store::pg
