// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Quantities: numbers with what comes around them. A range (10-15, 2014-15),
 * dimensions (200x10), a scale word (लाख, billion), then a unit (km, %, घंटे)
 * or a currency (₹500, 500 रु., $4 बिलियन); and fractions (1/2, ¾, 3 1/2).
 */
#include "classify/classify.h"

#include "token/token.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A range sign between two numbers at token j: a dash (glued on both sides, or
 * spaced on both) or the word said for it (से, spaced). Returns the tokens it
 * takes (1), or 0. */
static size_t range_sign(const vachak_ctx *ctx, size_t j)
{
    if (j + 1 >= ctx->ntoks || !vk_is_digits(ctx, j + 1))
        return 0;
    bool before = ctx->toks[j].space, after = ctx->toks[j + 1].space;
    if ((vk_tok_is(ctx, j, '-') || vk_tok_is(ctx, j, 0x2013)) && before == after)
        return 1;
    const vk_entry *to = vk_rules_get(ctx->rules, VK_T_NUMBER_WORDS, "to", 2);
    return to && before && after && vk_tok_text_is(ctx, j, to->col[1]) ? 1 : 0;
}

/* A times sign between numbers: x, X or ×. */
static bool is_times(const vachak_ctx *ctx, size_t j)
{
    if (j >= ctx->ntoks)
        return false;
    bool x = vk_tok_is(ctx, j, 0x00D7) || vk_tok_text_is(ctx, j, "x") || vk_tok_text_is(ctx, j, "X");
    bool before = ctx->toks[j].space, after = j + 1 < ctx->ntoks && ctx->toks[j + 1].space;
    return x && before == after && vk_is_digits(ctx, j + 1);
}

/* Two-digit ends of year spans: 2014-15 (the next year) and 1920-26. */
static int year_range_kind(const vachak_ctx *ctx, size_t a, size_t b, const vk_num *na,
                           const vk_num *nb)
{
    long ya = vk_tok_value(ctx, a), yb = vk_tok_value(ctx, b);
    if (na->has_point || nb->has_point || na->neg || vk_tok_ndigits(ctx, a) != 4 || ya < 1000 ||
        ya > 2999)
        return -1;
    if (vk_tok_ndigits(ctx, b) == 2) {
        if (yb == (ya + 1) % 100)
            return VK_R_NEXT_YEAR;
        return yb > ya % 100 ? VK_R_YEAR_SHORT : -2; /* 2014-10: not a range */
    }
    if (vk_tok_ndigits(ctx, b) == 4 && yb > ya && yb <= 2999)
        return VK_R_YEARS;
    return -1;
}

/* A scale word of hi/scales.tsv at token j, if its "where" column allows it
 * there: `glued` ones only glued to a number of more than one digit (10K, not
 * 4K), `money` ones also only in an amount of money. */
static const vk_entry *scale_at(const vachak_ctx *ctx, size_t j, const vk_num *num, bool money,
                                size_t *k)
{
    const vk_entry *e = vk_match(ctx, VK_T_SCALES, j, k);
    if (!e || !strcmp(e->col[3], "word"))
        return e;
    bool glued = !ctx->toks[j].space;
    bool one_digit = !num->has_point && num->int_end - num->int_start <= 3 &&
                     vk_tok_ndigits(ctx, j - 1) == 1;
    if (!glued || one_digit || (!strcmp(e->col[3], "money") && !money))
        return NULL;
    return e;
}

