#pragma once
// A value or an error, for code that reports failures of untrusted input without exceptions.
// (std::expected is C++23; this is the small part of it the project needs.)
#include <string>
#include <utility>
#include <variant>

namespace idp {

template <class E>
struct Unexpected {
  E error;
};

inline Unexpected<std::string> fail(std::string message) {
  return {std::move(message)};
}

template <class T, class E = std::string>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
  template <class U>
  Expected(Unexpected<U> e) : m_v(std::in_place_index<1>, E(std::move(e.error))) {}

  bool ok() const { return m_v.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(m_v); }
  const T& value() const& { return std::get<0>(m_v); }
  T&& value() && { return std::get<0>(std::move(m_v)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const E& error() const { return std::get<1>(m_v); }

 private:
  std::variant<T, E> m_v;
};

// For operations that only succeed or fail.
struct Ok {};
using Status = Expected<Ok>;
inline Status ok_status() {
  return Ok{};
}

}  // namespace idp
