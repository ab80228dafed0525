// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Numbers read digit by digit: telephone numbers (+91 98765 43210, 9876543210,
 * 1800-180-1551, 011-23456789) and numbers after a cue word (पिन कोड 110001).
 */
#include "classify/classify.h"

#include "token/token.h"

#include <unicode/utf8.h>

/* The value of token j's first digit, or -1. */
static int first_digit(const vachak_ctx *ctx, size_t j)
{
    const char *p = ctx->text.p + ctx->toks[j].off;
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(p, i, (int32_t)ctx->toks[j].len, c);
    return vk_digit_value(c);
}

/* A separator between digit groups of a phone number: a glued hyphen, or a
 * single blank. Returns the index of the next group, or 0. */
static size_t next_group(const vachak_ctx *ctx, size_t j)
{
    if (vk_tok_is(ctx, j, '-') && vk_tok_glued(ctx, j) && vk_is_digits(ctx, j + 1) &&
        vk_tok_glued(ctx, j + 1))
        return j + 1;
    if (vk_is_digits(ctx, j) && ctx->toks[j].space &&
        ctx->toks[j].off - (ctx->toks[j - 1].off + ctx->toks[j - 1].len) == 1)
        return j;
    return 0;
}

/* Collect digit groups from token j while the total stays within max digits and
 * every group after the first has at least 2 digits. Returns the index after the
 * last group; *total gets the digit count, *groups the number of groups. */
static size_t groups_from(const vachak_ctx *ctx, size_t j, size_t max, size_t *total, size_t *groups)
{
    *total = vk_tok_ndigits(ctx, j);
    *groups = 1;
    size_t end = j + 1;
    for (size_t g; (g = next_group(ctx, end)) != 0;) {
        size_t n = vk_tok_ndigits(ctx, g);
        if (n < 2 || *total + n > max)
            break;
        *total += n;
        (*groups)++;
        end = g + 1;
    }
    return end;
}

size_t vk_rec_phone(vachak_ctx *ctx, size_t i, vk_item *it)
{
    size_t total, groups, end;
    if (vk_tok_is(ctx, i, '+') && vk_is_digits(ctx, i + 1) && vk_tok_ndigits(ctx, i + 1) <= 3 &&
        (vk_tok_glued(ctx, i + 1) || ctx->toks[i + 1].off - ctx->toks[i].off == 2)) {
        end = groups_from(ctx, i + 1, 15, &total, &groups);
        if (total < 8 || groups < 2)
            return 0;
        it->cls = VK_C_PHONE;
        return end - i;
    }
    if (!vk_is_digits(ctx, i) || (i > 0 && vk_tok_glued(ctx, i) && ctx->toks[i - 1].kind != VK_TOK_PUNCT))
        return 0;
    if (i + 1 < ctx->ntoks && vk_tok_glued(ctx, i + 1) &&
        (ctx->toks[i + 1].kind != VK_TOK_PUNCT ||
         ((vk_tok_is(ctx, i + 1, '.') || vk_tok_is(ctx, i + 1, ',') || vk_tok_is(ctx, i + 1, ':') ||
           vk_tok_is(ctx, i + 1, '/')) &&
          vk_is_digits(ctx, i + 2) && vk_tok_glued(ctx, i + 2))))
        return 0; /* part of a larger number or glued to a word */
    size_t n = vk_tok_ndigits(ctx, i);
    int d = first_digit(ctx, i);
    /* a number after a cue word: पिन कोड 110001 */
    if (i > 0 && n >= 4 && ctx->toks[i].space) {
        const vk_token *p = &ctx->toks[i - 1];
        const vk_entry *cue = vk_rules_get(ctx->rules, VK_T_DIGIT_CUES, ctx->text.p + p->off, p->len);
        if (cue && !vk_tok_is(ctx, i + 1, '-')) {
            it->cls = VK_C_DIGITS;
            it->iv[0] = 1; /* every digit said */
            vk_parse_number(ctx, i, &it->num[0]);
            it->nnum = 1;
            it->src = (vk_source){cue->file, cue->line, NULL};
            return 1;
        }
    }
    /* a mobile number: ten digits from 6-9, whole or as 5+5 */
    if (n == 10 && d >= 6 && !next_group(ctx, i + 1)) {
        it->cls = VK_C_PHONE;
        return 1;
    }
    end = groups_from(ctx, i, 15, &total, &groups);
    if (groups < 2)
        return 0;
    bool mobile = n == 5 && d >= 6 && total == 10 && groups == 2;
    bool tollfree = n == 4 && (vk_tok_value(ctx, i) == 1800 || vk_tok_value(ctx, i) == 1860) && total >= 10;
    bool landline = d == 0 && n >= 3 && n <= 5 && total >= 10 && total <= 12 && vk_tok_is(ctx, i + 1, '-');
    if (!mobile && !tollfree && !landline)
        return 0;
    it->cls = VK_C_PHONE;
    return end - i;
}
