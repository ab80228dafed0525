// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The output stage (see output.h).
 */
#include "output/output.h"

#include "core/error.h"
#include "verbalize/verbalize.h"

#include <stdint.h>
#include <unicode/utf8.h>

/* Items that are spoken words (not punctuation, not dropped symbols). */
static bool wordlike(const vk_item *it)
{
    return it->cls != VK_C_PUNCT && it->cls != VK_C_DROPPED;
}

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return false;
    return true;
}

static void spoken_line(vachak_ctx *ctx)
{
    vk_buf *out = &ctx->out;
    size_t line_start = out->len;
    uint32_t prev_end = 0;
    const vk_item *prev = NULL, *said = NULL; /* the item before; the last one said */
    for (size_t i = 0; i < ctx->nitems; i++) {
        const vk_item *it = &ctx->items[i];
        uint32_t start = vk_item_start(ctx, it);
        const char *gap = ctx->text.p + prev_end;
        size_t gaplen = start - prev_end;
        char last = out->len > line_start ? out->p[out->len - 1] : ' ';
        if (gaplen == 0) {
            /* Glued words read as separate words need a space between them: "60करोड़",
             * also across something left out ("25°C"), unless both are plain words
             * (a stray symbol inside a word leaves the word whole). */
            bool plain = said && said->cls == VK_C_PLAIN && it->cls == VK_C_PLAIN;
            if (said && wordlike(said) && wordlike(it) && it->spoken_len && last != ' ' &&
                (said == prev || !plain))
                vk_buf_putc(out, ' ');
            /* No blank before punctuation after something left out: "हिस्सेदारी (stake)।" */
            if (prev && prev->spoken_len == 0 && it->cls == VK_C_PUNCT)
                while (out->len > line_start && out->p[out->len - 1] == ' ')
                    out->p[--out->len] = '\0';
        } else {
            /* Do not double the blank around something that was left out. */
            bool after_nothing = prev && prev->spoken_len == 0;
            bool at_line_start = out->len == line_start;
            if (!((after_nothing && (last == ' ' || at_line_start)) && blank(gap, gaplen)))
                vk_buf_append(out, gap, gaplen);
        }
        vk_buf_append(out, ctx->spoken.p + it->spoken_off, it->spoken_len);
        prev_end = vk_item_end(ctx, it);
        prev = it;
        if (it->spoken_len)
            said = it;
    }
    /* Trailing blanks, unless they only follow something left out. */
    if (!(prev && prev->spoken_len == 0))
        vk_buf_append(out, ctx->text.p + prev_end, ctx->text.len - prev_end);
    else
        while (out->len > line_start && (out->p[out->len - 1] == ' ' || out->p[out->len - 1] == '\t'))
            out->p[--out->len] = '\0';
}

/* Column (1-based, in characters) of line byte offset `off`. */
static unsigned column_of(const vachak_ctx *ctx, uint32_t off)
{
    const char *s = ctx->in + ctx->line_off;
    unsigned col = 1;
    int32_t i = 0;
    while (i < (int32_t)off) {
        U8_FWD_1(s, i, (int32_t)off);
        col++;
    }
    return col;
}

static vachak_status explain_line(vachak_ctx *ctx)
{
    for (size_t i = 0; i < ctx->nitems; i++) {
        const vk_item *it = &ctx->items[i];
        if (!vk_grow((void **)&ctx->xitems, &ctx->xcap, ctx->nx + 1, sizeof *ctx->xitems))
            return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        uint32_t a = ctx->map[vk_item_start(ctx, it)];
        uint32_t b = ctx->map[vk_item_end(ctx, it)];
        if (b < a)
            b = a;
        vachak_item *x = &ctx->xitems[ctx->nx++];
        *x = (vachak_item){
            .in_offset = ctx->line_off + a,
            .in_length = b - a,
            .line = ctx->line_no,
            .column = column_of(ctx, a),
            .class_name = vk_class_names[it->cls],
            .rule_file = it->src.file == VK_NO_FILE ? "" : vk_rules_file(ctx->rules, it->src.file),
            .rule_line = it->src.line,
            .rule_name = it->src.name ? it->src.name : "",
        };
        /* The spoken string goes into xstr; its offset waits in `spoken` until
         * vk_output_explain_finish() turns offsets into pointers. */
        x->spoken = (const char *)(uintptr_t)ctx->xstr.len;
        vk_buf_append(&ctx->xstr, ctx->spoken.p + it->spoken_off, it->spoken_len);
        vk_buf_putc(&ctx->xstr, '\0');
    }
    return ctx->xstr.oom ? vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory")
                         : VACHAK_OK;
}

void vk_output_explain_finish(vachak_ctx *ctx)
{
    for (size_t i = 0; i < ctx->nx; i++)
        ctx->xitems[i].spoken = ctx->xstr.p + (uintptr_t)ctx->xitems[i].spoken;
}

vachak_status vk_output_run(vachak_ctx *ctx)
{
    if (ctx->explain)
        return explain_line(ctx);
    spoken_line(ctx);
    if (ctx->line_off + ctx->line_len < ctx->in_len) /* the line ended with '\n' */
        vk_buf_putc(&ctx->out, '\n');
    return ctx->out.oom ? vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory")
                        : VACHAK_OK;
}
