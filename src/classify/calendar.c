// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Dates, times, years and ordinals: 22/11/2024, 22 नवंबर, 2024, नवंबर 2024,
 * 10:30 AM, सन् 1947, 1998 में, 21वीं. Every word that decides a reading (months,
 * year cues, AM/PM, parts of the day, ordinal suffixes) comes from rules/hi/.
 */
#include "classify/classify.h"

#include "token/token.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

/* Is token j the word said for "o'clock" (बजे)? */
static bool is_oclock(const vachak_ctx *ctx, size_t j)
{
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_NUMBER_WORDS, "oclock", 6);
    return e && j < ctx->ntoks && vk_tok_text_is(ctx, j, e->col[1]);
}

/* Flags in a date item's iv[2]. */
enum { DATE_COMMA = 1 };

/* Date items: iv[0] day (0: none), iv[1] month, ent[0] the month entry whose
 * name is said, num[0] the year when nnum is 1; iv[2] DATE_COMMA when a comma
 * is said before the year. */

/* 22/11/2024, 22-11-2024, 22.11.2024 (day first, as in India) and 2024-11-22. */
size_t vk_rec_date_numeric(vachak_ctx *ctx, size_t i, vk_item *it)
{
    if (!vk_is_digits(ctx, i) || (i > 0 && vk_tok_glued(ctx, i) && ctx->toks[i - 1].kind != VK_TOK_PUNCT))
        return 0;
    if (i + 4 >= ctx->ntoks || ctx->toks[i + 1].kind != VK_TOK_PUNCT)
        return 0;
    UChar32 sep = ctx->toks[i + 1].cp;
    if (sep != '/' && sep != '-' && sep != '.')
        return 0;
    for (size_t k = i + 1; k <= i + 4; k++)
        if (!vk_tok_glued(ctx, k))
            return 0;
    if (!vk_is_digits(ctx, i + 2) || !vk_tok_is(ctx, i + 3, sep) || !vk_is_digits(ctx, i + 4))
        return 0;
    if (vk_tok_is(ctx, i + 5, sep) && vk_tok_glued(ctx, i + 5) && vk_is_digits(ctx, i + 6))
        return 0; /* four groups: an address or a version, not a date */
    size_t na = vk_tok_ndigits(ctx, i), nb = vk_tok_ndigits(ctx, i + 2), nc = vk_tok_ndigits(ctx, i + 4);
    long a = vk_tok_value(ctx, i), b = vk_tok_value(ctx, i + 2), c = vk_tok_value(ctx, i + 4);
    long d, m;
    size_t ytok;
    if (na == 4 && nb <= 2 && nc <= 2) { /* ISO: year first */
        m = b, d = c, ytok = i;
    } else if (na <= 2 && nb <= 2 && (nc == 4 || (nc == 2 && sep != '.'))) {
        d = a, m = b, ytok = i + 4;
        if (m > 12 && d <= 12) { /* written month first: 11/22/2024 */
            long t = d;
            d = m;
            m = t;
        }
    } else {
        return 0;
    }
    if (d < 1 || d > 31 || m < 1 || m > 12)
        return 0;
    it->cls = VK_C_DATE;
    it->iv[0] = (int32_t)d;
    it->iv[1] = (int32_t)m;
    it->ent[0] = ctx->rules->month_by_number[m];
    vk_parse_number(ctx, ytok, &it->num[0]);
    it->nnum = 1;
    it->src = (vk_source){it->ent[0]->file, it->ent[0]->line, NULL};
    return 5;
}

/* A month name at j, with a full stop glued to an English abbreviation (Nov.). */
static const vk_entry *month_at(const vachak_ctx *ctx, size_t j, size_t *k)
{
    const vk_entry *e = vk_match(ctx, VK_T_MONTHS, j, k);
    if (e && ctx->toks[j].kind == VK_TOK_LATIN && vk_tok_is(ctx, j + *k, '.') &&
        vk_tok_glued(ctx, j + *k))
        (*k)++;
    return e;
}

