#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# make install as a library user meets it: install into a scratch prefix, build a
# program against it through pkg-config, run it.  Usage: install-test.sh build-dir
set -eu
BUILD=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cmake --install "$BUILD" --prefix "$T/prefix" > /dev/null
for f in bin/vachak include/vachak.h lib/pkgconfig/vachak.pc; do
    [ -e "$T/prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done
ls "$T"/prefix/lib*/libvachak.so.* > /dev/null
ls "$T"/prefix/lib*/libvachak.a > /dev/null
cat > "$T/use.c" <<'C'
#include <vachak.h>
#include <stdio.h>
#include <string.h>
int main(void)
{
    vachak_rules *r;
    vachak_ctx *c;
    vachak_error e;
    char *o;
    size_t n;
    const char *t = "कुल 1,00,000 लोग";
    if (vachak_rules_load(NULL, &r, &e) || vachak_ctx_new(r, &c, &e) ||
        vachak_normalize(c, t, strlen(t), 0, &o, &n, &e))
        return 1;
    puts(o);
    vachak_free(o);
    vachak_ctx_free(c);
    vachak_rules_free(r);
    return 0;
}
C
PCDIR=$(dirname "$(ls "$T"/prefix/lib*/pkgconfig/vachak.pc)")
LIBDIR=$(dirname "$PCDIR")
cc "$T/use.c" -o "$T/use" $(PKG_CONFIG_PATH="$PCDIR" pkg-config --cflags --libs vachak)
out=$(LD_LIBRARY_PATH="$LIBDIR" "$T/use")
[ "$out" = "कुल एक लाख लोग" ] || { echo "got: $out"; exit 1; }
echo "install test passed: headers, libraries, pkg-config and CLI installed; a program built against them runs"
