// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The say-functions of the verbalize stage, one per class of item (beyond the
 * plain numbers of verbalize.c): each appends an item's spoken form.
 */
#ifndef VK_VERBALIZE_SAYERS_H
#define VK_VERBALIZE_SAYERS_H

#include "core/ctx.h"

bool vk_say_money(vachak_ctx *ctx, vk_item *it, vk_buf *out);
bool vk_say_measure(vachak_ctx *ctx, vk_item *it, vk_buf *out); /* also percent, scale words */
bool vk_say_range(vachak_ctx *ctx, vk_item *it, vk_buf *out);
bool vk_say_fraction(vachak_ctx *ctx, vk_item *it, vk_buf *out);

bool vk_say_date(vachak_ctx *ctx, vk_item *it, vk_buf *out);
bool vk_say_year(vachak_ctx *ctx, vk_item *it, vk_buf *out);
bool vk_say_time(vachak_ctx *ctx, vk_item *it, vk_buf *out);
bool vk_say_ordinal(vachak_ctx *ctx, vk_item *it, vk_buf *out);
bool vk_say_ratio(vachak_ctx *ctx, vk_item *it, vk_buf *out);

bool vk_say_phone(vachak_ctx *ctx, vk_item *it, vk_buf *out);
bool vk_say_dotted(vachak_ctx *ctx, vk_item *it, vk_buf *out); /* IP addresses, versions */

#endif
