// SPDX-License-Identifier: GPL-3.0-or-later
/* Shared by the unit tests: one rules handle and context per test program, and
 * a normalise-to-string helper. cmocka must be included after the standard headers. */
#ifndef VK_TEST_HELPERS_H
#define VK_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "vachak.h"

static vachak_rules *T_rules;
static vachak_ctx *T_ctx;

static inline int t_setup(void **state)
{
    (void)state;
    vachak_error err;
    if (vachak_rules_load(NULL, &T_rules, &err) != VACHAK_OK) {
        fprintf(stderr, "rules: %s:%u: %s\n", err.file, err.line, err.message);
        return -1;
    }
    if (vachak_ctx_new(T_rules, &T_ctx, &err) != VACHAK_OK)
        return -1;
    return 0;
}

static inline int t_teardown(void **state)
{
    (void)state;
    vachak_ctx_free(T_ctx);
    vachak_rules_free(T_rules);
    return 0;
}

/* Normalise s; returns a malloc'd result (the test frees it) or fails the test. */
static inline char *t_norm(const char *s)
{
    char *out = NULL;
    size_t n = 0;
    vachak_error err;
    vachak_status st = vachak_normalize(T_ctx, s, strlen(s), 0, &out, &n, &err);
    if (st != VACHAK_OK)
        fail_msg("normalise '%s': %s (%s)", s, vachak_status_str(st), err.message);
    assert_int_equal(strlen(out), n);
    return out;
}

#define assert_norm(in, want)                                                                      \
    do {                                                                                           \
        char *got_ = t_norm(in);                                                                   \
        assert_string_equal(got_, want);                                                           \
        vachak_free(got_);                                                                         \
    } while (0)

#endif
