-- Job detail of random published jobs (ids 1..JOBS of the generated data set).
local jobs = tonumber(os.getenv("BENCH_JOBS") or "100000")
math.randomseed(7)
request = function()
  return wrk.format("GET", "/api/v1/jobs/" .. math.random(jobs))
end
