// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The text stage (see text.h). One pass over the line validates UTF-8, applies
 * the clean-up rules and records where each output byte came from; a second,
 * usually skipped, pass brings the line to NFC through ICU.
 */
#include "text/text.h"

#include "core/error.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

/* ---------------------------------------------------------------- rules */

/* rules->textinfo bits, above the combining class in the low byte. */
enum { TI_NFC = 1u << 8, TI_CLEAN = 1u << 9 };

static int cmp_rule(const void *a, const void *b)
{
    UChar32 x = ((const vk_cleanup_rule *)a)->cp, y = ((const vk_cleanup_rule *)b)->cp;
    return (x > y) - (x < y);
}

vachak_status vk_text_prepare(vachak_rules *r, vachak_error *err)
{
    const vk_table *t = &r->tables[VK_T_CLEANUP];
    r->cleanup = calloc(t->n ? t->n : 1, sizeof *r->cleanup);
    if (!r->cleanup)
        return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < t->n; i++) {
        const vk_entry *e = &t->entries[i];
        const char *k = e->col[0], *v = e->col[1];
        char *end = NULL;
        long cp = (k[0] == 'U' && k[1] == '+') ? strtol(k + 2, &end, 16) : -1;
        if (cp < 0 || cp > 0x10FFFF || !end || *end || end == k + 2)
            return vk_error(err, VACHAK_ERR_RULES, vk_rules_file(r, e->file), e->line, 0,
                            "key must be a code point written U+XXXX, not '%s'", k);
        vk_cleanup_rule *c = &r->cleanup[i];
        c->cp = (UChar32)cp;
        c->keep_after_digit = strcmp(v, "drop-unless-after-digit") == 0;
        if (strcmp(v, "space") == 0)
            v = " ";
        if (strcmp(v, "drop") != 0 && !c->keep_after_digit) {
            size_t n = strlen(v);
            if (n >= sizeof c->repl)
                return vk_error(err, VACHAK_ERR_RULES, vk_rules_file(r, e->file), e->line, 0,
                                "replacement longer than %zu bytes", sizeof c->repl - 1);
            memcpy(c->repl, v, n);
            c->len = (uint8_t)n;
        }
    }
    r->ncleanup = t->n;
    qsort(r->cleanup, r->ncleanup, sizeof *r->cleanup, cmp_rule);

    /* What the main loop needs to know of each common code point, in one probe:
     * its canonical combining class, whether NFC may change it, and whether a
     * clean-up rule (or the | and CR logic) applies. */
    r->textinfo = calloc(VK_TEXTINFO_LIMIT, sizeof *r->textinfo);
    if (!r->textinfo)
        return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    static const struct {
        const char *pattern;
        bool nfc;
    } sets[] = {{"[:^ccc=0:]", false}, {"[[:NFC_QC=N:][:NFC_QC=M:]]", true}};
    for (size_t k = 0; k < sizeof sets / sizeof *sets; k++) {
        UChar pat[64];
        UErrorCode st = U_ZERO_ERROR;
        u_uastrcpy(pat, sets[k].pattern);
        USet *set = uset_openPattern(pat, -1, &st);
        for (int32_t item = 0; U_SUCCESS(st) && item < uset_getItemCount(set); item++) {
            UChar32 a, z;
            uset_getItem(set, item, &a, &z, NULL, 0, &st);
            for (UChar32 c = a; c <= z && c < VK_TEXTINFO_LIMIT; c++)
                r->textinfo[c] |= sets[k].nfc ? TI_NFC : (uint16_t)u_getCombiningClass(c);
        }
        uset_close(set);
        if (U_FAILURE(st))
            return vk_error(err, VACHAK_ERR_ICU, NULL, 0, 0, "ICU sets: %s", u_errorName(st));
    }
    r->textinfo['|'] |= TI_CLEAN;
    r->textinfo['\r'] |= TI_CLEAN;
    for (size_t i = 0; i < r->ncleanup; i++)
        if (r->cleanup[i].cp < VK_TEXTINFO_LIMIT)
            r->textinfo[r->cleanup[i].cp] |= TI_CLEAN;
    return VACHAK_OK;
}

void vk_text_release(vachak_rules *r)
{
    free(r->cleanup);
    free(r->textinfo);
    r->cleanup = NULL;
    r->textinfo = NULL;
    r->ncleanup = 0;
}

