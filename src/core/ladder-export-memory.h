/* ladder-export-memory.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char  *ladder_export_memory_path (void);
GFile *ladder_export_memory_recall (GFile *ladder_file, char **page_hash);
void   ladder_export_memory_remember (GFile *ladder_file, GFile *page, const char *page_hash);

G_END_DECLS
