#!/usr/bin/env bash
# The app image's launcher, in place of jpackage's native one: that one runs `rpm -qf` and `dpkg -S` on
# its own path twice before it starts the JVM (to learn whether a package installed it), about 0.4 s of
# every start on a Debian machine (README "Start-up"). This one starts the image's own runtime with what
# jpackage wrote into lib/app/incident-atlas.cfg (class path, main class, JVM options), so the options
# stay declared once, in the pom.
set -euo pipefail
root=$(dirname "$(dirname "$(readlink -f "$0")")")
APPDIR="$root/lib/app"
cfg="$APPDIR/incident-atlas.cfg"
classpath=""
main=""
options=()
while IFS= read -r line || [[ -n $line ]]; do
    value=${line#*=}
    value=${value//\$APPDIR/$APPDIR}
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}$value ;;
        app.mainclass=*) main=$value ;;
        java-options=*) options+=("$value") ;;
    esac
done < "$cfg"
exec "$root/lib/runtime/bin/java" "${options[@]}" -cp "$classpath" "$main" "$@"
