/* ladder-file-check.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * What a file on disk holds, as far as writing over it goes: its content
 * (a hash: modification times lie, and are restored by tools) and, for a
 * job family file, its format version.
 */

char     *ladder_file_hash_bytes   (GBytes      *contents);
char     *ladder_file_hash_path    (const char  *path,
                                    GError     **error);
gint64    ladder_json_peek_version (const char  *data,
                                    gsize        length);
gboolean  ladder_file_check        (const char  *path,
                                    const char  *expected_hash,
                                    gboolean     family,
                                    GError     **error);

G_END_DECLS
