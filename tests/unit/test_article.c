// SPDX-License-Identifier: GPL-3.0-or-later
/* The sample article (tests/corpus/seed-article.txt) as a listener meets it:
 * normalised, it holds no Latin letter and no digit; eSpeak NG's Hindi voice
 * reads it without once switching language; and its acronyms, numbers and dates
 * are said as a newsreader says them. */
#include "helpers.h"

#include "audio/espeak.h"

static char *spoken;

static int load(void **state)
{
    if (t_setup(state))
        return -1;
    FILE *f = fopen(VACHAK_SOURCE_DIR "/tests/corpus/seed-article.txt", "rb");
    if (!f)
        return -1;
    char text[65536];
    size_t len = fread(text, 1, sizeof text, f);
    fclose(f);
    size_t n;
    vachak_error err;
    return vachak_normalize(T_ctx, text, len, 0, &spoken, &n, &err) == VACHAK_OK ? 0 : -1;
}

static int unload(void **state)
{
    vachak_free(spoken);
    return t_teardown(state);
}

static void contains(const char *what)
{
    if (!strstr(spoken, what))
        fail_msg("the article's spoken form lacks '%s'", what);
}

static void no_latin_no_digits(void **state)
{
    (void)state;
    for (const unsigned char *p = (const unsigned char *)spoken; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
            fail_msg("'%c' left in: ...%.60s", *p, (const char *)p);
        /* Devanagari digits U+0966..U+096F: E0 A5 A6..AF */
        if (p[0] == 0xE0 && p[1] == 0xA5 && p[2] >= 0xA6 && p[2] <= 0xAF)
            fail_msg("a Devanagari digit left in: ...%.60s", (const char *)p);
    }
}

/* eSpeak NG's Hindi voice reads `text` without switching to another language's
 * voice, which its phonemes would mark as "(en)". */
static void assert_one_voice(const char *text)
{
    vk_buf ph = {0};
    vachak_error err;
    assert_int_equal(vk_espeak_phonemes("hi", text, &ph, &err), VACHAK_OK);
    assert_true(ph.len > 1000);
    for (const char *p = ph.p; (p = strchr(p, '(')) != NULL; p++) {
        size_t k = 1;
        while (p[k] >= 'a' && p[k] <= 'z')
            k++;
        if (k > 1 && p[k] == ')')
            fail_msg("eSpeak NG switches language: ...%.60s", p);
    }
    vk_buf_free(&ph);
}

static void one_voice(void **state)
{
    (void)state;
    assert_one_voice(spoken);
}

static void readings(void **state)
{
    (void)state;
    contains("अमेज़ॉन ए आई।\n");           /* the title: Amazon AI | */
    contains("ए डब्ल्यू एस");
    contains("एनवीडिया जैसी कंपनियों");
    contains("बाईस नवंबर, दो हज़ार चौबीस को");
    contains("आर्टिफिशियल इंटेलिजेंस (ए आई) रणनीति"); /* an acronym gloss is read */
    contains("एंथ्रोपिक में");                     /* (Anthropic) is left out */
    contains("एजेंटिक कोडिंग जैसे टास्क");
    contains("ए आई फोकस्ड");
    contains("प्राइमरी ट्रेनिंग पार्टनर (मुख्य प्रशिक्षण सहयोगी)");
    contains("क्लॉड तीन दशमलव पाँच सोननेट");
}

static void money(void **state)
{
    (void)state;
    contains("चार बिलियन डॉलर");
    contains("आठ बिलियन डॉलर");
}

/* 658 sentences written as Hindi news sites write them, dense with numbers,
 * units and English: the output holds only Devanagari, blanks and the kept
 * punctuation, keeps its lines, and eSpeak NG reads it all in one voice. */
static void news_sentences(void **state)
{
    (void)state;
    FILE *f = fopen(VACHAK_SOURCE_DIR "/tests/corpus/news-sentences.txt", "rb");
    assert_non_null(f);
    static char text[1 << 20];
    size_t len = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[len] = '\0';
    char *out;
    size_t n;
    vachak_error err;
    assert_int_equal(vachak_normalize(T_ctx, text, len, 0, &out, &n, &err), VACHAK_OK);
    size_t lines_in = 0, lines_out = 0;
    for (size_t k = 0; k < len; k++)
        lines_in += text[k] == '\n';
    for (const unsigned char *p = (const unsigned char *)out; *p; p++) {
        lines_out += *p == '\n';
        if (*p < 0x80 && !strchr(" \n,-:()[].;?!", *p))
            fail_msg("'%c' left in: ...%.60s", *p, (const char *)p);
        if (*p >= 0x80 && (*p & 0xC0) != 0x80 && !(p[0] == 0xE0 && (p[1] == 0xA4 || p[1] == 0xA5)))
            fail_msg("a character outside Devanagari left in: ...%.60s", (const char *)p);
        if (p[0] == 0xE0 && p[1] == 0xA5 && p[2] >= 0xA6 && p[2] <= 0xAF)
            fail_msg("a Devanagari digit left in: ...%.60s", (const char *)p);
    }
    assert_int_equal(lines_in, lines_out);
    assert_one_voice(out);
    vachak_free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_latin_no_digits),
        cmocka_unit_test(one_voice),
        cmocka_unit_test(readings),
        cmocka_unit_test(money),
        cmocka_unit_test(news_sentences),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
