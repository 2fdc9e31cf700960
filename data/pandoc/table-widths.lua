-- Column widths for the plan's tables in Word (issue 12). pandoc's GFM reader
-- leaves every column's width unset, and Word then gives a table of long
-- sentences equal narrow columns that split words ("Strea/m"). This filter
-- gives each column at least its longest word, and shares the rest of the
-- page out by how much text the column holds; the table then spans the page.
--
-- Used by `swoc-wizard export --format docx` (WordPlanExporter); by hand:
--   pandoc -f gfm plan.md --lua-filter data/pandoc/table-widths.lua \
--     --reference-doc data/pandoc/reference.docx -o plan.docx

-- Characters a line of the page holds at the body font size, roughly.
local PAGE = 60

-- Display width: Chinese and other wide characters (U+2E80 on) take two.
local function width(text)
  local n = 0
  for _, code in utf8.codes(text) do
    n = n + ((code >= 0x2E80) and 2 or 1)
  end
  return n
end

-- The widest run without a place to break: up to a space or hyphen for
-- Latin words; Chinese breaks between any two characters.
local function longest_word(text)
  local longest, current = 0, 0
  for _, code in utf8.codes(text) do
    if code == 0x20 or code == 0x2D then
      current = 0
    elseif code >= 0x2E80 then
      current = 0
      if longest < 2 then longest = 2 end
    else
      current = current + 1
      if current > longest then longest = current end
    end
  end
  return longest
end

local function measure(rows, natural, least)
  for _, row in ipairs(rows) do
    for column, cell in ipairs(row.cells) do
      local text = pandoc.utils.stringify(cell.contents)
      natural[column] = math.max(natural[column] or 1, width(text))
      least[column] = math.max(least[column] or 3, longest_word(text) + 3)
    end
  end
end

function Table(table)
  local natural, least = {}, {}
  measure(table.head.rows, natural, least)
  for _, body in ipairs(table.bodies) do
    measure(body.body, natural, least)
  end
  local columns = #table.colspecs
  local total_least, wanted = 0, 0
  for column = 1, columns do
    natural[column] = natural[column] or 1
    least[column] = math.min(least[column] or 3, natural[column] + 3)
    total_least = total_least + least[column]
    wanted = wanted + math.max(0, natural[column] - least[column])
  end
  local spare = math.max(0, PAGE - total_least)
  local shares, sum = {}, 0
  for column = 1, columns do
    local extra = math.max(0, natural[column] - least[column])
    local share = least[column] + ((wanted > 0) and (spare * extra / wanted) or (spare / columns))
    shares[column] = share
    sum = sum + share
  end
  for column = 1, columns do
    table.colspecs[column][2] = shares[column] / sum
  end
  return table
end
