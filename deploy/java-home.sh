# Sourced by deploy/run-local.sh and .ci/run: picks the newest JDK >= 17 on the machine (JAVA_HOME if already
# set to one), so the platform runs with virtual threads where the JDK has them.
pick_java_home() {
  local best="" best_version=0 candidate version
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/* ; do
    [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    version=${version%%.*}
    [[ "$version" =~ ^[0-9]+$ ]] || continue
    if [ "$version" -ge 17 ] && [ "$version" -gt "$best_version" ]; then
      best="$candidate"; best_version="$version"
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 17 or newer found (looked at JAVA_HOME and /usr/lib/jvm). Install one." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
pick_java_home
