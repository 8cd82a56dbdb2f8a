#!/bin/sh
# One piece of a split batch run (docs/batch.md): its lines on standard input, the input's header line first, the
# results CSV on standard output. An engine may hand a command an empty piece (Spark runs RDD.pipe's command for
# every partition): a piece with no rows writes nothing and exits 0, where `estimate --csv -` would refuse it (2).
# Usage: scripts/csv-piece.sh <calculator> [--as-of YYYY-MM-DD] [--lang en|zh-CN] [--jobs N]
set -e
IFS= read -r header || exit 0
IFS= read -r first || exit 0
{ printf '%s\n%s\n' "$header" "$first"; cat; } | npm --prefix "$(dirname "$0")/.." run --silent estimate -- "$@" --csv -
