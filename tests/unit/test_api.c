// SPDX-License-Identifier: GPL-3.0-or-later
/* The public API as a library user meets it: arguments checked, line structure
 * kept, explain items traced to input and rules, contexts usable from threads. */
#include "helpers.h"

#include <pthread.h>

static void arguments(void **state)
{
    (void)state;
    char *out = (char *)1;
    size_t n = 7;
    vachak_error err;
    assert_int_equal(vachak_normalize(NULL, "x", 1, 0, &out, &n, &err), VACHAK_ERR_ARG);
    assert_null(out);
    assert_int_equal(n, 0);
    assert_int_equal(vachak_normalize(T_ctx, NULL, 3, 0, &out, &n, &err), VACHAK_ERR_ARG);
    assert_int_equal(vachak_normalize(T_ctx, "x", 1, 0, NULL, &n, NULL), VACHAK_ERR_ARG);
    assert_int_equal(vachak_normalize(T_ctx, NULL, 0, 0, &out, &n, &err), VACHAK_OK);
    assert_string_equal(out, "");
    vachak_free(out);
    vachak_ctx *ctx = (vachak_ctx *)1;
    assert_int_equal(vachak_ctx_new(NULL, &ctx, &err), VACHAK_ERR_ARG);
    vachak_ctx_free(NULL);
    vachak_free(NULL);
}

static void statuses_and_version(void **state)
{
    (void)state;
    for (int s = VACHAK_OK; s <= VACHAK_ERR_TOO_LARGE; s++) {
        const char *t = vachak_status_str((vachak_status)s);
        assert_non_null(t);
        assert_true(strlen(t) > 3);
        assert_string_not_equal(t, "unknown status");
    }
    assert_string_equal(vachak_status_str((vachak_status)999), "unknown status");
    int a, b, c;
    assert_int_equal(sscanf(vachak_version(), "%d.%d.%d", &a, &b, &c), 3);
}

static void lines_kept(void **state)
{
    (void)state;
    assert_norm("एक 1\nदो 2\n\nतीन 3", "एक एक\nदो दो\n\nतीन तीन");
    assert_norm("5\n", "पाँच\n");
    assert_norm("कक्षा में ३२ छात्र हैं।", "कक्षा में बत्तीस छात्र हैं।");
    assert_norm("  दो   स्पेस  ", "  दो   स्पेस  ");
}

static void explain_items(void **state)
{
    (void)state;
    const char *in = "पहली पंक्ति\nकुल ३२ और 1,00,000।";
    const vachak_item *items;
    size_t n;
    vachak_error err;
    assert_int_equal(vachak_explain(T_ctx, in, strlen(in), 0, &items, &n, &err), VACHAK_OK);
    assert_int_equal(n, 7);
    const vachak_item *x = &items[3]; /* ३२ */
    assert_string_equal(x->class_name, "cardinal");
    assert_string_equal(x->spoken, "बत्तीस");
    assert_int_equal(x->line, 2);
    assert_int_equal(x->column, 5);
    assert_int_equal(x->in_length, 6);
    assert_memory_equal(in + x->in_offset, "३२", 6);
    assert_string_equal(x->rule_file, "hi/numbers.rbnf");
    assert_true(x->rule_line > 0);
    assert_string_equal(x->rule_name, "%spellout-cardinal");
    x = &items[5];
    assert_string_equal(x->spoken, "एक लाख");
    assert_memory_equal(in + x->in_offset, "1,00,000", x->in_length);
    assert_int_equal(x->in_length, 8);
    x = &items[6];
    assert_string_equal(x->class_name, "punct");
    assert_string_equal(x->rule_file, "hi/punctuation.tsv");
    assert_string_equal(items[0].class_name, "plain");
    assert_string_equal(items[0].rule_file, "");
}

/* Two threads, two contexts, one rules handle: the same answers as one thread. */
static void *worker(void *arg)
{
    vachak_ctx *ctx;
    vachak_error err;
    if (vachak_ctx_new(T_rules, &ctx, &err))
        return NULL;
    const char *in = arg;
    char *first = NULL;
    for (int i = 0; i < 200; i++) {
        char *out;
        size_t n;
        if (vachak_normalize(ctx, in, strlen(in), 0, &out, &n, &err)) {
            free(first);
            first = NULL;
            break;
        }
        if (!first)
            first = out;
        else {
            if (strcmp(first, out) != 0) {
                free(out);
                free(first);
                first = NULL;
                break;
            }
            free(out);
        }
    }
    vachak_ctx_free(ctx);
    return first;
}

static void threads(void **state)
{
    (void)state;
    pthread_t a, b;
    char *ra, *rb;
    assert_int_equal(pthread_create(&a, NULL, worker, "कुल 51022345567 और 3.25"), 0);
    assert_int_equal(pthread_create(&b, NULL, worker, "१,२३४ और -7"), 0);
    pthread_join(a, (void **)&ra);
    pthread_join(b, (void **)&rb);
    assert_non_null(ra);
    assert_non_null(rb);
    assert_string_equal(ra, "कुल इक्यावन अरब दो करोड़ तेईस लाख पैंतालीस हज़ार पाँच सौ सड़सठ और तीन दशमलव दो पाँच");
    assert_string_equal(rb, "एक हज़ार दो सौ चौंतीस और माइनस सात");
    free(ra);
    free(rb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arguments),     cmocka_unit_test(statuses_and_version),
        cmocka_unit_test(lines_kept),    cmocka_unit_test(explain_items),
        cmocka_unit_test(threads),
    };
    return cmocka_run_group_tests(tests, t_setup, t_teardown);
}
