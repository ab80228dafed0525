// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Recognising web and e-mail addresses: www.amazon.com, https://pib.gov.in/x,
 * google.com (a top-level domain of hi/web-words.tsv), name@example.org, and
 * dotted file and software names (Node.js). Dotted numbers (192.168.1.1) are
 * numbers in context, not addresses.
 */
#include "classify/classify.h"

#include "token/token.h"

#include <strings.h>

static const char *tok_text(const vachak_ctx *ctx, size_t i)
{
    return ctx->text.p + ctx->toks[i].off;
}

static bool tok_word(const vachak_ctx *ctx, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i < ctx->ntoks && ctx->toks[i].kind == VK_TOK_LATIN && ctx->toks[i].len == n &&
           strncasecmp(tok_text(ctx, i), w, n) == 0;
}

static bool glued(const vachak_ctx *ctx, size_t i)
{
    return i < ctx->ntoks && vk_tok_glued(ctx, i);
}

static bool label_tok(const vachak_ctx *ctx, size_t i)
{
    if (i >= ctx->ntoks)
        return false;
    uint8_t k = ctx->toks[i].kind;
    return k == VK_TOK_LATIN || k == VK_TOK_DIGITS;
}

/* A label from token i: letters and digits, with - or _ inside (my-site).
 * Returns its end (exclusive); *latin is set if it has letters. */
static size_t label_end(const vachak_ctx *ctx, size_t i, bool *latin)
{
    size_t j = i;
    while (j < ctx->ntoks && (j == i || glued(ctx, j))) {
        if (label_tok(ctx, j)) {
            *latin |= ctx->toks[j].kind == VK_TOK_LATIN;
            j++;
        } else if ((vk_tok_is(ctx, j, '-') || vk_tok_is(ctx, j, '_')) && glued(ctx, j + 1) &&
                   label_tok(ctx, j + 1)) {
            j++;
        } else {
            break;
        }
    }
    return j;
}

/* Tokens [i, end) are words of two or more Latin letters joined by dots, as
 * file and software names are (Node.js, index.html, ASP.NET); not U.S or e.g,
 * which are initials. */
static bool dotted_words(const vachak_ctx *ctx, size_t i, size_t end)
{
    for (size_t k = i; k < end; k++) {
        const vk_token *t = &ctx->toks[k];
        if ((k - i) % 2 ? !vk_tok_is(ctx, k, '.') : (t->kind != VK_TOK_LATIN || t->len < 2))
            return false;
    }
    return true;
}

size_t vk_rec_web(vachak_ctx *ctx, size_t i, vk_item *it)
{
    if (!label_tok(ctx, i) || (i > 0 && glued(ctx, i) && ctx->toks[i - 1].kind != VK_TOK_PUNCT))
        return 0;
    size_t j = i;
    bool scheme = false, latin = false, at = false;
    if ((tok_word(ctx, i, "http") || tok_word(ctx, i, "https")) && vk_tok_is(ctx, i + 1, ':') &&
        glued(ctx, i + 1) && vk_tok_is(ctx, i + 2, '/') && glued(ctx, i + 2) &&
        vk_tok_is(ctx, i + 3, '/') && glued(ctx, i + 3) && glued(ctx, i + 4) &&
        label_tok(ctx, i + 4)) {
        scheme = true;
        j = i + 4;
    }
    size_t first = j, last = j, dots = 0;
    j = label_end(ctx, j, &latin);
    while ((vk_tok_is(ctx, j, '.') || (!at && vk_tok_is(ctx, j, '@'))) && glued(ctx, j) &&
           glued(ctx, j + 1) && label_tok(ctx, j + 1)) {
        if (vk_tok_is(ctx, j, '@')) {
            at = true;
            dots = 0;
        } else {
            dots++;
        }
        last = j + 1;
        j = label_end(ctx, j + 1, &latin);
    }
    /* the host ends in a top-level domain: letters only, two or more */
    const vk_token *tld = &ctx->toks[last];
    if (!dots || !latin || j != last + 1 || tld->kind != VK_TOK_LATIN || tld->len < 2)
        return 0;
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_WEB_WORDS, tok_text(ctx, last), tld->len);
    bool is_tld = e && e->ncols == 3;
    if (!(scheme || at || is_tld || tok_word(ctx, first, "www") || dotted_words(ctx, first, j)))
        return 0;
    /* a path: /segments, each letters, digits, - _ . or another / */
    while (vk_tok_is(ctx, j, '/') && glued(ctx, j)) {
        j++;
        while (glued(ctx, j) && (label_tok(ctx, j) || vk_tok_is(ctx, j, '-') ||
                                 vk_tok_is(ctx, j, '_') ||
                                 (vk_tok_is(ctx, j, '.') && glued(ctx, j + 1) && label_tok(ctx, j + 1))))
            j++;
    }
    it->cls = VK_C_ELECTRONIC;
    it->iv[1] = scheme ? VK_LX_SCHEME : 0;
    if (e)
        it->src = (vk_source){e->file, e->line, NULL};
    return j - i;
}
