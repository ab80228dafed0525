// SPDX-License-Identifier: GPL-3.0-or-later
/* Status texts and error detail (see error.h and vachak.h). */
#include "core/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *vachak_status_str(vachak_status status)
{
    switch (status) {
    case VACHAK_OK: return "success";
    case VACHAK_ERR_NOMEM: return "out of memory";
    case VACHAK_ERR_ARG: return "invalid argument";
    case VACHAK_ERR_UTF8: return "input is not valid UTF-8";
    case VACHAK_ERR_RULES: return "invalid rules";
    case VACHAK_ERR_IO: return "input/output error";
    case VACHAK_ERR_ICU: return "ICU error";
    case VACHAK_ERR_SYNTH: return "speech synthesis failed";
    case VACHAK_ERR_AUDIO: return "audio file could not be written";
    case VACHAK_ERR_TOO_LARGE: return "input too large";
    }
    return "unknown status";
}

void vk_error_clear(vachak_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

vachak_status vk_error(vachak_error *err, vachak_status st, const char *file, unsigned line,
                       unsigned column, const char *fmt, ...)
{
    if (!err)
        return st;
    memset(err, 0, sizeof *err);
    err->status = st;
    err->line = line;
    err->column = column;
    if (file)
        snprintf(err->file, sizeof err->file, "%s", file);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return st;
}
