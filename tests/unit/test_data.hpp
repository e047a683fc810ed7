#pragma once
// Where the third-party test data lives (tests/data/), and a helper to read a file of it.
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace idp::test {

inline std::string data_path(const std::string& relative) {
  return std::string(IDP_TEST_DATA_DIR) + "/" + relative;
}

inline std::string read_data(const std::string& relative) {
  std::ifstream in(data_path(relative), std::ios::binary);
  if (!in) throw std::runtime_error("missing test data: " + relative);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace idp::test
