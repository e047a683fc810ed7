#pragma once
// The one-shot subcommands of idp-fcgi (everything but `serve`).
#include <string>
#include <vector>

namespace idp::main {

struct CommandLine {
  std::string command;
  std::string settings_path;
  std::string out_dir;
  bool with_secrets = false;
  std::vector<std::string> positional;
};

// Prints progress to stdout and errors to stderr; returns the exit code (2: usage).
int run_command(const CommandLine& cl);

}  // namespace idp::main
