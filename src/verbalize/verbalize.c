// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The verbalize stage (see verbalize.h): one function per class of item.
 */
#include "verbalize/verbalize.h"

#include "core/error.h"
#include "verbalize/number.h"
#include "verbalize/sayers.h"

typedef bool (*say_fn)(vachak_ctx *ctx, vk_item *it, vk_buf *out);

/* Read as written. */
static bool say_as_written(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    uint32_t a = vk_item_start(ctx, it), b = vk_item_end(ctx, it);
    vk_put_text(out, ctx, a, b - a);
    return true;
}

static bool say_nothing(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    (void)ctx, (void)it, (void)out;
    return true;
}

/* Kept punctuation: what hi/punctuation.tsv gives for it. */
static bool say_punct(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    const vk_token *t = &ctx->toks[it->tok];
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_PUNCTUATION, ctx->text.p + t->off, t->len);
    if (e)
        vk_buf_puts(out, e->col[1]);
    return true;
}

/* Cardinals, decimals, digit strings; with a scale word (6.64 करोड़), as measures. */
static bool say_number(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    if (it->ent[1])
        return vk_say_measure(ctx, it, out);
    if (it->cls == VK_C_DIGITS && it->iv[0]) { /* after a cue word: पिन कोड 110001 */
        vk_say_num_digits(ctx, out, &it->num[0]);
        return true;
    }
    if (it->src.file != VK_NO_FILE) { /* keep the recogniser's rule */
        vk_source ignore;
        return vk_say_number(ctx, out, &it->num[0], &ignore);
    }
    return vk_say_number(ctx, out, &it->num[0], &it->src);
}

static const say_fn sayers[VK_C_COUNT] = {
    [VK_C_PLAIN] = say_as_written,    [VK_C_PUNCT] = say_punct,
    [VK_C_DROPPED] = say_nothing,     [VK_C_CARDINAL] = say_number,
    [VK_C_DECIMAL] = say_number,      [VK_C_DIGITS] = say_number,
    [VK_C_ORDINAL] = vk_say_ordinal,  [VK_C_YEAR] = vk_say_year,
    [VK_C_DATE] = vk_say_date,        [VK_C_TIME] = vk_say_time,
    [VK_C_MONEY] = vk_say_money,      [VK_C_PERCENT] = vk_say_measure,
    [VK_C_MEASURE] = vk_say_measure,  [VK_C_FRACTION] = vk_say_fraction,
    [VK_C_RANGE] = vk_say_range,      [VK_C_PHONE] = vk_say_phone,
    [VK_C_ELECTRONIC] = vk_say_dotted, [VK_C_VERSION] = vk_say_dotted,
    [VK_C_RATIO] = vk_say_ratio,      [VK_C_ENGLISH] = say_as_written,
};

vachak_status vk_verbalize_run(vachak_ctx *ctx)
{
    vk_buf_clear(&ctx->spoken);
    for (size_t i = 0; i < ctx->nitems; i++) {
        vk_item *it = &ctx->items[i];
        size_t at = ctx->spoken.len;
        if (!sayers[it->cls](ctx, it, &ctx->spoken))
            return ctx->err && ctx->err->status ? ctx->err->status : VACHAK_ERR_ICU;
        it->spoken_off = (uint32_t)at;
        it->spoken_len = (uint32_t)(ctx->spoken.len - at);
    }
    if (ctx->spoken.oom)
        return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return VACHAK_OK;
}
