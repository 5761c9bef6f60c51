#!/usr/bin/env bash
# Checks what package.sh built, from a fresh folder and with neither Java nor Maven reachable:
# the app image's launcher runs the CLI and the editor dispatch, the jlinked runtime has what
# reports and the headless window need; the .deb's metadata, files and desktop entry are right.
# With THICKET_TEST_INSTALL=1 (as root, or with sudo) it also installs the .deb with apt, runs
# `thicket` from the PATH and removes the package again. `mvn -Ppackage verify` runs it.
set -euo pipefail

app="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
out="$app/target/package"
image="$out/Thicket"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
mkdir -p "$fresh/home" "$fresh/empty"
cp "$app/../trees/keras.yaml" "$fresh/"

failures=0
fail() { echo "test-package.sh: FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "test-package.sh: ok: $*" >&2; }

# Runs "$@" in $fresh with a bare environment: no JAVA_HOME, a PATH with nothing on it.
bare() { (cd "$fresh" && env -i HOME="$fresh/home" LANG=C.UTF-8 PATH="$fresh/empty" "$@"); }

expect() { # expect CODE TEXT DESCRIPTION -- COMMAND...: exit code CODE and TEXT in the output
  local code="$1" text="$2" what="$3"; shift 4
  local got=0 output
  output="$(bare "$@" 2>&1)" || got=$?
  if [[ "$got" -ne "$code" ]]; then
    fail "$what: exit $got, expected $code; output: ${output:0:400}"
  elif [[ "$output" != *"$text"* ]]; then
    fail "$what: no '$text' in: ${output:0:400}"
  else
    ok "$what"
  fi
}

[[ -x "$image/bin/Thicket" ]] || { echo "test-package.sh: no app image at $image" >&2; exit 1; }
launcher="$image/bin/Thicket"

expect 0 "thicket " "--version" -- "$launcher" --version
expect 0 "Compromise a Keras application" "analyze a tree" -- "$launcher" analyze keras.yaml
expect 3 "is ABOVE the limit" "check exits 3 above the limit" -- \
  "$launcher" check keras.yaml --max-risk 0.1
expect 0 "keras.yaml: ok" "validate" -- "$launcher" validate keras.yaml
expect 0 "" "convert to MEF XML (java.xml in the runtime)" -- \
  "$launcher" convert keras.yaml -o keras.xml --to mef
expect 0 "" "PDF report (java.desktop, fonts in the runtime)" -- \
  "$launcher" report keras.yaml --format pdf -o keras.pdf
expect 0 "" "screenshot (JavaFX, Monocle headless in the runtime)" -- \
  "$launcher" screenshot keras.yaml -o keras.png
expect 0 "web-injection (" "library: the patterns ship inside the jar" -- "$launcher" library
expect 0 "" "new --from-library" -- \
  "$launcher" new --from-library web-injection,ci-cd-compromise -o workshop.yaml
expect 0 "workshop.yaml: ok" "the started tree validates" -- "$launcher" validate workshop.yaml
[[ -s "$fresh/keras.pdf" && -s "$fresh/keras.png" && -s "$fresh/keras.xml" ]] \
  && ok "report, screenshot and convert wrote their files" || fail "an output file is missing"
expect 0 "here is the analysis of $image/lib/app/trees/keras.yaml" \
  "no arguments: the editor on the shipped tree (its no-display fallback here)" -- "$launcher"
expect 2 "Unknown option" "a bad option is a usage error" -- "$launcher" analyze --nope keras.yaml
# The class archive (decision 6): the app's own classes and picocli come from it, not the jar.
mapped="dev.thicket.app.Main source: shared objects file"
expect 0 "$mapped" "the app image maps the class archive" -- \
  /usr/bin/env JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$launcher" --version

if command -v Xvfb >/dev/null 2>&1; then
  # A real X server and a GTK 3 that cannot load (see EditorLaunchTest).
  printf 'not a library' > "$fresh/libgtk-3.so.0"
  cp "$fresh/libgtk-3.so.0" "$fresh/libgtk-3.so"
  Xvfb -displayfd 3 -nolisten tcp 3>"$fresh/display" 2>/dev/null &
  xvfb=$!
  for _ in $(seq 100); do [[ -s "$fresh/display" ]] && break; sleep 0.1; done
  expect 4 "thicket: error: the editor window needs GTK 3 (Debian/Ubuntu: sudo apt install libgtk-3-0" \
    "without GTK 3 the editor says which package to install" -- \
    /usr/bin/env DISPLAY=":$(cat "$fresh/display")" LD_LIBRARY_PATH="$fresh" "$launcher" keras.yaml
  kill "$xvfb" 2>/dev/null || true
else
  echo "test-package.sh: skipped the GTK check (no Xvfb)" >&2
fi

deb="$(ls "$out"/thicket_*.deb 2>/dev/null | head -n 1 || true)"
if [[ -n "$deb" ]] && command -v dpkg-deb >/dev/null 2>&1; then
  info="$(dpkg-deb -f "$deb" Package Depends)"
  [[ "$info" == *"Package: thicket"* ]] && ok ".deb is package thicket" || fail ".deb name: $info"
  [[ "$info" =~ Depends:.*libgtk-3-0 ]] && ok ".deb depends on libgtk-3-0" \
    || fail ".deb Depends lacks libgtk-3-0: $info"
  files="$(dpkg-deb -c "$deb")"
  for file in ./opt/thicket/bin/Thicket ./opt/thicket/lib/app/thicket.jar \
      ./opt/thicket/lib/app/thicket.classlist ./opt/thicket/lib/app/class-archive.sh \
      ./opt/thicket/lib/app/trees/keras.yaml ./opt/thicket/lib/Thicket.png \
      ./opt/thicket/lib/thicket-Thicket.desktop ./opt/thicket/lib/runtime/lib/server/libjvm.so; do
    [[ "$files" == *" $file"* ]] && ok ".deb has $file" || fail ".deb lacks $file"
  done
  [[ "$files" != *thicket.jsa* ]] && ok ".deb carries no class archive (postinst dumps it)" \
    || fail ".deb carries a class archive dumped elsewhere"
  dpkg-deb -x "$deb" "$fresh/deb"
  dpkg-deb -e "$deb" "$fresh/deb/DEBIAN"
  desktop="$fresh/deb/opt/thicket/lib/thicket-Thicket.desktop"
  for line in "Name=Thicket" "Exec=/opt/thicket/bin/Thicket %f" "Icon=/opt/thicket/lib/Thicket.png" \
      "Type=Application" "Categories=Development;" "Terminal=false"; do
    grep -qxF "$line" "$desktop" && ok "desktop entry: $line" || fail "desktop entry lacks $line"
  done
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" && ok "desktop-file-validate" || fail "desktop-file-validate"
  fi
  grep -q 'update-alternatives --install /usr/bin/thicket thicket /opt/thicket/bin/Thicket' \
    "$fresh/deb/DEBIAN/postinst" && ok "postinst links /usr/bin/thicket" \
    || fail "postinst does not link /usr/bin/thicket"
  grep -q 'update-alternatives --remove thicket' "$fresh/deb/DEBIAN/prerm" \
    && ok "prerm removes the link" || fail "prerm keeps the link"
  # xdg-desktop-menu fails where /etc/xdg/menus is missing, and with it the whole install
  ! cat "$fresh/deb/DEBIAN/postinst" "$fresh/deb/DEBIAN/prerm" | grep -v '^ *#' \
    | grep -q 'xdg-desktop-menu' \
    && ok "no xdg-desktop-menu in the scripts" || fail "postinst or prerm runs xdg-desktop-menu"

  if [[ "${THICKET_TEST_INSTALL:-}" == 1 ]]; then
    sudo=""
    [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -q "$deb" >&2
    ln -s /usr/bin/thicket "$fresh/empty/thicket" # the PATH of `bare`: thicket, no java, no mvn
    [[ "$(readlink -f /usr/bin/thicket)" == /opt/thicket/bin/Thicket ]] \
      && ok "/usr/bin/thicket → /opt/thicket/bin/Thicket" || fail "/usr/bin/thicket missing"
    expect 0 "Compromise a Keras application" "installed: thicket analyze keras.yaml" -- \
      thicket analyze keras.yaml
    expect 0 "$mapped" "installed: postinst dumped the class archive at /opt/thicket" -- \
      /usr/bin/env JAVA_TOOL_OPTIONS=-Xlog:class+load=info thicket --version
    [[ -f /usr/share/applications/thicket-Thicket.desktop ]] \
      && ok "installed desktop entry" || fail "no /usr/share/applications/thicket-Thicket.desktop"
    $sudo dpkg -r thicket >&2
    [[ ! -e /opt/thicket/lib/app/thicket.jsa ]] && ok "dpkg -r removed the class archive" \
      || fail "the class archive is left after dpkg -r"
    [[ ! -e /usr/bin/thicket && ! -e /opt/thicket/bin/Thicket ]] \
      && ok "dpkg -r removed /usr/bin/thicket and /opt/thicket" || fail "left after dpkg -r"
    $sudo dpkg -P thicket >&2
  fi
else
  echo "test-package.sh: skipped the .deb checks (no .deb or no dpkg-deb)" >&2
fi

if [[ "$failures" -gt 0 ]]; then
  echo "test-package.sh: $failures check(s) failed" >&2
  exit 1
fi
echo "test-package.sh: all checks passed" >&2
