-- POST /api/usage/consume with a unique event id per request, for wrk:
--   QW_API_KEY=qwk_... QW_RUN_ID=r1 wrk -t2 -c8 -d10s --latency -s consume.lua http://127.0.0.1:PORT
-- Ids are "<run>-<thread>-<n>", so no two requests of a run (nor of two runs on one database)
-- are duplicates and every 200 counts once. done() prints one JSON line prefixed "WRK_JSON ".

local threads = {}

function setup(thread)
   thread:set("tid", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   local key = os.getenv("QW_API_KEY") or ""
   local run = os.getenv("QW_RUN_ID") or tostring(os.time())
   prefix = '{"id":"' .. run .. "-" .. tid .. "-"
   headers = { ["Content-Type"] = "application/json", ["X-API-Key"] = key }
   n = 0
end

function request()
   n = n + 1
   return wrk.format("POST", "/api/usage/consume", headers,
                     prefix .. n .. '","estimatedTokens":100}')
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      'WRK_JSON {"requests":%d,"duration_us":%d,"non2xx":%d,"connect_errors":%d,' ..
      '"read_errors":%d,"write_errors":%d,"timeouts":%d,"p50_us":%d,"p90_us":%d,' ..
      '"p99_us":%d,"max_us":%d}\n',
      summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
