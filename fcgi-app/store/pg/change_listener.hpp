#pragma once
// LISTEN idp_configuration on a dedicated connection (migration 0001's triggers NOTIFY it with the
// tenant id whenever a tenant, authorization server or client row changes), so that workers can
// cache parsed configuration and drop it the moment it changes.
#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace idp::store::pg {

class ChangeListener {
 public:
  struct Callbacks {
    std::function<void(const std::string& tenant_id)> changed;
    // Listening (re)started or stopped: notifications may have been missed, drop everything.
    std::function<void(bool listening)> listening;
  };

  ChangeListener(std::string conninfo, Callbacks callbacks);
  ~ChangeListener();
  ChangeListener(const ChangeListener&) = delete;
  ChangeListener& operator=(const ChangeListener&) = delete;

 private:
  void run();

  std::string m_conninfo;
  Callbacks m_callbacks;
  std::atomic<bool> m_stop{false};
  std::thread m_thread;
};

}  // namespace idp::store::pg
