#!/usr/bin/env bash
# Build the one-folder application with PyInstaller, then smoke-test the result.
#
#   packaging/build.sh            # uses .venv/bin/python (pip install -e '.[packaging]')
#   PYTHON=python3 packaging/build.sh
#
# Output: build/pyinstaller/dist/reviewer/ (run build/pyinstaller/dist/reviewer/reviewer).
# Not part of the test suite or CI: it takes minutes and several hundred MB.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
OUT=build/pyinstaller
APP_DIR=$OUT/dist/reviewer
APP=$APP_DIR/reviewer

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" packaging/reviewer.spec
built=$(date +%s)

echo "== smoke test: $APP"
# Everything the smoke test writes stays in a scratch folder: no user data, no user settings.
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$SCRATCH/home" XDG_DATA_HOME="$SCRATCH/data" \
    XDG_CONFIG_HOME="$SCRATCH/config" XDG_CACHE_HOME="$SCRATCH/cache" MPLCONFIGDIR="$SCRATCH/mpl"
mkdir -p "$HOME"

version=$("$APP" --version)
expected="reviewer $("$PYTHON" -c 'import reviewer; print(reviewer.__version__)')"
[ "$version" = "$expected" ] || { echo "FAIL: --version said '$version', expected '$expected'"; exit 1; }
echo "ok: --version: $version"

# A new project file is seeded with the bundled sample corpus, as on first start.
"$APP" render --db "$SCRATCH/smoke.sqlite" 1 --out "$SCRATCH/article.png"
"$APP" render --db "$SCRATCH/smoke.sqlite" 2 --window --size 1400x860 --out "$SCRATCH/window.png"
"$PYTHON" - "$SCRATCH/article.png" "$SCRATCH/window.png" <<'PY'
import sys
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    # A blank render compresses to a few KB; drawn Arabic text is far bigger.
    assert data.startswith(b"\x89PNG") and len(data) > 20_000, (path, len(data))
print("ok: article and window rendered to PNG")
PY

articles=$("$APP" list --db "$SCRATCH/smoke.sqlite" --raw | tail -n +2 | wc -l)
[ "$articles" -eq 5 ] || { echo "FAIL: list shows $articles articles, expected 5"; exit 1; }
"$APP" show --db "$SCRATCH/smoke.sqlite" 5 --raw | grep -q "الأيام المصرية" \
    || { echo "FAIL: show lost the Arabic outlet"; exit 1; }
echo "ok: list and show ($articles articles)"

"$APP" report --db "$SCRATCH/smoke.sqlite" --out "$SCRATCH/report" >/dev/null
for name in summary.html timeline.png governorates.png conflicts.png; do
    [ -s "$SCRATCH/report/$name" ] || { echo "FAIL: report did not write $name"; exit 1; }
done
echo "ok: report written"

if [ -n "${KEEP_SMOKE:-}" ]; then mkdir -p "$KEEP_SMOKE" && cp -r "$SCRATCH"/*.png "$SCRATCH/report" "$KEEP_SMOKE"/; fi
echo "== built in $((built - started)) s; $(du -sh "$APP_DIR" | cut -f1) in $APP_DIR"
