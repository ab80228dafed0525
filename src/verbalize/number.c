// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The number engine (see number.h). All number words come from the rules: the
 * RBNF text for cardinals, years, ordinals and digits; hi/number-words.tsv for
 * the words said around them.
 */
#include "verbalize/number.h"

#include "core/error.h"
#include "token/token.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

static const char *const required_words[] = {
    "minus", "point", "to", "by", "over", "ratio", "oclock", "past", "minutes", "seconds",
    "one-and-half", "two-and-half", "and-half", "and-quarter", "quarter-to", "plus", "dot",
    "decade", "per", "more-than", "number", "hours", "hour", "feet", "inches"};

vachak_status vk_number_prepare(vachak_rules *r, vachak_error *err)
{
    for (size_t i = 0; i < sizeof required_words / sizeof *required_words; i++)
        if (!vk_rules_get(r, VK_T_NUMBER_WORDS, required_words[i], strlen(required_words[i])))
            return vk_error(err, VACHAK_ERR_RULES, vk_table_specs[VK_T_NUMBER_WORDS].name, 0, 0,
                            "missing the entry '%s'", required_words[i]);
    return VACHAK_OK;
}

/* Format v with formatter nf into out (UTF-8). */
static bool format_int(vachak_ctx *ctx, vk_buf *out, UNumberFormat *nf, int64_t v)
{
    UChar u[512];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = unum_formatInt64(nf, v, u, 512, NULL, &st);
    char s[1536];
    int32_t len = 0;
    if (U_SUCCESS(st))
        u_strToUTF8(s, (int32_t)sizeof s, &len, u, n, &st);
    if (U_FAILURE(st)) {
        vk_error(ctx->err, VACHAK_ERR_ICU, NULL, ctx->line_no, 0, "number formatting: %s",
                 u_errorName(st));
        return false;
    }
    vk_buf_append(out, s, (size_t)len);
    return true;
}

vachak_status vk_number_open(vachak_ctx *ctx)
{
    for (int i = 0; i < VK_RS_COUNT; i++) {
        UErrorCode st = U_ZERO_ERROR;
        ctx->nf[i] = unum_clone(ctx->rules->nf, &st);
        UChar name[64];
        int32_t n = 0;
        if (U_SUCCESS(st))
            u_strFromUTF8(name, 64, &n, vk_ruleset_names[i], -1, &st);
        if (U_SUCCESS(st))
            unum_setTextAttribute(ctx->nf[i], UNUM_DEFAULT_RULESET, name, n, &st);
        if (U_FAILURE(st))
            return vk_error(ctx->err, VACHAK_ERR_ICU, VK_RBNF_FILE, ctx->rules->ruleset_line[i], 0,
                            "cannot use ruleset %s: %s", vk_ruleset_names[i], u_errorName(st));
    }
    /* The ten digit words, used for digit-by-digit readings. */
    for (int d = 0; d < 10; d++) {
        vk_buf b = {0};
        if (!format_int(ctx, &b, ctx->nf[VK_RS_DIGITS], d)) {
            vk_buf_free(&b);
            return VACHAK_ERR_ICU;
        }
        if (b.oom || b.len >= sizeof ctx->digit_word[d]) {
            vk_buf_free(&b);
            return vk_error(ctx->err, VACHAK_ERR_RULES, VK_RBNF_FILE,
                            ctx->rules->ruleset_line[VK_RS_DIGITS], 0, "digit word too long");
        }
        memcpy(ctx->digit_word[d], b.p, b.len + 1);
        vk_buf_free(&b);
    }
    return VACHAK_OK;
}

void vk_number_close(vachak_ctx *ctx)
{
    for (int i = 0; i < VK_RS_COUNT; i++) {
        if (ctx->nf[i])
            unum_close(ctx->nf[i]);
        ctx->nf[i] = NULL;
    }
}

int vk_num_digits(const vachak_ctx *ctx, uint32_t start, uint32_t end, char *dst, size_t cap)
{
    const char *s = ctx->text.p;
    int32_t i = (int32_t)start;
    size_t n = 0;
    while (i < (int32_t)end) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)end, c);
        int d = vk_digit_value(c);
        if (d < 0)
            continue; /* a group separator */
        if (n + 1 >= cap)
            return -1;
        dst[n++] = (char)('0' + d);
    }
    dst[n] = '\0';
    return (int)n;
}

bool vk_num_is_digitwise(const char *digits, size_t n)
{
    return n > VK_NUM_MAX_DIGITS || (n > 1 && digits[0] == '0');
}

bool vk_say_int(vachak_ctx *ctx, vk_buf *out, const char *digits, size_t n, vk_ruleset rs)
{
    int64_t v = 0;
    for (size_t i = 0; i < n && i < VK_NUM_MAX_DIGITS; i++)
        v = v * 10 + (digits[i] - '0');
    return format_int(ctx, out, ctx->nf[rs], v);
}

void vk_say_digits(vachak_ctx *ctx, vk_buf *out, const char *digits, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            vk_buf_putc(out, ' ');
        vk_buf_puts(out, ctx->digit_word[digits[i] - '0']);
    }
}

