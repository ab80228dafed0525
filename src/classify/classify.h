// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The classify stage: tokens -> items. Recognisers look at a window of tokens
 * starting at the current one (and may look back for context); the first in the
 * table that matches makes the item and says how many tokens it covers.
 */
#ifndef VK_CLASSIFY_H
#define VK_CLASSIFY_H

#include "core/ctx.h"

vachak_status vk_classify_run(vachak_ctx *ctx);

/* A recogniser: if the tokens at i start something it knows, fill *it (cls, u,
 * src if it comes from a rules line) and return the number of tokens it covers;
 * otherwise return 0. */
typedef size_t (*vk_recognise_fn)(vachak_ctx *ctx, size_t i, vk_item *it);

/* Parse a written number starting at token i: an optional sign, digits with
 * group separators (Indian 1,00,000 or Western 100,000), an optional decimal
 * part. Returns tokens used (0 if none) and fills *num. */
size_t vk_parse_number(const vachak_ctx *ctx, size_t i, vk_num *num);

/* What a quantity item (money, measure, percent, range, a number with a scale
 * word) holds: iv[0] is its shape, iv[1] the kind of range; num[0..nnum-1] the
 * numbers; ent[0] the currency or unit, ent[1] the scale word (or NULL), ent[2]
 * a second scale word, ent[3] the unit after a "per" slash (₹80/kg). */
enum {
    VK_Q_ONE,      /* one number (with its scale words: 8 लाख करोड़ = num[0], ent[1], ent[2]) */
    VK_Q_RANGE,    /* num[0] to num[1] */
    VK_Q_DIMS,     /* num[0] by num[1] (by num[2]) */
    VK_Q_COMPOUND  /* num[0] ent[1] num[1] ent[2]: 4 लाख 20 हज़ार */
};
enum {
    VK_R_PLAIN,      /* 10-15: दस से पंद्रह */
    VK_R_NEXT_YEAR,  /* 2014-15, a financial year: दो हज़ार चौदह-पंद्रह */
    VK_R_YEAR_SHORT, /* 1920-26: उन्नीस सौ बीस से छब्बीस */
    VK_R_YEARS,      /* 1920-1926: उन्नीस सौ बीस से उन्नीस सौ छब्बीस */
    VK_R_SIGN        /* only the dash between two readings: से (10%-20%) */
};

/* iv[3] of a time that is a duration (2:45 मिनट, 13:02.5). */
enum { VK_T_DURATION = 1 };

/* Flags in iv[3] of a plain number. */
enum { VK_N_HASH = 1, VK_N_MORE = 2 };

/* Parse a quantity at token i: a number, then optionally a range (-, –, से) or
 * dimensions (x, ×), and scale words (hi/scales.tsv; those marked `money` only
 * if `money`). Fills it->num, nnum, iv[0], iv[1], ent[1], ent[2]; returns tokens
 * used, 0 if there is no number at i. */
size_t vk_parse_quantity(const vachak_ctx *ctx, size_t i, vk_item *it, bool money);

/* A "/-" glued after an amount at token j (₹500/-, 500/- रुपये): 2 tokens, or 0. */
size_t vk_slash_dash(const vachak_ctx *ctx, size_t j);

/* The numeric value of a written number (for comparisons). */
double vk_num_value(const vachak_ctx *ctx, const vk_num *n);

/* Check the classify tables' columns and derive month names (at rules load). */
vachak_status vk_classify_prepare(vachak_rules *r, vachak_error *err);
void vk_classify_release(vachak_rules *r);

/* The longest entry of table t whose key is the text of tokens i.. (glued, or
 * with single spaces between); *ntok gets the number of tokens it spans. */
const vk_entry *vk_match(const vachak_ctx *ctx, vk_table_id t, size_t i, size_t *ntok);

/* The tables (a bit per vk_table_id) that have a key starting with token i. */
uint32_t vk_token_starts(const vachak_ctx *ctx, size_t i);

/* The entry of table t whose key is token j's text, or NULL (also past the end). */
const vk_entry *vk_tok_entry(const vachak_ctx *ctx, size_t j, vk_table_id t);

/* Token i's text is exactly s. */
bool vk_tok_text_is(const vachak_ctx *ctx, size_t i, const char *s);

/* Token i is a run of digits. */
static inline bool vk_is_digits(const vachak_ctx *ctx, size_t i)
{
    return i < ctx->ntoks && ctx->toks[i].kind == VK_TOK_DIGITS;
}

/* The value of a plain digit run (no separators); -1 if it has more than 9 digits. */
long vk_tok_value(const vachak_ctx *ctx, size_t i);

/* Number of digits in digit-run token i. */
size_t vk_tok_ndigits(const vachak_ctx *ctx, size_t i);

/* The recognisers, in the order classify.c tries them. */
size_t vk_rec_number_name(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_phone(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_date_numeric(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_dotted(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_time(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_money(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_date_text(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_fraction(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_quantity(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_ordinal(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_year(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_number(vachak_ctx *ctx, size_t i, vk_item *it);

/* English inside Hindi (latin.c, marks.c, web.c). */
size_t vk_rec_gloss(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_web(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_abbrev(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_roman(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_latin(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_symbol(vachak_ctx *ctx, size_t i, vk_item *it);

#endif
