// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Saying numbers digit by digit: phone numbers (digit groups joined by a comma,
 * a short pause; + is प्लस), IP addresses (groups joined by डॉट) and version
 * numbers (each group a cardinal, joined by डॉट).
 */
#include "verbalize/sayers.h"

#include "token/token.h"
#include "verbalize/number.h"

static void say_digits_of(vachak_ctx *ctx, const vk_token *t, vk_buf *out)
{
    vk_num n = {.int_start = t->off, .int_end = t->off + t->len};
    vk_say_num_digits(ctx, out, &n);
}

bool vk_say_phone(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    bool groups = false;
    for (uint32_t k = it->tok; k < it->tok + it->ntok; k++) {
        const vk_token *t = &ctx->toks[k];
        if (t->kind != VK_TOK_DIGITS) {
            if (t->cp == '+') {
                vk_say_word(ctx, out, "plus");
                vk_buf_putc(out, ' ');
            }
            continue;
        }
        if (groups)
            vk_buf_puts(out, ", ");
        say_digits_of(ctx, t, out);
        groups = true;
    }
    return true;
}

bool vk_say_dotted(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    bool ip = it->cls == VK_C_ELECTRONIC;
    vk_source ignore;
    for (uint32_t k = it->tok; k < it->tok + it->ntok; k++) {
        const vk_token *t = &ctx->toks[k];
        if (t->kind != VK_TOK_DIGITS) {
            vk_buf_putc(out, ' ');
            vk_say_word(ctx, out, "dot");
            vk_buf_putc(out, ' ');
            continue;
        }
        vk_num n = {.int_start = t->off, .int_end = t->off + t->len};
        if (ip)
            say_digits_of(ctx, t, out);
        else if (!vk_say_number(ctx, out, &n, &ignore))
            return false;
    }
    return true;
}