size_t vk_parse_quantity(const vachak_ctx *ctx, size_t i, vk_item *it, bool money)
{
    size_t n = vk_parse_number(ctx, i, &it->num[0]);
    if (!n)
        return 0;
    it->nnum = 1;
    it->iv[0] = VK_Q_ONE;
    size_t j = i + n, r;
    if ((r = range_sign(ctx, j)) != 0) {
        vk_num b;
        size_t m = vk_parse_number(ctx, j + r, &b);
        int yk = n == 1 && m == 1 ? year_range_kind(ctx, i, j + r, &it->num[0], &b) : -1;
        if (m && !b.neg && !b.plus &&
            (yk >= 0 || (yk == -1 && vk_num_value(ctx, &b) > vk_num_value(ctx, &it->num[0])))) {
            it->num[1] = b;
            it->nnum = 2;
            it->iv[0] = VK_Q_RANGE;
            it->iv[1] = yk >= 0 ? yk : VK_R_PLAIN;
            if (yk == VK_R_NEXT_YEAR && r == 1 && !vk_tok_is(ctx, j, '-') && !vk_tok_is(ctx, j, 0x2013))
                it->iv[1] = VK_R_YEARS; /* 2014 से 2015: said as written */
            j += r + m;
        }
    } else if (is_times(ctx, j)) {
        while (it->nnum < 3 && is_times(ctx, j)) {
            size_t m = vk_parse_number(ctx, j + 1, &it->num[it->nnum]);
            if (!m || it->num[it->nnum].neg)
                break;
            it->nnum++;
            j += 1 + m;
        }
        if (it->nnum > 1)
            it->iv[0] = VK_Q_DIMS;
    }
    size_t k = 0;
    const vk_entry *s1 = scale_at(ctx, j, &it->num[it->nnum - 1], money, &k);
    if (!s1)
        return j - i;
    it->ent[1] = s1;
    j += k;
    int p1 = atoi(s1->col[2]);
    const vk_entry *s2 = scale_at(ctx, j, &it->num[0], money, &k);
    vk_num c;
    size_t m;
    if (s2 && atoi(s2->col[2]) > p1) { /* 8 लाख करोड़ */
        it->ent[2] = s2;
        j += k;
    } else if (it->iv[0] == VK_Q_ONE && vk_is_digits(ctx, j) && ctx->toks[j].space &&
               (m = vk_parse_number(ctx, j, &c)) != 0 && !c.neg && !c.plus && !c.has_point &&
               (s2 = scale_at(ctx, j + m, &c, money, &k)) != NULL && atoi(s2->col[2]) < p1 &&
               vk_num_value(ctx, &c) < 1e15) { /* 4 लाख 20 हज़ार */
        it->num[1] = c;
        it->nnum = 2;
        it->ent[2] = s2;
        it->iv[0] = VK_Q_COMPOUND;
        j += m + k;
    }
    return j - i;
}

size_t vk_slash_dash(const vachak_ctx *ctx, size_t j)
{
    return vk_tok_is(ctx, j, '/') && vk_tok_glued(ctx, j) && vk_tok_is(ctx, j + 1, '-') &&
                   vk_tok_glued(ctx, j + 1)
               ? 2
               : 0;
}

/* "Per" after a quantity: a glued slash and a unit (₹80/kg, 160 किमी/घंटा,
 * ₹499/माह). Returns the tokens it takes, and sets ent[3] to the unit. */
static size_t per_unit(const vachak_ctx *ctx, size_t j, vk_item *it)
{
    size_t k = 0;
    if (!vk_tok_is(ctx, j, '/') || !vk_tok_glued(ctx, j) || !vk_tok_glued(ctx, j + 1))
        return 0;
    const vk_entry *u = vk_match(ctx, VK_T_UNITS, j + 1, &k);
    if (!u || !strcmp(u->col[2], "percent"))
        return 0;
    it->ent[3] = u;
    return 1 + k;
}

/* A range whose ends both carry the unit, 10%-20% or 10°C-15°C: the dash, the
 * second number and the unit again at token j. Said once: दस से बीस प्रतिशत. */
static size_t unit_range(const vachak_ctx *ctx, size_t j, const vk_entry *unit, vk_item *it)
{
    size_t r, m, k = 0;
    vk_num b;
    if (it->iv[0] != VK_Q_ONE || it->ent[1] || !(r = range_sign(ctx, j)) ||
        !(m = vk_parse_number(ctx, j + r, &b)) || b.neg || b.plus ||
        vk_match(ctx, VK_T_UNITS, j + r + m, &k) != unit ||
        vk_num_value(ctx, &b) <= vk_num_value(ctx, &it->num[0]))
        return 0;
    it->num[1] = b;
    it->nnum = 2;
    it->iv[0] = VK_Q_RANGE;
    it->iv[1] = VK_R_PLAIN;
    return r + m + k;
}

/* Is token j followed by a number, so that a currency symbol at j is written
 * before that number, not after this one (iPhone 15 ₹49,999)? */
static bool prefixes_a_number(const vachak_ctx *ctx, size_t j, size_t k)
{
    return vk_is_digits(ctx, j + k);
}

/* ₹500, ₹ 4,24,84,00,000, Rs. 500, $4 बिलियन, ₹8 लाख करोड़, USD 5, -₹500; and
 * 500 रु., 5 USD. ent[0] is the currency, ent[3] a "per" unit (₹80/kg). A "/-"
 * after the amount (₹500/-) is absorbed. */
