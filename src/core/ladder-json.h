/* ladder-json.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"

G_BEGIN_DECLS

/* The `*.jobfamily.json` file format; see docs/file-format.md and
 * data/ladder-jobfamily.schema.json. */
#define LADDER_FILE_FORMAT "ladder-job-family"
#define LADDER_FILE_VERSION 1
#define LADDER_FILE_SUFFIX ".jobfamily.json"

GBytes       *ladder_json_write (LadderFamily  *family);
LadderFamily *ladder_json_read  (const char    *data,
                                 gsize          length,
                                 const char    *filename,
                                 GError       **error);

G_END_DECLS

/* Members a newer Ladder wrote that this one does not know are kept on the
 * object they belong to (a JsonObject under this key) and written back. */
#define LADDER_JSON_UNKNOWN_MEMBERS "ladder-json-unknown-members"
