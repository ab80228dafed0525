// SPDX-License-Identifier: GPL-3.0-or-later
/* English inside Hindi: letter names, acronyms said as words, names and how
 * their case is matched, camelCase, English words through eSpeak NG (cached),
 * glosses, abbreviations, symbols, web addresses, Roman numerals, the reading
 * options, explain's rule sources, and the phonemiser shared between threads. */
#include "helpers.h"

#include "rules/rules.h"

#include <pthread.h>

static char *norm_flags(const char *s, unsigned flags)
{
    char *out = NULL;
    size_t n = 0;
    vachak_error err;
    vachak_status st = vachak_normalize(T_ctx, s, strlen(s), flags, &out, &n, &err);
    if (st != VACHAK_OK)
        fail_msg("normalise '%s': %s (%s)", s, vachak_status_str(st), err.message);
    return out;
}

#define assert_norm_flags(in, flags, want)                                                         \
    do {                                                                                           \
        char *got_ = norm_flags(in, flags);                                                        \
        assert_string_equal(got_, want);                                                           \
        vachak_free(got_);                                                                         \
    } while (0)

/* Every value a lexicon gives is Devanagari (and spaces, hyphens): nothing of
 * them can make eSpeak NG switch to English. */
static void lexicons_are_devanagari(void **state)
{
    (void)state;
    const vk_table_id ids[] = {VK_T_LETTERS,     VK_T_ACRONYM_WORDS, VK_T_NAMES,
                               VK_T_ENGLISH_NUMBERS, VK_T_REGNAL,   VK_T_ABBREVIATIONS,
                               VK_T_SYMBOLS,     VK_T_WEB_WORDS,     VK_T_CAPS_WORDS};
    for (size_t k = 0; k < sizeof ids / sizeof *ids; k++) {
        const vk_table *t = &T_rules->tables[ids[k]];
        assert_true(t->n > 0);
        for (size_t i = 0; i < t->n; i++)
            for (int c = 1; c < (ids[k] == VK_T_LETTERS ? 3 : 2) && c < t->entries[i].ncols; c++)
                for (const unsigned char *p = (const unsigned char *)t->entries[i].col[c]; *p; p++)
                    if (*p < 0x80 && *p != ' ' && *p != '-')
                        fail_msg("%s:%u: '%s' has '%c'", vk_rules_file(T_rules, t->entries[i].file),
                                 t->entries[i].line, t->entries[i].col[c], *p);
    }
    assert_true(T_rules->tables[VK_T_NAMES].n >= 400);
    assert_true(T_rules->tables[VK_T_ACRONYM_WORDS].n >= 150);
}

static void acronyms(void **state)
{
    (void)state;
    assert_norm("AWS", "ए डब्ल्यू एस");
    assert_norm("GPUs और ATMs", "जी पी यूज़ और ए टी एम्स");
    assert_norm("NVIDIA, NASA, AIIMS", "एनवीडिया, नासा, एम्स");
    assert_norm("COVID-19 और G20, G-20", "कोविड उन्नीस और जी बीस, जी बीस");
    assert_norm("5G, 4K और 3D", "फ़ाइव जी, फ़ोर के और थ्री डी");
    assert_norm("2BHK फ्लैट", "टू बी एच के फ्लैट");
    assert_norm("H1N1, H1B, B2B और G7", "एच वन एन वन, एच वन बी, बी टू बी और जी सात");
    assert_norm("PM-KISAN", "पी एम-किसान");
    assert_norm("AI-फोकस्ड, BJPके", "ए आई फोकस्ड, बी जे पी के");
    assert_norm("F-16 और MiG-21", "एफ़ सोलह और मिग इक्कीस");
    assert_norm("A", "ए");
    /* mixed case from the lexicon; a word with digits at the start of a longer
     * one (T20), across a hyphen (U-19); a single digit before letters in English */
    assert_norm("LoC, CrPC, NaMo", "एल ओ सी, सी आर पी सी, नमो");
    assert_norm("#T20WorldCup, U-19, U19, F1", "हैशटैग टी ट्वेंटी वर्ल्ड कप, अंडर उन्नीस, अंडर उन्नीस, एफ़ वन");
    assert_norm("GPT-4o और GPT-4", "जी पी टी फ़ोर ओ और जी पी टी चार");
    /* digits that go on as a decimal are a number, not part of the word */
    assert_norm("PM2.5 और PM10", "पी एम दो दशमलव पाँच और पी एम दस");
}

