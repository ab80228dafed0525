// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * vachak: the command line. Dispatches to a subcommand (normalize, speak,
 * explain, rules); each parses its own options with getopt_long.
 */
#include "cli/cli.h"

#include <string.h>

static const char usage[] =
    "vachak: reads Hindi text aloud.\n"
    "\n"
    "It turns Hindi text with digits, money, dates, times and English words into\n"
    "the words a Hindi newsreader would say, and speaks them with eSpeak NG.\n"
    "\n"
    "Usage:\n"
    "  vachak normalize [FILE|-]... [-o OUT]   spoken-form Hindi, one line out per line in\n"
    "  vachak speak [FILE|-] -o OUT.wav        speak into an audio file (.wav .flac .ogg .mp3)\n"
    "  vachak explain [FILE|-]...              each reading, its class and the rule behind it\n"
    "  vachak rules check [DIR]                check the built-in rules and a rules folder\n"
    "  vachak help COMMAND                     help on one command\n"
    "  vachak --version\n"
    "\n"
    "With no FILE, or with -, a command reads standard input.\n"
    "\n"
    "Examples:\n"
    "  echo 'कुल 1,00,000 लोग' | vachak normalize        # कुल एक लाख लोग\n"
    "  vachak speak article.txt -o article.wav\n"
    "  vachak explain article.txt\n"
    "\n" CLI_EXIT_CODES;

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return EX_USAGE;
    }
    const char *cmd = argv[1];
    static char help_opt[] = "--help";
    char *help_args[3] = {NULL, help_opt, NULL}; /* for "vachak help COMMAND" */
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("vachak %s\n", vachak_version());
        return 0;
    }
    if (strcmp(cmd, "help") == 0) {
        if (argc < 3) {
            fputs(usage, stdout);
            return 0;
        }
        help_args[0] = argv[2];
        argc = 2;
        argv = help_args;
        cmd = argv[0];
    } else {
        argc--;
        argv++;
    }
    if (strcmp(cmd, "normalize") == 0 || strcmp(cmd, "normalise") == 0)
        return cmd_normalize(argc, argv);
    if (strcmp(cmd, "speak") == 0)
        return cmd_speak(argc, argv);
    if (strcmp(cmd, "explain") == 0)
        return cmd_explain(argc, argv);
    if (strcmp(cmd, "rules") == 0)
        return cmd_rules(argc, argv);
    fprintf(stderr, "vachak: unknown command '%s' (try: vachak --help)\n", cmd);
    return EX_USAGE;
}
