// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The token stage: the cleaned line -> tokens (runs of Devanagari, Latin or other
 * letters, runs of digits, single punctuation characters), each a span with a
 * note of whether whitespace comes before it, and sentence starts marked.
 */
#ifndef VK_TOKEN_H
#define VK_TOKEN_H

#include "core/ctx.h"

#include <unicode/uchar.h>

vachak_status vk_token_run(vachak_ctx *ctx);

/* The length in bytes of the first token of s, as vk_token_run() would cut it
 * (for indexing rules keys by their first token); 0 if s starts with a blank. */
size_t vk_first_token_len(const char *s, size_t n);

/* A decimal digit of any script (ASCII, Devanagari, Bengali, fullwidth ...):
 * its value, or -1. */
static inline int vk_digit_value(UChar32 c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 0x0966 && c <= 0x096F)
        return c - 0x0966;
    if (c < 0x80)
        return -1;
    return u_charType(c) == U_DECIMAL_DIGIT_NUMBER ? u_charDigitValue(c) : -1;
}

/* Token helpers for the recognisers. */
static inline bool vk_tok_is(const vachak_ctx *ctx, size_t i, UChar32 cp)
{
    return i < ctx->ntoks && ctx->toks[i].kind == VK_TOK_PUNCT && ctx->toks[i].cp == cp;
}

/* Token i exists and is glued to the one before it (no whitespace between). */
static inline bool vk_tok_glued(const vachak_ctx *ctx, size_t i)
{
    return i < ctx->ntoks && !ctx->toks[i].space;
}

#endif
