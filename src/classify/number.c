// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Recognising written numbers: integers with Indian or Western digit grouping,
 * decimals and negatives. A comma is a group separator only where the groups
 * form a valid grouping; otherwise it is a list comma and the number ends.
 */
#include "classify/classify.h"

#include "token/token.h"
#include "verbalize/number.h"

/* Digits in token i (they are one char per digit, 1 or 3 bytes each). */
static size_t ndigits(const vachak_ctx *ctx, size_t i)
{
    const vk_token *t = &ctx->toks[i];
    unsigned char b = (unsigned char)ctx->text.p[t->off];
    return b < 0x80 ? t->len : t->len / 3;
}

static bool is_digits(const vachak_ctx *ctx, size_t i)
{
    return i < ctx->ntoks && ctx->toks[i].kind == VK_TOK_DIGITS;
}

/* A minus sign: '-' or U+2212, glued to the digits after it and not itself
 * glued to a word or number before it (so "2014-15" is not "2014, minus 15"). */
static bool is_sign(const vachak_ctx *ctx, size_t i)
{
    if (!(vk_tok_is(ctx, i, '-') || vk_tok_is(ctx, i, 0x2212)))
        return false;
    if (!is_digits(ctx, i + 1) || !vk_tok_glued(ctx, i + 1))
        return false;
    if (i == 0 || ctx->toks[i].space)
        return true;
    uint8_t k = ctx->toks[i - 1].kind;
    return k == VK_TOK_PUNCT && !vk_tok_is(ctx, i - 1, '.') && !vk_tok_is(ctx, i - 1, ',');
}

size_t vk_parse_number(const vachak_ctx *ctx, size_t i, vk_num *num)
{
    size_t start = i;
    *num = (vk_num){0};
    if (is_sign(ctx, i)) {
        num->neg = true;
        i++;
    }
    if (!is_digits(ctx, i))
        return 0;
    num->int_start = ctx->toks[i].off;
    size_t first = ndigits(ctx, i);
    size_t end = i + 1;
    /* Digit groups after commas: Western (all of 3) or Indian (of 2, then a final 3,
     * after a first group of 1 or 2). Anything else is a list, not one number. */
    if (first <= 3) {
        size_t j = i + 1, groups = 0, last = 0;
        bool inner2 = true, all3 = true;
        while (vk_tok_is(ctx, j, ',') && vk_tok_glued(ctx, j) && is_digits(ctx, j + 1) &&
               vk_tok_glued(ctx, j + 1)) {
            if (groups && last != 2)
                inner2 = false;
            last = ndigits(ctx, j + 1);
            all3 = all3 && last == 3;
            groups++;
            j += 2;
        }
        bool western = groups && all3;
        bool indian = groups && last == 3 && inner2 && first <= 2;
        if (western || indian)
            end = j;
    }
    num->int_end = ctx->toks[end - 1].off + ctx->toks[end - 1].len;
    /* A decimal part: '.' and digits, all glued. */
    if (vk_tok_is(ctx, end, '.') && vk_tok_glued(ctx, end) && is_digits(ctx, end + 1) &&
        vk_tok_glued(ctx, end + 1)) {
        num->has_point = true;
        num->frac_start = ctx->toks[end + 1].off;
        num->frac_end = num->frac_start + ctx->toks[end + 1].len;
        end += 2;
    }
    return end - start;
}

size_t vk_rec_number(vachak_ctx *ctx, size_t i, vk_item *it)
{
    size_t n = vk_parse_number(ctx, i, &it->u.num);
    if (!n)
        return 0;
    char d[32];
    int nd = vk_num_digits(ctx, it->u.num.int_start, it->u.num.int_end, d, sizeof d);
    if (it->u.num.has_point)
        it->cls = VK_C_DECIMAL;
    else if (nd < 0 || vk_num_is_digitwise(d, (size_t)nd))
        it->cls = VK_C_DIGITS;
    else
        it->cls = VK_C_CARDINAL;
    return n;
}
