/* ladder-json-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"

G_BEGIN_DECLS

/* The reader's first pass (ladder-json-syntax.c): strict JSON, within the
 * bounds of the format, before json-glib sees the file. */
gboolean ladder_json_check_syntax (const char  *data,
                                   gsize        length,
                                   const char  *filename,
                                   gsize       *n_members,
                                   char       **bound,
                                   GError     **error);
char     *ladder_json_family_bound (LadderFamily *family,
                                    gboolean     *count_values);

G_END_DECLS
