-- wrk script for LoadIT: cycles through the requests listed (one per line, "Accept<TAB>path") in the file named
-- by the REQUESTS environment variable, each thread from its own offset, and counts the responses by status class
-- so that done() can report 5xx separately from the 404s wrk lumps in with them.
local lines = {}
for line in io.lines(os.getenv("REQUESTS")) do
   lines[#lines + 1] = line
end

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("id", counter)
   table.insert(threads, thread)
end

function init(args)
   -- Formatted here, not above: wrk knows the Host header only once the threads are set up.
   requests = {}
   for _, line in ipairs(lines) do
      local accept, path = line:match("^([^\t]*)\t(.*)$")
      requests[#requests + 1] = wrk.format("GET", path, { ["Host"] = wrk.headers["Host"], ["Accept"] = accept })
   end
   next_index = (id * 97) % #requests
   server_errors = 0
   client_errors = 0
   ok = 0
end

function request()
   next_index = next_index % #requests + 1
   return requests[next_index]
end

function response(status, headers, body)
   if status >= 500 then
      server_errors = server_errors + 1
   elseif status >= 400 then
      client_errors = client_errors + 1
   else
      ok = ok + 1
   end
end

function done(summary, latency, requests)
   local five, four, good = 0, 0, 0
   for _, thread in ipairs(threads) do
      five = five + thread:get("server_errors")
      four = four + thread:get("client_errors")
      good = good + thread:get("ok")
   end
   io.write(string.format("LOADTEST requests=%d ok=%d 4xx=%d 5xx=%d connect_errors=%d read_errors=%d " ..
      "write_errors=%d timeouts=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f rps=%.1f\n",
      summary.requests, good, four, five, summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
