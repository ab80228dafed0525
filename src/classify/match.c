// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Matching rules entries against tokens (a key may span several glued tokens,
 * as km/h or कि.मी. do), and checking at load time that the classify tables'
 * columns hold what the recognisers expect.
 */
#include "classify/classify.h"

#include "core/error.h"
#include "token/token.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SPAN 6

_Static_assert(VK_T_COUNT <= 32, "vk_token_starts() keeps a bit per table in 32 bits");

const vk_entry *vk_match(const vachak_ctx *ctx, vk_table_id t, size_t i, size_t *ntok)
{
    if (i >= ctx->ntoks)
        return NULL;
    if (!(ctx->tok_starts[i] & (1u << t)))
        return NULL; /* no key of this table starts with this token */
    /* The furthest token a key could reach: glued tokens, or single spaces between. */
    size_t last = i;
    while (last + 1 < ctx->ntoks && last + 1 < i + MAX_SPAN) {
        const vk_token *a = &ctx->toks[last], *b = &ctx->toks[last + 1];
        uint32_t gap = b->off - (a->off + a->len);
        if (gap > 1 || (gap == 1 && ctx->text.p[a->off + a->len] != ' '))
            break;
        last++;
    }
    for (size_t j = last + 1; j-- > i;) {
        uint32_t a = ctx->toks[i].off, b = ctx->toks[j].off + ctx->toks[j].len;
        const vk_entry *e = vk_rules_get(ctx->rules, t, ctx->text.p + a, b - a);
        if (e) {
            if (ntok)
                *ntok = j - i + 1;
            return e;
        }
    }
    return NULL;
}

const vk_entry *vk_tok_entry(const vachak_ctx *ctx, size_t j, vk_table_id t)
{
    if (j >= ctx->ntoks)
        return NULL;
    const vk_token *k = &ctx->toks[j];
    return vk_rules_get(ctx->rules, t, ctx->text.p + k->off, k->len);
}

bool vk_tok_text_is(const vachak_ctx *ctx, size_t i, const char *s)
{
    if (i >= ctx->ntoks)
        return false;
    size_t n = strlen(s);
    return ctx->toks[i].len == n && memcmp(ctx->text.p + ctx->toks[i].off, s, n) == 0;
}

/* ---------------------------------------------------------------- load-time checks */

static vachak_status check_words(const vachak_rules *r, vk_table_id t, unsigned col,
                                 const char *const *allowed, vachak_error *err)
{
    const vk_table *tab = &r->tables[t];
    for (size_t i = 0; i < tab->n; i++) {
        const vk_entry *e = &tab->entries[i];
        bool ok = false;
        for (const char *const *a = allowed; *a && !ok; a++)
            ok = strcmp(e->col[col], *a) == 0;
        if (!ok)
            return vk_error(err, VACHAK_ERR_RULES, vk_rules_file(r, e->file), e->line, 0,
                            "column %u: '%s' is not one of the allowed values (%s, ...)", col + 1,
                            e->col[col], allowed[0]);
    }
    return VACHAK_OK;
}

static vachak_status check_ints(const vachak_rules *r, vk_table_id t, unsigned col, long lo,
                                long hi, vachak_error *err)
{
    const vk_table *tab = &r->tables[t];
    for (size_t i = 0; i < tab->n; i++) {
        const vk_entry *e = &tab->entries[i];
        char *end = NULL;
        long v = strtol(e->col[col], &end, 10);
        if (!end || *end || v < lo || v > hi)
            return vk_error(err, VACHAK_ERR_RULES, vk_rules_file(r, e->file), e->line, 0,
                            "column %u must be a number from %ld to %ld, not '%s'", col + 1, lo,
                            hi, e->col[col]);
    }
    return VACHAK_OK;
}

static const char *const unit_kinds[] = {"measure", "time", "percent", NULL};
static const char *const cue_kinds[] = {"before", "after", "postposition", NULL};
static const char *const halves[] = {"am", "pm", NULL};

/* Index the keys of all tables by their first token: token text -> the set of
 * tables with a key starting so (see vk_match, vk_token_starts). */
