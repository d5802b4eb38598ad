#!/usr/bin/env bash
# A clone must stand alone: whoever clones the repository has no ../shared beside it.
# 1. No tracked file reads ../shared, except the optional Sámi word check, which looks for a
#    development tool there (and says "skipped" when it is missing).
# 2. A fresh clone in an empty temporary folder (nothing beside it) installs and passes the
#    README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."

# The team's folder is ../shared/{data,i18n,tools,notes}; the library's own src/shared/ layer is not it.
pattern="\\.\\./shared/(data|i18n|tools|notes|hooks)|'\\.\\.', *'shared'|FRISKLIVS_SHARED"
allowed='^(scripts/check-standalone\.sh|packages/widgets/scripts/sami-words\.mjs)$'
offenders=$(git grep -l -E "$pattern" -- . ':!*.md' | grep -v -E "$allowed" || true)
if [ -n "$offenders" ]; then
  echo "These files reach for ../shared, which a clone does not have:" >&2
  echo "$offenders" | sed 's/^/  /' >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone --quiet --no-local --no-hardlinks . "$tmp/clone"
cd "$tmp/clone"
[ ! -e ../shared ] || { echo "the temporary clone has a ../shared beside it" >&2; exit 1; }
npm ci --no-audit --no-fund --silent
env -u FRISKLIVS_SHARED -u SAMI_WORDS npm test 2>&1 | tail -n 25
