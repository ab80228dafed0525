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

/* The cue word (hi/digit-cues.tsv) before the number at token i: one word or two
 * (ट्रेन संख्या), with a colon or a dash allowed between (PIN: 560001). */
static const vk_entry *digit_cue(const vachak_ctx *ctx, size_t i)
{
    size_t j = i;
    if (j > 1 && (vk_tok_is(ctx, j - 1, ':') || vk_tok_is(ctx, j - 1, '-')))
        j--;
    if (j == 0 || (j == i && !ctx->toks[i].space))
        return NULL;
    const vk_token *p = &ctx->toks[j - 1];
    if (p->kind == VK_TOK_PUNCT || p->kind == VK_TOK_DIGITS)
        return NULL;
    const vk_entry *cue = vk_rules_get(ctx->rules, VK_T_DIGIT_CUES, ctx->text.p + p->off, p->len);
    if (!cue && j >= 2 && ctx->toks[j - 2].kind != VK_TOK_PUNCT) {
        const vk_token *q = &ctx->toks[j - 2];
        cue = vk_rules_get(ctx->rules, VK_T_DIGIT_CUES, ctx->text.p + q->off, p->off + p->len - q->off);
    }
    return cue;
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
    /* a number after a cue word (पिन कोड 110001, PIN: 560001, ट्रेन संख्या 12951),
     * or a PIN code after a place and a dash (नई दिल्ली-110070) */
    const vk_entry *cue = n >= 4 ? digit_cue(ctx, i) : NULL;
    bool pin = !cue && n == 6 && d >= 1 && d <= 8 && i >= 2 && vk_tok_is(ctx, i - 1, '-') &&
               ctx->toks[i - 2].kind != VK_TOK_DIGITS && ctx->toks[i - 2].kind != VK_TOK_PUNCT;
    if (cue && next_group(ctx, i + 1)) { /* आधार नंबर 1234 5678 9012: grouped */
        end = groups_from(ctx, i, 16, &total, &groups);
        it->cls = VK_C_PHONE;
        it->src = (vk_source){cue->file, cue->line, NULL};
        return end - i;
    }
    if (cue || pin) {
        it->cls = VK_C_DIGITS;
        it->iv[0] = 1; /* every digit said */
        vk_parse_number(ctx, i, &it->num[0]);
        it->nnum = 1;
        if (cue)
            it->src = (vk_source){cue->file, cue->line, NULL};
        return 1;
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
    bool aadhaar = n == 4 && total == 12 && groups == 3 && d >= 2; /* 1234 5678 9012 */
    bool tollfree = n == 4 && (vk_tok_value(ctx, i) == 1800 || vk_tok_value(ctx, i) == 1860) && total >= 10;
    bool landline = d == 0 && n >= 3 && n <= 5 && total >= 10 && total <= 12 && vk_tok_is(ctx, i + 1, '-');
    if (!mobile && !tollfree && !landline && !(aadhaar && vk_tok_ndigits(ctx, end - 1) == 4))
        return 0;
    it->cls = VK_C_PHONE;
    return end - i;
}
