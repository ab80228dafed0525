// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The classify stage (see classify.h): the recognisers, in the order they are
 * tried, and the loop that walks the tokens of a line.
 */
#include "classify/classify.h"

#include "core/error.h"

const char *const vk_class_names[VK_C_COUNT] = {
    [VK_C_PLAIN] = "plain",       [VK_C_PUNCT] = "punct",           [VK_C_DROPPED] = "dropped",
    [VK_C_CARDINAL] = "cardinal", [VK_C_DECIMAL] = "decimal",       [VK_C_DIGITS] = "digits",
    [VK_C_ORDINAL] = "ordinal",   [VK_C_YEAR] = "year",             [VK_C_DATE] = "date",
    [VK_C_TIME] = "time",         [VK_C_MONEY] = "money",           [VK_C_PERCENT] = "percent",
    [VK_C_MEASURE] = "measure",   [VK_C_FRACTION] = "fraction",     [VK_C_RANGE] = "range",
    [VK_C_PHONE] = "phone",       [VK_C_ELECTRONIC] = "electronic", [VK_C_VERSION] = "version",
    [VK_C_RATIO] = "ratio",       [VK_C_ENGLISH] = "english",
};

/* Words read as written: Devanagari and other scripts. */
static size_t rec_word(vachak_ctx *ctx, size_t i, vk_item *it)
{
    uint8_t k = ctx->toks[i].kind;
    if (k == VK_TOK_LATIN) {
        it->cls = VK_C_ENGLISH;
        return 1;
    }
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

/* The recognisers, most specific first: telephone numbers before plain digit
 * groups, numeric dates before dotted groups and fractions, money before other
 * quantities, dates with month names before years, and plain numbers last. */
static const struct {
    const char *name;
    vk_recognise_fn fn;
} recognisers[] = {
    {"phone", vk_rec_phone},
    {"date", vk_rec_date_numeric},
    {"dotted", vk_rec_dotted},
    {"time", vk_rec_time},
    {"money", vk_rec_money},
    {"date", vk_rec_date_text},
    {"fraction", vk_rec_fraction},
    {"quantity", vk_rec_quantity},
    {"ordinal", vk_rec_ordinal},
    {"year", vk_rec_year},
    {"number", vk_rec_number},
    {"word", rec_word},
    {"punct", rec_punct},
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
        for (size_t r = 0; r < sizeof recognisers / sizeof *recognisers && !used; r++) {
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
