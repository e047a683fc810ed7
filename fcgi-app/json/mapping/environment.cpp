#include "json/mapping/environment.hpp"

#include <sys/random.h>

#include <cerrno>
#include <cstdlib>

namespace idp::json::mapping {
namespace {

void system_random(unsigned char* out, std::size_t n) {
  while (n > 0) {
    ssize_t got = ::getrandom(out, n, 0);
    if (got < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      // No randomness means no safe identifiers: a broken invariant, not a request error.
      std::abort();
    }
    out += got;
    n -= static_cast<std::size_t>(got);
  }
}

}  // namespace

Environment Environment::system() {
  Environment env;
  env.clock = [] { return std::chrono::system_clock::now(); };
  env.random = system_random;
  return env;
}

std::uint32_t Environment::uniform(std::uint32_t bound) const {
  if (bound <= 1) return 0;
  // Accept only values below the largest multiple of bound, so every result is equally likely.
  // A source that keeps answering with rejected values (a constant test source) ends the loop
  // after a while; a real one is rejected twice in a row with probability below 2^-50.
  const std::uint32_t limit = UINT32_MAX - UINT32_MAX % bound;
  std::uint32_t v = 0;
  for (int attempt = 0; attempt < 64; ++attempt) {
    unsigned char b[4];
    random(b, sizeof b);
    v = (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) |
        std::uint32_t{b[3]};
    if (v < limit) break;
  }
  return v % bound;
}

}  // namespace idp::json::mapping
