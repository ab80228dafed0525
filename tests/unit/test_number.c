// SPDX-License-Identifier: GPL-3.0-or-later
/* The number engine: every word 0-99 as CONVENTIONS.md spells it, the scale
 * words, years, ordinals, digit-by-digit readings and decimals. */
#include "helpers.h"

#include "core/ctx.h"
#include "verbalize/number.h"

static const char *const words[100] = {
    "शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ",
    "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस",
    "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस", "छब्बीस", "सत्ताईस", "अट्ठाईस", "उनतीस",
    "तीस", "इकतीस", "बत्तीस", "तैंतीस", "चौंतीस", "पैंतीस", "छत्तीस", "सैंतीस", "अड़तीस", "उनतालीस",
    "चालीस", "इकतालीस", "बयालीस", "तैंतालीस", "चौवालीस", "पैंतालीस", "छियालीस", "सैंतालीस", "अड़तालीस", "उनचास",
    "पचास", "इक्यावन", "बावन", "तिरेपन", "चौवन", "पचपन", "छप्पन", "सत्तावन", "अट्ठावन", "उनसठ",
    "साठ", "इकसठ", "बासठ", "तिरेसठ", "चौंसठ", "पैंसठ", "छियासठ", "सड़सठ", "अड़सठ", "उनहत्तर",
    "सत्तर", "इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर", "सतहत्तर", "अठहत्तर", "उनासी",
    "अस्सी", "इक्यासी", "बयासी", "तिरासी", "चौरासी", "पचासी", "छियासी", "सत्तासी", "अट्ठासी", "नवासी",
    "नब्बे", "इक्यानबे", "बानबे", "तिरानबे", "चौरानबे", "पंचानबे", "छियानबे", "सत्तानबे", "अट्ठानबे", "निन्यानबे",
};

static void say(const char *digits, vk_ruleset rs, const char *want)
{
    vk_buf b = {0};
    assert_true(vk_say_int(T_ctx, &b, digits, strlen(digits), rs));
    assert_string_equal(b.p, want);
    vk_buf_free(&b);
}

static void zero_to_99(void **state)
{
    (void)state;
    for (int i = 0; i < 100; i++) {
        char d[4];
        snprintf(d, sizeof d, "%d", i);
        say(d, VK_RS_CARDINAL, words[i]);
    }
}

static void scales(void **state)
{
    (void)state;
    say("100", VK_RS_CARDINAL, "एक सौ");
    say("199", VK_RS_CARDINAL, "एक सौ निन्यानबे");
    say("1000", VK_RS_CARDINAL, "एक हज़ार");
    say("100000", VK_RS_CARDINAL, "एक लाख");
    say("10000000", VK_RS_CARDINAL, "एक करोड़");
    say("1000000000", VK_RS_CARDINAL, "एक अरब");
    say("100000000000", VK_RS_CARDINAL, "एक खरब");
    say("51022345567", VK_RS_CARDINAL, "इक्यावन अरब दो करोड़ तेईस लाख पैंतालीस हज़ार पाँच सौ सड़सठ");
    say("999999999999999", VK_RS_CARDINAL,
        "नौ हज़ार नौ सौ निन्यानबे खरब निन्यानबे अरब निन्यानबे करोड़ निन्यानबे लाख निन्यानबे हज़ार नौ सौ निन्यानबे");
}

static void years(void **state)
{
    (void)state;
    say("1947", VK_RS_YEAR, "उन्नीस सौ सैंतालीस");
    say("1905", VK_RS_YEAR, "उन्नीस सौ पाँच");
    say("1900", VK_RS_YEAR, "उन्नीस सौ");
    say("1100", VK_RS_YEAR, "ग्यारह सौ");
    say("2024", VK_RS_YEAR, "दो हज़ार चौबीस");
    say("2000", VK_RS_YEAR, "दो हज़ार");
    say("2150", VK_RS_YEAR, "इक्कीस सौ पचास");
    say("1050", VK_RS_YEAR, "एक हज़ार पचास");
    say("476", VK_RS_YEAR, "चार सौ छिहत्तर");
}

static void ordinals(void **state)
{
    (void)state;
    say("1", VK_RS_ORD_MASC, "पहला");
    say("2", VK_RS_ORD_FEM, "दूसरी");
    say("3", VK_RS_ORD_OBL, "तीसरे");
    say("4", VK_RS_ORD_MASC, "चौथा");
    say("5", VK_RS_ORD_MASC, "पाँचवां");
    say("6", VK_RS_ORD_MASC, "छठा");
    say("10", VK_RS_ORD_OBL, "दसवें");
    say("12", VK_RS_ORD_FEM, "बारहवीं");
    say("21", VK_RS_ORD_FEM, "इक्कीसवीं");
    say("100", VK_RS_ORD_FEM, "सौवीं");
    say("100", VK_RS_ORD_MASC, "सौवां");
    say("101", VK_RS_ORD_MASC, "एक सौ एकवां");
}

static void digitwise_and_decimals(void **state)
{
    (void)state;
    say("907", VK_RS_DIGITS, "नौ शून्य सात");
    assert_string_equal(T_ctx->digit_word[0], "शून्य");
    assert_string_equal(T_ctx->digit_word[9], "नौ");
    assert_true(vk_num_is_digitwise("007", 3));
    assert_false(vk_num_is_digitwise("0", 1));
    assert_false(vk_num_is_digitwise("123456789012345", 15));
    assert_true(vk_num_is_digitwise("1234567890123456", 16));
    assert_norm("0.25", "शून्य दशमलव दो पाँच");
    assert_norm("-0.5", "माइनस शून्य दशमलव पाँच");
    assert_norm("९७.०", "सत्तानबे दशमलव शून्य");
    assert_norm("1234567890123456", "एक दो तीन चार पाँच छह सात आठ नौ शून्य एक दो तीन चार पाँच छह");
    assert_norm("123456789012345",
                "एक हज़ार दो सौ चौंतीस खरब छप्पन अरब अठहत्तर करोड़ नब्बे लाख बारह हज़ार तीन सौ पैंतालीस");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(zero_to_99), cmocka_unit_test(scales),   cmocka_unit_test(years),
        cmocka_unit_test(ordinals),   cmocka_unit_test(digitwise_and_decimals),
    };
    return cmocka_run_group_tests(tests, t_setup, t_teardown);
}
