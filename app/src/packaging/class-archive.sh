#!/usr/bin/env bash
# The static class archive of Thicket's starts (docs/decisions/0006-startup-class-archive.md), in
# two steps so that a package can train at build time and dump where it is installed (JDK 17 maps
# an archive only while the jar is at the absolute path it was dumped with):
#
#   class-archive.sh train JAVA JAR TREE LIST     the classes a headless start of the editor on
#                                                 TREE and the trained commands load -> LIST
#   class-archive.sh dump JAVA JAR LIST ARCHIVE   LIST -> ARCHIVE (written whole or not at all)
#
# Used by ./thicket (both steps, once per build), package.sh (train; dump for the app image) and
# the .deb's postinst (dump at /opt/thicket). Prints nothing; the exit code says whether it worked.
set -euo pipefail

step="${1:-}"
case "$step" in
  train)
    [[ $# -eq 5 ]] || { echo "usage: class-archive.sh train JAVA JAR TREE LIST" >&2; exit 2; }
    java="$2" jar="$3" tree="$4" list="$5"
    "$java" -XX:DumpLoadedClassList="$list" -Xlog:cds=off \
      -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
      -Djava.awt.headless=true -Dthicket.exitWhenUsable=true -Dthicket.trainClassArchive=true \
      -jar "$jar" "$tree" >/dev/null 2>&1
    [[ -s "$list" ]]
    ;;
  dump)
    [[ $# -eq 5 ]] || { echo "usage: class-archive.sh dump JAVA JAR LIST ARCHIVE" >&2; exit 2; }
    java="$2" jar="$3" list="$4" archive="$5"
    tmp="$archive.$$.tmp"
    # a static archive (class list, then -Xshare:dump): unlike a dynamic one it also holds
    # picocli, whose Java 5 class files JDK 17 archives only this way (decision 6)
    if "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$tmp" \
        -Xlog:cds=off -cp "$jar" >/dev/null 2>&1 && [[ -s "$tmp" ]]; then
      mv -f "$tmp" "$archive"
    else
      rm -f "$tmp"
      exit 1
    fi
    ;;
  *)
    echo "usage: class-archive.sh train|dump ..." >&2
    exit 2
    ;;
esac
