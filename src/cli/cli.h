// SPDX-License-Identifier: GPL-3.0-or-later
/* The vachak command line: shared helpers for the subcommands. */
#ifndef VK_CLI_H
#define VK_CLI_H

#include "vachak.h"

#include <stdbool.h>
#include <stdio.h>
#include <sysexits.h>

/* Exit codes (sysexits.h): listed in `vachak --help` and the README. */
#define CLI_EXIT_CODES                                                                   \
    "Exit codes:\n"                                                                      \
    "  0   success\n"                                                                    \
    "  64  bad usage (unknown option, missing argument)\n"                               \
    "  65  the input is not valid UTF-8 (the message gives line:column; try --lossy)\n"  \
    "  66  an input file is missing or unreadable\n"                                     \
    "  70  internal error (ICU or eSpeak NG failed)\n"                                   \
    "  73  the output file cannot be created\n"                                          \
    "  74  read or write error\n"                                                        \
    "  78  the rules are invalid (the message gives file:line)\n"

/* Each subcommand: argc/argv start at the subcommand's name. */
int cmd_normalize(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_speak(int argc, char **argv);
int cmd_rules(int argc, char **argv);

/* Read a whole file ("-" or NULL for stdin). Prints the error and returns an exit
 * code on failure, 0 on success (*data malloc'd, NUL-terminated). */
int cli_read(const char *name, char **data, size_t *len);

/* The name to show for an input: "stdin" for "-". */
const char *cli_shown(const char *name);

/* Print "vachak: <where>: <status>: <detail>" for a library error, using what
 * err knows (file, line, column) and `input` as the file name for input errors. */
void cli_report(const char *input, vachak_status st, const vachak_error *err);

/* The exit code for a library status. */
int cli_exit_code(vachak_status st);

/* Load rules (defaults plus an optional folder) and a context. Prints errors. */
int cli_open(const char *rules_dir, vachak_rules **rules, vachak_ctx **ctx);

/* An output that appears whole or not at all: stdout for NULL or "-", else a
 * temporary file renamed into place by cli_output_close(ok). */
typedef struct cli_output {
    FILE *f;
    const char *path;
    char *tmp;
} cli_output;
int cli_output_open(cli_output *o, const char *path);
int cli_output_close(cli_output *o, bool ok);

/* Parse an integer option; prints an error and returns false if it is not one. */
bool cli_int(const char *opt, const char *s, int *v);

/* The options normalize, speak and explain share: --lossy, --rules DIR,
 * --english=deva|voice, --glosses=auto|keep|drop and --help. Put
 * CLI_COMMON_LONGOPTS in the getopt_long table and pass every option the command
 * does not handle itself to cli_common_option(). */
typedef struct cli_common {
    const char *rules_dir;
    unsigned flags;     /* VACHAK_LOSSY, VACHAK_ENGLISH_VOICE, VACHAK_GLOSSES_* */
    const char *help;   /* the command's --help text */
    const char *name;   /* the command's name, for "Try: vachak NAME --help" */
} cli_common;

enum { CLI_OPT_LOSSY = 300, CLI_OPT_RULES, CLI_OPT_ENGLISH, CLI_OPT_GLOSSES };
#define CLI_COMMON_LONGOPTS                                                                  {"lossy", no_argument, NULL, CLI_OPT_LOSSY},                                                 {"rules", required_argument, NULL, CLI_OPT_RULES},                                       {"english", required_argument, NULL, CLI_OPT_ENGLISH},                                   {"glosses", required_argument, NULL, CLI_OPT_GLOSSES},                                   {"help", no_argument, NULL, 'h'}

/* Handle a common option (or an unknown one): returns -1 to go on parsing, or
 * the exit code to return now (0 after --help; EX_USAGE after an error, printed). */
int cli_common_option(cli_common *c, int opt, const char *arg);

/* Help text for the common options. */
#define CLI_COMMON_HELP                                                                      "      --lossy         replace invalid UTF-8 with U+FFFD (left unspoken) instead\n"  \
    "                      of stopping\n"                                              \
    "      --rules DIR     add or override rules from DIR (see rules/README.md)\n"      \
    "      --english=deva|voice\n"                                                     \
    "                      deva (default): English words in Devanagari, so one\n"     \
    "                      Hindi voice reads everything; voice: leave them in\n"      \
    "                      Latin script for eSpeak NG's English voice\n"              \
    "      --glosses=auto|keep|drop\n"                                                 \
    "                      a parenthesised English gloss after Hindi, as in\n"        \
    "                      एंथ्रोपिक (Anthropic): auto (default) leaves it out unless\n"   \
    "                      it is an acronym, (AWS); keep reads it; drop leaves out\n" \
    "                      acronyms too. Parenthesised Hindi is always read.\n"       \
    "  -h, --help          this help\n"

/* Call fn on each input named in argv[first..argc) (standard input if none):
 * read it whole, then fn(shown name, data, len, user). Stops at the first
 * non-zero return (a read error's exit code, or fn's) and returns it. */
typedef int (*cli_input_fn)(const char *name, const char *data, size_t len, void *user);
int cli_each_input(int argc, char **argv, int first, cli_input_fn fn, void *user);

#endif
