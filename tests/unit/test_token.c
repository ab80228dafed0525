// SPDX-License-Identifier: GPL-3.0-or-later
/* The token stage: kinds, spans, whitespace flags and sentence starts. */
#include "stages.h"

static void tokenize(const char *line)
{
    t_stages(line, strlen(line), 0, T_TOKEN);
}

static void expect(size_t i, const char *text, int kind, bool space)
{
    assert_true(i < T_ctx->ntoks);
    const vk_token *t = &T_ctx->toks[i];
    char buf[128];
    assert_true(t->len < sizeof buf);
    memcpy(buf, T_ctx->text.p + t->off, t->len);
    buf[t->len] = '\0';
    assert_string_equal(buf, text);
    assert_int_equal(t->kind, kind);
    assert_int_equal(t->space, space);
}

static void kinds_and_spans(void **state)
{
    (void)state;
    tokenize("₹3,230.77 करोड़ AWS-फोकस्ड, १२३");
    assert_int_equal(T_ctx->ntoks, 12);
    expect(0, "₹", VK_TOK_PUNCT, true);
    expect(1, "3", VK_TOK_DIGITS, false);
    expect(2, ",", VK_TOK_PUNCT, false);
    expect(3, "230", VK_TOK_DIGITS, false);
    expect(4, ".", VK_TOK_PUNCT, false);
    expect(5, "77", VK_TOK_DIGITS, false);
    expect(6, "करोड़", VK_TOK_DEVA, true);
    expect(7, "AWS", VK_TOK_LATIN, true);
    expect(8, "-", VK_TOK_PUNCT, false);
    expect(9, "फोकस्ड", VK_TOK_DEVA, false);
    expect(10, ",", VK_TOK_PUNCT, false);
    expect(11, "१२३", VK_TOK_DIGITS, true);
    assert_int_equal(T_ctx->toks[0].cp, 0x20B9);
}

static void other_scripts_and_spaces(void **state)
{
    (void)state;
    tokenize("café\xC2\xA0" "مرحبا\tx"); /* NBSP and tab are blanks */
    assert_int_equal(T_ctx->ntoks, 3);
    expect(0, "café", VK_TOK_LATIN, true);
    expect(1, "مرحبا", VK_TOK_WORD, true);
    expect(2, "x", VK_TOK_LATIN, true);
}

static void sentences(void **state)
{
    (void)state;
    tokenize("पहला। दूसरा? तीसरा! Mr. Smith");
    bool starts[16] = {0};
    for (size_t i = 0; i < T_ctx->ntoks; i++)
        starts[i] = T_ctx->toks[i].sent_start;
    assert_true(starts[0]);   /* पहला */
    assert_false(starts[1]);  /* । */
    assert_true(starts[2]);   /* दूसरा */
    assert_true(starts[4]);   /* तीसरा */
    assert_true(starts[6]);   /* Mr */
    assert_true(starts[8]);   /* Smith: after ". " (abbreviations come with their tables) */
    tokenize("3.5 और");
    assert_false(T_ctx->toks[2].sent_start); /* "3.5": the point is glued */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(kinds_and_spans),
        cmocka_unit_test(other_scripts_and_spaces),
        cmocka_unit_test(sentences),
    };
    return cmocka_run_group_tests(tests, t_setup, t_teardown);
}
