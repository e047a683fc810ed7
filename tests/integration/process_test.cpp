// The prefork process model: replacing dead workers, graceful reload, database outages.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <thread>

#include "http_client.hpp"
#include "stack.hpp"

using namespace idp::test;
using Clock = std::chrono::steady_clock;

namespace {

// Sends requests from a background thread until stopped, counting answers by kind.
class Load {
 public:
  explicit Load(std::string url)
      : m_thread([this, url] {
          while (!m_stop) {
            HttpRequest r;
            r.url = url;
            r.timeout_seconds = 5;
            auto res = send(r);
            if (res.status == 0)
              ++m_unanswered;
            else if (res.status == 200)
              ++m_ok;
            else
              ++m_other;
          }
        }) {}
  ~Load() { stop(); }
  void stop() {
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
  }
  int ok() const { return m_ok; }
  int unanswered() const { return m_unanswered; }

 private:
  std::atomic<bool> m_stop{false};
  std::atomic<int> m_ok{0}, m_other{0}, m_unanswered{0};
  std::thread m_thread;
};

bool contains(const std::vector<pid_t>& v, pid_t p) {
  return std::find(v.begin(), v.end(), p) != v.end();
}

void start_postgres() {
  std::string out;
  std::string dir = stack().var + "/pg";
  std::string port = stack().conninfo("x").substr(stack().conninfo("x").find("port=") + 5);
  port = port.substr(0, port.find(' '));
  int rc =
      run("runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D " + dir + "/data -l " + dir +
              "/server.log -w -o \"-p " + port + " -k " + dir + " -c listen_addresses=''\" start",
          out);
  BOOST_REQUIRE_MESSAGE(rc == 0, out);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(process_model)

BOOST_AUTO_TEST_CASE(
    a_killed_worker_is_replaced_within_one_second_and_requests_keep_getting_answers) {
  auto before = worker_pids();
  BOOST_REQUIRE(!before.empty());
  Load load(stack().base_url + "/health");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));

  pid_t victim = before.front();
  auto killed_at = Clock::now();
  BOOST_REQUIRE(::kill(victim, SIGKILL) == 0);
  bool replaced = false;
  while (Clock::now() - killed_at < std::chrono::seconds(3)) {
    auto now = worker_pids();
    if (!contains(now, victim) && now.size() == before.size()) {
      replaced = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - killed_at);
  BOOST_TEST_MESSAGE("worker replaced after " << took.count() << " ms");
  BOOST_TEST(replaced);
  BOOST_TEST(took.count() < 1000);

  // The new worker answers: every worker takes requests from the shared socket.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  load.stop();
  BOOST_TEST(load.unanswered() == 0);
  BOOST_TEST(load.ok() > 0);
  BOOST_TEST(get(stack().base_url + "/health").status == 200);
}

BOOST_AUTO_TEST_CASE(sighup_starts_a_new_generation_of_workers_without_dropping_requests) {
  auto before = worker_pids();
  Load load(stack().base_url + "/health");
  BOOST_REQUIRE(::kill(master_pid(), SIGHUP) == 0);
  auto deadline = Clock::now() + std::chrono::seconds(10);
  std::vector<pid_t> now;
  while (Clock::now() < deadline) {
    now = worker_pids();
    bool all_new =
        std::none_of(now.begin(), now.end(), [&](pid_t p) { return contains(before, p); });
    if (all_new && now.size() == before.size()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  load.stop();
  BOOST_TEST(std::none_of(now.begin(), now.end(), [&](pid_t p) { return contains(before, p); }));
  BOOST_TEST(now.size() == before.size());
  BOOST_TEST(load.unanswered() == 0);
  BOOST_TEST(get(stack().base_url + "/health").status == 200);
}

BOOST_AUTO_TEST_CASE(database_outage_answers_503_json_and_workers_reconnect) {
  BOOST_REQUIRE(get(stack().base_url + "/health").status == 200);
  std::string out;
  int rc = run("runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D " + stack().var +
                   "/pg/data -m fast -w stop",
               out);
  BOOST_REQUIRE_MESSAGE(rc == 0, out);
  auto pids = worker_pids();
  for (int i = 0; i < 8; ++i) {
    auto r = get(stack().base_url + "/health");
    BOOST_TEST(r.status == 503);
    BOOST_TEST(r.header("content-type").find("application/json") == 0u);
    BOOST_TEST(r.body.find("temporarily_unavailable") != std::string::npos);
  }
  start_postgres();
  auto deadline = Clock::now() + std::chrono::seconds(10);
  int ok_in_a_row = 0;
  while (Clock::now() < deadline && ok_in_a_row < 10) {
    ok_in_a_row = get(stack().base_url + "/health").status == 200 ? ok_in_a_row + 1 : 0;
    if (ok_in_a_row == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  BOOST_TEST(ok_in_a_row == 10);
  BOOST_TEST(worker_pids() == pids);  // the same workers recovered on their own
}

BOOST_AUTO_TEST_CASE(a_database_restart_between_requests_is_invisible_to_clients) {
  for (int i = 0; i < 8; ++i) BOOST_REQUIRE(get(stack().base_url + "/health").status == 200);
  std::string out;
  int rc = run("runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D " + stack().var +
                   "/pg/data -m fast -w stop",
               out);
  BOOST_REQUIRE_MESSAGE(rc == 0, out);
  start_postgres();
  // Every worker thread holds a connection that died while it was idle; none may fail a request.
  int failures = 0;
  for (int i = 0; i < 40; ++i) failures += get(stack().base_url + "/health").status != 200;
  BOOST_TEST(failures == 0);
}

BOOST_AUTO_TEST_SUITE_END()
