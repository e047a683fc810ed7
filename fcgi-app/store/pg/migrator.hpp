#pragma once
// Applies db/migrations/NNNN_name.sql in order, each in its own transaction together with its
// record in schema_migration. Applied files are skipped; an applied file whose content changed is
// an error (migrations are append-only). Concurrent runs serialize on an advisory lock.
#include <string>
#include <vector>

#include "base/expected.hpp"

namespace idp::store::pg {

struct MigrationReport {
  std::vector<std::string> applied;  // file names applied by this run
  std::size_t already_applied = 0;
};

Expected<MigrationReport> migrate(const std::string& conninfo, const std::string& directory);

}  // namespace idp::store::pg
