// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Recognising written numbers: integers with Indian or Western digit grouping,
 * decimals and negatives. A comma is a group separator only where the groups
 * form a valid grouping; otherwise it is a list comma and the number ends.
 */
#include "classify/classify.h"

#include "token/token.h"
#include "verbalize/number.h"

#include <stdlib.h>

/* Digits in token i: its code points (UTF-8 lead bytes). */
size_t vk_tok_ndigits(const vachak_ctx *ctx, size_t i)
{
    const vk_token *t = &ctx->toks[i];
    size_t n = 0;
    for (uint32_t k = 0; k < t->len; k++)
        n += ((unsigned char)ctx->text.p[t->off + k] & 0xC0) != 0x80;
    return n;
}

long vk_tok_value(const vachak_ctx *ctx, size_t i)
{
    if (!vk_is_digits(ctx, i) || vk_tok_ndigits(ctx, i) > 9)
        return -1;
    char d[16];
    const vk_token *t = &ctx->toks[i];
    int n = vk_num_digits(ctx, t->off, t->off + t->len, d, sizeof d);
    return n < 0 ? -1 : strtol(d, NULL, 10);
}


/* A sign: '-', U+2212 or '+', glued to the digits after it, and standing apart
 * from what is before it (a blank, the line start, or an opening bracket, = or
 * :), so that "2014-15" is not "2014, minus 15" and "10%-20%" not "minus 20". */
static bool is_sign(const vachak_ctx *ctx, size_t i)
{
    if (!(vk_tok_is(ctx, i, '-') || vk_tok_is(ctx, i, 0x2212) || vk_tok_is(ctx, i, '+')))
        return false;
    if (!vk_is_digits(ctx, i + 1) || !vk_tok_glued(ctx, i + 1))
        return false;
    if (i == 0 || ctx->toks[i].space)
        return true;
    UChar32 p = ctx->toks[i - 1].kind == VK_TOK_PUNCT ? ctx->toks[i - 1].cp : 0;
    return p == '(' || p == '[' || p == '{' || p == '=' || p == ':';
}

size_t vk_parse_number(const vachak_ctx *ctx, size_t i, vk_num *num)
{
    size_t start = i;
    *num = (vk_num){0};
    if (is_sign(ctx, i)) {
        num->neg = !vk_tok_is(ctx, i, '+');
        num->plus = !num->neg;
        i++;
    }
    if (!vk_is_digits(ctx, i))
        return 0;
    num->int_start = ctx->toks[i].off;
    size_t first = vk_tok_ndigits(ctx, i);
    size_t end = i + 1;
    /* Digit groups after commas: Western (all of 3) or Indian (of 2, then a final 3,
     * after a first group of 1 or 2). Anything else is a list, not one number. */
    if (first <= 3) {
        size_t j = i + 1, groups = 0, last = 0;
        bool inner2 = true, all3 = true;
        while (vk_tok_is(ctx, j, ',') && vk_tok_glued(ctx, j) && vk_is_digits(ctx, j + 1) &&
               vk_tok_glued(ctx, j + 1)) {
            if (groups && last != 2)
                inner2 = false;
            last = vk_tok_ndigits(ctx, j + 1);
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
    if (vk_tok_is(ctx, end, '.') && vk_tok_glued(ctx, end) && vk_is_digits(ctx, end + 1) &&
        vk_tok_glued(ctx, end + 1)) {
        num->has_point = true;
        num->frac_start = ctx->toks[end + 1].off;
        num->frac_end = num->frac_start + ctx->toks[end + 1].len;
        end += 2;
    }
    return end - start;
}

/* Plain numbers (cardinal, decimal, digit by digit), with what may be glued to
 * them: # before (#1 नंबर एक: iv[3] VK_N_HASH), + after (300+ तीन सौ से ज़्यादा:
 * VK_N_MORE), /- after (500/- रुपये). */
size_t vk_rec_number(vachak_ctx *ctx, size_t i, vk_item *it)
{
    size_t h = vk_tok_is(ctx, i, '#') && vk_is_digits(ctx, i + 1) && vk_tok_glued(ctx, i + 1);
    size_t n = vk_parse_number(ctx, i + h, &it->num[0]);
    if (!n)
        return 0;
    if (h)
        it->iv[3] |= VK_N_HASH;
    n += h;
    n += vk_slash_dash(ctx, i + n); /* 500/- रुपये */
    if (vk_tok_is(ctx, i + n, '+') && vk_tok_glued(ctx, i + n) &&
        !(vk_is_digits(ctx, i + n + 1) && vk_tok_glued(ctx, i + n + 1))) {
        it->iv[3] |= VK_N_MORE;
        n++;
    }
    char d[32];
    int nd = vk_num_digits(ctx, it->num[0].int_start, it->num[0].int_end, d, sizeof d);
    if (it->num[0].has_point)
        it->cls = VK_C_DECIMAL;
    else if (nd < 0 || vk_num_is_digitwise(d, (size_t)nd))
        it->cls = VK_C_DIGITS;
    else
        it->cls = VK_C_CARDINAL;
    return n;
}

/* Dotted digit groups: an IP address (four groups of at most three digits, each
 * up to 255: every digit said, groups joined by "डॉट") or a version number
 * (three or more groups: 3.5.1, each group a cardinal). Dates (22.11.2024) are
 * recognised before this. */
size_t vk_rec_dotted(vachak_ctx *ctx, size_t i, vk_item *it)
{
    if (!vk_is_digits(ctx, i) || (i > 0 && vk_tok_glued(ctx, i) && (vk_tok_is(ctx, i - 1, '.') ||
                                                                  vk_is_digits(ctx, i - 1))))
        return 0;
    size_t j = i, groups = 1;
    bool ip = vk_tok_ndigits(ctx, i) <= 3 && vk_tok_value(ctx, i) <= 255;
    while (vk_tok_is(ctx, j + 1, '.') && vk_tok_glued(ctx, j + 1) && vk_is_digits(ctx, j + 2) &&
           vk_tok_glued(ctx, j + 2)) {
        j += 2;
        groups++;
        ip = ip && vk_tok_ndigits(ctx, j) <= 3 && vk_tok_value(ctx, j) <= 255;
    }
    if (groups < 3)
        return 0;
    it->cls = ip && groups == 4 ? VK_C_ELECTRONIC : VK_C_VERSION;
    it->iv[1] = it->cls == VK_C_ELECTRONIC ? VK_LX_IP : 0;
    return j - i + 1;
}

double vk_num_value(const vachak_ctx *ctx, const vk_num *n)
{
    char d[64];
    int k = vk_num_digits(ctx, n->int_start, n->int_end, d, sizeof d);
    double v = k < 0 ? 1e300 : strtod(d, NULL);
    if (n->has_point) {
        k = vk_num_digits(ctx, n->frac_start, n->frac_end, d, sizeof d);
        double scale = 1;
        for (int q = 0; q < k; q++) {
            scale /= 10;
            v += (d[q] - '0') * scale;
        }
    }
    return n->neg ? -v : v;
}
