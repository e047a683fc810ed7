-- What every scenario script reports to tests/perf/lib/measure.sh. wrk runs each thread in its
-- own Lua state, so counters are globals of that state, read back by done() through thread:get.
--   RESULT requests=N duration_us=N p50_us=N p99_us=N non2xx=N socket_errors=N [flows=N]
--   FIRST_FAILURE <status> <start of the body>      (when an answer was not the expected one)
-- With flows (scripted multi-request flows) p50/p99 are those of whole flows, measured by the
-- script in flow_us; otherwise they are wrk's per-request latencies.
local M = {}

local threads = {}

-- Counters of the thread's state.
non2xx = 0
first_failure = ""
flows = 0
flow_us = ""  -- comma-separated durations of completed flows, in µs

function M.setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

-- An answer other than the expected one (what the scenario expected, in `what`).
function M.unexpected(status, body, what)
  non2xx = non2xx + 1
  if first_failure == "" then
    first_failure = (what and (what .. ": ") or "") .. status .. " " .. string.sub(body or "", 1, 200)
  end
end

function M.flow_done(microseconds)
  flows = flows + 1
  flow_us = flow_us .. (flow_us == "" and "" or ",") .. string.format("%d", microseconds)
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  local i = math.ceil(#sorted * p / 100)
  if i < 1 then i = 1 end
  return sorted[i]
end

function M.done(summary, latency)
  local failed, total_flows, sample, durations = 0, 0, "", {}
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("non2xx")
    total_flows = total_flows + thread:get("flows")
    local f = thread:get("first_failure")
    if sample == "" and f and f ~= "" then sample = f end
    for d in string.gmatch(thread:get("flow_us") or "", "[^,]+") do
      table.insert(durations, tonumber(d))
    end
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local p50, p99 = latency:percentile(50), latency:percentile(99)
  local extra = ""
  if total_flows > 0 or #durations > 0 or flow_script then
    table.sort(durations)
    p50, p99 = percentile(durations, 50), percentile(durations, 99)
    extra = string.format(" flows=%d", total_flows)
  end
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d%s\n",
    summary.requests, summary.duration, p50, p99, failed, socket_errors, extra))
  if sample ~= "" then
    io.write("FIRST_FAILURE " .. string.gsub(sample, "\n", " ") .. "\n")
  end
end

return M
