// SPDX-License-Identifier: GPL-3.0-or-later
/* vachak speak: text in, audio file out, through eSpeak NG's Hindi voice. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>

static const char help[] =
    "Usage: vachak speak [OPTIONS] [FILE|-] -o OUT\n"
    "\n"
    "Read Hindi text aloud into an audio file: the text is normalised (as\n"
    "`vachak normalize` does) and spoken by eSpeak NG's Hindi voice. The format\n"
    "follows OUT's extension: .wav (16-bit PCM), .flac, .ogg (Vorbis) or .mp3.\n"
    "The file appears only when it is complete. With no FILE, or with -, standard\n"
    "input is read.\n"
    "\n"
    "Options:\n"
    "  -o, --output OUT    the audio file to write (required)\n"
    "  -r, --rate WPM      speaking rate in words a minute, 80..450 (default 175)\n"
    "  -p, --pitch N       pitch, 0..100 (default 50)\n"
    "  -v, --voice NAME    eSpeak NG voice (default hi; see espeak-ng --voices=hi)\n"
    "  -q, --quiet         do not report the file written\n"
    CLI_COMMON_HELP
    "\n"
    "Example:\n"
    "  $ vachak speak article.txt -o article.wav\n"
    "  vachak: wrote article.wav: 4 min 41.3 s of speech, 22050 Hz mono\n"
    "\n" CLI_EXIT_CODES;

int cmd_speak(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, {"rate", required_argument, NULL, 'r'},
        {"pitch", required_argument, NULL, 'p'},  {"voice", required_argument, NULL, 'v'},
        {"quiet", no_argument, NULL, 'q'},        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cli_common common = {.help = help, .name = "speak"};
    const char *output = NULL;
    bool quiet = false;
    vachak_synth_options so;
    vachak_synth_options_init(&so);
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:r:p:v:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'r':
            if (!cli_int("--rate", optarg, &so.rate))
                return EX_USAGE;
            break;
        case 'p':
            if (!cli_int("--pitch", optarg, &so.pitch))
                return EX_USAGE;
            break;
        case 'v': so.voice = optarg; break;
        case 'q': quiet = true; break;
        default: {
            int rc = cli_common_option(&common, c, optarg);
            if (rc >= 0)
                return rc;
        }
        }
    }
    if (!output) {
        fputs("vachak: speak needs an output file: -o OUT.wav (or .flac, .ogg, .mp3)\n", stderr);
        return EX_USAGE;
    }
    if (argc - optind > 1) {
        fputs("vachak: speak reads one input; join files first (cat a b | vachak speak - -o out.wav)\n",
              stderr);
        return EX_USAGE;
    }
    const char *name = optind < argc ? argv[optind] : "-";

    vachak_rules *rules = NULL;
    vachak_ctx *ctx = NULL;
    int rc = cli_open(common.rules_dir, &rules, &ctx);
    if (rc)
        return rc;
    char *data = NULL, *spoken = NULL;
    size_t len = 0, slen = 0;
    int16_t *pcm = NULL;
    size_t n = 0;
    int rate = 0;
    vachak_error err;
    vachak_status st = VACHAK_OK;
    rc = cli_read(name, &data, &len);
    if (!rc) {
        st = vachak_normalize(ctx, data, len, common.flags, &spoken, &slen, &err);
        if (st)
            cli_report(cli_shown(name), st, &err);
    }
    if (!rc && !st) {
        st = vachak_synth(spoken, slen, &so, &pcm, &n, &rate, &err);
        if (st)
            cli_report(NULL, st, &err);
    }
    if (!rc && !st) {
        st = vachak_audio_write(output, pcm, n, rate, &err);
        if (st)
            cli_report(NULL, st, &err);
    }
    if (!rc && st)
        rc = cli_exit_code(st);
    if (!rc && !quiet) {
        double secs = rate ? (double)n / rate : 0;
        fprintf(stderr, "vachak: wrote %s: ", output);
        if (secs >= 60)
            fprintf(stderr, "%d min %.1f s", (int)(secs / 60), secs - 60 * (int)(secs / 60));
        else
            fprintf(stderr, "%.1f s", secs);
        fprintf(stderr, " of speech, %d Hz mono\n", rate);
    }
    free(data);
    vachak_free(spoken);
    vachak_free(pcm);
    vachak_ctx_free(ctx);
    vachak_rules_free(rules);
    return rc;
}
