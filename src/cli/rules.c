// SPDX-License-Identifier: GPL-3.0-or-later
/* vachak rules: check the built-in rules, or a rules folder on top of them. */
#include "cli/cli.h"

#include <getopt.h>
#include <string.h>

static const char help[] =
    "Usage: vachak rules check [DIR]\n"
    "\n"
    "Load the built-in rules and, if DIR is given, the rules folder DIR on top of\n"
    "them (as --rules DIR would), and report any error as file:line. A rules folder\n"
    "holds files with the built-in names, e.g. DIR/hi/units.tsv; its entries add to\n"
    "or override the built-in ones. rules/README.md describes every file.\n"
    "\n"
    "Example:\n"
    "  $ vachak rules check my-rules\n"
    "  vachak: rules OK: 245 entries (built-in rules and my-rules)\n"
    "\n" CLI_EXIT_CODES;

int cmd_rules(int argc, char **argv)
{
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'h') {
            fputs(help, stdout);
            return 0;
        }
        fputs("Try: vachak rules --help\n", stderr);
        return EX_USAGE;
    }
    if (optind >= argc || strcmp(argv[optind], "check") != 0 || argc - optind > 2) {
        fputs(help, stderr);
        return EX_USAGE;
    }
    const char *dir = optind + 1 < argc ? argv[optind + 1] : NULL;
    vachak_rules *rules = NULL;
    vachak_ctx *ctx = NULL;
    int rc = cli_open(dir, &rules, &ctx); /* a context too: it compiles the number rulesets */
    if (rc)
        return rc;
    printf("vachak: rules OK: %zu entries (built-in rules%s%s)\n", vachak_rules_count(rules),
           dir ? " and " : "", dir ? dir : "");
    vachak_ctx_free(ctx);
    vachak_rules_free(rules);
    return 0;
}
