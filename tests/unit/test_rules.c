// SPDX-License-Identifier: GPL-3.0-or-later
/* Rules: the embedded defaults load; a user's folder overrides them; every kind
 * of bad rules file is refused with file:line. */
#include "helpers.h"

#include "rules/rules.h"

#include <sys/stat.h>
#include <unistd.h>

static char tmpdir[64];

/* Write `text` to tmpdir/name, making tmpdir/hi as needed. */
static void put(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/hi", tmpdir);
    mkdir(path, 0777);
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void clear(void)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s/hi/* %s/*.tsv", tmpdir, tmpdir);
    assert_int_equal(system(cmd), 0);
}

/* Load defaults + tmpdir; expect failure with `st` at `file_suffix`:`line`. */
static void expect_error(vachak_status want, const char *file_suffix, unsigned line,
                         const char *msg_part)
{
    vachak_rules *r = NULL;
    vachak_error err;
    vachak_status st = vachak_rules_load(tmpdir, &r, &err);
    assert_int_equal(st, want);
    assert_null(r);
    assert_int_equal(err.status, want);
    size_t n = strlen(err.file), m = strlen(file_suffix);
    if (n < m || strcmp(err.file + n - m, file_suffix) != 0)
        fail_msg("error file '%s' does not end with '%s'", err.file, file_suffix);
    assert_int_equal(err.line, line);
    if (msg_part && !strstr(err.message, msg_part))
        fail_msg("message '%s' lacks '%s'", err.message, msg_part);
    clear();
}

static void defaults_load(void **state)
{
    (void)state;
    assert_true(vachak_rules_count(T_rules) > 30);
    const vk_entry *e = vk_rules_get(T_rules, VK_T_NUMBER_WORDS, "point", 5);
    assert_non_null(e);
    assert_string_equal(e->col[1], "दशमलव");
    assert_string_equal(vk_rules_file(T_rules, e->file), "hi/number-words.tsv");
    assert_true(e->line > 0);
    assert_null(vk_rules_get(T_rules, VK_T_NUMBER_WORDS, "nothing", 7));
    for (int i = 0; i < VK_RS_COUNT; i++)
        assert_true(T_rules->ruleset_line[i] > 0);
}

static void user_overrides(void **state)
{
    (void)state;
    put("hi/number-words.tsv", "# mine\npoint\tप्वाइंट\nextra\tअतिरिक्त\n");
    vachak_rules *r = NULL;
    vachak_error err;
    assert_int_equal(vachak_rules_load(tmpdir, &r, &err), VACHAK_OK);
    const vk_entry *e = vk_rules_get(r, VK_T_NUMBER_WORDS, "point", 5);
    assert_string_equal(e->col[1], "प्वाइंट");
    assert_true(strstr(vk_rules_file(r, e->file), "hi/number-words.tsv") != NULL);
    assert_int_equal(e->line, 2);
    assert_non_null(vk_rules_get(r, VK_T_NUMBER_WORDS, "minus", 5)); /* defaults remain */
    assert_int_equal(vachak_rules_count(r), vachak_rules_count(T_rules) + 1);

    vachak_ctx *ctx;
    assert_int_equal(vachak_ctx_new(r, &ctx, &err), VACHAK_OK);
    char *out;
    size_t n;
    assert_int_equal(vachak_normalize(ctx, "3.5", 3, 0, &out, &n, &err), VACHAK_OK);
    assert_string_equal(out, "तीन प्वाइंट पाँच");
    vachak_free(out);
    vachak_ctx_free(ctx);
    vachak_rules_free(r);
    clear();
}

static void bad_files(void **state)
{
    (void)state;
    put("hi/punctuation.tsv", "# x\n,\t,\n;\t;\n,\t,\n");
    expect_error(VACHAK_ERR_RULES, "hi/punctuation.tsv", 4, "duplicate key");
    put("hi/punctuation.tsv", ",\t,\textra\n");
    expect_error(VACHAK_ERR_RULES, "hi/punctuation.tsv", 1, "columns");
    put("hi/number-words.tsv", "\n\npoint\n");
    expect_error(VACHAK_ERR_RULES, "hi/number-words.tsv", 3, "columns");
    put("hi/number-words.tsv", "point\t\xE0\xA5\x98\n"); /* U+0958 क़ precomposed: not NFC */
    expect_error(VACHAK_ERR_RULES, "hi/number-words.tsv", 1, "NFC");
    put("hi/number-words.tsv", "ok\tठीक\npoint\t\xFF\n");
    expect_error(VACHAK_ERR_RULES, "hi/number-words.tsv", 2, "UTF-8");
    put("hi/number-words.tsv", "point\t\n");
    expect_error(VACHAK_ERR_RULES, "hi/number-words.tsv", 1, "empty");
    put("hi/numbrs.tsv", "a\tb\n");
    expect_error(VACHAK_ERR_RULES, "hi/numbrs.tsv", 0, "unknown rules file");
    put("hi/cleanup.tsv", "X+0020\tdrop\n");
    expect_error(VACHAK_ERR_RULES, "hi/cleanup.tsv", 1, "U+XXXX");
    put("hi/units.tsv", "furlong\tफ़र्लांग\tmeasure\nyard\tगज़\tlength\n");
    expect_error(VACHAK_ERR_RULES, "hi/units.tsv", 2, "allowed values");
    put("hi/months.tsv", "Thermidor\t13\tथर्मिडोर\n");
    expect_error(VACHAK_ERR_RULES, "hi/months.tsv", 1, "from 1 to 12");
    put("hi/fractions.tsv", "⅕\tone fifth\tपाँचवाँ हिस्सा\n");
    expect_error(VACHAK_ERR_RULES, "hi/fractions.tsv", 1, "fraction");
    put("hi/ordinal-suffixes.tsv", "वाँ\t%spellout-nothing\n");
    expect_error(VACHAK_ERR_RULES, "hi/ordinal-suffixes.tsv", 1, "allowed values");
    put("hi/currencies.tsv", "CHF\tफ़्रैंक\tफ़्रैंक\tरैपन\n");
    expect_error(VACHAK_ERR_RULES, "hi/currencies.tsv", 1, "columns");
}

static void bad_number_rules(void **state)
{
    (void)state;
    put("hi/numbers.rbnf", "# comment\n%spellout-cardinal:\n    0: शून्य;\n    10: =%nope=;\n");
    expect_error(VACHAK_ERR_RULES, "hi/numbers.rbnf", 4, "ruleset %nope is not defined");
    put("hi/numbers.rbnf", "%spellout-cardinal:\n    0: शून्य;\n");
    expect_error(VACHAK_ERR_RULES, "hi/numbers.rbnf", 0, "missing ruleset %spellout-digits");
    put("hi/numbers.rbnf", "%spellout-cardinal:\n    0: \xE0\xA5\x98;\n");
    expect_error(VACHAK_ERR_RULES, "hi/numbers.rbnf", 2, "NFC");
}

/* The English-inside-Hindi tables: their own checks name file:line, and a
 * user's names and acronyms take effect. */
static void bad_english_rules(void **state)
{
    (void)state;
    put("hi/abbreviations.tsv", "Dr.\tडॉक्टर\talways\nSt.\tसेंट\tsometimes\n");
    expect_error(VACHAK_ERR_RULES, "hi/abbreviations.tsv", 2, "always, after-number");
    put("hi/roman-cues.tsv", "# x\nKing\tregal\n");
    expect_error(VACHAK_ERR_RULES, "hi/roman-cues.tsv", 2, "regnal, cardinal or english");
    put("hi/symbols.tsv", "++\tप्लस\n");
    expect_error(VACHAK_ERR_RULES, "hi/symbols.tsv", 1, "one character");
    put("hi/web-words.tsv", "xyz\tएक्स\ttld\nabc\tए\tdomain\n");
    expect_error(VACHAK_ERR_RULES, "hi/web-words.tsv", 2, "tld");
    put("hi/names.tsv", "Amazon\tअमेज़ॉन\namazon\tअमेज़न\n");
    expect_error(VACHAK_ERR_RULES, "hi/names.tsv", 2, "duplicate key"); /* keys fold case */
    put("hi/english-phonemes.tsv", "# x\nzz(q)\tज़\tz\n");
    expect_error(VACHAK_ERR_RULES, "hi/english-phonemes.tsv", 2, "no default row");
    put("hi/english-phonemes.tsv", "k+q\t्\tx\n");
    expect_error(VACHAK_ERR_RULES, "hi/english-phonemes.tsv", 1, "join key");

    put("hi/names.tsv", "Zorbo\tज़ोर्बो\nAmazon\tऐमज़ॉन\n");
    put("hi/acronym-words.tsv", "AWS\tऑस\n");
    vachak_rules *r = NULL;
    vachak_ctx *ctx = NULL;
    vachak_error err;
    assert_int_equal(vachak_rules_load(tmpdir, &r, &err), VACHAK_OK);
    assert_int_equal(vachak_ctx_new(r, &ctx, &err), VACHAK_OK);
    char *out;
    size_t n;
    const char *in = "Zorbo, Amazon, AWS";
    assert_int_equal(vachak_normalize(ctx, in, strlen(in), 0, &out, &n, &err), VACHAK_OK);
    assert_string_equal(out, "ज़ोर्बो, ऐमज़ॉन, ऑस");
    vachak_free(out);
    vachak_ctx_free(ctx);
    vachak_rules_free(r);
    clear();
}

static void missing_folder(void **state)
{
    (void)state;
    vachak_rules *r = (vachak_rules *)1;
    vachak_error err;
    assert_int_equal(vachak_rules_load("/nonexistent/rules", &r, &err), VACHAK_ERR_IO);
    assert_null(r);
    assert_string_equal(err.file, "/nonexistent/rules");
    assert_int_equal(vachak_rules_load(NULL, NULL, &err), VACHAK_ERR_ARG);
    vachak_rules_free(NULL);
}

static int make_tmp(void **state)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/vachak-rules-XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    return t_setup(state);
}

static int drop_tmp(void **state)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0)
        return -1;
    return t_teardown(state);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults_load),    cmocka_unit_test(user_overrides),
        cmocka_unit_test(bad_files),        cmocka_unit_test(bad_number_rules),
        cmocka_unit_test(bad_english_rules), cmocka_unit_test(missing_folder),
    };
    return cmocka_run_group_tests(tests, make_tmp, drop_tmp);
}
