// SPDX-License-Identifier: GPL-3.0-or-later
/* The text stage: UTF-8 errors with line:column, --lossy, the clean-up rules,
 * NFC, and the map from cleaned bytes back to the input. */
#include "stages.h"

/* Run only the text stage on one line; returns the cleaned text (owned by ctx). */
static const char *clean(const char *line)
{
    t_stages(line, strlen(line), 0, T_TEXT);
    return T_ctx->text.p;
}

static void expect_utf8_error(const char *in, size_t len, unsigned line, unsigned col)
{
    char *out = (char *)1;
    size_t n = 1;
    vachak_error err;
    assert_int_equal(vachak_normalize(T_ctx, in, len, 0, &out, &n, &err), VACHAK_ERR_UTF8);
    assert_null(out);
    assert_int_equal(n, 0);
    assert_int_equal(err.status, VACHAK_ERR_UTF8);
    assert_int_equal(err.line, line);
    assert_int_equal(err.column, col);
}

static void bad_utf8(void **state)
{
    (void)state;
    expect_utf8_error("ab\xFF", 3, 1, 3);
    expect_utf8_error("पहली\nदो \xC3", 15 + 1 + 7 + 1, 2, 4);   /* truncated at the end */
    expect_utf8_error("x\n\ny\xC0\xAF", 6, 3, 2);               /* overlong '/' */
    expect_utf8_error("\xED\xA0\x80", 3, 1, 1);                 /* a surrogate */
    expect_utf8_error("ok\xF4\x90\x80\x80", 6, 1, 3);           /* above U+10FFFF */
}

static void lossy(void **state)
{
    (void)state;
    char *out;
    size_t n;
    vachak_error err;
    /* The text stage puts U+FFFD in place of the bad byte... */
    t_stages("a\xFF" "b", 3, VACHAK_LOSSY, T_TEXT);
    assert_string_equal(T_ctx->text.p, "a\xEF\xBF\xBD" "b");
    assert_int_equal(T_ctx->map[1], 1);
    assert_int_equal(T_ctx->map[4], 2);
    /* ... which, being a symbol, is not spoken. */
    assert_int_equal(vachak_normalize(T_ctx, "क \xFF\xFE ख", 10, VACHAK_LOSSY, &out, &n, &err), VACHAK_OK);
    assert_string_equal(out, "क ख");
    vachak_free(out);
}

static void cleanup_rules(void **state)
{
    (void)state;
    assert_string_equal(clean("पहला वाक्य॥ दूसरा"), "पहला वाक्य। दूसरा");
    assert_string_equal(clean("“प्राइमरी” \"x\" 'y' ‘z’"), "प्राइमरी x y z");
    assert_string_equal(clean("\xEF\xBB\xBFक\xE2\x80\x8Bख\xE2\x80\x8Dग"), "कखग"); /* BOM, ZWSP, ZWJ */
    assert_string_equal(clean("Amazon AI |"), "Amazon AI।");
    assert_string_equal(clean("शीर्षक | आगे"), "शीर्षक। आगे");
    assert_string_equal(clean("| नाम | उम्र |"), " नाम, उम्र ");
    assert_string_equal(clean("a | b | c"), "a, b, c");
    assert_string_equal(clean("line\r"), "line");
    assert_string_equal(clean("a\rb"), "a b");
}

static void crlf_lines(void **state)
{
    (void)state;
    assert_norm("एक\r\nदो\r\n", "एक\nदो\n");
}

static void nfc_and_map(void **state)
{
    (void)state;
    /* क़ U+0958 is a composition exclusion: NFC is क U+0915 + nukta U+093C. */
    const char *t = clean("a\xE0\xA5\x98z");
    assert_string_equal(t, "a\xE0\xA4\x95\xE0\xA4\xBCz");
    assert_int_equal(T_ctx->map[0], 0);  /* a */
    assert_int_equal(T_ctx->map[1], 1);  /* the decomposed letter maps to U+0958 */
    assert_int_equal(T_ctx->map[4], 1);
    assert_int_equal(T_ctx->map[7], 4);  /* z */
    assert_int_equal(T_ctx->map[8], 5);  /* end */
    /* Marks in the wrong order are reordered: nukta (ccc 7) before virama (ccc 9). */
    t = clean("\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xBC"); /* क ् ़ */
    assert_string_equal(t, "\xE0\xA4\x95\xE0\xA4\xBC\xE0\xA5\x8D");
    /* Composition: e + U+0301 is é; marks of other scripts are reordered too. */
    assert_string_equal(clean("cafe\xCC\x81"), "caf\xC3\xA9");
    assert_string_equal(clean("a\xCC\x81\xCC\x96"), "\xC3\xA1\xCC\x96"); /* reordered, then á composed */
    assert_string_equal(clean("\xE0\xA4\xA8\xE0\xA4\xBC"), "\xE0\xA4\xA9");      /* न + nukta = ऩ */
    /* A dropped character: bytes after it still map to where they came from. */
    clean("\"ab\"");
    assert_int_equal(T_ctx->map[0], 1);
    assert_int_equal(T_ctx->map[1], 2);
    assert_int_equal(T_ctx->map[2], 4);
}

static void empty_and_blank(void **state)
{
    (void)state;
    assert_norm("", "");
    assert_norm("\n", "\n");
    assert_norm("\n\n\n", "\n\n\n");
    assert_norm("  ", "  ");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bad_utf8),    cmocka_unit_test(lossy),       cmocka_unit_test(cleanup_rules),
        cmocka_unit_test(crlf_lines),  cmocka_unit_test(nfc_and_map), cmocka_unit_test(empty_and_blank),
    };
    return cmocka_run_group_tests(tests, t_setup, t_teardown);
}
