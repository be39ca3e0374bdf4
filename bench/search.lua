-- Typical search filter mixes of the mini-program's job list: keywords, divisions,
-- categories, zones, age-friendly features, minimum pay, "suits my age", sorts and deeper pages.
local function enc(s)
  return (s:gsub("[^%w%-_%.~=&]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local keywords = {"保洁", "护理", "门卫", "厨师", "收银员", "家政", "养老护理员", "培训", "坐姿", "返聘", "保安", "讲解员"}
local districts = {"371002", "371003", "371082", "371083", "371071", "371072", "371073"}
local categories = {"ELDERLY_CARE", "HOUSEKEEPING", "CLEANING_GREENING", "SECURITY_GATE", "CATERING", "RETAIL"}
local features = {"SEATED_WORK", "NO_NIGHT_SHIFT", "FLEXIBLE_HOURS", "NEAR_TRANSIT"}
local paths = {}

local function mix(i)
  local k = keywords[i % #keywords + 1]
  local d = districts[i % #districts + 1]
  local c = categories[i % #categories + 1]
  local f = features[i % #features + 1]
  local forms = {
    "keyword=" .. k,
    "keyword=" .. k .. "&districtCode=" .. d,
    "districtCode=" .. d .. "&category=" .. c,
    "zone=SILVER_TALENT&feature=" .. f .. "&physicalDemand=LOW",
    "age=" .. (50 + i % 15) .. "&minPay=3000&sort=PAY",
    "category=" .. c .. "&feature=" .. f .. "&feature=NO_NIGHT_SHIFT&age=60",
    "keyword=" .. k .. "&sort=NEWEST&page=" .. (1 + i % 5),
    "districtCode=" .. d .. "&minPay=150&minPayUnit=DAY&employmentForm=PART_TIME",
    "",
    "zone=SILVER_ECONOMY&ageFriendlyEmployer=true",
  }
  return "/api/v1/jobs?" .. enc(forms[i % #forms + 1])
end

for i = 0, 499 do paths[#paths + 1] = mix(i) end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1])
end
