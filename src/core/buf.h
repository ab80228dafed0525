// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * A growable byte buffer. Appends never fail loudly: on allocation failure the
 * buffer remembers it (b->oom) and ignores further appends, so callers check once.
 */
#ifndef VK_BUF_H
#define VK_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct vk_buf {
    char *p;
    size_t len;
    size_t cap;
    bool oom;
} vk_buf;

/* Make room for `extra` more bytes plus a NUL. Returns false (and sets oom) on failure. */
bool vk_buf_reserve(vk_buf *b, size_t extra);
void vk_buf_append(vk_buf *b, const char *s, size_t n);
void vk_buf_free(vk_buf *b);

static inline void vk_buf_puts(vk_buf *b, const char *s) { vk_buf_append(b, s, strlen(s)); }

static inline void vk_buf_putc(vk_buf *b, char c)
{
    if (b->len + 2 <= b->cap || vk_buf_reserve(b, 1)) {
        b->p[b->len++] = c;
        b->p[b->len] = '\0';
    }
}

static inline void vk_buf_clear(vk_buf *b)
{
    b->len = 0;
    if (b->p)
        b->p[0] = '\0';
    b->oom = false;
}

/* Hand the bytes to the caller (NUL-terminated, malloc'd) and reset the buffer. */
char *vk_buf_take(vk_buf *b, size_t *len);

#endif
