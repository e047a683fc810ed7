#pragma once
// What a mapping may read from outside its inputs: the time (`now`) and random bytes
// (`random_string`, `uuid4`, `uuid_short`). Injected, so that tests are deterministic.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace idp::json::mapping {

struct Environment {
  std::function<std::chrono::system_clock::time_point()> clock;
  std::function<void(unsigned char*, std::size_t)> random;

  // The system clock and getrandom(2).
  static Environment system();

  // A uniformly chosen integer in [0, bound), bound > 0 (rejection sampling, no modulo bias).
  std::uint32_t uniform(std::uint32_t bound) const;
};

}  // namespace idp::json::mapping