size_t vk_rec_money(vachak_ctx *ctx, size_t i, vk_item *it)
{
    size_t k = 0, s = 0;
    if ((vk_tok_is(ctx, i, '-') || vk_tok_is(ctx, i, 0x2212)) && (i == 0 || ctx->toks[i].space) &&
        vk_tok_glued(ctx, i + 1))
        s = 1; /* a minus sign before the currency */
    const vk_entry *cur = vk_match(ctx, VK_T_CURRENCIES, i + s, &k);
    size_t n;
    if (cur) {
        if (!vk_is_digits(ctx, i + s + k))
            return 0;
        n = vk_parse_quantity(ctx, i + s + k, it, true);
        if (!n || it->iv[0] == VK_Q_DIMS || it->num[0].neg)
            return 0;
        it->num[0].neg = s == 1;
        n += s + k;
    } else {
        if (s || (!vk_is_digits(ctx, i) && !vk_is_digits(ctx, i + 1)))
            return 0;
        n = vk_parse_quantity(ctx, i, it, true);
        if (!n || it->iv[0] == VK_Q_DIMS)
            return 0;
        n += vk_slash_dash(ctx, i + n);
        cur = vk_match(ctx, VK_T_CURRENCIES, i + n, &k);
        if (!cur || prefixes_a_number(ctx, i + n, k))
            return 0;
        n += k;
    }
    n += vk_slash_dash(ctx, i + n);
    n += per_unit(ctx, i + n, it);
    it->cls = VK_C_MONEY;
    it->ent[0] = cur;
    it->src = (vk_source){cur->file, cur->line, NULL};
    return n;
}

/* Feet and inches: 5'10" पाँच फ़ुट दस इंच (the text stage keeps ' and " after a
 * digit). A compound of two numbers with the words for feet and inches. */
static size_t feet_and_inches(const vachak_ctx *ctx, size_t i, vk_item *it)
{
    size_t j = i + 1;
    if (!vk_tok_is(ctx, j, '\'') || !vk_tok_glued(ctx, j) || !vk_is_digits(ctx, j + 1) ||
        !vk_tok_is(ctx, j + 2, '"') || !vk_tok_glued(ctx, j + 2) || vk_tok_ndigits(ctx, j + 1) > 2)
        return 0;
    it->ent[1] = vk_rules_get(ctx->rules, VK_T_NUMBER_WORDS, "feet", 4);
    it->ent[2] = vk_rules_get(ctx->rules, VK_T_NUMBER_WORDS, "inches", 6);
    vk_parse_number(ctx, j + 1, &it->num[1]);
    it->nnum = 2;
    it->iv[0] = VK_Q_COMPOUND;
    it->cls = VK_C_MEASURE;
    it->src = (vk_source){it->ent[1]->file, it->ent[1]->line, NULL};
    return 4;
}

/* A number with a unit (5 km, 25°C, 50%, 2.5 घंटे, 160 किमी/घंटा), a range
 * (10-15), dimensions (200x10) or a scale word (6.64 करोड़). Plain numbers are left
 * to the recognisers after this one. ent[0] is the unit, if any; ent[3] a "per"
 * unit. */
size_t vk_rec_quantity(vachak_ctx *ctx, size_t i, vk_item *it)
{
    size_t n = vk_parse_quantity(ctx, i, it, false);
    if (!n)
        return 0;
    if (n == 1 && (n = feet_and_inches(ctx, i, it)) != 0)
        return n;
    n = n ? n : 1;
    size_t k = 0;
    const vk_entry *unit = vk_match(ctx, VK_T_UNITS, i + n, &k);
    if (unit) {
        it->cls = strcmp(unit->col[2], "percent") == 0 ? VK_C_PERCENT : VK_C_MEASURE;
        it->ent[0] = unit;
        it->src = (vk_source){unit->file, unit->line, NULL};
        n += k;
        n += unit_range(ctx, i + n, unit, it);
        n += per_unit(ctx, i + n, it);
        /* before a postposition a unit takes its oblique form: प्रति घंटे की */
        it->iv[2] = i + n < ctx->ntoks && ctx->toks[i + n].space &&
                    vk_tok_entry(ctx, i + n, VK_T_POSTPOSITIONS);
        return n;
    }
    if (it->iv[0] == VK_Q_RANGE)
        it->cls = VK_C_RANGE;
    else if (it->iv[0] == VK_Q_DIMS)
        it->cls = VK_C_MEASURE;
    else if (it->ent[1])
        it->cls = it->num[0].has_point ? VK_C_DECIMAL : VK_C_CARDINAL;
    else
        return 0;
    if (it->ent[1])
        it->src = (vk_source){it->ent[1]->file, it->ent[1]->line, NULL};
    return n;
}

/* Numbers that are names (hi/number-names.tsv): 9/11 नाइन इलेवन, 24x7 चौबीसों
 * घंटे. ent[0] is the entry. */
