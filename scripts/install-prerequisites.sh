#!/usr/bin/env bash
# Installs the native packages the assistant and its tests use, when missing (Debian 12):
#   chromium        the real browser for the chat UI tests (Playwright cannot download its own here)
#   coinor-libcbc3  the CBC MIP solver (capacity optimization)
#   libxgboost0     gradient-boosted trees (forecasting)
# and, when node is on the machine, the TypeScript MCP SDK client of the MCP server test
# (npm ci in tests/mcp-node; without node that test fails and says so).
# Safe to run again: it does nothing when everything is there.
set -euo pipefail

mcp_node="$(dirname "$0")/../tests/mcp-node"
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  if [ ! "$mcp_node/node_modules/.package-lock.json" -nt "$mcp_node/package-lock.json" ]; then
    (cd "$mcp_node" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
else
  echo "warning: node/npm not found; the MCP TypeScript client test will fail (install Node.js 18+)" >&2
fi

packages=(chromium coinor-libcbc3 libxgboost0)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing native prerequisites: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "error: ${missing[*]} missing and not running as root; install them with apt-get" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
