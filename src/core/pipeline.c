// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The pipeline: every stage listed once, in order, in one table, and the loop
 * that runs a text through them line by line. Also the rules' derived data
 * (each stage's prepare step) and the context's life cycle.
 */
#include "classify/classify.h"
#include "core/ctx.h"
#include "core/error.h"
#include "core/pipeline.h"
#include "output/output.h"
#include "text/text.h"
#include "token/token.h"
#include "verbalize/verbalize.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>

typedef struct vk_stage {
    const char *name;
    vachak_status (*prepare)(vachak_rules *r, vachak_error *err); /* at rules load; may be NULL */
    void (*release)(vachak_rules *r);                             /* undo prepare; may be NULL */
    vachak_status (*open)(vachak_ctx *ctx);                        /* at context creation; may be NULL */
    void (*close)(vachak_ctx *ctx);                                /* undo open; may be NULL */
    vachak_status (*run)(vachak_ctx *ctx);                         /* once per line */
} vk_stage;

static const vk_stage pipeline[] = {
    {"text", vk_text_prepare, vk_text_release, NULL, NULL, vk_text_run},
    {"token", NULL, NULL, NULL, NULL, vk_token_run},
    {"classify", vk_classify_prepare, vk_classify_release, NULL, NULL, vk_classify_run},
    {"verbalize", vk_verbalize_prepare, vk_verbalize_release, vk_verbalize_open, vk_verbalize_close,
     vk_verbalize_run},
    {"output", NULL, NULL, NULL, NULL, vk_output_run},
};
#define NSTAGES (sizeof pipeline / sizeof *pipeline)

bool vk_grow(void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 16;
    while (n < need)
        n *= 2;
    void *p = realloc(*arr, n * size);
    if (!p)
        return false;
    *arr = p;
    *cap = n;
    return true;
}

vachak_status vk_pipeline_prepare(vachak_rules *r, vachak_error *err)
{
    for (size_t i = 0; i < NSTAGES; i++)
        if (pipeline[i].prepare) {
            vachak_status st = pipeline[i].prepare(r, err);
            if (st)
                return st;
        }
    return VACHAK_OK;
}

void vk_pipeline_release(vachak_rules *r)
{
    for (size_t i = NSTAGES; i-- > 0;)
        if (pipeline[i].release)
            pipeline[i].release(r);
}

vachak_status vachak_ctx_new(const vachak_rules *rules, vachak_ctx **out, vachak_error *err)
{
    vk_error_clear(err);
    if (!out || !rules)
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "rules and out are required");
    *out = NULL;
    vachak_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx)
        return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    ctx->rules = rules;
    ctx->err = err;
    UErrorCode st = U_ZERO_ERROR;
    ctx->nfc = unorm2_getNFCInstance(&st);
    if (U_FAILURE(st)) {
        free(ctx);
        return vk_error(err, VACHAK_ERR_ICU, NULL, 0, 0, "ICU NFC data unavailable: %s",
                        u_errorName(st));
    }
    for (size_t i = 0; i < NSTAGES; i++) {
        vachak_status s = pipeline[i].open ? pipeline[i].open(ctx) : VACHAK_OK;
        if (s) {
            vachak_ctx_free(ctx);
            return s;
        }
    }
    ctx->err = NULL;
    *out = ctx;
    return VACHAK_OK;
}

void vachak_ctx_free(vachak_ctx *ctx)
{
    if (!ctx)
        return;
    for (size_t i = NSTAGES; i-- > 0;)
        if (pipeline[i].close)
            pipeline[i].close(ctx);
    vk_buf_free(&ctx->text);
    vk_buf_free(&ctx->scratch);
    vk_buf_free(&ctx->spoken);
    vk_buf_free(&ctx->saying);
    vk_buf_free(&ctx->out);
    vk_buf_free(&ctx->xstr);
    free(ctx->map);
    free(ctx->u16);
    free(ctx->toks);
    free(ctx->tok_starts);
    free(ctx->items);
    free(ctx->xitems);
    free(ctx);
}

/* Run every line of text through the stages. */
static vachak_status run(vachak_ctx *ctx, const char *text, size_t len, unsigned flags,
                         vachak_error *err)
{
    vk_error_clear(err);
    if (!ctx || (!text && len))
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "ctx and text are required");
    if (len > UINT32_MAX)
        return vk_error(err, VACHAK_ERR_TOO_LARGE, NULL, 0, 0, "input larger than 4 GiB");
    if ((flags & VACHAK_GLOSSES_KEEP) && (flags & VACHAK_GLOSSES_DROP))
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "glosses can be kept or dropped, not both");
    ctx->err = err;
    ctx->flags = flags;
    ctx->calls++;
    ctx->in = text ? text : "";
    ctx->in_len = len;
    vk_buf_clear(&ctx->out);
    vk_buf_clear(&ctx->xstr);
    ctx->nx = 0;
    vachak_status st = VACHAK_OK;
    size_t off = 0;
    unsigned line = 1;
    while (off < len && !st) {
        const char *nl = memchr(ctx->in + off, '\n', len - off);
        size_t end = nl ? (size_t)(nl - ctx->in) : len;
        ctx->line_off = off;
        ctx->line_len = end - off;
        ctx->line_no = line++;
        for (size_t i = 0; i < NSTAGES && !st; i++)
            st = pipeline[i].run(ctx);
        off = end + 1;
    }
    if (!st && (ctx->out.oom || !vk_buf_reserve(&ctx->out, 0)))
        st = vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    ctx->err = NULL;
    return st;
}

vachak_status vachak_normalize(vachak_ctx *ctx, const char *text, size_t len, unsigned flags,
                               char **out, size_t *out_len, vachak_error *err)
{
    if (out)
        *out = NULL;
    if (out_len)
        *out_len = 0;
    if (!out)
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "out is required");
    if (ctx)
        ctx->explain = false;
    vachak_status st = run(ctx, text, len, flags, err);
    if (st)
        return st;
    char *p = vk_buf_take(&ctx->out, out_len);
    if (!p)
        return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    *out = p;
    return VACHAK_OK;
}

vachak_status vachak_explain(vachak_ctx *ctx, const char *text, size_t len, unsigned flags,
                             const vachak_item **items, size_t *n_items, vachak_error *err)
{
    if (items)
        *items = NULL;
    if (n_items)
        *n_items = 0;
    if (!items || !n_items)
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "items and n_items are required");
    if (ctx)
        ctx->explain = true;
    vachak_status st = run(ctx, text, len, flags, err);
    if (st)
        return st;
    vk_output_explain_finish(ctx);
    *items = ctx->xitems;
    *n_items = ctx->nx;
    return VACHAK_OK;
}

void vachak_free(void *p)
{
    free(p);
}
