-- wrk script: POST /api/usage/consume with an event id unique across threads and runs, so
-- every request is counted (none is a duplicate). Run with as many threads as connections:
-- thread i (counting from QW_KEY_OFFSET) uses the i-th API key of the comma-separated QW_KEYS,
-- so each connection counts for a tenant of its own, as a fleet of clients would.
local counter = 0
local prefix = ""
local keys = {}
for k in string.gmatch(os.getenv("QW_KEYS") or "", "[^,]+") do
  keys[#keys + 1] = k
end
local offset = tonumber(os.getenv("QW_KEY_OFFSET") or "0")
-- Several wrk processes run at once: QW_RUN tells them apart (LuaJIT's math.random is not
-- seeded per process).
local run = os.getenv("QW_RUN") or "0"
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
  thread:set("key", keys[((offset + threads - 1) % #keys) + 1])
end

function init(args)
  prefix = string.format("%s-%d-%d", run, os.time(), thread_number or 0)
end

function request()
  counter = counter + 1
  local body = '{"id":"' .. prefix .. "-" .. counter .. '"}'
  return wrk.format("POST", "/api/usage/consume",
    { ["Content-Type"] = "application/json", ["X-API-Key"] = key }, body)
end
