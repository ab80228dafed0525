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
    "      --lossy         replace invalid UTF-8 with U+FFFD (left unspoken) instead\n"
    "                      of stopping\n"
    "      --rules DIR     add or override rules from DIR (see rules/README.md)\n"
    CLI_READING_OPTIONS
    "  -h, --help          this help\n"
    "\n"
    "Example:\n"
    "  $ echo 'आंकड़ा 6.64 करोड़ तक पहुँच गया।' | vachak normalize\n"
    "  आंकड़ा छह दशमलव छह चार करोड़ तक पहुँच गया।\n"
    "\n" CLI_EXIT_CODES;

int cmd_normalize(int argc, char **argv)
{
    enum { OPT_LOSSY = 256, OPT_RULES };
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, {"lossy", no_argument, NULL, OPT_LOSSY},
        {"rules", required_argument, NULL, OPT_RULES}, {"help", no_argument, NULL, 'h'},
        CLI_READING_LONGOPTS, {NULL, 0, NULL, 0}};
    const char *output = NULL, *rules_dir = NULL;
    unsigned flags = 0;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case OPT_LOSSY: flags |= VACHAK_LOSSY; break;
        case CLI_OPT_ENGLISH:
        case CLI_OPT_GLOSSES:
            if (!cli_reading(c, optarg, &flags))
                return EX_USAGE;
            break;
        case OPT_RULES: rules_dir = optarg; break;
        case 'h': fputs(help, stdout); return 0;
        default: fputs("Try: vachak normalize --help\n", stderr); return EX_USAGE;
        }
    }
    vachak_rules *rules = NULL;
    vachak_ctx *ctx = NULL;
    int rc = cli_open(rules_dir, &rules, &ctx);
    if (rc)
        return rc;
    cli_output out;
    rc = cli_output_open(&out, output);
    int nfiles = argc - optind;
    for (int i = 0; !rc && i < (nfiles ? nfiles : 1); i++) {
        const char *name = nfiles ? argv[optind + i] : "-";
        char *data = NULL;
        size_t len = 0;
        rc = cli_read(name, &data, &len);
        if (rc)
            break;
        char *spoken = NULL;
        size_t slen = 0;
        vachak_error err;
        vachak_status st = vachak_normalize(ctx, data, len, flags, &spoken, &slen, &err);
        free(data);
        if (st) {
            cli_report(name[0] == '-' && !name[1] ? "stdin" : name, st, &err);
            rc = cli_exit_code(st);
            break;
        }
        if (fwrite(spoken, 1, slen, out.f) != slen) {
            fprintf(stderr, "vachak: %s: write error\n", output ? output : "standard output");
            rc = EX_IOERR;
        }
        vachak_free(spoken);
    }
    if (out.f) {
        int rc2 = cli_output_close(&out, rc == 0);
        if (!rc)
            rc = rc2;
    }
    vachak_ctx_free(ctx);
    vachak_rules_free(rules);
    return rc;
}
