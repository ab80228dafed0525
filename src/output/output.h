// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The output stage: the line's items -> spoken text (whitespace between them
 * kept as written, one output line per input line), or -> explain rows that
 * trace each spoken piece to its input span and rule.
 */
#ifndef VK_OUTPUT_H
#define VK_OUTPUT_H

#include "core/ctx.h"

vachak_status vk_output_run(vachak_ctx *ctx);

/* After the last line of an explain call: point the rows' strings into xstr. */
void vk_output_explain_finish(vachak_ctx *ctx);

#endif
