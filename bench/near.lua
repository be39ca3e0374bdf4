-- "Near me": a GCJ-02 point around one of the divisions' centres, a radius of 2 to 10 km,
-- nearest first, sometimes with a category or an age-friendly feature.
local centres = {{37.51, 122.12}, {37.196, 122.058}, {37.165, 122.487}, {36.919, 121.539},
  {37.525, 122.05}, {37.463, 122.15}, {37.35, 122.0}}
local extras = {"", "&category=ELDERLY_CARE", "&feature=NO_NIGHT_SHIFT", "&age=58", "&keyword=%E4%BF%9D%E6%B4%81"}
local radii = {2, 3, 5, 5, 10}
local paths = {}
math.randomseed(42)
for i = 1, 500 do
  local c = centres[math.random(#centres)]
  local lat = c[1] + (math.random() - 0.5) * 0.06
  local lon = c[2] + (math.random() - 0.5) * 0.08
  paths[i] = string.format("/api/v1/jobs?lat=%.5f&lon=%.5f&radiusKm=%d&sort=DISTANCE%s", lat, lon,
    radii[math.random(#radii)], extras[math.random(#extras)])
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1])
end
