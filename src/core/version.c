// SPDX-License-Identifier: GPL-3.0-or-later
/* The library version, set by CMake from project(VERSION). */
#include "vachak.h"

#ifndef VACHAK_VERSION_STRING
#define VACHAK_VERSION_STRING "0.0.0"
#endif

const char *vachak_version(void)
{
    return VACHAK_VERSION_STRING;
}