/* Words in capitals that hi/caps-words.tsv knows are words; others are spelled. */
static void capitals(void **state)
{
    (void)state;
    assert_norm("LIVE: BREAKING NEWS", "लाइव: ब्रेकिंग न्यूज़");
    assert_norm("50% OFF, AMOLED", "पचास प्रतिशत ऑफ़, एमोलेड");
    assert_norm("WHO और IT", "डब्ल्यू एच ओ और आई टी");
    assert_norm("IND vs AUS, #INDvsAUS", "भारत बनाम ऑस्ट्रेलिया, हैशटैग भारत बनाम ऑस्ट्रेलिया");
    assert_norm_flags("BREAKING: NASA", VACHAK_ENGLISH_VOICE, "BREAKING: NASA");
    const vachak_item *items;
    size_t n;
    vachak_error err;
    assert_int_equal(vachak_explain(T_ctx, "LIVE", 4, 0, &items, &n, &err), VACHAK_OK);
    assert_string_equal(items[0].class_name, "english");
    assert_string_equal(items[0].rule_file, "hi/caps-words.tsv");
}

static void names_and_case(void **state)
{
    (void)state;
    assert_norm("Amazon, AMAZON, Youtube, YouTube", "अमेज़ॉन, अमेज़ॉन, यूट्यूब, यूट्यूब");
    assert_norm("Air India और India", "एयर इंडिया और इंडिया");
    assert_norm("Dream11", "ड्रीम इलेवन");
    assert_norm("3 Idiots और 3 iPhones", "थ्री ईडियट्स और तीन आईफ़ोंस"); /* a name may start with a number */
    /* a name in lower case is an ordinary word: apple, not एप्पल */
    char *apple = t_norm("apple");
    assert_string_not_equal(apple, "एप्पल");
    vachak_free(apple);
    assert_norm("Apple", "एप्पल");
    /* short words in capitals are acronyms, not names */
    assert_norm("KIA", "के आई ए");
    assert_norm("Kia", "किआ");
    /* romanized Hindi is a name, not English: योजना, not यॉजाना */
    assert_norm("Jan Dhan Yojana, Operation Sindoor", "जन धन योजना, ऑपरेशन सिंदूर");
}

static void camel_case(void **state)
{
    (void)state;
    assert_norm("iPhone 15", "आईफ़ोन पंद्रह");
    assert_norm("@PMOIndia", "ऐट पी एम ओ इंडिया");
    assert_norm("#MeToo", "हैशटैग मी टू");
}

static void english_words(void **state)
{
    (void)state;
    assert_norm("computer software", "कंप्यूटर सॉफ़्टवेयर");
    assert_norm("fine-tune", "फ़ाइन-ट्यून");
    assert_norm("Computer", "कंप्यूटर"); /* cached under its lower case */
    assert_norm("today, together", "टुडे, टुगेदर"); /* unstressed to- */
    /* explain cites the phoneme table and eSpeak NG's phonemes */
    const vachak_item *items;
    size_t n;
    vachak_error err;
    assert_int_equal(vachak_explain(T_ctx, "startup", 7, 0, &items, &n, &err), VACHAK_OK);
    assert_int_equal(n, 1);
    assert_string_equal(items[0].class_name, "english");
    assert_string_equal(items[0].spoken, "स्टार्टअप");
    assert_string_equal(items[0].rule_file, "hi/english-phonemes.tsv");
    assert_non_null(strstr(items[0].rule_name, "eSpeak NG en ["));
    assert_int_equal(vachak_explain(T_ctx, "NASA", 4, 0, &items, &n, &err), VACHAK_OK);
    assert_string_equal(items[0].rule_file, "hi/acronym-words.tsv");
    assert_true(items[0].rule_line > 0);
}

