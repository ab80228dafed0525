// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The verbalize stage: items -> their spoken forms, written back to back into
 * ctx->spoken (each item records its offset and length there).
 */
#ifndef VK_VERBALIZE_H
#define VK_VERBALIZE_H

#include "core/ctx.h"

vachak_status vk_verbalize_run(vachak_ctx *ctx);

/* The stage's set-up: checks and compiled tables at rules load, formatters and
 * caches per context (number.h and latin.h do the work). */
vachak_status vk_verbalize_prepare(vachak_rules *r, vachak_error *err);
void vk_verbalize_release(vachak_rules *r);
vachak_status vk_verbalize_open(vachak_ctx *ctx);
void vk_verbalize_close(vachak_ctx *ctx);

/* The cleaned-text span an item covers. */
static inline uint32_t vk_item_start(const vachak_ctx *ctx, const vk_item *it)
{
    return ctx->toks[it->tok].off;
}
static inline uint32_t vk_item_end(const vachak_ctx *ctx, const vk_item *it)
{
    const vk_token *t = &ctx->toks[it->tok + it->ntok - 1];
    return t->off + t->len;
}

#endif