/* A plain whole number of n_min..n_max digits at j, with value in [lo, hi]. */
static bool plain_number(const vachak_ctx *ctx, size_t j, size_t n_min, size_t n_max, long lo,
                         long hi)
{
    if (!vk_is_digits(ctx, j))
        return false;
    vk_num n;
    if (vk_parse_number(ctx, j, &n) != 1 || n.neg)
        return false;
    size_t nd = vk_tok_ndigits(ctx, j);
    long v = vk_tok_value(ctx, j);
    return nd >= n_min && nd <= n_max && v >= lo && v <= hi;
}

#define is_day(ctx, j) plain_number(ctx, j, 1, 2, 1, 31)

/* A day written with an English ordinal suffix glued to it (22nd): the suffix's
 * token count (1), or 0. Said as a plain day before a month: बाईस जनवरी. */
static size_t english_day_suffix(const vachak_ctx *ctx, size_t j)
{
    if (j >= ctx->ntoks || ctx->toks[j].kind != VK_TOK_LATIN || !vk_tok_glued(ctx, j))
        return 0;
    const vk_token *t = &ctx->toks[j];
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_ORDINAL_SUFFIXES, ctx->text.p + t->off, t->len);
    return e ? 1 : 0;
}
#define is_year(ctx, j) plain_number(ctx, j, 4, 4, 1000, 2999)

/* 22 नवंबर, 2024; 15 अगस्त 1947; 1 जनवरी; नवंबर 2024; 22 Nov 2024; Nov 22, 2024. */
size_t vk_rec_date_text(vachak_ctx *ctx, size_t i, vk_item *it)
{
    size_t k = 0, j, sfx = 0;
    const vk_entry *month;
    if (vk_is_digits(ctx, i) && vk_tok_ndigits(ctx, i) <= 2)
        sfx = english_day_suffix(ctx, i + 1);
    if ((is_day(ctx, i) || (sfx && vk_tok_value(ctx, i) >= 1 && vk_tok_value(ctx, i) <= 31)) &&
        (month = month_at(ctx, i + 1 + sfx, &k))) {
        it->iv[0] = (int32_t)vk_tok_value(ctx, i);
        j = i + 1 + sfx + k;
    } else if ((month = month_at(ctx, i, &k)) && vk_is_digits(ctx, i + k)) {
        j = i + k;
        if (is_day(ctx, j) && !is_year(ctx, j)) { /* Nov 22, 2024: said बाईस नवंबर */
            it->iv[0] = (int32_t)vk_tok_value(ctx, j);
            j++;
        }
        if (!is_year(ctx, j) && !it->iv[0])
            return 0;
    } else {
        return 0;
    }
    it->cls = VK_C_DATE;
    it->iv[1] = atoi(month->col[1]);
    it->ent[0] = month;
    it->src = (vk_source){month->file, month->line, NULL};
    size_t y = j;
    if (vk_tok_is(ctx, j, ',') && vk_tok_glued(ctx, j))
        y = j + 1;
    if (is_year(ctx, y) && ctx->toks[y].space) {
        vk_parse_number(ctx, y, &it->num[0]);
        it->nnum = 1;
        it->iv[2] = y != j ? DATE_COMMA : 0;
        j = y + 1;
    }
    return j - i;
}

/* A year marked by a cue word: सन् 1947, वर्ष 1905, 1998 में, 1100 ई., 1990 के दशक;
 * and a decade, 1990s (iv[0] 1). Postpositions only mark 1100-2999, the years
 * read in pairs or like counts. */
