#!/usr/bin/env bash
# What the tests need beyond scripts/install-prerequisites.sh, and the assistant itself never does:
# the official TypeScript MCP SDK client of the MCP server test (npm ci in tests/mcp-node), when
# node is on the machine (without node that test fails and says so). Safe to run again.
set -euo pipefail

mcp_node="$(dirname "$0")/../tests/mcp-node"
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  if [ ! "$mcp_node/node_modules/.package-lock.json" -nt "$mcp_node/package-lock.json" ]; then
    echo "Installing the TypeScript MCP client for the tests (npm ci in tests/mcp-node)…"
    (cd "$mcp_node" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
else
  echo "warning: node/npm not found; the MCP TypeScript client test will fail (install Node.js 18+)" >&2
fi
