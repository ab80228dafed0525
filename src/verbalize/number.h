// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The number engine: digit strings -> Hindi number words, through ICU's
 * rule-based number format driven by rules/hi/numbers.rbnf (cardinals, years,
 * ordinals, digits), plus the words of hi/number-words.tsv (minus, point).
 * Inputs are ASCII digit strings; vk_num_digits() makes them from the text.
 */
#ifndef VK_NUMBER_H
#define VK_NUMBER_H

#include "core/ctx.h"

/* Readings ICU formats as one integer are limited to this many digits;
 * longer ones are read digit by digit. */
#define VK_NUM_MAX_DIGITS 15

/* Check hi/number-words.tsv has what the engine needs (at rules load). */
vachak_status vk_number_prepare(vachak_rules *r, vachak_error *err);

/* Per-context formatters (clones of the rules' compiled format). */
vachak_status vk_number_open(vachak_ctx *ctx);
void vk_number_close(vachak_ctx *ctx);

/* Copy the digits of text span [start, end) as ASCII into dst (cap bytes),
 * skipping group separators; returns the digit count, or -1 if it does not fit. */
int vk_num_digits(const vachak_ctx *ctx, uint32_t start, uint32_t end, char *dst, size_t cap);

/* Append the words for the integer in `digits` (n ASCII digits, n <= 15) with a
 * ruleset. Returns false on failure (ctx->err set). */
bool vk_say_int(vachak_ctx *ctx, vk_buf *out, const char *digits, size_t n, vk_ruleset rs);

/* Append digit-by-digit words ("शून्य शून्य सात"). */
void vk_say_digits(vachak_ctx *ctx, vk_buf *out, const char *digits, size_t n);

/* Append a number word from hi/number-words.tsv ("minus", "point"). */
void vk_say_word(vachak_ctx *ctx, vk_buf *out, const char *key);

/* Append the reading of a written number: sign, integer part (cardinal, or digit
 * by digit when it has a leading zero or is over-long), and fraction digits after
 * "point". Sets *src to the rule behind it. */
bool vk_say_number(vachak_ctx *ctx, vk_buf *out, const vk_num *num, vk_source *src);

/* Append a whole number with a quarter, the everyday way: quarters 1 सवा w,
 * 2 डेढ़ (w 1) / ढाई (w 2) / साढ़े w, 3 पौने w+1. An amount of one and a quarter
 * is just सवा (सवा लाख); on a `clock` it is सवा एक (बजे). */
bool vk_say_everyday(vachak_ctx *ctx, vk_buf *out, long whole, int quarters, bool clock);

/* Append a written number; if `everyday` and it is a whole number (at least 1)
 * and a half or a quarter (x.5, x.25, x.75), say it the everyday way (1.5 डेढ़,
 * 3.5 साढ़े तीन, 1.25 सवा एक). */
bool vk_say_amount(vachak_ctx *ctx, vk_buf *out, const vk_num *num, bool everyday, vk_source *src);

/* Append a whole number from its value. */
bool vk_say_value(vachak_ctx *ctx, vk_buf *out, long v, vk_ruleset rs);

/* Append the digits of a written number one by one. */
void vk_say_num_digits(vachak_ctx *ctx, vk_buf *out, const vk_num *num);

/* Append a blank unless the buffer is empty or already ends with one. */
static inline void vk_space(vk_buf *out)
{
    if (out->len && out->p[out->len - 1] != ' ')
        vk_buf_putc(out, ' ');
}

/* Append "a WORD b" for two written numbers and a key of hi/number-words.tsv
 * (1:2 एक अनुपात दो, 4.5/5 चार दशमलव पाँच बटा पाँच). */
bool vk_say_between(vachak_ctx *ctx, vk_buf *out, const vk_num *a, const char *key, const vk_num *b);

/* How a written integer part is read: as a cardinal, or digit by digit. */
bool vk_num_is_digitwise(const char *digits, size_t n);

#endif
