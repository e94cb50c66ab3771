-- Headless Neovim (0.7 API) as a second real LSP client of the RFC Author server.
--
-- Run by test/nvim/nvim.test.ts as `nvim --headless -u test/nvim/init.lua`, with the paths in
-- environment variables. The client configuration is not written here: it is the Neovim block of
-- docs/editors.md, copied unchanged to RFC_AUTHOR_EDITOR_CONFIG and loaded first, so what the
-- documentation tells users is what runs. It starts `rfc-author lsp` (found on PATH) when a Markdown
-- buffer opens. This file then opens an example RFC, waits (vim.wait polls; no fixed sleeps) for the
-- client to attach and for the expected diagnostic, runs go-to-definition on a task id and checks
-- that the task file opens. Everything it saw is written as JSON to RFC_AUTHOR_RESULT; the exit code
-- is 0 only if every check passed.

local function env(name)
  local value = os.getenv(name)
  if value == nil or value == '' then error('environment variable ' .. name .. ' is not set', 0) end
  return value
end

local result = { checks = {} }

local function check(name, ok, detail)
  table.insert(result.checks, { name = name, ok = ok and true or false, detail = detail })
  if not ok then error(name .. ' failed: ' .. vim.inspect(detail), 0) end
end

local function write_result()
  local file = assert(io.open(env('RFC_AUTHOR_RESULT'), 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function diagnostics_of(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, { code = d.code, source = d.source, lnum = d.lnum, col = d.col, severity = d.severity, message = d.message })
  end
  return out
end

-- The documented configuration: an autocmd that starts `rfc-author lsp` for Markdown buffers.
dofile(env('RFC_AUTHOR_EDITOR_CONFIG'))

local function rfc_author_client(buf)
  for _, client in pairs(vim.lsp.buf_get_clients(buf)) do
    if client.name == 'rfc-author' then return client end
  end
  return nil
end

local function run()
  local root = env('RFC_AUTHOR_ROOT')
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. env('RFC_AUTHOR_RFC')))
  local buf = vim.api.nvim_get_current_buf()
  check('the buffer is Markdown', vim.bo[buf].filetype == 'markdown', vim.bo[buf].filetype)

  local attached = vim.wait(20000, function() return rfc_author_client(buf) ~= nil end, 50)
  local names = {}
  for _, c in pairs(vim.lsp.get_active_clients()) do table.insert(names, c.name) end
  check('the documented configuration attaches rfc-author to the RFC buffer', attached, names)
  local client = rfc_author_client(buf)
  result.client = { name = client.name, root_dir = client.config.root_dir, cmd = client.config.cmd }

  -- Neovim 0.7 does not pull diagnostics: the server must push them.
  local rule = env('RFC_AUTHOR_EXPECT_RULE')
  local arrived = vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == rule then return true end
    end
    return false
  end, 50)
  result.diagnostics = diagnostics_of(buf)
  check('a ' .. rule .. ' diagnostic arrives', arrived, result.diagnostics)

  -- Put the cursor inside the task id (on a line with multi-byte markers before it, so the
  -- client's byte-to-UTF-16 conversion is part of the test) and go to its definition.
  local needle = env('RFC_AUTHOR_DEFINITION_AT')
  local row, col
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local found = line:find(needle, 1, true)
    if found then
      row, col = i, found - 1
      break
    end
  end
  check('the task id is in the RFC', row ~= nil, needle)
  vim.api.nvim_win_set_cursor(0, { row, col + 2 })
  vim.lsp.buf.definition()
  local target = env('RFC_AUTHOR_EXPECT_FILE')
  local jumped = vim.wait(15000, function() return vim.api.nvim_buf_get_name(0) == target end, 50)
  result.definition = { buffer = vim.api.nvim_buf_get_name(0), cursor = vim.api.nvim_win_get_cursor(0) }
  check('go-to-definition opens the task file', jumped, result.definition)
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  -- Nested: the `edit` below must fire FileType, which starts the documented client.
  nested = true,
  callback = function()
    local ok, err = pcall(run)
    result.ok = ok
    if not ok then result.error = tostring(err) end
    pcall(write_result)
    vim.lsp.stop_client(vim.lsp.get_active_clients())
    vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
    if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
  end,
})