static vachak_status index_firsts(vachak_rules *r, vachak_error *err)
{
    size_t total = 0;
    for (int t = 0; t < VK_T_COUNT; t++)
        for (size_t i = 0; i < r->tables[t].n; i++)
            total += strlen(r->tables[t].entries[i].col[0]) + 1;
    char *p = r->firsts_arena = malloc(total + 1);
    if (!p)
        return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    r->firsts.fold_case = true; /* a superset: exact tables check exactly later */
    for (int t = 0; t < VK_T_COUNT; t++) {
        for (size_t i = 0; i < r->tables[t].n; i++) {
            const char *k = r->tables[t].entries[i].col[0];
            size_t n = vk_first_token_len(k, strlen(k));
            memcpy(p, k, n);
            p[n] = '\0';
            vk_entry e = {.col = {p}, .ncols = 1, .mask = 1u << t};
            const vk_entry *old = vk_rules_get_in(&r->firsts, p, n);
            if (old) {
                ((vk_entry *)old)->mask |= e.mask; /* still being built: not yet shared */
                continue;
            }
            bool dup;
            if (!vk_table_put(&r->firsts, &e, &dup))
                return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
            p += n + 1;
        }
    }
    return VACHAK_OK;
}

void vk_classify_release(vachak_rules *r)
{
    vk_table_free(&r->firsts);
    free(r->firsts_arena);
    r->firsts_arena = NULL;
}

uint32_t vk_token_starts(const vachak_ctx *ctx, size_t i)
{
    const vk_token *t = &ctx->toks[i];
    const vk_entry *e = vk_rules_get_in(&ctx->rules->firsts, ctx->text.p + t->off, t->len);
    return e ? e->mask : 0;
}

vachak_status vk_classify_prepare(vachak_rules *r, vachak_error *err)
{
    vachak_status st;
    if ((st = index_firsts(r, err)) || (st = check_words(r, VK_T_UNITS, 2, unit_kinds, err)) ||
        (st = check_words(r, VK_T_YEAR_CUES, 1, cue_kinds, err)) ||
        (st = check_words(r, VK_T_MERIDIEM, 1, halves, err)) ||
        (st = check_words(r, VK_T_ORDINAL_SUFFIXES, 1, (const char *const[]){
                              vk_ruleset_names[VK_RS_ORD_MASC], vk_ruleset_names[VK_RS_ORD_FEM],
                              vk_ruleset_names[VK_RS_ORD_OBL], vk_ruleset_names[VK_RS_CARDINAL],
                              NULL}, err)) ||
        (st = check_ints(r, VK_T_MONTHS, 1, 1, 12, err)) ||
        (st = check_ints(r, VK_T_PARTS_OF_DAY, 1, 0, 23, err)) ||
        (st = check_ints(r, VK_T_PARTS_OF_DAY, 2, 0, 23, err)))
        return st;
    const vk_table *fr = &r->tables[VK_T_FRACTIONS];
    for (size_t i = 0; i < fr->n; i++) {
        int a, b;
        char c;
        if (sscanf(fr->entries[i].col[1], "%d/%d%c", &a, &b, &c) != 2 || a < 0 || b <= 0)
            return vk_error(err, VACHAK_ERR_RULES, vk_rules_file(r, fr->entries[i].file),
                            fr->entries[i].line, 0, "column 2 must be a fraction such as 3/4");
    }
    /* Every month needs a name to say for numeric dates (22/11/2024): the first
     * entry for it whose key is its own spoken form, else its first entry. */
    const vk_table *t = &r->tables[VK_T_MONTHS];
    for (size_t i = 0; i < t->n; i++) {
        const vk_entry *e = &t->entries[i];
        int m = atoi(e->col[1]);
        const vk_entry *old = r->month_by_number[m];
        if (!old || (strcmp(old->col[0], old->col[2]) != 0 && strcmp(e->col[0], e->col[2]) == 0))
            r->month_by_number[m] = e;
    }
    for (int m = 1; m <= 12; m++)
        if (!r->month_by_number[m])
            return vk_error(err, VACHAK_ERR_RULES, vk_table_specs[VK_T_MONTHS].name, 0, 0,
                            "no name for month %d", m);
    return VACHAK_OK;
}