static const vk_cleanup_rule *find_rule(const vachak_rules *r, UChar32 c)
{
    size_t lo = 0, hi = r->ncleanup;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        UChar32 m = r->cleanup[mid].cp;
        if (m == c)
            return &r->cleanup[mid];
        if (m < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* ---------------------------------------------------------------- emitting */

/* Append n bytes that came from line offset `from` (all of them map there, or,
 * if `step`, byte k maps to from + k). */
static bool emit(vachak_ctx *ctx, const char *s, size_t n, uint32_t from, bool step)
{
    size_t at = ctx->text.len;
    if (!vk_grow((void **)&ctx->map, &ctx->map_cap, at + n + 1, sizeof *ctx->map))
        return false;
    vk_buf_append(&ctx->text, s, n);
    if (ctx->text.oom)
        return false;
    for (size_t k = 0; k < n; k++)
        ctx->map[at + k] = from + (step ? (uint32_t)k : 0);
    return true;
}

static void trim_trailing_blanks(vachak_ctx *ctx)
{
    while (ctx->text.len && (ctx->text.p[ctx->text.len - 1] == ' ' ||
                             ctx->text.p[ctx->text.len - 1] == '\t'))
        ctx->text.len--;
    if (ctx->text.p)
        ctx->text.p[ctx->text.len] = '\0';
}

/* Is a `|` in this line a table-cell separator? Yes if the line has two or more,
 * or starts with one; otherwise a lone `|` is a danda. */
static bool is_table_row(const char *s, size_t n)
{
    size_t i = 0, pipes = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i < n && s[i] == '|')
        return true;
    for (const char *p = s; (p = memchr(p, '|', (size_t)(s + n - p))) != NULL; p++)
        if (++pipes >= 2)
            return true;
    return false;
}

static bool only_blanks(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

/* Is the character before byte offset `at` of s a digit (ASCII or Devanagari)? */
static bool prev_is_digit(const char *s, int32_t at)
{
    if (s[at - 1] >= '0' && s[at - 1] <= '9')
        return true;
    return at >= 3 && (unsigned char)s[at - 3] == 0xE0 && (unsigned char)s[at - 2] == 0xA5 &&
           (unsigned char)s[at - 1] >= 0xA6 && (unsigned char)s[at - 1] <= 0xAF;
}

/* ---------------------------------------------------------------- NFC */

/* UTF-8 length of UTF-16 units [a, b) (a surrogate unit counts 2 of its pair's 4). */
static size_t utf8_len(const UChar *u, int32_t a, int32_t b)
{
    size_t n = 0;
    for (int32_t k = a; k < b; k++)
        n += u[k] < 0x80 ? 1 : u[k] < 0x800 ? 2 : U16_IS_SURROGATE(u[k]) ? 2 : 3;
    return n;
}

/* Bring ctx->text to NFC if it is not already. Runs that pass ICU's quick check
 * are copied as they are; each segment around a character that does not (from
 * the normalisation boundary before it to the one after) is normalised alone, and
 * all its bytes map to where the segment started. */
static vachak_status to_nfc(vachak_ctx *ctx)
{
    const UNormalizer2 *nfc = ctx->nfc;
    size_t n = ctx->text.len;
    if (n == 0)
        return VACHAK_OK;
    if (!vk_grow((void **)&ctx->u16, &ctx->u16_cap, n + 1, sizeof *ctx->u16))
        return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    UErrorCode st = U_ZERO_ERROR;
    int32_t ulen = 0;
    UChar *u16 = ctx->u16;
    u_strFromUTF8(u16, (int32_t)ctx->u16_cap, &ulen, ctx->text.p, (int32_t)n, &st);
    int32_t yes = U_SUCCESS(st) ? unorm2_spanQuickCheckYes(nfc, u16, ulen, &st) : 0;
    if (U_FAILURE(st))
        return vk_error(ctx->err, VACHAK_ERR_ICU, NULL, ctx->line_no, 0, "NFC: %s", u_errorName(st));
    if (yes == ulen)
        return VACHAK_OK; /* the usual case */

    vk_buf *out = &ctx->scratch;
    vk_buf_clear(out);
    uint32_t *map = NULL;
    size_t map_cap = 0;
    UChar norm[256];
    char utf8[768];
    int32_t u = 0; /* UTF-16 position, a normalisation boundary */
    size_t b = 0;  /* the same position in the UTF-8 text */
    while (u < ulen) {
        /* Copy the part that passes the quick check, up to the boundary before
         * the first character that does not. */
        int32_t s0 = u + unorm2_spanQuickCheckYes(nfc, u16 + u, ulen - u, &st);
        while (s0 > u && s0 < ulen) {
            UChar32 c;
            U16_GET(u16, 0, s0, ulen, c);
            if (unorm2_hasBoundaryBefore(nfc, c))
                break;
            U16_BACK_1(u16, 0, s0);
        }
        size_t len = utf8_len(u16, u, s0);
        if (!vk_grow((void **)&map, &map_cap, out->len + len + 1, sizeof *map))
            goto oom;
        memcpy(map + out->len, ctx->map + b, len * sizeof *map);
        vk_buf_append(out, ctx->text.p + b, len);
        u = s0;
        b += len;
        if (u >= ulen)
            break;
        /* The segment to the next boundary, normalised on its own. */
        int32_t e = u;
        do {
            U16_FWD_1(u16, e, ulen);
            if (e < ulen) {
                UChar32 c;
                U16_GET(u16, 0, e, ulen, c);
                if (unorm2_hasBoundaryBefore(nfc, c))
                    break;
            }
        } while (e < ulen);
        size_t seglen = utf8_len(u16, u, e);
        int32_t nlen = unorm2_normalize(nfc, u16 + u, e - u, norm, 256, &st);
        int32_t l8 = 0;
        if (U_SUCCESS(st))
            u_strToUTF8(utf8, (int32_t)sizeof utf8, &l8, norm, nlen, &st);
        const char *src = utf8;
        if (U_FAILURE(st)) { /* a pathologically long run of marks: keep it as written */
            st = U_ZERO_ERROR;
            src = ctx->text.p + b;
            l8 = (int32_t)seglen;
        }
        if (!vk_grow((void **)&map, &map_cap, out->len + (size_t)l8 + 1, sizeof *map))
            goto oom;
        for (int32_t k = 0; k < l8; k++)
            map[out->len + (size_t)k] = ctx->map[b];
        vk_buf_append(out, src, (size_t)l8);
        u = e;
        b += seglen;
    }
    if (out->oom || !vk_buf_reserve(out, 0))
        goto oom;
    map[out->len] = ctx->map[n];
    free(ctx->map);
    ctx->map = map;
    ctx->map_cap = map_cap;
    vk_buf tmp = ctx->text;
    ctx->text = *out;
    *out = tmp;
    return VACHAK_OK;
oom:
    free(map);
    return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

/* ---------------------------------------------------------------- the stage */

vachak_status vk_text_run(vachak_ctx *ctx)
{
    const vachak_rules *r = ctx->rules;
    const char *s = ctx->in + ctx->line_off;
    int32_t n = (int32_t)ctx->line_len;
    bool table = is_table_row(s, (size_t)n);
    bool lossy = ctx->flags & VACHAK_LOSSY;

    vk_buf_clear(&ctx->text);
    if (!vk_grow((void **)&ctx->map, &ctx->map_cap, (size_t)n + 1, sizeof *ctx->map))
        return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    vk_buf_reserve(&ctx->text, (size_t)n);

    int32_t i = 0, run = 0;
    unsigned column = 1;
    bool nfc_maybe = false;  /* a character NFC may change, or marks out of order */
    uint8_t prev_ccc = 0;
    while (i < n) {
        int32_t at = i;
        unsigned char b = (unsigned char)s[i];
        UChar32 c;
        if (b < 0x80) {
            c = b;
            i++;
        } else {
            U8_NEXT(s, i, n, c);
        }
        const vk_cleanup_rule *rule = NULL;
        uint16_t info;
        if (c >= 0 && c < VK_TEXTINFO_LIMIT) {
            info = r->textinfo[c];
            if ((info & TI_CLEAN) && c != '\r')
                rule = find_rule(r, c);
            if (rule && rule->keep_after_digit && at > 0 && prev_is_digit(s, at)) {
                rule = NULL; /* 5'10": feet and inches */
                info &= (uint16_t)~TI_CLEAN;
            }
        } else {
            rule = c >= 0 ? find_rule(r, c) : NULL;
            info = TI_NFC | (rule ? TI_CLEAN : 0);
        }
        if (!(info & TI_CLEAN) && c >= 0) {
            uint8_t ccc = (uint8_t)info;
            if ((info & TI_NFC) || (ccc && ccc < prev_ccc))
                nfc_maybe = true;
            prev_ccc = ccc;
            column++;
            continue;
        }
        if (rule && rule->len) /* a replacement: let ICU check what it makes */
            nfc_maybe = true;
        /* flush the unchanged run before this character */
        if (at > run && !emit(ctx, s + run, (size_t)(at - run), (uint32_t)run, true))
            return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        run = i;
        if (c < 0) {
            if (!lossy)
                return vk_error(ctx->err, VACHAK_ERR_UTF8, NULL, ctx->line_no, column,
                                "invalid UTF-8 byte 0x%02X", (unsigned char)s[at]);
            if (!emit(ctx, "\xEF\xBF\xBD", 3, (uint32_t)at, false))
                return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        } else if (c == '|') {
            if (!table) { /* a danda: what hi/cleanup.tsv says (।), no blank before it */
                trim_trailing_blanks(ctx);
                if (rule && rule->len && !emit(ctx, rule->repl, rule->len, (uint32_t)at, false))
                    return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
            } else if (!only_blanks(ctx->text.p, ctx->text.len) &&
                       !only_blanks(s + i, (size_t)(n - i))) { /* between cells: a comma */
                trim_trailing_blanks(ctx);
                if (!emit(ctx, ",", 1, (uint32_t)at, false))
                    return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
            } /* a table's outer | is dropped */
        } else if (c == '\r' && !rule) {
            if (i < n && !emit(ctx, " ", 1, (uint32_t)at, false)) /* a lone CR inside a line */
                return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        } else if (rule->len && !emit(ctx, rule->repl, rule->len, (uint32_t)at, false)) {
            return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        }
        column++;
    }
    if (n > run && !emit(ctx, s + run, (size_t)(n - run), (uint32_t)run, true))
        return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (!ctx->text.p && !vk_buf_reserve(&ctx->text, 0))
        return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    ctx->map[ctx->text.len] = (uint32_t)n;
    return nfc_maybe ? to_nfc(ctx) : VACHAK_OK;
}
