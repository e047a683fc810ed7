#pragma once
// The PostgreSQL implementation of the store ports. One PgStore per worker thread.
#include <memory>
#include <string>

#include "ports/unit_of_work.hpp"
#include "store/pg/connection.hpp"

namespace idp::store::pg {

class PgStore : public ports::Store {
 public:
  explicit PgStore(std::string conninfo) : m_connection(std::move(conninfo)) {}
  std::unique_ptr<ports::UnitOfWork> begin() override;

 private:
  Connection m_connection;
};

}  // namespace idp::store::pg
