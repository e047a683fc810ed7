#pragma once
// The parsed clients of one tenant, shared by the threads of a worker. It lives inside the
// tenant's cached configuration: a client row that changes notifies its tenant, which drops the
// configuration and this cache with it. Only enabled clients that exist are kept, so unknown
// client ids never fill it, and it stops growing at a fixed size.
#include <cstddef>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "domain/client.hpp"

namespace idp::oauth {

class ClientCache {
 public:
  static constexpr std::size_t k_capacity = 10000;

  // The client known by `id` (its client_id or alias), or nullptr when it is not cached.
  std::shared_ptr<const domain::Client> find(std::string_view id) const;
  void keep(std::string_view id, std::shared_ptr<const domain::Client> client);

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  mutable std::shared_mutex m_mutex;
  std::unordered_map<std::string, std::shared_ptr<const domain::Client>, Hash, std::equal_to<>>
      m_entries;
};

}  // namespace idp::oauth
