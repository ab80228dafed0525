// SPDX-License-Identifier: GPL-3.0-or-later
/* vachak explain: a table of what was read how, and which rule said so. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

static const char help[] =
    "Usage: vachak explain [OPTIONS] [FILE|-]...\n"
    "\n"
    "Show how vachak reads a text: for each reading, where it is in the input\n"
    "(line:column), the text as written, its class (cardinal, decimal, money,\n"
    "english...), the spoken form, and the rules file and line behind it.\n"
    "Plain Hindi words and punctuation, read as written, are left out unless --all.\n"
    "\n"
    "Options:\n"
    "      --all           list every item, plain words and punctuation too\n"
    "      --tsv           tab-separated columns without padding, for other programs\n"
    CLI_COMMON_HELP
    "\n"
    "Example:\n"
    "  $ echo 'कक्षा में ३२ छात्र' | vachak explain\n"
    "  WHERE  INPUT  CLASS     SPOKEN  RULE\n"
    "  1:11   ३२     cardinal  बत्तीस   hi/numbers.rbnf:15 %spellout-cardinal\n"
    "\n" CLI_EXIT_CODES;

/* Columns on a terminal: marks and format characters take none, wide characters two. */
static int width(const char *s, size_t n)
{
    int w = 0;
    int32_t i = 0;
    while (i < (int32_t)n) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)n, c);
        if (c < 0) {
            w++;
            continue;
        }
        int8_t gc = (int8_t)u_charType(c);
        if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_FORMAT_CHAR)
            continue;
        int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        w += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return w;
}

static void cell(FILE *f, const char *s, size_t n, int col, bool last)
{
    fwrite(s, 1, n, f);
    if (last)
        return;
    for (int w = width(s, n); w < col; w++)
        fputc(' ', f);
    fputs("  ", f);
}

/* Input text with newlines and tabs shown as spaces, so a row stays one line. */
static char *flat(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    for (size_t i = 0; i < n; i++)
        p[i] = (s[i] == '\n' || s[i] == '\t' || s[i] == '\r') ? ' ' : s[i];
    p[n] = '\0';
    return p;
}

static bool shown(const vachak_item *x, bool all)
{
    return all || (strcmp(x->class_name, "plain") != 0 && strcmp(x->class_name, "punct") != 0);
}

static void print_table(FILE *f, const char *data, const vachak_item *items, size_t n, bool all,
                        bool tsv)
{
    int wpos = 5, win = 5, wcls = 5, wsp = 6;
    char pos[32];
    for (size_t i = 0; i < n && !tsv; i++) {
        const vachak_item *x = &items[i];
        if (!shown(x, all))
            continue;
        int l = snprintf(pos, sizeof pos, "%u:%u", x->line, x->column);
        wpos = l > wpos ? l : wpos;
        int w = width(data + x->in_offset, x->in_length);
        win = w > win ? w : win;
        w = (int)strlen(x->class_name);
        wcls = w > wcls ? w : wcls;
        w = width(x->spoken, strlen(x->spoken));
        wsp = w > wsp ? w : wsp;
    }
    if (tsv)
        fputs("line\tcolumn\tinput\tclass\tspoken\trule_file\trule_line\trule_name\n", f);
    else {
        cell(f, "WHERE", 5, wpos, false);
        cell(f, "INPUT", 5, win, false);
        cell(f, "CLASS", 5, wcls, false);
        cell(f, "SPOKEN", 6, wsp, false);
        fputs("RULE\n", f);
    }
    for (size_t i = 0; i < n; i++) {
        const vachak_item *x = &items[i];
        if (!shown(x, all))
            continue;
        char *in = flat(data + x->in_offset, x->in_length);
        if (!in)
            return;
        if (tsv) {
            fprintf(f, "%u\t%u\t%s\t%s\t%s\t%s\t%u\t%s\n", x->line, x->column, in, x->class_name,
                    x->spoken, x->rule_file, x->rule_line, x->rule_name);
        } else {
            int l = snprintf(pos, sizeof pos, "%u:%u", x->line, x->column);
            cell(f, pos, (size_t)l, wpos, false);
            cell(f, in, x->in_length, win, false);
            cell(f, x->class_name, strlen(x->class_name), wcls, false);
            cell(f, x->spoken, strlen(x->spoken), wsp, false);
            if (x->rule_file[0]) {
                fputs(x->rule_file, f);
                if (x->rule_line)
                    fprintf(f, ":%u", x->rule_line);
                if (x->rule_name[0])
                    fprintf(f, " %s", x->rule_name);
            } else
                fputc('-', f);
            fputc('\n', f);
        }
        free(in);
    }
}

typedef struct run {
    vachak_ctx *ctx;
    unsigned flags;
    bool all, tsv, several;
    int done;
} run;

static int explain_one(const char *name, const char *data, size_t len, void *user)
{
    run *r = user;
    const vachak_item *items = NULL;
    size_t n = 0;
    vachak_error err;
    vachak_status st = vachak_explain(r->ctx, data, len, r->flags, &items, &n, &err);
    if (st) {
        cli_report(cli_shown(name), st, &err);
        return cli_exit_code(st);
    }
    if (r->several)
        printf("%s==> %s <==\n", r->done++ ? "\n" : "", name);
    print_table(stdout, data, items, n, r->all, r->tsv);
    return 0;
}

int cmd_explain(int argc, char **argv)
{
    enum { OPT_ALL = 256, OPT_TSV };
    static const struct option opts[] = {
        {"all", no_argument, NULL, OPT_ALL}, {"tsv", no_argument, NULL, OPT_TSV},
        CLI_COMMON_LONGOPTS, {NULL, 0, NULL, 0}};
    cli_common common = {.help = help, .name = "explain"};
    run r = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == OPT_ALL)
            r.all = true;
        else if (c == OPT_TSV)
            r.tsv = true;
        else {
            int rc = cli_common_option(&common, c, optarg);
            if (rc >= 0)
                return rc;
        }
    }
    vachak_rules *rules = NULL;
    int rc = cli_open(common.rules_dir, &rules, &r.ctx);
    if (rc)
        return rc;
    r.flags = common.flags;
    r.several = argc - optind > 1;
    rc = cli_each_input(argc, argv, optind, explain_one, &r);
    if (!rc && fflush(stdout) != 0)
        rc = EX_IOERR;
    vachak_ctx_free(r.ctx);
    vachak_rules_free(rules);
    return rc;
}
