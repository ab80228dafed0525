// SPDX-License-Identifier: GPL-3.0-or-later
/* Files that appear complete or not at all (see atomic.h). */
#include "core/atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int vk_atomic_open(const char *path, char **tmp)
{
    size_t n = strlen(path) + 40;
    char *name = malloc(n);
    if (!name) {
        errno = ENOMEM;
        return -1;
    }
    int fd = -1;
    for (unsigned k = 0; fd < 0 && k < 1000; k++) {
        snprintf(name, n, "%s.tmp-%ld-%u", path, (long)getpid(), k);
        fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        int e = errno;
        free(name);
        errno = e;
        return -1;
    }
    *tmp = name;
    return fd;
}

int vk_atomic_close(const char *path, char *tmp, int ok)
{
    int rc = 0;
    if (ok && rename(tmp, path) != 0)
        rc = -1;
    int e = errno;
    if (!ok || rc)
        unlink(tmp);
    free(tmp);
    errno = e;
    return rc;
}