size_t vk_rec_number_name(vachak_ctx *ctx, size_t i, vk_item *it)
{
    size_t k = 0;
    const vk_entry *e = vk_match(ctx, VK_T_NUMBER_NAMES, i, &k);
    if (!e || (i > 0 && vk_tok_glued(ctx, i) && ctx->toks[i - 1].kind != VK_TOK_PUNCT) ||
        (i + k < ctx->ntoks && vk_tok_glued(ctx, i + k) &&
         (ctx->toks[i + k].kind != VK_TOK_PUNCT || vk_tok_is(ctx, i + k, '/'))))
        return 0;
    it->cls = VK_C_NAMED;
    it->ent[0] = e;
    it->src = (vk_source){e->file, e->line, NULL};
    return k;
}

/* Fractions: 1/2 आधा, ¾ तीन चौथाई, 5/8 पाँच बटा आठ, and whole numbers with a
 * half or a quarter: 1½ डेढ़, 3 1/2 साढ़े तीन. num[0] is the whole number when
 * nnum is 1; iv[0], iv[1] are numerator and denominator; ent[0] the named
 * fraction (hi/fractions.tsv) or NULL. */
size_t vk_rec_fraction(vachak_ctx *ctx, size_t i, vk_item *it)
{
    size_t j = i, k = 0;
    it->nnum = 0;
    /* a whole number first: "3 1/2", "1½" */
    if (vk_is_digits(ctx, i)) {
        vk_num whole;
        size_t n = vk_parse_number(ctx, i, &whole);
        bool vulgar = n && i + n < ctx->ntoks && vk_tok_glued(ctx, i + n) &&
                      ctx->toks[i + n].kind == VK_TOK_PUNCT &&
                      vk_match(ctx, VK_T_FRACTIONS, i + n, NULL);
        bool spaced = n && i + n < ctx->ntoks && ctx->toks[i + n].space &&
                      vk_is_digits(ctx, i + n) && vk_tok_is(ctx, i + n + 1, '/');
        if ((vulgar || spaced) && !whole.has_point) {
            it->num[0] = whole;
            it->nnum = 1;
            j = i + n;
        }
    }
    /* decimals over a number: 4.5/5 चार दशमलव पाँच बटा पाँच (num[1] over num[2]) */
    vk_num a, b;
    size_t na, nb;
    if (!it->nnum && (na = vk_parse_number(ctx, j, &a)) != 0 && !a.neg && !a.plus &&
        vk_tok_is(ctx, j + na, '/') && vk_tok_glued(ctx, j + na) &&
        (nb = vk_parse_number(ctx, j + na + 1, &b)) != 0 && vk_tok_glued(ctx, j + na + 1) &&
        !b.neg && !b.plus && (a.has_point || b.has_point) &&
        !(vk_tok_is(ctx, j + na + 1 + nb, '/') && vk_tok_glued(ctx, j + na + 1 + nb))) {
        it->num[1] = a;
        it->num[2] = b;
        it->iv[2] = 1;
        it->cls = VK_C_FRACTION;
        return na + 1 + nb;
    }
    const vk_entry *e = NULL;
    if (j < ctx->ntoks && ctx->toks[j].kind == VK_TOK_PUNCT) {
        e = vk_match(ctx, VK_T_FRACTIONS, j, &k); /* ½ */
        if (!e || k != 1 || sscanf(e->col[1], "%d/%d", &it->iv[0], &it->iv[1]) != 2)
            return 0;
    } else if (vk_is_digits(ctx, j) && vk_tok_is(ctx, j + 1, '/') && vk_tok_glued(ctx, j + 1) &&
               vk_is_digits(ctx, j + 2) && vk_tok_glued(ctx, j + 2)) {
        if (vk_tok_is(ctx, j + 3, '/') && vk_tok_glued(ctx, j + 3))
            return 0; /* a date: 1/2/2024 */
        if (j > 0 && vk_tok_glued(ctx, j) && (vk_tok_is(ctx, j - 1, '/') || vk_is_digits(ctx, j - 1)))
            return 0;
        k = 3;
        e = vk_match(ctx, VK_T_FRACTIONS, j, NULL);
        if (e && vk_match(ctx, VK_T_FRACTIONS, j, &k) && k != 3)
            e = NULL;
        it->iv[0] = (int32_t)vk_tok_value(ctx, j);
        it->iv[1] = (int32_t)vk_tok_value(ctx, j + 2);
        if (it->iv[0] < 0 || it->iv[1] <= 0)
            return 0;
    } else {
        return 0;
    }
    it->cls = VK_C_FRACTION;
    it->ent[0] = e;
    if (e)
        it->src = (vk_source){e->file, e->line, NULL};
    return j + k - i;
}
