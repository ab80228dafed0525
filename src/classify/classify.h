// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The classify stage: tokens -> items. Recognisers look at a window of tokens
 * starting at the current one (and may look back for context); the first in the
 * table that matches makes the item and says how many tokens it covers.
 */
#ifndef VK_CLASSIFY_H
#define VK_CLASSIFY_H

#include "core/ctx.h"

vachak_status vk_classify_run(vachak_ctx *ctx);

/* A recogniser: if the tokens at i start something it knows, fill *it (cls, u,
 * src if it comes from a rules line) and return the number of tokens it covers;
 * otherwise return 0. */
typedef size_t (*vk_recognise_fn)(vachak_ctx *ctx, size_t i, vk_item *it);

/* Parse a written number starting at token i: an optional sign, digits with
 * group separators (Indian 1,00,000 or Western 100,000), an optional decimal
 * part. Returns tokens used (0 if none) and fills *num. */
size_t vk_parse_number(const vachak_ctx *ctx, size_t i, vk_num *num);

size_t vk_rec_number(vachak_ctx *ctx, size_t i, vk_item *it);

/* English inside Hindi (latin.c, marks.c, web.c). */
size_t vk_rec_gloss(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_web(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_abbrev(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_roman(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_latin(vachak_ctx *ctx, size_t i, vk_item *it);
size_t vk_rec_symbol(vachak_ctx *ctx, size_t i, vk_item *it);

#endif
