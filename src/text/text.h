// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The text stage: one input line -> valid UTF-8 (or an error with line:column),
 * cleaned (hi/cleanup.tsv, `|` as danda or cell separator, CRLF) and in NFC,
 * with a map from every cleaned byte back to the input.
 */
#ifndef VK_TEXT_H
#define VK_TEXT_H

#include "core/ctx.h"

/* Prepare the clean-up rules from hi/cleanup.tsv (at rules load). */
vachak_status vk_text_prepare(vachak_rules *r, vachak_error *err);
void vk_text_release(vachak_rules *r);

/* Clean the current line (ctx->line_off/line_len) into ctx->text and ctx->map. */
vachak_status vk_text_run(vachak_ctx *ctx);

#endif
