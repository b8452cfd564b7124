#!/usr/bin/env bash
# Spendboard developer entry point. `./tools/dev.sh run` and `./tools/dev.sh test` are the two commands.
#   deps [test|fuzz]   install missing system packages (apt-get; prints the brew line on macOS)
#   configure [PRESET] configure (default preset: dev)
#   build [PRESET]     configure + build
#   run [ARGS...]      build, then start `spendboard --demo` (headless: write a screenshot instead)
#   test [asan]        install test packages, build, run ctest (exit code = result)
#   package            build the Linux .deb (release preset)
#   fuzz [SECONDS]     build the libFuzzer targets with clang and run each (default 60 s)
#   bench              build and run the benchmarks (release)
#   format [--check]   clang-format every C++ file
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# ccache keys on relative paths below the checkout, so a fresh clone reuses earlier compilations.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1

build_pkgs=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-svg-dev
    libqt6sql6-sqlite qt6-translations-l10n libxkbcommon-dev libgl-dev ccache)
test_pkgs=(xvfb xauth dbus dbus-x11 gnome-keyring trayer openbox imagemagick python3 python3-yaml file dpkg-dev
    appstream desktop-file-utils nsis)
fuzz_pkgs=(clang libclang-rt-14-dev)

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

missing_debs() {
    local p out=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out+=("$p")
    done
    echo "${out[@]:-}"
}

deps() {
    local pkgs=("${build_pkgs[@]}")
    case "${1:-}" in
        test) pkgs+=("${test_pkgs[@]}") ;;
        fuzz) pkgs+=("${fuzz_pkgs[@]}") ;;
        all) pkgs+=("${test_pkgs[@]}" "${fuzz_pkgs[@]}") ;;
    esac
    if [[ "$(uname -s)" == Darwin ]]; then
        log "macOS: install the dependencies with Homebrew:"
        echo "  brew install cmake ninja qt qtkeychain ccache"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null; then
        log "not a Debian/Ubuntu system: install Qt 6.4+ (Widgets, Charts, Network, HttpServer, Sql, Svg, LinguistTools), QtKeychain, CMake and Ninja"
        return 0
    fi
    local need
    need=$(missing_debs "${pkgs[@]}")
    [[ -z "$need" ]] && return 0
    log "installing: $need"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends $need >/dev/null
}

preset_dir() { echo "$root/build/$1"; }

configure() {
    local preset=${1:-dev}
    if [[ ! -f "$(preset_dir "$preset")/build.ninja" ]]; then
        log "configure ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
}

build() {
    local preset=${1:-dev}
    configure "$preset"
    log "build ($preset)"
    cmake --build --preset "$preset" -- -j"$(jobs)"
}

jobs() { nproc 2>/dev/null || echo 2; }

run() {
    deps
    build dev
    local app="$(preset_dir dev)/app/spendboard"
    if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && "$(uname -s)" != Darwin ]]; then
        local shot="$root/build/spendboard-demo.png"
        log "no display: writing a screenshot of the demo to $shot"
        QT_QPA_PLATFORM=offscreen "$app" --demo --screenshot "$shot" "$@"
        echo "$shot"
        return 0
    fi
    log "starting spendboard --demo"
    exec "$app" --demo "$@"
}

test_() {
    local preset=${1:-dev}
    deps test
    build "$preset"
    log "ctest ($preset)"
    local args=(--test-dir "$(preset_dir "$preset")" --output-on-failure -j"$(jobs)")
    [[ "$preset" == asan ]] && export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    ctest "${args[@]}"
}

package() {
    deps test
    build release
    log "cpack (deb)"
    (cd "$(preset_dir release)" && cpack -G DEB)
    ls -1 "$(preset_dir release)"/*.deb
}

fuzz() {
    local secs=${1:-60}
    deps fuzz
    configure fuzz
    log "build fuzzers"
    cmake --build "$(preset_dir fuzz)" --target fuzzers -- -j"$(jobs)"
    local dir="$(preset_dir fuzz)/tests/fuzz" t
    for t in "$dir"/fuzz_*; do
        [[ -x "$t" && ! -d "$t" ]] || continue
        local name corpus
        name=$(basename "$t")
        corpus="$root/tests/fuzz/corpus/${name#fuzz_}"
        mkdir -p "$dir/work/$name"
        log "fuzz $name for ${secs}s"
        "$t" -max_total_time="$secs" -print_final_stats=1 -artifact_prefix="$dir/work/$name/" \
            "$dir/work/$name" "$corpus" 2>&1 | grep -E '^(stat::|#[0-9]+.*DONE|==|SUMMARY)' || true
    done
}

bench() {
    deps
    configure bench
    log "build benchmarks"
    cmake --build "$(preset_dir bench)" --target benchmarks -- -j"$(jobs)"
    local t
    for t in "$(preset_dir bench)"/tests/bench/bench_*; do
        [[ -x "$t" ]] || continue
        log "$(basename "$t")"
        QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$t"
    done
}

format() {
    local files
    files=$(git ls-files '*.cpp' '*.h')
    if [[ "${1:-}" == --check ]]; then
        # shellcheck disable=SC2086
        clang-format --dry-run -Werror $files
    else
        # shellcheck disable=SC2086
        clang-format -i $files
    fi
}

cmd=${1:-help}
shift || true
case "$cmd" in
    deps) deps "$@" ;;
    configure) deps; configure "$@" ;;
    build) deps; build "$@" ;;
    run) run "$@" ;;
    test) test_ "$@" ;;
    package) package "$@" ;;
    fuzz) fuzz "$@" ;;
    bench) bench "$@" ;;
    format) format "$@" ;;
    *) sed -n '2,12p' "$0"; [[ "$cmd" == help ]] || exit 2 ;;
esac
