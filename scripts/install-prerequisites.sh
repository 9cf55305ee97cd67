#!/usr/bin/env bash
# Installs the native packages the assistant and its tests use, when missing (Debian 12):
#   chromium        the real browser for the chat UI tests (Playwright cannot download its own here)
#   coinor-libcbc3  the CBC MIP solver (capacity optimization)
#   libxgboost0     gradient-boosted trees (forecasting)
# Safe to run again: it does nothing when everything is there. When another package manager holds
# apt's locks (unattended upgrades on a fresh machine), it says so and waits, up to
# APT_LOCK_WAIT_SECONDS (default 600).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

packages=(chromium coinor-libcbc3 libxgboost0)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "error: ${missing[*]} missing and not running as root; install them with apt-get" >&2; exit 1
  fi
fi

lock_wait=${APT_LOCK_WAIT_SECONDS:-600}
apt_locks=(/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock)
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT

# apt-get, waiting (with a message) while another package manager holds apt's locks. apt's own
# DPkg::Lock::Timeout covers the dpkg lock only, and waits without a word under -qq; `apt-get
# update` fails at once on the lists lock. So: look before each try, and try again after a
# "Could not get lock" that came between the look and the try.
apt_get() {
  local waited=0 told="" holder
  while true; do
    holder=$(bash "$here/apt-lock-holder.sh" "${apt_locks[@]}")
    if [ -z "$holder" ]; then
      if "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout="$lock_wait" "$@" 2>"$errors"; then
        return 0
      fi
      if ! grep -q "Could not get lock" "$errors"; then
        cat "$errors" >&2
        return 1
      fi
      holder=$(grep -o "Could not get lock .*" "$errors" | head -1)
    fi
    if [ -z "$told" ]; then
      echo "Waiting for another package manager to finish ($holder); up to $lock_wait s…" >&2
      told=1
    fi
    if [ "$waited" -ge "$lock_wait" ]; then
      echo "error: apt is still locked after $lock_wait s ($holder). Try again when it has finished, or set APT_LOCK_WAIT_SECONDS." >&2
      return 1
    fi
    sleep 5
    waited=$((waited + 5))
  done
}

echo "Installing native prerequisites: ${missing[*]} (about a minute)…"
export DEBIAN_FRONTEND=noninteractive
apt_get update -qq
apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
