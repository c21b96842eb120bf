#!/usr/bin/env bash
# Canary for the newest versions: install the project WITHOUT requirements.lock into a throwaway
# venv, brief the test story offline, and say loudly if that breaks, naming every package whose
# resolved version differs from the lock. It reports and always exits 0: an upstream release must
# not block our work, but whoever stops sees it.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 -m venv "$tmp/venv"
# shellcheck disable=SC1091
. "$tmp/venv/bin/activate"
python -m pip install --quiet --upgrade pip >/dev/null 2>&1
if ! python -m pip install --quiet "$root" >"$tmp/install.log" 2>&1; then
  echo "FRESH RESOLVE BROKEN: 'pip install .' without the lock failed:"
  grep -v '^WARNING: Location' "$tmp/install.log" | tail -n 15
  exit 0
fi

python -m pip freeze --exclude-editable 2>/dev/null | grep -v '^summarizer' >"$tmp/fresh.txt"
diffs=$(python - "$root/requirements.lock" "$tmp/fresh.txt" <<'PY'
import re, sys
def pins(path):
    out = {}
    for line in open(path, encoding="utf-8").read().splitlines():
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^ ;]+)", line)
        if m:
            out.setdefault(re.sub(r"[-_.]+", "-", m.group(1)).lower(), m.group(2))
    return out
lock, fresh = pins(sys.argv[1]), pins(sys.argv[2])
for name in sorted(fresh):
    if name in lock and lock[name] != fresh[name]:
        print(f"  {name}: lock {lock[name]} -> newest {fresh[name]}")
    elif name not in lock:
        print(f"  {name}: not in lock -> {fresh[name]}")
PY
)

cd "$tmp" || exit 0
if env -u OPENAI_API_KEY -u OPENAI_BASE_URL SUMMARIZER_CACHE_DIR="$tmp/cache" \
    summarizer brief "$root/tests/data/story" --backend offline -o "$tmp/briefing.md" >"$tmp/run.log" 2>&1 \
    && grep -q '^# ' "$tmp/briefing.md"; then
  echo "fresh resolve: OK (installed without the lock, briefed the test story)"
  if [ -n "$diffs" ]; then echo "versions newer than the lock (working):"; echo "$diffs"; else echo "the lock is the newest resolution"; fi
else
  echo "FRESH RESOLVE BROKEN: summarizer brief failed when installed without the lock:"
  tail -n 15 "$tmp/run.log"
  echo "packages whose version differs from requirements.lock:"
  echo "${diffs:-  (none: the break is not a version change)}"
fi
exit 0
