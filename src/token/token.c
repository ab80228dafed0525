// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The token stage (see token.h). A single forward scan; characters are sorted
 * into classes by code point ranges (ASCII first, ICU properties for the rest).
 */
#include "token/token.h"

#include "core/error.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

enum { C_SPACE, C_DEVA, C_LATIN, C_WORD, C_DIGIT_ASCII, C_DIGIT_DEVA, C_DIGIT_OTHER, C_PUNCT };

static int char_class(UChar32 c)
{
    if (c < 0x80) {
        if (c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '\n')
            return C_SPACE;
        if (c >= '0' && c <= '9')
            return C_DIGIT_ASCII;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return C_LATIN;
        return C_PUNCT;
    }
    if (c >= 0x0900 && c <= 0x097F) {
        if (c >= 0x0966 && c <= 0x096F)
            return C_DIGIT_DEVA;
        if (c == 0x0964 || c == 0x0965 || c == 0x0970) /* । ॥ ॰ */
            return C_PUNCT;
        return C_DEVA;
    }
    if ((c >= 0xA8E0 && c <= 0xA8FF) || (c >= 0x1CD0 && c <= 0x1CFF) || c == 0x200C || c == 0x200D)
        return C_DEVA; /* Devanagari extended, Vedic marks, ZWNJ/ZWJ inside words */
    if ((c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) || (c >= 0x1E00 && c <= 0x1EFF))
        return C_LATIN;
    if (u_isUWhiteSpace(c))
        return C_SPACE;
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER)
        return C_DIGIT_OTHER;
    if (u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK))
        return C_WORD;
    return C_PUNCT;
}

static const uint8_t tok_kind_of[] = {
    [C_DEVA] = VK_TOK_DEVA,         [C_LATIN] = VK_TOK_LATIN,         [C_WORD] = VK_TOK_WORD,
    [C_DIGIT_ASCII] = VK_TOK_DIGITS, [C_DIGIT_DEVA] = VK_TOK_DIGITS, [C_DIGIT_OTHER] = VK_TOK_DIGITS,
    [C_PUNCT] = VK_TOK_PUNCT,
};

static bool ends_sentence(const vk_token *t)
{
    return t->kind == VK_TOK_PUNCT &&
           (t->cp == 0x0964 || t->cp == 0x0965 || t->cp == '?' || t->cp == '!');
}

size_t vk_first_token_len(const char *s, size_t n)
{
    int32_t i = 0, len = (int32_t)n;
    int first = -1;
    while (i < len) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, len, c);
        int k = char_class(c);
        bool mark = k == C_WORD && (U_GET_GC_MASK(c) & U_GC_M_MASK);
        if (first < 0) {
            if (k == C_SPACE)
                return 0;
            first = k;
            if (k == C_PUNCT)
                return (size_t)i;
            continue;
        }
        if (k != first && !(mark && (first == C_LATIN || first == C_DEVA)))
            return (size_t)at;
    }
    return (size_t)i;
}

vachak_status vk_token_run(vachak_ctx *ctx)
{
    const char *s = ctx->text.p;
    int32_t n = (int32_t)ctx->text.len;
    ctx->ntoks = 0;
    int32_t i = 0;
    bool space = true;
    int prev_cls = C_SPACE;
    while (i < n) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        int k = char_class(c);
        if (k == C_SPACE) {
            space = true;
            prev_cls = C_SPACE;
            continue;
        }
        /* Marks (nukta, matras) continue any letter run, and a mark after a symbol
         * (the variation selector of an emoji) goes with it; runs of the same
         * class merge. */
        bool mark = k == C_WORD && (U_GET_GC_MASK(c) & U_GC_M_MASK);
        if (ctx->ntoks && !space && k != C_PUNCT &&
            (k == prev_cls || (mark && (prev_cls == C_LATIN || prev_cls == C_DEVA ||
                                        prev_cls == C_PUNCT)))) {
            ctx->toks[ctx->ntoks - 1].len = (uint32_t)(i - ctx->toks[ctx->ntoks - 1].off);
            continue;
        }
        if (!vk_grow((void **)&ctx->toks, &ctx->toks_cap, ctx->ntoks + 1, sizeof *ctx->toks))
            return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        vk_token *t = &ctx->toks[ctx->ntoks];
        *t = (vk_token){.off = (uint32_t)at, .len = (uint32_t)(i - at), .kind = tok_kind_of[k],
                        .space = space, .cp = k == C_PUNCT ? c : 0};
        /* A sentence starts the line, follows । ॥ ? !, or follows a '.' then a blank. */
        if (ctx->ntoks == 0)
            t->sent_start = true;
        else {
            const vk_token *p = &ctx->toks[ctx->ntoks - 1];
            t->sent_start = ends_sentence(p) || (p->kind == VK_TOK_PUNCT && p->cp == '.' && space);
        }
        ctx->ntoks++;
        space = false;
        prev_cls = k;
    }
    return VACHAK_OK;
}