static void options(void **state)
{
    (void)state;
    const char *in = "एंथ्रोपिक (Anthropic) और सेवाओं (AWS), Amazon computer";
    assert_norm_flags(in, 0, "एंथ्रोपिक और सेवाओं (ए डब्ल्यू एस), अमेज़ॉन कंप्यूटर");
    assert_norm_flags(in, VACHAK_GLOSSES_KEEP,
                      "एंथ्रोपिक (एंथ्रोपिक) और सेवाओं (ए डब्ल्यू एस), अमेज़ॉन कंप्यूटर");
    assert_norm_flags(in, VACHAK_GLOSSES_DROP, "एंथ्रोपिक और सेवाओं, अमेज़ॉन कंप्यूटर");
    assert_norm_flags(in, VACHAK_ENGLISH_VOICE,
                      "एंथ्रोपिक और सेवाओं (ए डब्ल्यू एस), Amazon computer");
    assert_norm("हार्डवेयर इनोवेशन (नवाचार) और", "हार्डवेयर इनोवेशन (नवाचार) और");
    assert_norm("लचीलापन (flexibility)।", "लचीलापन।");
    /* an acronym gloss that only repeats the words before it is left out,
     * compared without blanks, hyphens and nuktas; one that adds is read */
    assert_norm("इसरो (ISRO) ने", "इसरो ने");
    assert_norm("यू पी आई (UPI), एफडीआई (FDI)", "यू पी आई, एफडीआई");
    assert_norm("कोविड-19 (COVID-19) और कोविड-१९ (COVID-19)", "कोविड-उन्नीस और कोविड-उन्नीस");
    assert_norm("टी-20 (T20) मैच", "टी-बीस मैच");
    assert_norm("सेवाओं (AWS), नासा (NSA), 19 (COVID)", "सेवाओं (ए डब्ल्यू एस), नासा (एन एस ए), उन्नीस (कोविड)");
    assert_norm("तिमाही (Q2) और (M&M)", "तिमाही (क्यू दो) और (एम एंड एम)");
    assert_norm_flags("इसरो (ISRO) ने", VACHAK_GLOSSES_KEEP, "इसरो (इसरो) ने");
    char *out = NULL;
    size_t n;
    vachak_error err;
    assert_int_equal(vachak_normalize(T_ctx, "x", 1, VACHAK_GLOSSES_KEEP | VACHAK_GLOSSES_DROP,
                                      &out, &n, &err),
                     VACHAK_ERR_ARG);
    assert_null(out);
}

static void abbreviations(void **state)
{
    (void)state;
    assert_norm("डॉ. अमित और डॉ.अमित", "डॉक्टर अमित और डॉक्टर अमित");
    assert_norm("297 ई.पू. और 1947 ई. में", "दो सौ सत्तानबे ईसा पूर्व और उन्नीस सौ सैंतालीस ईस्वी में");
    assert_norm("ई. श्रीधरन", "ई. श्रीधरन"); /* ई. only after a number */
    assert_norm("Dr. Singh, Mr Modi, No. 1", "डॉक्टर सिंह, मिस्टर मोदी, नंबर एक");
    assert_norm("भारत vs पाकिस्तान, भारत Vs पाक, भारत VS पाक", "भारत बनाम पाकिस्तान, भारत बनाम पाक, भारत बनाम पाक");
    assert_norm("U.S. और A.P.J.", "यू एस और ए पी जे");
    assert_norm("ए.के. शर्मा", "ए के शर्मा");
    /* a key may hold a blank after a dot; not-after-number */
    assert_norm("ले. जन. सिंह, ले.जन. सिंह, ले. कर्नल", "लेफ़्टिनेंट जनरल सिंह, लेफ़्टिनेंट जनरल सिंह, लेफ़्टिनेंट कर्नल");
    assert_norm("मि. बंसल, 30 मि.", "मिस्टर बंसल, तीस मि.");
    assert_norm("डॉ. मनमोहन सिंह, मा.शि.बोर्ड", "डॉक्टर मनमोहन सिंह, मा शि बोर्ड");
}

static void symbols(void **state)
{
    (void)state;
    assert_norm("2+2=4", "दो प्लस दो बराबर चार");
    assert_norm("राम & श्याम, AT&T, R&D", "राम और श्याम, ए टी एंड टी, आर एंड डी");
    assert_norm("#भारत", "हैशटैग भारत");
    assert_norm("C++", "सी प्लस प्लस");
}

static void web_addresses(void **state)
{
    (void)state;
    assert_norm("www.amazon.com", "डब्ल्यू डब्ल्यू डब्ल्यू डॉट अमेज़ॉन डॉट कॉम");
    assert_norm("google.com पर", "गूगल डॉट कॉम पर");
    assert_norm("https://pib.gov.in/hindi", "पी आई बी डॉट गव डॉट इन स्लैश हिंदी");
    assert_norm("info@nasa.gov", "इन्फ़ो ऐट नासा डॉट गव");
    assert_norm("देखें amazon.in.", "देखें अमेज़ॉन डॉट इन.");
    assert_norm("अंत.Next", "अंत.नेक्स्ट"); /* not an address: no top-level domain */
    assert_norm("Node.js, index.html", "नोड डॉट जे एस, इंडेक्स डॉट एच टी एम एल");
    /* words run together are split into known ones: web-words, names (also of
     * several words), acronyms; else read as before; digits one by one */
    assert_norm("pmkisan.gov.in, www.aajtak.in", "पीएम किसान डॉट गव डॉट इन, डब्ल्यू डब्ल्यू डब्ल्यू डॉट आज तक डॉट इन");
    assert_norm("www.income.com, www.support.com", "डब्ल्यू डब्ल्यू डब्ल्यू डॉट इंकम डॉट कॉम, डब्ल्यू डब्ल्यू डब्ल्यू डॉट सपोर्ट डॉट कॉम");
    assert_norm("rahul.kumar123@gmail.com", "राहुल डॉट कुमार एक दो तीन ऐट जीमेल डॉट कॉम");
    /* handles: split, or spelled when unpronounceable; camelCase as ever */
    assert_norm("@narendramodi, @ndtv, @isro, @PMOIndia", "ऐट नरेंद्र मोदी, ऐट एन डी टी वी, ऐट इसरो, ऐट पी एम ओ इंडिया");
}

