// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Saying quantities: money (the currency word after the amount, major and minor
 * units), measures and percentages (the unit after), ranges, dimensions, numbers
 * with a scale word, and fractions.
 */
#include "verbalize/sayers.h"

#include "classify/classify.h"
#include "verbalize/number.h"

#include <stdlib.h>
#include <string.h>

static void say_entry(vk_buf *out, const vk_entry *e, unsigned col)
{
    vk_space(out);
    vk_buf_puts(out, e->col[col]);
}

/* The numbers of a quantity with their scale words: one (8 लाख करोड़), a range
 * (10 से 15 लाख), dimensions (200 बाई 10) or a compound amount (4 लाख 20 हज़ार).
 * Halves and quarters are said the everyday way if `everyday`. */
static bool say_numbers(vachak_ctx *ctx, const vk_item *it, vk_buf *out, bool everyday)
{
    vk_source ignore;
    bool compound = it->iv[0] == VK_Q_COMPOUND;
    if (!vk_say_amount(ctx, out, &it->num[0], everyday && it->iv[0] != VK_Q_DIMS, &ignore))
        return false;
    if (compound && it->ent[1])
        say_entry(out, it->ent[1], 1);
    for (unsigned k = 1; k < it->nnum; k++) {
        vk_space(out);
        if (!compound) {
            vk_say_word(ctx, out, it->iv[0] == VK_Q_DIMS ? "by" : "to");
            vk_space(out);
        }
        if (!vk_say_amount(ctx, out, &it->num[k], everyday && it->iv[0] == VK_Q_RANGE, &ignore))
            return false;
    }
    if (compound)
        say_entry(out, it->ent[2], 1);
    else {
        if (it->ent[1])
            say_entry(out, it->ent[1], 1);
        if (it->ent[2])
            say_entry(out, it->ent[2], 1);
    }
    return true;
}

/* प्रति and the unit after a "per" slash (₹80/kg अस्सी रुपये प्रति किलोग्राम). */
static void say_per(vachak_ctx *ctx, const vk_item *it, vk_buf *out)
{
    if (!it->ent[3])
        return;
    vk_space(out);
    vk_say_word(ctx, out, "per");
    say_entry(out, it->ent[3], it->iv[2] && it->ent[3]->ncols > 3 ? 3 : 1);
}

/* Is this written number exactly one (1, not 1.0)? */
static bool is_one(const vachak_ctx *ctx, const vk_num *n)
{
    char d[8];
    return !n->has_point && vk_num_digits(ctx, n->int_start, n->int_end, d, sizeof d) == 1 && d[0] == '1';
}

/* ₹12.50: बारह रुपये पचास पैसे. Returns false if the number has no such reading
 * (more than two decimals, or a currency without a minor unit). */
static bool say_major_minor(vachak_ctx *ctx, const vk_item *it, vk_buf *out)
{
    const vk_entry *cur = it->ent[0];
    const vk_num *n = &it->num[0];
    char ip[32], fp[8];
    int ni = vk_num_digits(ctx, n->int_start, n->int_end, ip, sizeof ip);
    int nf = vk_num_digits(ctx, n->frac_start, n->frac_end, fp, sizeof fp);
    if (ni < 0 || ni > 9 || nf < 1 || nf > 2 || strcmp(cur->col[3], "-") == 0)
        return false;
    long major = strtol(ip, NULL, 10), minor = strtol(fp, NULL, 10) * (nf == 1 ? 10 : 1);
    if (n->neg) {
        vk_say_word(ctx, out, "minus");
        vk_buf_putc(out, ' ');
    }
    if (major > 0 || minor == 0) {
        vk_say_value(ctx, out, major, VK_RS_CARDINAL);
        vk_space(out);
        vk_buf_puts(out, major == 1 ? cur->col[1] : cur->col[2]);
    }
    if (minor > 0) {
        vk_space(out);
        vk_say_value(ctx, out, minor, VK_RS_CARDINAL);
        vk_space(out);
        vk_buf_puts(out, minor == 1 ? cur->col[3] : cur->col[4]);
    }
    return true;
}

