// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The classify stage (see classify.h): the recognisers, in the order they are
 * tried, and the loop that walks the tokens of a line.
 */
#include "classify/classify.h"

#include "core/error.h"
#include "token/token.h"

#include <string.h>

const char *const vk_class_names[VK_C_COUNT] = {
    [VK_C_PLAIN] = "plain",       [VK_C_PUNCT] = "punct",           [VK_C_DROPPED] = "dropped",
    [VK_C_CARDINAL] = "cardinal", [VK_C_DECIMAL] = "decimal",       [VK_C_DIGITS] = "digits",
    [VK_C_ORDINAL] = "ordinal",   [VK_C_YEAR] = "year",             [VK_C_DATE] = "date",
    [VK_C_TIME] = "time",         [VK_C_MONEY] = "money",           [VK_C_PERCENT] = "percent",
    [VK_C_MEASURE] = "measure",   [VK_C_FRACTION] = "fraction",     [VK_C_RANGE] = "range",
    [VK_C_PHONE] = "phone",       [VK_C_ELECTRONIC] = "electronic", [VK_C_VERSION] = "version",
    [VK_C_RATIO] = "ratio",       [VK_C_ACRONYM] = "acronym",       [VK_C_ENGLISH] = "english",
    [VK_C_GLOSS] = "gloss",       [VK_C_ABBREV] = "abbrev",         [VK_C_SYMBOL] = "symbol",
    [VK_C_ROMAN] = "roman",       [VK_C_NAMED] = "named",
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

/* The recognisers, most specific first: numbers in context (telephone numbers
 * before plain digit groups, numeric dates before dotted groups and fractions,
 * money before other quantities and before abbreviations such as रु., dates
 * with month names before years and before Latin words such as Nov), then
 * Latin-script text (a gloss, an address, an abbreviation, a Roman numeral,
 * acronyms and words: after the numbers, so 5km and 10th are not read as 5G),
 * then plain numbers, symbols, words and punctuation.
 * Each is tried at a token of a kind in `always`, or of a kind in `gated` that
 * starts a key of one of `tables`: so most tokens (plain words) meet only the
 * recognisers that could take them. */
#define K(kind) (1u << (kind))
#define T(table) (1u << (table))
#define DIGITS K(VK_TOK_DIGITS)
#define PUNCT K(VK_TOK_PUNCT)
#define LATIN K(VK_TOK_LATIN)
#define LETTERS (K(VK_TOK_DEVA) | K(VK_TOK_LATIN) | K(VK_TOK_WORD))
#define SIGN (1u << 8)  /* a punctuation token that may start a number: + - − # */
#define OPEN (1u << 9)  /* an opening bracket: ( [ */
#define DOTTED (1u << 10) /* letters with a glued . or / after them: ए.के., Dr. */
static const struct {
    const char *name;
    vk_recognise_fn fn;
    unsigned always, gated;
    uint32_t tables;
    bool bare;  /* sets only cls and src: needs no cleared item */
} recognisers[] = {
    {"named", vk_rec_number_name, 0, DIGITS, T(VK_T_NUMBER_NAMES), false}, /* 9/11, 24x7 */
    {"phone", vk_rec_phone, DIGITS | SIGN, 0, 0, false},
    {"date", vk_rec_date_numeric, DIGITS, 0, 0, false},
    {"dotted", vk_rec_dotted, DIGITS, 0, 0, false},
    {"time", vk_rec_time, DIGITS, 0, 0, false},
    {"money", vk_rec_money, DIGITS | SIGN, LETTERS | PUNCT, T(VK_T_CURRENCIES), false},
    {"date", vk_rec_date_text, DIGITS, LETTERS, T(VK_T_MONTHS), false},
    {"fraction", vk_rec_fraction, DIGITS, PUNCT, T(VK_T_FRACTIONS), false},
    {"quantity", vk_rec_quantity, DIGITS | SIGN, 0, 0, false},
    {"ordinal", vk_rec_ordinal, DIGITS, 0, 0, false},
    {"year", vk_rec_year, DIGITS, 0, 0, false},
    {"gloss", vk_rec_gloss, OPEN, 0, 0, false},                    /* एंथ्रोपिक (Anthropic) */
    {"web", vk_rec_web, LATIN | DIGITS, 0, 0, false},              /* www.amazon.com */
    {"abbrev", vk_rec_abbrev, DOTTED, LETTERS, T(VK_T_ABBREVIATIONS), false}, /* डॉ., Dr., vs */
    {"roman", vk_rec_roman, LATIN, 0, 0, false},                   /* चार्ल्स III */
    {"latin", vk_rec_latin, LATIN | DIGITS, 0, 0, false},          /* AWS, G20, 5G, names */
    {"number", vk_rec_number, DIGITS | SIGN, 0, 0, false},
    {"symbol", vk_rec_symbol, PUNCT, 0, 0, false},                 /* + = & # @ */
    {"word", rec_word, LETTERS, 0, 0, true},
    {"punct", rec_punct, PUNCT, 0, 0, true},
};

/* A dash between two readings of the same kind is said से: 10%-20%, 10°C-15°C,
 * 19 अप्रैल-1 जून, 9AM-9PM, ₹10-₹20 (ranges of bare numbers are read by the
 * quantity recogniser). */
static void dashes_between(vachak_ctx *ctx)
{
    for (size_t k = 1; k + 1 < ctx->nitems; k++) {
        vk_item *d = &ctx->items[k];
        const vk_token *t = &ctx->toks[d->tok];
        if (d->cls != VK_C_PUNCT || !(t->cp == '-' || t->cp == 0x2013))
            continue;
        const vk_item *a = &ctx->items[k - 1], *b = &ctx->items[k + 1];
        bool spaced = t->space, after = ctx->toks[b->tok].space;
        bool same = a->cls == b->cls && (a->cls == VK_C_DATE || a->cls == VK_C_MEASURE ||
                                         a->cls == VK_C_PERCENT || a->cls == VK_C_MONEY ||
                                         a->cls == VK_C_TIME);
        if (same && spaced == after) {
            d->cls = VK_C_RANGE;
            d->iv[1] = VK_R_SIGN;
        }
    }
}

vachak_status vk_classify_run(vachak_ctx *ctx)
{
    ctx->nitems = 0;
    if (!vk_grow((void **)&ctx->tok_starts, &ctx->tok_starts_cap, ctx->ntoks + 1,
                 sizeof *ctx->tok_starts))
        return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t t = 0; t < ctx->ntoks; t++)
        ctx->tok_starts[t] = vk_token_starts(ctx, t);
    size_t i = 0;
    while (i < ctx->ntoks) {
        if (!vk_grow((void **)&ctx->items, &ctx->items_cap, ctx->nitems + 1, sizeof *ctx->items))
            return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        vk_item *it = &ctx->items[ctx->nitems];
        size_t used = 0;
        const vk_token *t = &ctx->toks[i];
        unsigned kind = K(t->kind);
        if (t->kind == VK_TOK_PUNCT && (t->cp == '+' || t->cp == '-' || t->cp == 0x2212 || t->cp == '#'))
            kind |= SIGN;
        if (t->kind == VK_TOK_PUNCT && (t->cp == '(' || t->cp == '['))
            kind |= OPEN;
        if (t->kind != VK_TOK_PUNCT && (vk_tok_is(ctx, i + 1, '.') || vk_tok_is(ctx, i + 1, '/')) &&
            vk_tok_glued(ctx, i + 1))
            kind |= DOTTED;
        for (size_t r = 0; r < sizeof recognisers / sizeof *recognisers && !used; r++) {
            if (!(recognisers[r].always & kind) &&
                !((recognisers[r].gated & kind) && (ctx->tok_starts[i] & recognisers[r].tables)))
                continue;
            /* Clearing the item costs more than most recognisers' tests, so a
             * recogniser that sets only cls and src gets it as it is. */
            if (!recognisers[r].bare)
                memset(it, 0, sizeof *it);
            it->tok = (uint32_t)i;
            it->src = (vk_source){VK_NO_FILE, 0, NULL};
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
    dashes_between(ctx);
    return VACHAK_OK;
}
