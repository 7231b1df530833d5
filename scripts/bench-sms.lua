-- wrk script for scripts/bench-load: sends the signed Twilio SMS webhooks of a file written by
-- uk.mashline.bench.SignedRequestFile (a signature, a tab, a form body per line). Each wrk thread
-- takes every n-th line, so no MessageSid is sent twice; if a thread runs out it starts again
-- and says so at the end, because redelivered messages are answered from the store and would
-- flatter the figures.
--   SMS_FILE=/tmp/sms.txt SMS_THREADS=2 SMS_NAME=closed-sms-c16 \
--     wrk -t2 -c16 -d20s -s scripts/bench-sms.lua http://127.0.0.1:18080/twilio/sms

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  -- each thread runs in its own Lua state: the thread count comes from the environment
  local total = tonumber(os.getenv("SMS_THREADS") or "2")
  local path = wrk.path
  requests = {}
  local i = 0
  for line in io.lines(os.getenv("SMS_FILE")) do
    if i % total == id then
      local tab = line:find("\t", 1, true)
      requests[#requests + 1] = wrk.format("POST", path, {
        ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
        ["X-Twilio-Signature"] = line:sub(1, tab - 1),
      }, line:sub(tab + 1))
    end
    i = i + 1
  end
  next_request = 0
  wrapped = 0
end

function request()
  next_request = next_request + 1
  if next_request > #requests then
    next_request = 1
    wrapped = wrapped + 1
  end
  return requests[next_request]
end

function done(summary, latency, requests)
  local wraps = 0
  for _, thread in ipairs(threads) do wraps = wraps + (thread:get("wrapped") or 0) end
  if wraps > 0 then
    io.stderr:write("bench-sms.lua: the request file ran out and was sent again (redeliveries)\n")
  end
  -- the same RESULT line as uk.mashline.bench.LoadResult, for scripts/bench-load
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT name=%s count=%d errors=%d non200=%d throughput=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f wrapped=%d\n",
    os.getenv("SMS_NAME") or "wrk-sms", summary.requests, failed, summary.errors.status,
    (summary.requests - failed - summary.errors.status) / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, wraps))
end