void vk_say_word(vachak_ctx *ctx, vk_buf *out, const char *key)
{
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_NUMBER_WORDS, key, strlen(key));
    if (e)
        vk_buf_puts(out, e->col[1]);
}

bool vk_say_value(vachak_ctx *ctx, vk_buf *out, long v, vk_ruleset rs)
{
    return format_int(ctx, out, ctx->nf[rs], v);
}

bool vk_say_everyday(vachak_ctx *ctx, vk_buf *out, long whole, int quarters, bool clock)
{
    if (quarters == 1 && whole == 1 && !clock) { /* 1.25 लाख: सवा लाख */
        vk_say_word(ctx, out, "and-quarter");
        return true;
    }
    if (quarters == 2 && whole == 1) {
        vk_say_word(ctx, out, "one-and-half");
        return true;
    }
    if (quarters == 2 && whole == 2) {
        vk_say_word(ctx, out, "two-and-half");
        return true;
    }
    vk_say_word(ctx, out, quarters == 1 ? "and-quarter" : quarters == 2 ? "and-half" : "quarter-to");
    vk_buf_putc(out, ' ');
    return vk_say_value(ctx, out, quarters == 3 ? whole + 1 : whole, VK_RS_CARDINAL);
}

bool vk_say_amount(vachak_ctx *ctx, vk_buf *out, const vk_num *num, bool everyday, vk_source *src)
{
    if (everyday && num->has_point && !num->neg && !num->plus) {
        char ip[32], fp[8];
        int ni = vk_num_digits(ctx, num->int_start, num->int_end, ip, sizeof ip);
        int nf = vk_num_digits(ctx, num->frac_start, num->frac_end, fp, sizeof fp);
        int q = nf < 0 ? 0
                : strcmp(fp, "5") == 0 || strcmp(fp, "50") == 0 ? 2
                : strcmp(fp, "25") == 0                         ? 1
                : strcmp(fp, "75") == 0                         ? 3
                                                                : 0;
        long whole = ni > 0 && ni <= 9 && !vk_num_is_digitwise(ip, (size_t)ni) ? strtol(ip, NULL, 10) : 0;
        if (q && whole >= 1 && whole <= 99) { /* साढ़े एक सौ would mean 150 */
            const vk_entry *w = vk_rules_get(ctx->rules, VK_T_NUMBER_WORDS, "and-half", 8);
            *src = (vk_source){w->file, w->line, NULL};
            return vk_say_everyday(ctx, out, whole, q, false);
        }
    }
    return vk_say_number(ctx, out, num, src);
}

bool vk_say_between(vachak_ctx *ctx, vk_buf *out, const vk_num *a, const char *key, const vk_num *b)
{
    vk_source ignore;
    if (!vk_say_number(ctx, out, a, &ignore))
        return false;
    vk_space(out);
    vk_say_word(ctx, out, key);
    vk_space(out);
    return vk_say_number(ctx, out, b, &ignore);
}

void vk_say_num_digits(vachak_ctx *ctx, vk_buf *out, const vk_num *num)
{
    const char *s = ctx->text.p;
    int32_t i = (int32_t)num->int_start;
    bool first = true;
    while (i < (int32_t)num->int_end) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)num->int_end, c);
        int d = vk_digit_value(c);
        if (d < 0)
            continue;
        if (!first)
            vk_buf_putc(out, ' ');
        vk_buf_puts(out, ctx->digit_word[d]);
        first = false;
    }
}

bool vk_say_number(vachak_ctx *ctx, vk_buf *out, const vk_num *num, vk_source *src)
{
    char ip[256], fp[256];
    int ni = vk_num_digits(ctx, num->int_start, num->int_end, ip, sizeof ip);
    int nf = num->has_point ? vk_num_digits(ctx, num->frac_start, num->frac_end, fp, sizeof fp) : 0;
    bool digitwise = ni < 0 || vk_num_is_digitwise(ip, (size_t)ni);
    if (ni < 0) { /* too long for the buffer: read every digit straight from the text */
        ni = 0;
    }
    src->file = ctx->rules->rbnf_file;
    src->line = ctx->rules->ruleset_line[digitwise ? VK_RS_DIGITS : VK_RS_CARDINAL];
    src->name = vk_ruleset_names[digitwise ? VK_RS_DIGITS : VK_RS_CARDINAL];
    if (num->neg || num->plus) {
        vk_say_word(ctx, out, num->neg ? "minus" : "plus");
        vk_buf_putc(out, ' ');
    }
    if (digitwise) {
        if (ni > 0) {
            vk_say_digits(ctx, out, ip, (size_t)ni);
        } else { /* over-long: stream the digits */
            vk_say_num_digits(ctx, out, num);
        }
    } else if (!vk_say_int(ctx, out, ip, (size_t)ni, VK_RS_CARDINAL)) {
        return false;
    }
    if (num->has_point && nf > 0) {
        vk_buf_putc(out, ' ');
        vk_say_word(ctx, out, "point");
        vk_buf_putc(out, ' ');
        vk_say_digits(ctx, out, fp, (size_t)nf);
    }
    return true;
}
