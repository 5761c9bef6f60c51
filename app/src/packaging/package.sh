#!/usr/bin/env bash
# Builds Thicket's Linux packages from app/target/thicket.jar (the shaded jar, JavaFX's Linux
# natives included): a jlinked Java runtime, the app image app/target/package/Thicket and, when
# fakeroot and dpkg-deb are there, the .deb beside it. `mvn -Ppackage package` runs this after
# the shade step; see docs/decisions/0009-packaging.md.
#
# Usage: package.sh VERSION   (the Maven version; a -SNAPSHOT suffix is dropped)
set -euo pipefail

app="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
root="$(dirname "$app")"
here="$app/src/packaging"
out="$app/target/package"
version="${1:?usage: package.sh VERSION}"
version="${version%-SNAPSHOT}"

# The JDK modules the jar needs (`jdeps --multi-release 17 --ignore-missing-deps
# --print-module-deps app/target/thicket.jar`; JavaFX itself is on the class path, in the jar).
# jdk.jfr is what jdeps finds in a library; kept rather than risking a missing class later.
modules="java.base,java.desktop,java.management,java.sql,jdk.jfr,jdk.unsupported"

for tool in jlink jpackage; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "package.sh: $tool is missing; it comes with a full JDK 17 or newer" >&2
    exit 1
  fi
done

rm -rf "$out"
mkdir -p "$out/input/trees"
cp "$app/target/thicket.jar" "$out/input/"
cp "$root"/trees/*.yaml "$out/input/trees/"
cp "$here/class-archive.sh" "$out/input/"

echo "package.sh: jlink ($modules)" >&2
# No --compress: it would halve lib/modules (48 → 22 MiB) but make the .deb larger (49 MiB
# instead of 38; xz packs plain class files better). The CDS archive of the JDK's classes is
# kept; the one for heaps over 32 GB (compressed oops off) is dropped: 11 MB.
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --generate-cds-archive --output "$out/runtime"
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

# Without arguments the launcher opens the editor on the shipped Keras tree, as ./thicket does.
echo "package.sh: jpackage app image" >&2
jpackage --type app-image --dest "$out" \
  --name Thicket --app-version "$version" \
  --description "Attack-tree modelling and risk scoring" \
  --vendor "Thicket" --copyright "Thicket contributors" \
  --input "$out/input" --main-jar thicket.jar --main-class dev.thicket.app.Main \
  --runtime-image "$out/runtime" --icon "$here/thicket.png" \
  --arguments '$APPDIR/trees/keras.yaml' \
  --java-options '-XX:SharedArchiveFile=$APPDIR/thicket.jsa' \
  --java-options '-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off'

# The class archive (decision 6): JDK 17 maps it only while the jar is where it was dumped, so
# the image carries the trained class list, the .deb's postinst dumps the archive in /opt/thicket
# and the app image gets its own for where it stands now (after the .deb, which must not ship
# it). A start without the archive works, only slower, so a failure here is a warning.
image="$out/Thicket"
classes="$image/lib/app/thicket.classlist"
echo "package.sh: class list (a headless start of the editor and the trained commands)" >&2
if ! bash "$here/class-archive.sh" train "$image/lib/runtime/bin/java" \
    "$image/lib/app/thicket.jar" "$image/lib/app/trees/keras.yaml" "$classes"; then
  echo "package.sh: warning: no class list; the packages start without a class archive" >&2
  rm -f "$classes"
fi

if command -v fakeroot >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1; then
  echo "package.sh: jpackage .deb" >&2
  jpackage --type deb --dest "$out" \
    --name Thicket --app-version "$version" \
    --description "Attack-tree modelling and risk scoring" \
    --vendor "Thicket" --copyright "Thicket contributors" \
    --app-image "$out/Thicket" --icon "$here/thicket.png" \
    --linux-package-name thicket --linux-deb-maintainer "thicket@localhost" \
    --linux-menu-group "Development" --linux-app-category devel --linux-shortcut \
    --linux-package-deps "libgtk-3-0" \
    --resource-dir "$here/linux" # postinst, prerm (the /usr/bin/thicket link), Thicket.desktop
else
  echo "package.sh: no .deb: it needs fakeroot and dpkg-deb (Debian/Ubuntu: sudo apt-get install -y fakeroot dpkg-dev)" >&2
fi
if [[ -f "$classes" ]] && ! bash "$here/class-archive.sh" dump "$image/lib/runtime/bin/java" \
    "$image/lib/app/thicket.jar" "$classes" "$image/lib/app/thicket.jsa"; then
  echo "package.sh: warning: no class archive in the app image" >&2
fi
rm -rf "$out/input" "$out/runtime"
ls -l "$out" >&2
