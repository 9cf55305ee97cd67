#!/usr/bin/env bash
# Prints who holds a lock on any of the given files ("process 1234 (unattended-upgr)"), or nothing
# when none is locked. apt and dpkg lock with fcntl; the kernel lists every held lock in /proc/locks
# by device and inode, so no fuser or lsof is needed. Used by install-prerequisites.sh to say why
# it waits instead of letting apt-get fail ("Could not get lock") or wait in silence.
set -uo pipefail

for file in "$@"; do
  [ -e "$file" ] || continue
  inode=$(stat -c %i "$file" 2>/dev/null) || continue
  # A line is "N: POSIX  ADVISORY  WRITE PID MAJ:MIN:INODE START END"; a waiting lock has "->" after N:.
  pid=$(awk -v inode="$inode" '$2 != "->" { n = split($6, id, ":"); if (n == 3 && id[3] == inode) { print $5; exit } }' /proc/locks 2>/dev/null)
  if [ -n "$pid" ] && [ "$pid" != "$$" ]; then
    name=$(cat "/proc/$pid/comm" 2>/dev/null || echo "unknown")
    echo "process $pid ($name) holds $file"
    exit 0
  fi
done