size_t vk_rec_year(vachak_ctx *ctx, size_t i, vk_item *it)
{
    if (!plain_number(ctx, i, 2, 4, 10, 2999) || (vk_tok_glued(ctx, i) && i > 0 &&
                                                   ctx->toks[i - 1].kind != VK_TOK_PUNCT))
        return 0;
    /* a decade: 1990s उन्नीस सौ नब्बे के दशक, '90s नब्बे के दशक */
    size_t nd = vk_tok_ndigits(ctx, i);
    if ((nd == 4 || nd == 2) && vk_tok_value(ctx, i) % 10 == 0 && vk_tok_glued(ctx, i + 1) &&
        vk_tok_text_is(ctx, i + 1, "s") &&
        !(i + 2 < ctx->ntoks && vk_tok_glued(ctx, i + 2) && ctx->toks[i + 2].kind != VK_TOK_PUNCT)) {
        vk_parse_number(ctx, i, &it->num[0]);
        it->nnum = 1;
        it->cls = VK_C_YEAR;
        it->iv[0] = 1;
        return 2;
    }
    if (nd < 3)
        return 0;
    if (i + 1 < ctx->ntoks && vk_tok_glued(ctx, i + 1) && ctx->toks[i + 1].kind != VK_TOK_PUNCT)
        return 0;
    long v = vk_tok_value(ctx, i);
    const vk_entry *cue = NULL;
    if (i > 0 && ctx->toks[i].space) {
        const vk_entry *e = vk_rules_get(ctx->rules, VK_T_YEAR_CUES, ctx->text.p + ctx->toks[i - 1].off,
                                         ctx->toks[i - 1].len);
        if (e && strcmp(e->col[1], "before") == 0)
            cue = e;
    }
    if (!cue && i + 1 < ctx->ntoks && ctx->toks[i + 1].space) {
        const vk_entry *e = vk_match(ctx, VK_T_YEAR_CUES, i + 1, NULL);
        if (e && (strcmp(e->col[1], "after") == 0 ||
                  (strcmp(e->col[1], "postposition") == 0 && v >= 1100)))
            cue = e;
    }
    if (!cue)
        return 0;
    vk_parse_number(ctx, i, &it->num[0]);
    it->nnum = 1;
    it->cls = VK_C_YEAR;
    it->src = (vk_source){cue->file, cue->line, NULL};
    return 1;
}

/* The form of an ordinal whose English suffix does not show it (1st, 21st): the
 * feminine before a feminine noun (21st सदी इक्कीसवीं), the oblique when a
 * postposition follows the noun (1st Test में पहले), else the masculine. */
static vk_ruleset english_ordinal_form(const vachak_ctx *ctx, size_t j)
{
    if (j >= ctx->ntoks || ctx->toks[j].kind == VK_TOK_DIGITS || ctx->toks[j].kind == VK_TOK_PUNCT)
        return VK_RS_ORD_MASC;
    if (vk_tok_entry(ctx, j, VK_T_FEMININE_NOUNS))
        return VK_RS_ORD_FEM;
    /* the noun (of up to three words) and then a postposition; or one at once */
    for (size_t k = j; k < j + 4 && k < ctx->ntoks; k++) {
        if (ctx->toks[k].kind == VK_TOK_PUNCT || ctx->toks[k].kind == VK_TOK_DIGITS)
            break;
        if (vk_tok_entry(ctx, k, VK_T_POSTPOSITIONS))
            return VK_RS_ORD_OBL;
    }
    return VK_RS_ORD_MASC;
}

/* 5वां, 21वीं, 10वें, 1ला, 2री, 21st: digits and a glued suffix from
 * hi/ordinal-suffixes.tsv, which names the ruleset (an English suffix names none
 * that fits: the words after decide, iv[0] 1 + the ruleset). ent[0] is the suffix. */
size_t vk_rec_ordinal(vachak_ctx *ctx, size_t i, vk_item *it)
{
    if (!vk_is_digits(ctx, i) || i + 1 >= ctx->ntoks || !vk_tok_glued(ctx, i + 1))
        return 0;
    const vk_token *t = &ctx->toks[i + 1];
    if (t->kind != VK_TOK_DEVA && t->kind != VK_TOK_LATIN)
        return 0;
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_ORDINAL_SUFFIXES, ctx->text.p + t->off, t->len);
    if (!e || vk_tok_ndigits(ctx, i) > 15)
        return 0;
    vk_parse_number(ctx, i, &it->num[0]);
    it->nnum = 1;
    it->cls = VK_C_ORDINAL;
    it->ent[0] = e;
    if (t->kind == VK_TOK_LATIN)
        it->iv[0] = 1 + english_ordinal_form(ctx, i + 2);
    it->src = (vk_source){e->file, e->line, NULL};
    return 2;
}

