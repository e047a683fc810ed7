#pragma once
// Time for protocol code, so that expiry is testable without sleeping (DESIGN.md "Time").
#include <chrono>
#include <cstdint>

namespace idp::ports {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::int64_t now() const = 0;  // Unix seconds
};

class SystemClock final : public Clock {
 public:
  std::int64_t now() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace idp::ports