static void roman_numerals(void **state)
{
    (void)state;
    assert_norm("चार्ल्स III", "चार्ल्स तृतीय");
    assert_norm("एलिज़ाबेथ II और जॉर्ज V", "एलिज़ाबेथ द्वितीय और जॉर्ज पंचम");
    assert_norm("Charles III", "चार्ल्स तृतीय");
    assert_norm("World War II और World War I", "वर्ल्ड वॉर टू और वर्ल्ड वॉर वन");
    assert_norm("लुई XIV", "लुई चौदहवें");
    assert_norm("कक्षा IX", "कक्षा नौ");
    assert_norm("I am", "आई एम"); /* a lone I is a word */
    assert_norm("पीटर I और Peter I", "पीटर प्रथम और पीटर प्रथम"); /* but a numeral after a ruler */
    /* glued after a hyphen: a Hindi number, unless a cue says otherwise */
    assert_norm("चंद्रयान-II, चंद्रयान-I", "चंद्रयान-दो, चंद्रयान-एक");
    assert_norm("Agni-V, BS-VI, World War-II", "अग्नि-पाँच, बी एस-छह, वर्ल्ड वॉर-टू");
    assert_norm("Gen-X, HIV-X, कक्षा-X", "जेन-एक्स, एच आई वी-एक्स, कक्षा-दस");
    assert_norm("Phase II, Phase-II, फेज II", "फ़ेज़ दो, फ़ेज़-दो, फेज दो");
    assert_norm("IIT और CM", "आई आई टी और सी एम");
}

/* Normalising English words in one thread while another synthesises: both go
 * through eSpeak NG, behind one lock, and both get what one thread gets. */
static void *english_worker(void *arg)
{
    (void)arg;
    vachak_ctx *ctx;
    vachak_error err;
    if (vachak_ctx_new(T_rules, &ctx, &err))
        return NULL;
    const char *in = "cricket match में team captain, hospital और doctor";
    char *out = NULL;
    size_t n;
    if (vachak_normalize(ctx, in, strlen(in), 0, &out, &n, &err))
        out = NULL;
    vachak_ctx_free(ctx);
    return out;
}

static void *synth_worker(void *arg)
{
    (void)arg;
    int16_t *pcm = NULL;
    size_t n;
    int rate;
    vachak_error err;
    const char *s = "नमस्ते दुनिया, यह एक परीक्षण है";
    if (vachak_synth(s, strlen(s), NULL, &pcm, &n, &rate, &err))
        return NULL;
    return pcm;
}

static void threads_share_espeak(void **state)
{
    (void)state;
    pthread_t a, b, c;
    void *ra, *rb, *rc;
    assert_int_equal(pthread_create(&a, NULL, english_worker, NULL), 0);
    assert_int_equal(pthread_create(&b, NULL, synth_worker, NULL), 0);
    assert_int_equal(pthread_create(&c, NULL, english_worker, NULL), 0);
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    pthread_join(c, &rc);
    assert_non_null(ra);
    assert_non_null(rb);
    assert_non_null(rc);
    assert_string_equal(ra, "क्रिकेट मैच में टीम कैप्टन, हॉस्पिटल और डॉक्टर");
    assert_string_equal(ra, rc);
    vachak_free(ra);
    vachak_free(rb);
    vachak_free(rc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lexicons_are_devanagari),
        cmocka_unit_test(acronyms),
        cmocka_unit_test(names_and_case),
        cmocka_unit_test(capitals),
        cmocka_unit_test(camel_case),
        cmocka_unit_test(english_words),
        cmocka_unit_test(options),
        cmocka_unit_test(abbreviations),
        cmocka_unit_test(symbols),
        cmocka_unit_test(web_addresses),
        cmocka_unit_test(roman_numerals),
        cmocka_unit_test(threads_share_espeak),
    };
    return cmocka_run_group_tests(tests, t_setup, t_teardown);
}