/* The part of the day said before a time given with AM/PM. */
static const vk_entry *part_of_day(const vachak_ctx *ctx, int hour24)
{
    const vk_table *t = &ctx->rules->tables[VK_T_PARTS_OF_DAY];
    for (size_t i = 0; i < t->n; i++) {
        int a = atoi(t->entries[i].col[1]), b = atoi(t->entries[i].col[2]);
        if (a <= b ? (hour24 >= a && hour24 <= b) : (hour24 >= a || hour24 <= b))
            return &t->entries[i];
    }
    return NULL;
}

/* Is a part of the day already said before token i ("सुबह 6:39", "सुबह के 6:39")? */
static bool part_of_day_before(const vachak_ctx *ctx, size_t i)
{
    for (size_t back = 1; back <= 2 && back <= i; back++) {
        if (vk_tok_entry(ctx, i - back, VK_T_PARTS_OF_DAY))
            return true;
    }
    return false;
}

/* Is token j the word number-words.tsv gives for `key`? */
static bool is_word(const vachak_ctx *ctx, size_t j, const char *key)
{
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_NUMBER_WORDS, key, strlen(key));
    return e && j < ctx->ntoks && vk_tok_text_is(ctx, j, e->col[1]);
}

/* AM/PM at token j (glued or after a blank): the part of the day to say before an
 * hour h (1-12) unless one is written before token i. */
static size_t meridiem(vachak_ctx *ctx, size_t i, size_t j, long h, vk_item *it)
{
    size_t k = 0;
    const vk_entry *mer = vk_match(ctx, VK_T_MERIDIEM, j, &k);
    if (!mer || h < 1 || h > 12)
        return 0;
    int h24 = strcmp(mer->col[1], "pm") == 0 ? (h == 12 ? 12 : (int)h + 12) : (h == 12 ? 0 : (int)h);
    if (!part_of_day_before(ctx, i))
        it->ent[1] = part_of_day(ctx, h24);
    it->ent[0] = mer;
    it->src = (vk_source){mer->file, mer->line, NULL};
    return k;
}

/* Times: H:MM, H:MM:SS, 10.30 बजे, 10 AM, with AM/PM and a following बजे
 * absorbed; iv[0..2] are hours, minutes and seconds (-1: none), ent[1] the part
 * of the day to say first. Hour 00 is said as twelve at night. A duration
 * (iv[3] VK_T_DURATION) is a time with a unit after it (2:45 मिनट, 1:30 घंटे)
 * or a fraction of a second (13:02.5, num[0] the seconds). A pair that is not
 * a time (1:2, or one followed by अनुपात) is a ratio. */
