#include "crypto/password_hasher.hpp"

#include <botan/argon2.h>
#include <botan/bcrypt.h>
#include <botan/system_rng.h>

#include <algorithm>
#include <charconv>
#include <exception>
#include <optional>
#include <semaphore>
#include <thread>

namespace idp::crypto {
namespace {

// Imported hashes are data, not trusted configuration: cap the work one verification may cost.
constexpr std::uint32_t k_max_memory_kib = 256 * 1024;
constexpr std::uint32_t k_max_iterations = 16;
constexpr std::uint32_t k_max_parallelism = 16;
constexpr int k_max_bcrypt_cost = 16;

struct PhcArgon2 {
  std::string_view variant;  // "argon2id", "argon2i", "argon2d"
  Argon2Params params;
};

std::optional<std::uint32_t> number(std::string_view s) {
  std::uint32_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

// "$argon2id$v=19$m=19456,t=2,p=1$salt$hash": the variant and the cost parameters.
std::optional<PhcArgon2> parse_argon2(std::string_view s) {
  if (!s.starts_with('$')) return std::nullopt;
  s.remove_prefix(1);
  auto next = [&s]() {
    auto pos = s.find('$');
    std::string_view part = s.substr(0, pos);
    s = pos == std::string_view::npos ? std::string_view() : s.substr(pos + 1);
    return part;
  };
  PhcArgon2 out;
  out.variant = next();
  if (out.variant != "argon2id" && out.variant != "argon2i" && out.variant != "argon2d")
    return std::nullopt;
  if (next() != "v=19") return std::nullopt;
  std::string_view params = next();
  int seen = 0;
  while (!params.empty()) {
    auto comma = params.find(',');
    std::string_view kv = params.substr(0, comma);
    params = comma == std::string_view::npos ? std::string_view() : params.substr(comma + 1);
    if (kv.size() < 3 || kv[1] != '=') return std::nullopt;
    auto v = number(kv.substr(2));
    if (!v) return std::nullopt;
    switch (kv[0]) {
      case 'm':
        out.params.memory_kib = *v;
        break;
      case 't':
        out.params.iterations = *v;
        break;
      case 'p':
        out.params.parallelism = *v;
        break;
      default:
        return std::nullopt;
    }
    ++seen;
  }
  if (seen != 3 || s.empty()) return std::nullopt;
  return out;
}

bool is_bcrypt(std::string_view s) {
  return s.size() == 60 &&
         (s.starts_with("$2a$") || s.starts_with("$2b$") || s.starts_with("$2y$"));
}

std::optional<int> bcrypt_cost(std::string_view s) {
  auto v = number(s.substr(4, 2));
  if (!v || s[6] != '$') return std::nullopt;
  return static_cast<int>(*v);
}

// At most one password hash per core at a time in a process: more would not finish sooner, but
// each Argon2id computation holds its memory (19 MiB by default), so 32 threads signing users in
// at once held 600 MB. The others wait their turn.
class HashingSlot {
 public:
  HashingSlot() { semaphore().acquire(); }
  ~HashingSlot() { semaphore().release(); }
  HashingSlot(const HashingSlot&) = delete;
  HashingSlot& operator=(const HashingSlot&) = delete;

 private:
  static std::counting_semaphore<>& semaphore() {
    static std::counting_semaphore<> slots(
        static_cast<std::ptrdiff_t>(std::max(1u, std::thread::hardware_concurrency())));
    return slots;
  }
};

}  // namespace

std::string Argon2idPasswordHasher::hash(std::string_view password) const {
  HashingSlot slot;
  // Botan's parameter order is p, M, t (PLATFORM-NOTES.md §1); y=2 selects Argon2id.
  return Botan::argon2_generate_pwhash(password.data(), password.size(), Botan::system_rng(),
                                       m_params.parallelism, m_params.memory_kib,
                                       m_params.iterations, 2);
}

bool Argon2idPasswordHasher::verify(std::string_view password, std::string_view stored) const {
  HashingSlot slot;
  try {
    if (auto phc = parse_argon2(stored)) {
      const Argon2Params& p = phc->params;
      if (p.memory_kib > k_max_memory_kib || p.iterations > k_max_iterations ||
          p.parallelism > k_max_parallelism || p.parallelism == 0 || p.iterations == 0)
        return false;
      return Botan::argon2_check_pwhash(password.data(), password.size(), std::string(stored));
    }
    if (is_bcrypt(stored)) {
      auto cost = bcrypt_cost(stored);
      if (!cost || *cost < 4 || *cost > k_max_bcrypt_cost) return false;
      return Botan::check_bcrypt(std::string(password), std::string(stored));
    }
  } catch (const std::exception&) {
  }
  return false;
}

bool Argon2idPasswordHasher::needs_rehash(std::string_view stored) const {
  auto phc = parse_argon2(stored);
  if (!phc || phc->variant != "argon2id") return true;
  const Argon2Params& p = phc->params;
  return p.memory_kib < m_params.memory_kib || p.iterations < m_params.iterations ||
         p.parallelism != m_params.parallelism;
}

}  // namespace idp::crypto
