/* ladder-file.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Ladder reads no file larger than this, and writes none: job-family pages
 * are tens of kilobytes, and a bound keeps a wrong or hostile file from
 * filling memory. What Ladder writes, it can read back. */
#define LADDER_MAX_FILE_SIZE (16 * 1024 * 1024)

GBytes   *ladder_file_read_bounded (const char  *path,
                                    GError     **error);
gboolean  ladder_file_check_size   (const char  *name,
                                    gsize        size,
                                    GError     **error);
gboolean  ladder_file_write_atomic (const char  *path,
                                    GBytes      *contents,
                                    gboolean     durable,
                                    GError     **error);

G_END_DECLS
