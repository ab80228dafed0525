// SPDX-License-Identifier: GPL-3.0-or-later
/* Properties over random text: mixes of digits, separators, symbols and the
 * words recognisers look for. Whatever the mix, the output holds no digit, keeps
 * the line count, and is valid UTF-8; a digit is never left unread or dropped. */
#include "helpers.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

static const char *const pieces[] = {
    "0", "1", "2", "5", "7", "9", "00", "12", "100", "1947", "2024", "98765", "१", "२३", "०",
    "৩", "１２", "٣",
    ",", ".", ":", "/", "-", "–", "+", "%", "°", "x", "×", "½", "¾", "₹", "$", "€", "Rs.", "रु.",
    " ", " ", " ", "  ", "\n", "(", ")", "#", "@", "&", "=", "*", "'", "\"", "|", "॥", "।",
    "लाख", "करोड़", "km", "kg", "°C", "बजे", "AM", "pm", "नवंबर", "Nov", "सन्", "में", "वीं",
    "वां", "st", "s", "पिन", "के", "अनुपात", "घंटे", "साल", "million", "अमेज़ॉन", "AWS", "a",
    "K", "M", "L", "B", "nd", "th", "से", "मिनट", "घंटा", "पिन:", "/-", "÷", "‰", "µg", "☀️",
    "हेल्पलाइन", "ट्रेन संख्या", "सदी", "की", "मई", "x", "kg", "km/h", "/", "9/11", "24x7",
};

/* xorshift: deterministic, so a failure can be replayed. */
static uint32_t rng_state = 2463534242u;
static uint32_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static void check_output(const char *in, const char *out, size_t n)
{
    int32_t i = 0;
    size_t lines_in = 0, lines_out = 0;
    for (const char *p = in; *p; p++)
        lines_in += *p == '\n';
    while (i < (int32_t)n) {
        UChar32 c;
        U8_NEXT(out, i, (int32_t)n, c);
        if (c < 0)
            fail_msg("invalid UTF-8 in the output for input [%s]", in);
        if (u_isdigit(c))
            fail_msg("a digit survived: input [%s] output [%s]", in, out);
        lines_out += c == '\n';
    }
    if (lines_in != lines_out)
        fail_msg("%zu lines in, %zu out: input [%s]", lines_in, lines_out, in);
}

static void no_digit_survives(void **state)
{
    (void)state;
    char in[512];
    for (int round = 0; round < 30000; round++) {
        size_t len = 0;
        int parts = 1 + (int)(rnd() % 14);
        for (int p = 0; p < parts; p++) {
            const char *s = pieces[rnd() % (sizeof pieces / sizeof *pieces)];
            size_t l = strlen(s);
            if (len + l >= sizeof in)
                break;
            memcpy(in + len, s, l);
            len += l;
        }
        in[len] = '\0';
        char *out;
        size_t n;
        vachak_error err;
        if (vachak_normalize(T_ctx, in, len, 0, &out, &n, &err) != VACHAK_OK)
            fail_msg("normalise failed on [%s]: %s", in, err.message);
        check_output(in, out, n);
        vachak_free(out);
    }
}

/* Every digit of the input is spoken: a digit string alone reads as words. */
static void every_digit_read(void **state)
{
    (void)state;
    char in[64];
    for (int round = 0; round < 4000; round++) {
        int n = 1 + (int)(rnd() % 18);
        bool deva = rnd() % 2;
        size_t len = 0;
        for (int k = 0; k < n; k++) {
            int d = (int)(rnd() % 10);
            if (deva) { /* ०-९: U+0966 + d */
                in[len++] = (char)0xE0;
                in[len++] = (char)0xA5;
                in[len++] = (char)(0xA6 + d);
            } else
                in[len++] = (char)('0' + d);
        }
        in[len] = '\0';
        char *out = t_norm(in);
        assert_true(strlen(out) >= (size_t)n * 3); /* each digit is at least one Devanagari letter */
        check_output(in, out, strlen(out));
        vachak_free(out);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_digit_survives),
        cmocka_unit_test(every_digit_read),
    };
    return cmocka_run_group_tests(tests, t_setup, t_teardown);
}