bool vk_say_money(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    const vk_entry *cur = it->ent[0], *scale = it->ent[1];
    if (!scale && it->nnum == 1 && it->num[0].has_point && say_major_minor(ctx, it, out)) {
        say_per(ctx, it, out);
        return true;
    }
    if (!say_numbers(ctx, it, out, scale != NULL))
        return false;
    bool one = !scale && it->nnum == 1 && is_one(ctx, &it->num[0]) && !it->num[0].neg;
    say_entry(out, cur, one ? 1 : 2);
    say_per(ctx, it, out);
    return true;
}

/* Measures, percentages, and numbers with a scale word: the number (a half said
 * the everyday way before a scale word or a time unit), then scale, then unit. */
bool vk_say_measure(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    const vk_entry *unit = it->ent[0], *scale = it->ent[1];
    bool everyday = scale || (unit && strcmp(unit->col[2], "time") == 0);
    if (!say_numbers(ctx, it, out, everyday))
        return false;
    if (unit) /* before a postposition, the oblique form if the table has one */
        say_entry(out, unit, it->iv[2] && unit->ncols > 3 && !it->ent[3] ? 3 : 1);
    say_per(ctx, it, out);
    return true;
}

/* Ranges: 10-15 दस से पंद्रह; years: 2014-15 दो हज़ार चौदह-पंद्रह, 1920-26
 * उन्नीस सौ बीस से छब्बीस, 1920-1926 उन्नीस सौ बीस से उन्नीस सौ छब्बीस. */
bool vk_say_range(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    if (it->iv[1] == VK_R_SIGN) {
        vk_say_word(ctx, out, "to");
        return true;
    }
    if (it->iv[1] == VK_R_PLAIN)
        return vk_say_measure(ctx, it, out);
    char a[8], b[8];
    vk_num_digits(ctx, it->num[0].int_start, it->num[0].int_end, a, sizeof a);
    vk_num_digits(ctx, it->num[1].int_start, it->num[1].int_end, b, sizeof b);
    if (!vk_say_value(ctx, out, strtol(a, NULL, 10), VK_RS_YEAR))
        return false;
    if (it->iv[1] == VK_R_NEXT_YEAR)
        vk_buf_putc(out, '-');
    else {
        vk_space(out);
        vk_say_word(ctx, out, "to");
        vk_space(out);
    }
    vk_ruleset rs = it->iv[1] == VK_R_YEARS ? VK_RS_YEAR : VK_RS_CARDINAL;
    if (!vk_say_value(ctx, out, strtol(b, NULL, 10), rs))
        return false;
    it->src = (vk_source){ctx->rules->rbnf_file, ctx->rules->ruleset_line[VK_RS_YEAR],
                          vk_ruleset_names[VK_RS_YEAR]};
    return true;
}

/* Fractions: a named one (आधा, तीन चौथाई), a बटा b, or a whole number with a half
 * or quarter said the everyday way (1½ डेढ़, 3 1/2 साढ़े तीन, 2 3/4 पौने तीन). */
bool vk_say_fraction(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    int a = it->iv[0], b = it->iv[1];
    vk_source ignore;
    if (it->iv[2]) /* decimals: 4.5/5 */
        return vk_say_between(ctx, out, &it->num[1], "over", &it->num[2]);
    if (it->nnum == 1) {
        int q = b == 2 && a == 1 ? 2 : b == 4 && (a == 1 || a == 3) ? a : 0;
        char d[16];
        int nd = vk_num_digits(ctx, it->num[0].int_start, it->num[0].int_end, d, sizeof d);
        long whole = nd > 0 && nd <= 9 ? strtol(d, NULL, 10) : 0;
        if (q && whole >= 1)
            return vk_say_everyday(ctx, out, whole, q, false);
        if (!vk_say_number(ctx, out, &it->num[0], &ignore))
            return false;
        vk_space(out);
    }
    if (it->ent[0]) {
        vk_buf_puts(out, it->ent[0]->col[2]);
        return true;
    }
    vk_say_value(ctx, out, a, VK_RS_CARDINAL);
    vk_space(out);
    vk_say_word(ctx, out, "over");
    vk_space(out);
    return vk_say_value(ctx, out, b, VK_RS_CARDINAL);
}
