#include "store/pg/change_listener.hpp"

#include <chrono>
#include <memory>
#include <pqxx/pqxx>

namespace idp::store::pg {
namespace {

constexpr const char* k_channel = "idp_configuration";

class Receiver : public pqxx::notification_receiver {
 public:
  Receiver(pqxx::connection_base& conn, const std::function<void(const std::string&)>& on_change)
      : pqxx::notification_receiver(conn, k_channel), m_on_change(on_change) {}
  void operator()(const std::string& payload, int) override { m_on_change(payload); }

 private:
  const std::function<void(const std::string&)>& m_on_change;
};

}  // namespace

ChangeListener::ChangeListener(std::string conninfo, Callbacks callbacks)
    : m_conninfo(std::move(conninfo)),
      m_callbacks(std::move(callbacks)),
      m_thread([this] { run(); }) {}

ChangeListener::~ChangeListener() {
  m_stop = true;
  if (m_thread.joinable()) m_thread.join();
}

void ChangeListener::run() {
  auto backoff = std::chrono::milliseconds(100);
  while (!m_stop) {
    try {
      pqxx::connection conn(m_conninfo);
      Receiver receiver(conn, m_callbacks.changed);
      conn.get_notifs();  // makes sure LISTEN reached the server before we trust the cache
      m_callbacks.listening(true);
      backoff = std::chrono::milliseconds(100);
      while (!m_stop) {
        conn.await_notification(0, 250000);
        if (!conn.is_open()) throw pqxx::broken_connection("listener connection closed");
      }
      m_callbacks.listening(false);
      return;
    } catch (const std::exception&) {
      m_callbacks.listening(false);
      for (auto waited = std::chrono::milliseconds(0); waited < backoff && !m_stop;
           waited += std::chrono::milliseconds(50))
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      backoff = std::min(backoff * 2, std::chrono::milliseconds(2000));
    }
  }
}

}  // namespace idp::store::pg
