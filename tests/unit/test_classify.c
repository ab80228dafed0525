// SPDX-License-Identifier: GPL-3.0-or-later
/* Classification: what is one number and what is not (digit grouping, signs,
 * decimals), and which class each item gets. */
#include "stages.h"

static void classify(const char *line)
{
    t_stages(line, strlen(line), 0, T_CLASSIFY);
}

/* The first item covers `text` and has class `cls`. */
static void first_item(const char *line, const char *text, int cls)
{
    classify(line);
    assert_true(T_ctx->nitems > 0);
    const vk_item *it = &T_ctx->items[0];
    uint32_t a = T_ctx->toks[it->tok].off;
    const vk_token *last = &T_ctx->toks[it->tok + it->ntok - 1];
    uint32_t b = last->off + last->len;
    char buf[128];
    memcpy(buf, T_ctx->text.p + a, b - a);
    buf[b - a] = '\0';
    assert_string_equal(buf, text);
    assert_int_equal(it->cls, cls);
}

static void grouping(void **state)
{
    (void)state;
    first_item("1,00,000 लोग", "1,00,000", VK_C_CARDINAL);
    first_item("12,34,567", "12,34,567", VK_C_CARDINAL);
    first_item("4,24,84,00,000", "4,24,84,00,000", VK_C_CARDINAL);
    first_item("1,234,567", "1,234,567", VK_C_CARDINAL);
    first_item("४५,०००", "४५,०००", VK_C_CARDINAL);
    first_item("1,2,3", "1", VK_C_CARDINAL);          /* a list, not a number */
    first_item("100,00,000", "100", VK_C_CARDINAL);   /* not a valid grouping */
    first_item("12,345,67", "12", VK_C_CARDINAL);
    first_item("5, 6", "5", VK_C_CARDINAL);
}

static void signs_and_points(void **state)
{
    (void)state;
    first_item("-5 डिग्री", "-5", VK_C_CARDINAL);
    first_item("3,230.77", "3,230.77", VK_C_DECIMAL);
    first_item("007", "007", VK_C_DIGITS);
    first_item("3. अगला", "3", VK_C_CARDINAL);       /* a sentence's full stop, not a point */
    classify("2014-15");
    assert_int_equal(T_ctx->nitems, 1);               /* a financial year, not "minus 15" */
    assert_int_equal(T_ctx->items[0].cls, VK_C_RANGE);
    assert_int_equal(T_ctx->items[0].iv[1], VK_R_NEXT_YEAR);
    assert_false(T_ctx->items[0].num[1].neg);
    classify("3-2");
    assert_int_equal(T_ctx->nitems, 3);               /* a score: 3, -, 2 */
    assert_int_equal(T_ctx->items[2].cls, VK_C_CARDINAL);
    assert_false(T_ctx->items[2].num[0].neg);
    classify("(-5)");
    assert_true(T_ctx->items[1].num[0].neg);
}

static void words_and_punct(void **state)
{
    (void)state;
    classify("नमस्ते, AWS * ।");
    assert_int_equal(T_ctx->nitems, 5);
    assert_int_equal(T_ctx->items[0].cls, VK_C_PLAIN);
    assert_int_equal(T_ctx->items[1].cls, VK_C_PUNCT);
    assert_int_equal(T_ctx->items[2].cls, VK_C_ACRONYM);
    assert_int_equal(T_ctx->items[3].cls, VK_C_DROPPED);
    assert_int_equal(T_ctx->items[4].cls, VK_C_PUNCT);
    assert_norm("नमस्ते * दोस्त", "नमस्ते दोस्त");
    assert_norm("* शुरू", "शुरू");
    assert_norm("अंत *", "अंत");
    assert_norm("60करोड़", "साठ करोड़");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(grouping),
        cmocka_unit_test(signs_and_points),
        cmocka_unit_test(words_and_punct),
    };
    return cmocka_run_group_tests(tests, t_setup, t_teardown);
}
