// SPDX-License-Identifier: GPL-3.0-or-later
/* A growable byte buffer (see buf.h). */
#include "core/buf.h"

#include <stdlib.h>

bool vk_buf_reserve(vk_buf *b, size_t extra)
{
    if (b->oom)
        return false;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    b->p[b->len] = '\0';
    return true;
}

void vk_buf_append(vk_buf *b, const char *s, size_t n)
{
    if (!vk_buf_reserve(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void vk_buf_free(vk_buf *b)
{
    free(b->p);
    *b = (vk_buf){0};
}

char *vk_buf_take(vk_buf *b, size_t *len)
{
    if (!vk_buf_reserve(b, 0))
        return NULL;
    char *p = b->p;
    if (len)
        *len = b->len;
    *b = (vk_buf){0};
    return p;
}
