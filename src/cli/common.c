// SPDX-License-Identifier: GPL-3.0-or-later
/* The vachak command line: reading inputs, reporting errors, atomic outputs. */
#include "cli/cli.h"

#include "core/atomic.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int cli_read(const char *name, char **data, size_t *len)
{
    bool in = !name || strcmp(name, "-") == 0;
    FILE *f = in ? stdin : fopen(name, "rb");
    if (!f) {
        fprintf(stderr, "vachak: %s: %s\n", name, strerror(errno));
        return errno == ENOENT || errno == EACCES ? EX_NOINPUT : EX_IOERR;
    }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (cap - n < 65536) {
            cap = cap ? cap * 2 : 1 << 17;
            char *p = realloc(buf, cap + 1);
            if (!p) {
                fprintf(stderr, "vachak: %s: out of memory\n", in ? "stdin" : name);
                free(buf);
                if (!in)
                    fclose(f);
                return EX_OSERR;
            }
            buf = p;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int e = errno;
    bool bad = ferror(f);
    if (!in)
        fclose(f);
    if (bad) {
        fprintf(stderr, "vachak: %s: %s\n", in ? "stdin" : name, e == EISDIR ? "is a folder" : strerror(e));
        free(buf);
        return e == EISDIR ? EX_NOINPUT : EX_IOERR;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}

int cli_exit_code(vachak_status st)
{
    switch (st) {
    case VACHAK_OK: return 0;
    case VACHAK_ERR_ARG: return EX_USAGE;
    case VACHAK_ERR_UTF8: return EX_DATAERR;
    case VACHAK_ERR_RULES: return EX_CONFIG;
    case VACHAK_ERR_IO: return EX_IOERR;
    case VACHAK_ERR_AUDIO: return EX_CANTCREAT;
    case VACHAK_ERR_NOMEM: return EX_OSERR;
    case VACHAK_ERR_TOO_LARGE: return EX_DATAERR;
    case VACHAK_ERR_ICU:
    case VACHAK_ERR_SYNTH: return EX_SOFTWARE;
    }
    return EX_SOFTWARE;
}

void cli_report(const char *input, vachak_status st, const vachak_error *err)
{
    const char *file = err->file[0] ? err->file : (st == VACHAK_ERR_UTF8 ? input : NULL);
    fputs("vachak: ", stderr);
    if (file) {
        fputs(file, stderr);
        if (err->line)
            fprintf(stderr, ":%u", err->line);
        if (err->column)
            fprintf(stderr, ":%u", err->column);
        fputs(": ", stderr);
    }
    fputs(vachak_status_str(st), stderr);
    if (err->message[0])
        fprintf(stderr, " (%s)", err->message);
    if (st == VACHAK_ERR_UTF8)
        fputs("; --lossy replaces bad bytes with U+FFFD", stderr);
    fputc('\n', stderr);
}

int cli_open(const char *rules_dir, vachak_rules **rules, vachak_ctx **ctx)
{
    vachak_error err;
    vachak_status st = vachak_rules_load(rules_dir, rules, &err);
    if (!st && ctx) {
        st = vachak_ctx_new(*rules, ctx, &err);
        if (st) {
            vachak_rules_free(*rules);
            *rules = NULL;
        }
    }
    if (st) {
        cli_report(NULL, st, &err);
        return cli_exit_code(st);
    }
    return 0;
}

int cli_output_open(cli_output *o, const char *path)
{
    *o = (cli_output){.f = stdout, .path = path};
    if (!path || strcmp(path, "-") == 0)
        return 0;
    int fd = vk_atomic_open(path, &o->tmp);
    if (fd < 0 || !(o->f = fdopen(fd, "wb"))) {
        fprintf(stderr, "vachak: %s: cannot create: %s\n", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            vk_atomic_close(path, o->tmp, 0);
        }
        o->tmp = NULL;
        o->f = NULL;
        return EX_CANTCREAT;
    }
    return 0;
}

int cli_output_close(cli_output *o, bool ok)
{
    if (!o->tmp) { /* stdout */
        if (fflush(stdout) != 0 && ok) {
            fprintf(stderr, "vachak: standard output: %s\n", strerror(errno));
            return EX_IOERR;
        }
        return 0;
    }
    bool bad = fclose(o->f) != 0;
    int e = errno;
    if (bad && ok)
        fprintf(stderr, "vachak: %s: %s\n", o->path, strerror(e));
    if (vk_atomic_close(o->path, o->tmp, ok && !bad) != 0 && ok && !bad) {
        fprintf(stderr, "vachak: %s: %s\n", o->path, strerror(errno));
        bad = true;
    }
    o->tmp = NULL;
    return bad && ok ? EX_IOERR : 0;
}

bool cli_int(const char *opt, const char *s, int *v)
{
    char *end = NULL;
    errno = 0;
    long x = strtol(s, &end, 10);
    if (errno || !end || *end || end == s || x < INT_MIN || x > INT_MAX) {
        fprintf(stderr, "vachak: %s needs a whole number, not '%s'\n", opt, s);
        return false;
    }
    *v = (int)x;
    return true;
}

/* --english and --glosses: set the VACHAK_* bits they choose. */
static bool reading(int opt, const char *s, unsigned *flags)
{
    if (opt == CLI_OPT_ENGLISH) {
        if (strcmp(s, "deva") == 0)
            *flags &= ~(unsigned)VACHAK_ENGLISH_VOICE;
        else if (strcmp(s, "voice") == 0)
            *flags |= VACHAK_ENGLISH_VOICE;
        else {
            fprintf(stderr, "vachak: --english is deva or voice, not '%s'\n", s);
            return false;
        }
        return true;
    }
    *flags &= ~(unsigned)(VACHAK_GLOSSES_KEEP | VACHAK_GLOSSES_DROP);
    if (strcmp(s, "keep") == 0)
        *flags |= VACHAK_GLOSSES_KEEP;
    else if (strcmp(s, "drop") == 0)
        *flags |= VACHAK_GLOSSES_DROP;
    else if (strcmp(s, "auto") != 0) {
        fprintf(stderr, "vachak: --glosses is auto, keep or drop, not '%s'\n", s);
        return false;
    }
    return true;
}

int cli_common_option(cli_common *c, int opt, const char *arg)
{
    switch (opt) {
    case CLI_OPT_LOSSY: c->flags |= VACHAK_LOSSY; return -1;
    case CLI_OPT_RULES: c->rules_dir = arg; return -1;
    case CLI_OPT_ENGLISH:
    case CLI_OPT_GLOSSES: return reading(opt, arg, &c->flags) ? -1 : EX_USAGE;
    case 'h': fputs(c->help, stdout); return 0;
    default: fprintf(stderr, "Try: vachak %s --help\n", c->name); return EX_USAGE;
    }
}

const char *cli_shown(const char *name)
{
    return strcmp(name, "-") == 0 ? "stdin" : name;
}

int cli_each_input(int argc, char **argv, int first, cli_input_fn fn, void *user)
{
    int nfiles = argc - first, rc = 0;
    for (int i = 0; !rc && i < (nfiles ? nfiles : 1); i++) {
        const char *name = nfiles ? argv[first + i] : "-";
        char *data = NULL;
        size_t len = 0;
        rc = cli_read(name, &data, &len);
        if (!rc)
            rc = fn(name, data, len, user);
        free(data);
    }
    return rc;
}
