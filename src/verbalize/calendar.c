// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Saying dates, years, times, ordinals and ratios: days are cardinals, months
 * their Hindi names, years in pairs (%spellout-year); times with बजे/बजकर and the
 * everyday quarters; ordinals through the ruleset their suffix names.
 */
#include "verbalize/sayers.h"

#include "classify/classify.h"
#include "verbalize/number.h"

#include <string.h>

/* A year as written: four digits in pairs, two digits as a cardinal ('24). */
static bool say_year(vachak_ctx *ctx, const vk_num *n, vk_buf *out)
{
    char d[8];
    int nd = vk_num_digits(ctx, n->int_start, n->int_end, d, sizeof d);
    if (nd < 0)
        return false;
    return vk_say_int(ctx, out, d, (size_t)nd, nd >= 3 ? VK_RS_YEAR : VK_RS_CARDINAL);
}

bool vk_say_date(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    if (it->iv[0]) {
        vk_say_value(ctx, out, it->iv[0], VK_RS_CARDINAL);
        vk_space(out);
    }
    vk_buf_puts(out, it->ent[0]->col[2]);
    if (it->nnum) {
        if (it->iv[2])
            vk_buf_putc(out, ',');
        vk_space(out);
        return say_year(ctx, &it->num[0], out);
    }
    return true;
}

bool vk_say_year(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    if (!say_year(ctx, &it->num[0], out))
        return false;
    if (it->iv[0]) { /* 1990s */
        vk_space(out);
        vk_say_word(ctx, out, "decade");
    }
    return true;
}

/* 8:00 आठ बजे; 7:21 सात बजकर इक्कीस मिनट; 10:30 साढ़े दस बजे; 12:45 पौने एक बजे;
 * 10:30:15 दस बजकर तीस मिनट पंद्रह सेकंड; 7:45 PM शाम पौने आठ बजे. */
/* A duration: H घंटे M मिनट S सेकंड, the parts there are (13:02.5: तेरह मिनट दो
 * दशमलव पाँच सेकंड). */
static bool say_duration(vachak_ctx *ctx, const vk_item *it, vk_buf *out)
{
    int h = it->iv[0], m = it->iv[1], s = it->iv[2];
    if (h >= 0) {
        vk_say_value(ctx, out, h, VK_RS_CARDINAL);
        vk_space(out);
        vk_say_word(ctx, out, h == 1 ? "hour" : "hours");
    }
    if (m >= 0) {
        vk_space(out);
        vk_say_value(ctx, out, m, VK_RS_CARDINAL);
        vk_space(out);
        vk_say_word(ctx, out, "minutes");
    }
    if (s >= 0 || it->nnum) {
        vk_space(out);
        vk_source ignore;
        if (it->nnum)
            vk_say_number(ctx, out, &it->num[0], &ignore);
        else
            vk_say_value(ctx, out, s, VK_RS_CARDINAL);
        vk_space(out);
        vk_say_word(ctx, out, "seconds");
    }
    return true;
}

bool vk_say_time(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    if (it->iv[3] == VK_T_DURATION)
        return say_duration(ctx, it, out);
    int h = it->iv[0] ? it->iv[0] : 12, m = it->iv[1], s = it->iv[2];
    if (it->ent[1]) {
        vk_buf_puts(out, it->ent[1]->col[0]);
        vk_space(out);
    }
    if (s < 0 && m == 0) {
        vk_say_value(ctx, out, h, VK_RS_CARDINAL);
    } else if (s < 0 && h >= 1 && h <= 12 && (m == 15 || m == 30 || m == 45)) {
        vk_say_everyday(ctx, out, m == 45 ? h % 12 : h, m / 15, true);
    } else {
        vk_say_value(ctx, out, h, VK_RS_CARDINAL);
        vk_space(out);
        vk_say_word(ctx, out, "past");
        vk_space(out);
        vk_say_value(ctx, out, m, VK_RS_CARDINAL);
        vk_space(out);
        vk_say_word(ctx, out, "minutes");
        if (s >= 0) {
            vk_space(out);
            vk_say_value(ctx, out, s, VK_RS_CARDINAL);
            vk_space(out);
            vk_say_word(ctx, out, "seconds");
        }
        return true;
    }
    vk_space(out);
    vk_say_word(ctx, out, "oclock");
    return true;
}

bool vk_say_ordinal(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    char d[32];
    int nd = vk_num_digits(ctx, it->num[0].int_start, it->num[0].int_end, d, sizeof d);
    vk_ruleset rs = VK_RS_ORD_MASC;
    for (int r = 0; r < VK_RS_COUNT; r++)
        if (strcmp(vk_ruleset_names[r], it->ent[0]->col[1]) == 0)
            rs = (vk_ruleset)r;
    if (it->iv[0]) /* an English suffix: the form the words after chose */
        rs = (vk_ruleset)(it->iv[0] - 1);
    return nd > 0 && vk_say_int(ctx, out, d, (size_t)nd, rs);
}

bool vk_say_ratio(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    return vk_say_between(ctx, out, &it->num[0], "ratio", &it->num[1]);
}
