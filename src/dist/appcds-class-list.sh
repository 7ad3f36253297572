#!/usr/bin/env bash
# Lists the classes a start of the app image loads, for its class-data-sharing archive (pom.xml,
# dist profile; README "Start-up"): the image's own launcher (its exact class path, which JDK 17
# checks) runs a headless `render` of the bundled data, then, when Xvfb is installed and JavaFX can
# open a window on it, the app itself until its map is drawn and the place names read
# (-Dincidentatlas.exitAfterFirstFrame=true). The window's classes (JavaFX, the UI) are most of what
# a start of the app loads; without a display the render's list alone is used.
#
# usage: appcds-class-list.sh LAUNCHER CLASSLIST WORKDIR
set -euo pipefail
launcher=$1
classlist=$2
work=$3
rm -rf "$work" "$classlist"
mkdir -p "$work/home"
# The training runs never touch the builder's preferences or workspace.
home_options="-Duser.home=$work/home"
export XDG_DATA_HOME="$work/home/.local/share"

JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/render.classlist $home_options" \
  "$launcher" render --center 41.2,73.5 --zoom 7 --date 2005-03-21 --size 1200x800 --out "$work/render.png" >/dev/null 2>&1
cp "$work/render.classlist" "$classlist"

if ! command -v Xvfb >/dev/null 2>&1; then
  echo "appcds: no Xvfb; the archive holds the classes of a headless render only"
  exit 0
fi
display=:$(( 90 + RANDOM % 800 ))
while [ -e "/tmp/.X11-unix/X${display#:}" ]; do display=:$(( 90 + RANDOM % 800 )); done
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.05; done
if DISPLAY=$display JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/window.classlist -Dincidentatlas.exitAfterFirstFrame=true $home_options" \
     timeout 300 "$launcher" >"$work/window.log" 2>&1 && [ -s "$work/window.classlist" ]; then
  # One list in the order the classes were loaded: a line both runs wrote is kept once.
  awk '!seen[$0]++' "$work/window.classlist" "$work/render.classlist" > "$classlist"
  echo "appcds: the archive holds the classes of a headless render and of the window's first frame ($(wc -l < "$classlist") classes)"
else
  echo "appcds: the window did not open under Xvfb (see $work/window.log); the archive holds the classes of a headless render only"
fi
