# Shared by bench/run and bench/large: tools, and timing a command. Sourced, not run.

# Installs what the benchmarks use besides the build's own dependencies (idempotent, quiet).
install_bench_tools() {
  scripts/install-deps
  local need=() p
  for p in time jq xapian-tools xapian-omega ripgrep; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
  done
  if [ ${#need[@]} -gt 0 ]; then
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "bench: installing ${need[*]}" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
      "${need[@]}" >/dev/null
  fi
}

say() { echo "bench/$(basename "$0"): $*" >&2; }

# Runs a command under GNU time -v; sets $wall (seconds) and $rss_mb (peak resident set, MB).
now() { date +%s.%N; }
timed() {
  local name=$1
  shift
  local rc=0 t0 t1
  t0=$(now)
  /usr/bin/time -v -o "$work/time.$name" "$@" >"$work/out.$name" 2>"$work/err.$name" || rc=$?
  t1=$(now)
  # GNU time prints the wall time in hundredths; our own clock around it gives milliseconds.
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  rss_mb=$(rss_of "$work/time.$name")
  return $rc
}
# CPU seconds (user + system) and wall seconds of a GNU time -v report; peak RSS in MB.
cpu_of() { awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$1"; }
wall_of() {
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.2f", s}' "$1"
}
rss_of() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
size_of() { du -sb "$1" | cut -f1; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? v >= t : v <= t; print ok ? "met" : "missed" }'; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The machine, as a Markdown table (without the load row, which each script adds).
machine_table() {
  local compiler compiler_version build_type
  compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' build/CMakeCache.txt)
  compiler_version=$("${compiler:-c++}" --version | sed -n 1p)
  build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' build/CMakeCache.txt)
  cat <<TABLE
| | |
|---|---|
| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') |
| cores | $(nproc) (nproc) |
| memory | $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) |
| OS | $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r) |
| compiler | $compiler_version, $build_type |
| Xapian | $(dpkg-query -W -f='${Version}' libxapian30 2>/dev/null || echo unknown), omindex $(dpkg-query -W -f='${Version}' xapian-omega), ripgrep $(dpkg-query -W -f='${Version}' ripgrep) |
| SQLite | $(dpkg-query -W -f='${Version}' libsqlite3-0 2>/dev/null || echo unknown) (the FTS5 peer) |
| git commit | $commit |
TABLE
}
