#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Set up, build and run vachak on a Debian machine. Installs missing Debian
# packages itself (with sudo when not root).
#
#   scripts/dev.sh demo    build, then read the bundled sample article aloud to build/seed-article.wav
#   scripts/dev.sh test    build (release, and ASan+UBSan with clang and a libFuzzer run),
#                          then run the whole test suite in both
#   scripts/dev.sh deps    only install the Debian packages
#   scripts/dev.sh build   only build (release, in build/)
set -eu
cd "$(dirname "$0")/.."

PACKAGES="build-essential cmake pkg-config libicu-dev libespeak-ng-dev espeak-ng-data espeak-ng
libsndfile1-dev libxxhash-dev libcmocka-dev python3 clang libclang-rt-dev"

deps() {
    missing=""
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    echo "Installing Debian packages:$missing"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

build() { # folder, build type, further cmake arguments
    dir=$1 type=$2
    shift 2
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" "$@" > /dev/null
    cmake --build "$dir" -j "$(nproc)" > "$dir/build.log" 2>&1 || { cat "$dir/build.log"; exit 1; }
}

case "${1:-}" in
deps) deps ;;
build) deps; build build Release ;;
demo)
    deps
    build build Release
    build/vachak speak tests/corpus/seed-article.txt -o build/seed-article.wav
    ;;
test)
    deps
    build build Release
    build build-asan Asan -DCMAKE_C_COMPILER=clang -DVACHAK_FUZZ=ON
    echo "== tests, release build"
    (cd build && ctest --output-on-failure)
    echo "== tests, ASan+UBSan build (clang), with a libFuzzer run"
    (cd build-asan && ctest --output-on-failure)
    ;;
*)
    sed -n '2,/^set -eu/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'
    exit 64
    ;;
esac
