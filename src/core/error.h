// SPDX-License-Identifier: GPL-3.0-or-later
/* Filling a vachak_error: one helper so every stage reports the same way. */
#ifndef VK_ERROR_H
#define VK_ERROR_H

#include "vachak.h"

/* Clear err (if not NULL). */
void vk_error_clear(vachak_error *err);

/* Fill err (if not NULL) with status, file (may be NULL), line, column and a
 * printf-style message; returns st so callers can `return vk_error(...)`. */
vachak_status vk_error(vachak_error *err, vachak_status st, const char *file, unsigned line,
                       unsigned column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

#endif