size_t vk_rec_time(vachak_ctx *ctx, size_t i, vk_item *it)
{
    if (!vk_is_digits(ctx, i) || (i > 0 && vk_tok_glued(ctx, i) &&
                                  (vk_is_digits(ctx, i - 1) || vk_tok_is(ctx, i - 1, ':') ||
                                   vk_tok_is(ctx, i - 1, '.'))))
        return 0;
    long h = vk_tok_value(ctx, i);
    bool colon = vk_tok_is(ctx, i + 1, ':');
    if (!(colon || vk_tok_is(ctx, i + 1, '.')) || !vk_tok_glued(ctx, i + 1) ||
        !vk_is_digits(ctx, i + 2) || !vk_tok_glued(ctx, i + 2)) {
        /* a bare hour with AM/PM: 10 AM, 10am, 10 a.m. */
        size_t k = vk_tok_ndigits(ctx, i) <= 2 ? meridiem(ctx, i, i + 1, h, it) : 0;
        if (!k)
            return 0;
        it->cls = VK_C_TIME;
        it->iv[0] = (int32_t)h;
        it->iv[2] = -1;
        return 1 + k + (is_oclock(ctx, i + 1 + k) ? 1 : 0);
    }
    const vk_entry *ratio = vk_rules_get(ctx->rules, VK_T_NUMBER_WORDS, "ratio", 5);
    long m = vk_tok_value(ctx, i + 2), s = -1;
    size_t j = i + 3;
    bool time = vk_tok_ndigits(ctx, i) <= 2 && vk_tok_ndigits(ctx, i + 2) == 2 && h <= 24 && m <= 59;
    if (time && colon && vk_tok_is(ctx, j, ':') && vk_tok_glued(ctx, j) && vk_is_digits(ctx, j + 1) &&
        vk_tok_glued(ctx, j + 1) && vk_tok_ndigits(ctx, j + 1) == 2) {
        s = vk_tok_value(ctx, j + 1);
        time = s <= 59;
        j += 2;
    }
    /* a fraction of a second: a race time, 13:02.5 (minutes, seconds) */
    if (time && colon && vk_tok_is(ctx, j, '.') && vk_tok_glued(ctx, j) && vk_is_digits(ctx, j + 1) &&
        vk_tok_glued(ctx, j + 1)) {
        vk_parse_number(ctx, s >= 0 ? j - 1 : i + 2, &it->num[0]);
        it->nnum = 1;
        int32_t z = (int32_t)it->num[0].int_start, end = (int32_t)it->num[0].int_end;
        UChar32 c;
        int32_t next = z;
        U8_NEXT(ctx->text.p, next, end, c);
        if (vk_digit_value(c) == 0 && next < end) /* 13:02.5: दो, not शून्य दो */
            it->num[0].int_start = (uint32_t)next;
        it->cls = VK_C_TIME;
        it->iv[0] = s >= 0 ? (int32_t)h : -1;
        it->iv[1] = s >= 0 ? (int32_t)m : (int32_t)h;
        it->iv[2] = -1;
        it->iv[3] = VK_T_DURATION;
        return j + 2 - i;
    }
    if (!colon) { /* 10.30 is a time only when बजे or AM/PM says so */
        size_t k = 0;
        if (!time || vk_is_digits(ctx, j) || (!vk_match(ctx, VK_T_MERIDIEM, j, &k) && !is_oclock(ctx, j)) ||
            (vk_tok_is(ctx, j, '.') && vk_tok_glued(ctx, j)))
            return 0;
    }
    /* "1:30 के अनुपात में": the word after says it is a ratio. */
    bool said_ratio = ratio && (vk_tok_text_is(ctx, j, ratio->col[1]) ||
                                (vk_tok_entry(ctx, j, VK_T_POSTPOSITIONS) && vk_tok_text_is(ctx, j + 1, ratio->col[1])));
    if (!time || said_ratio) {
        if (s >= 0)
            return 0;
        vk_parse_number(ctx, i, &it->num[0]);
        vk_parse_number(ctx, i + 2, &it->num[1]);
        it->nnum = 2;
        it->cls = VK_C_RATIO;
        return 3;
    }
    it->cls = VK_C_TIME;
    it->iv[0] = (int32_t)h;
    it->iv[1] = (int32_t)m;
    it->iv[2] = (int32_t)s;
    /* a duration: a unit after it says what the parts are */
    if (colon && (is_word(ctx, j, "minutes") || is_word(ctx, j, "hours") || is_word(ctx, j, "hour"))) {
        it->iv[3] = VK_T_DURATION;
        if (is_word(ctx, j, "minutes")) { /* 2:45 मिनट: minutes and seconds */
            if (s >= 0)
                return 0;
            it->iv[2] = (int32_t)m;
            it->iv[1] = (int32_t)h;
            it->iv[0] = -1;
        }
        return j + 1 - i;
    }
    j += meridiem(ctx, i, j, h, it);
    if (h == 0 && !part_of_day_before(ctx, i)) /* 00:30: रात साढ़े बारह */
        it->ent[1] = part_of_day(ctx, 0);
    if (is_oclock(ctx, j))
        j++;
    return j - i;
}
