// SPDX-License-Identifier: GPL-3.0-or-later
/* vachak normalize: text in, spoken-form Hindi out, line for line. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>

static const char help[] =
    "Usage: vachak normalize [OPTIONS] [FILE|-]...\n"
    "\n"
    "Write the spoken form of Hindi text: numbers, money, dates and symbols become\n"
    "Hindi words, so eSpeak NG (or any Hindi voice) reads them as a newsreader would.\n"
    "Each input line gives one output line. Files are read in order; with no FILE,\n"
    "or with -, standard input is read.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE   write to FILE (created only if everything succeeds)\n"
    CLI_COMMON_HELP
    "\n"
    "Example:\n"
    "  $ echo 'आंकड़ा 6.64 करोड़ तक पहुँच गया।' | vachak normalize\n"
    "  आंकड़ा छह दशमलव छह चार करोड़ तक पहुँच गया।\n"
    "\n" CLI_EXIT_CODES;

typedef struct run {
    vachak_ctx *ctx;
    unsigned flags;
    cli_output *out;
} run;

static int normalize_one(const char *name, const char *data, size_t len, void *user)
{
    run *r = user;
    char *spoken = NULL;
    size_t slen = 0;
    vachak_error err;
    vachak_status st = vachak_normalize(r->ctx, data, len, r->flags, &spoken, &slen, &err);
    if (st) {
        cli_report(cli_shown(name), st, &err);
        return cli_exit_code(st);
    }
    int rc = 0;
    if (fwrite(spoken, 1, slen, r->out->f) != slen) {
        fprintf(stderr, "vachak: %s: write error\n", r->out->tmp ? r->out->path : "standard output");
        rc = EX_IOERR;
    }
    vachak_free(spoken);
    return rc;
}

int cmd_normalize(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, CLI_COMMON_LONGOPTS, {NULL, 0, NULL, 0}};
    cli_common common = {.help = help, .name = "normalize"};
    const char *output = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
        int rc = c == 'o' ? -1 : cli_common_option(&common, c, optarg);
        if (c == 'o')
            output = optarg;
        if (rc >= 0)
            return rc;
    }
    vachak_rules *rules = NULL;
    vachak_ctx *ctx = NULL;
    int rc = cli_open(common.rules_dir, &rules, &ctx);
    if (rc)
        return rc;
    cli_output out;
    rc = cli_output_open(&out, output);
    if (!rc) {
        run r = {ctx, common.flags, &out};
        rc = cli_each_input(argc, argv, optind, normalize_one, &r);
        int rc2 = cli_output_close(&out, rc == 0);
        if (!rc)
            rc = rc2;
    }
    vachak_ctx_free(ctx);
    vachak_rules_free(rules);
    return rc;
}
