-- One scenario of the side-by-side benchmark, described by the environment:
--   PERF_METHOD (GET by default), PERF_BODY (a form body, sent as
--   application/x-www-form-urlencoded), PERF_AUTH (a complete Authorization header value).
-- Every answer outside 2xx is counted; done() prints one line for run.sh:
--   RESULT requests=N duration_us=N p50_us=N p99_us=N non2xx=N socket_errors=N

wrk.method = os.getenv("PERF_METHOD") or "GET"
local body = os.getenv("PERF_BODY")
if body and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
local auth = os.getenv("PERF_AUTH")
if auth and auth ~= "" then
  wrk.headers["Authorization"] = auth
end
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

non2xx = 0
first_failure = ""

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_failure == "" then
      first_failure = status .. " " .. string.sub(body or "", 1, 200)
    end
  end
end

function done(summary, latency, requests)
  local failed = 0
  local sample = ""
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("non2xx")
    local f = thread:get("first_failure")
    if sample == "" and f and f ~= "" then sample = f end
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    failed, socket_errors))
  if sample ~= "" then
    io.write("FIRST_FAILURE " .. string.gsub(sample, "\n", " ") .. "\n")
  end
end
