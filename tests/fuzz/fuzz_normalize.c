// SPDX-License-Identifier: GPL-3.0-or-later
/* libFuzzer target for the normaliser: any bytes, with and without --lossy.
 * Invariants: no crash or sanitizer report; on success, valid UTF-8 out with no
 * digit in it; invalid UTF-8 is refused unless lossy. */
#include "vachak.h"

#include <stdint.h>
#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

static vachak_rules *rules;
static vachak_ctx *ctx;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ctx) {
        vachak_error err;
        if (vachak_rules_load(NULL, &rules, &err) || vachak_ctx_new(rules, &ctx, &err))
            abort();
    }
    for (unsigned flags = 0; flags <= VACHAK_LOSSY; flags += VACHAK_LOSSY) {
        char *out = NULL;
        size_t n = 0;
        vachak_error err;
        vachak_status st = vachak_normalize(ctx, (const char *)data, size, flags, &out, &n, &err);
        if (st == VACHAK_ERR_UTF8 && !flags)
            continue;
        if (st != VACHAK_OK)
            abort();
        int32_t i = 0;
        while (i < (int32_t)n) {
            UChar32 c;
            U8_NEXT(out, i, (int32_t)n, c);
            if (c < 0 || u_isdigit(c))
                abort();
        }
        vachak_free(out);
    }
    return 0;
}
