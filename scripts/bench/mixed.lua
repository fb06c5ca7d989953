-- One kind of request for wrk, with a signed-in session per connection.
-- Run with one connection per thread (-t N -c N) so that each thread is one connection with its own session:
--   wrk -t16 -c16 -d30s --latency -s mixed.lua http://host:port -- <kind> <sessions-file> <first-line>
-- kinds: static, page, json, save, analysis, list. The sessions file is written by web_mix.py: one line per
-- connection, "cookie<TAB>csrf<TAB>participant<TAB>static-path".

local counter = 0

function setup(thread)
   thread:set("number", counter)
   counter = counter + 1
end

local kind, cookie, csrf, participant, static_path, body_template, version

local function read_line(path, index)
   local n = 0
   for line in io.lines(path) do
      if n == index then return line end
      n = n + 1
   end
   error("no line " .. index .. " in " .. path)
end

function init(args)
   kind = args[1]
   local line = read_line(args[2], tonumber(args[3]) + number)
   cookie, csrf, participant, static_path = line:match("([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)")
   if kind == "save" then
      -- the map as prepared, with its version replaced on every save by the one the last answer gave
      local file = assert(io.open(args[2] .. "." .. participant .. ".json"))
      body_template = file:read("*a")
      file:close()
      version = tonumber(body_template:match('"version":(%d+)'))
   end
end

function request()
   local headers = { ["Cookie"] = "SESSION=" .. cookie }
   if kind == "static" then
      return wrk.format("GET", static_path, headers)
   elseif kind == "page" then
      headers["Accept"] = "text/html"
      return wrk.format("GET", "/participants/" .. participant .. "/map", headers)
   elseif kind == "json" then
      headers["Accept"] = "application/json"
      return wrk.format("GET", "/api/v1/participants/" .. participant .. "/map", headers)
   elseif kind == "analysis" then
      headers["Accept"] = "text/html"
      return wrk.format("GET", "/participants/" .. participant .. "/map/analysis", headers)
   elseif kind == "list" then
      headers["Accept"] = "text/html"
      return wrk.format("GET", "/participants", headers)
   elseif kind == "save" then
      headers["Accept"] = "application/json"
      headers["Content-Type"] = "application/json"
      headers["X-CSRF-TOKEN"] = csrf
      local body = body_template:gsub('"version":%d+', '"version":' .. version, 1)
      return wrk.format("PUT", "/api/v1/participants/" .. participant .. "/map", headers, body)
   end
   error("unknown kind " .. kind)
end

function response(status, headers, body)
   if kind == "save" and status == 200 then
      version = tonumber(body:match('"version":(%d+)')) or version
   end
end
