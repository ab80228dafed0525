// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The classify stage (see classify.h): the recognisers, in the order they are
 * tried, and the loop that walks the tokens of a line.
 */
#include "classify/classify.h"

#include "core/error.h"

const char *const vk_class_names[VK_C_COUNT] = {
    [VK_C_PLAIN] = "plain",     [VK_C_PUNCT] = "punct",       [VK_C_DROPPED] = "dropped",
    [VK_C_CARDINAL] = "cardinal", [VK_C_DECIMAL] = "decimal", [VK_C_DIGITS] = "digits",
    [VK_C_ACRONYM] = "acronym", [VK_C_ENGLISH] = "english",   [VK_C_GLOSS] = "gloss",
    [VK_C_ABBREV] = "abbrev",   [VK_C_SYMBOL] = "symbol",     [VK_C_ELECTRONIC] = "electronic",
    [VK_C_ROMAN] = "roman",
};

/* Words read as written: Devanagari and other scripts. (Latin words are all
 * taken by vk_rec_latin.) */
static size_t rec_word(vachak_ctx *ctx, size_t i, vk_item *it)
{
    uint8_t k = ctx->toks[i].kind;
    if (k != VK_TOK_DEVA && k != VK_TOK_WORD)
        return 0;
    it->cls = VK_C_PLAIN;
    return 1;
}

/* Punctuation: kept (as hi/punctuation.tsv says) or dropped. Digits that no
 * recogniser took are not possible here: rec_number takes every digit run. */
static size_t rec_punct(vachak_ctx *ctx, size_t i, vk_item *it)
{
    const vk_token *t = &ctx->toks[i];
    if (t->kind != VK_TOK_PUNCT)
        return 0;
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_PUNCTUATION, ctx->text.p + t->off, t->len);
    it->cls = e ? VK_C_PUNCT : VK_C_DROPPED;
    if (e)
        it->src = (vk_source){e->file, e->line, NULL};
    return 1;
}

/* The recognisers, most specific first. Numbers in context (money, dates,
 * units...) belong before "latin", whose digits-before-capitals reading (5G,
 * 2BHK) must not take 5km or 10th. */
#define K(kind) (1u << (kind))
static const struct {
    const char *name;
    vk_recognise_fn fn;
    unsigned starts; /* token kinds it can start at (K(VK_TOK_...) bits); 0: any */
} recognisers[] = {
    {"gloss", vk_rec_gloss, K(VK_TOK_PUNCT)}, /* एंथ्रोपिक (Anthropic): left out */
    {"web", vk_rec_web, K(VK_TOK_LATIN) | K(VK_TOK_DIGITS)}, /* www.amazon.com */
    {"abbrev", vk_rec_abbrev, K(VK_TOK_LATIN) | K(VK_TOK_DEVA)}, /* डॉ., ई.पू., Dr., vs */
    {"roman", vk_rec_roman, K(VK_TOK_LATIN)},  /* चार्ल्स III, World War II */
    {"latin", vk_rec_latin, K(VK_TOK_LATIN) | K(VK_TOK_DIGITS)}, /* AWS, G20, 5G, names */
    {"number", vk_rec_number, K(VK_TOK_DIGITS) | K(VK_TOK_PUNCT)},
    {"symbol", vk_rec_symbol, K(VK_TOK_PUNCT)}, /* + = & # @ */
    {"word", rec_word, K(VK_TOK_DEVA) | K(VK_TOK_WORD)},
    {"punct", rec_punct, K(VK_TOK_PUNCT)},
};

vachak_status vk_classify_run(vachak_ctx *ctx)
{
    ctx->nitems = 0;
    size_t i = 0;
    while (i < ctx->ntoks) {
        if (!vk_grow((void **)&ctx->items, &ctx->items_cap, ctx->nitems + 1, sizeof *ctx->items))
            return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        vk_item *it = &ctx->items[ctx->nitems];
        size_t used = 0;
        unsigned kind = K(ctx->toks[i].kind);
        for (size_t r = 0; r < sizeof recognisers / sizeof *recognisers && !used; r++) {
            if (recognisers[r].starts && !(recognisers[r].starts & kind))
                continue;
            *it = (vk_item){.tok = (uint32_t)i, .src = {VK_NO_FILE, 0, NULL}};
            used = recognisers[r].fn(ctx, i, it);
        }
        if (!used) { /* cannot happen: rec_word and rec_punct cover every token kind */
            it->cls = VK_C_DROPPED;
            used = 1;
        }
        it->ntok = (uint32_t)used;
        ctx->nitems++;
        i += used;
    }
    return VACHAK_OK;
}
