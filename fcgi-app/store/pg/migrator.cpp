#include "store/pg/migrator.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <pqxx/pqxx>
#include <regex>
#include <sstream>

namespace idp::store::pg {
namespace {

struct MigrationFile {
  int version;
  std::string name;
  std::string sql;
};

Expected<std::vector<MigrationFile>> read_directory(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) return fail("migrations directory not found: " + directory);
  static const std::regex k_name(R"((\d{4})_[a-z0-9_]+\.sql)");
  std::vector<MigrationFile> files;
  for (const auto& entry : fs::directory_iterator(directory)) {
    std::string name = entry.path().filename().string();
    std::smatch m;
    if (!std::regex_match(name, m, k_name)) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream sql;
    sql << in.rdbuf();
    files.push_back({std::stoi(m[1]), name, sql.str()});
  }
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.version < b.version; });
  for (std::size_t i = 1; i < files.size(); ++i)
    if (files[i].version == files[i - 1].version)
      return fail("two migrations share version " + std::to_string(files[i].version));
  return files;
}

}  // namespace

Expected<MigrationReport> migrate(const std::string& conninfo, const std::string& directory) {
  auto files = read_directory(directory);
  if (!files) return fail(files.error());
  try {
    pqxx::connection conn(conninfo);
    pqxx::nontransaction setup(conn);
    setup.exec0(
        "CREATE TABLE IF NOT EXISTS schema_migration (version integer PRIMARY KEY, "
        "name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT "
        "now())");
    setup.exec("SELECT pg_advisory_lock(hashtext('idp.schema_migration'))");
    std::map<int, std::pair<std::string, std::string>> recorded;  // version → (name, checksum)
    for (const auto& row : setup.exec("SELECT version, name, checksum FROM schema_migration"))
      recorded[row[0].as<int>()] = {row[1].c_str(), row[2].c_str()};
    setup.commit();

    MigrationReport report;
    for (const auto& file : *files) {
      pqxx::work w(conn);
      std::string checksum =
          w.exec_params1("SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex')", file.sql)[0]
              .c_str();
      if (auto it = recorded.find(file.version); it != recorded.end()) {
        if (it->second.second != checksum)
          return fail("migration " + file.name + " was changed after it was applied");
        ++report.already_applied;
        continue;
      }
      w.exec(file.sql);
      w.exec_params0("INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)",
                     file.version, file.name, checksum);
      w.commit();
      report.applied.push_back(file.name);
    }
    return report;
  } catch (const pqxx::sql_error& e) {
    return fail(std::string("migration failed: ") + e.what());
  } catch (const pqxx::broken_connection& e) {
    return fail(std::string("cannot connect to the database: ") + e.what());
  }
}

}  // namespace idp::store::pg
