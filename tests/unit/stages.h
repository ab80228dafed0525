// SPDX-License-Identifier: GPL-3.0-or-later
/* For the unit tests of the internal stages: run the first stages of the
 * pipeline on one line with the shared test context (helpers.h). */
#ifndef VK_TEST_STAGES_H
#define VK_TEST_STAGES_H

#include "helpers.h"

#include "classify/classify.h"
#include "core/ctx.h"
#include "text/text.h"
#include "token/token.h"

enum { T_TEXT = 1, T_TOKEN, T_CLASSIFY };

/* Run the stages up to `upto` on `line` (flags as given); fails the test if one fails. */
static inline void t_stages(const char *line, size_t len, unsigned flags, int upto)
{
    vachak_error err;
    T_ctx->in = line;
    T_ctx->in_len = T_ctx->line_len = len;
    T_ctx->line_off = 0;
    T_ctx->line_no = 1;
    T_ctx->flags = flags;
    T_ctx->err = &err;
    assert_int_equal(vk_text_run(T_ctx), VACHAK_OK);
    if (upto >= T_TOKEN)
        assert_int_equal(vk_token_run(T_ctx), VACHAK_OK);
    if (upto >= T_CLASSIFY)
        assert_int_equal(vk_classify_run(T_ctx), VACHAK_OK);
    T_ctx->err = NULL;
}

#endif
