/* ladder-json.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ladder-family.h"

G_BEGIN_DECLS

/* The `*.jobfamily.json` file format; see docs/file-format.md and
 * data/ladder-jobfamily.schema.json. */
#define LADDER_FILE_FORMAT "ladder-job-family"
#define LADDER_FILE_VERSION 1
#define LADDER_FILE_SUFFIX ".jobfamily.json"

/* The bounds of the format (docs/file-format.md): a file beyond one is
 * refused, at the first element too many, and nothing beyond one is
 * written. Real families are far inside them (the largest handbook page
 * has 24 roles, 45 bullets in a list, 333 in all, 10 sections, 13
 * subsections in a role and 905 values); they keep the time and memory a
 * file costs to read, and the window to show, small. */
#define LADDER_MAX_ROLES 10000
#define LADDER_MAX_FRONT_MATTER 1000
#define LADDER_MAX_BULLETS_PER_LIST 1000
#define LADDER_MAX_BULLETS 100000
/* Sections of the family, and subsections of each role; then all together. */
#define LADDER_MAX_SECTIONS 1000
#define LADDER_MAX_ALL_SECTIONS 10000
/* JSON values of any kind in the file, layout records and unknown members
 * included. */
#define LADDER_MAX_JSON_VALUES 500000

GBytes  *ladder_json_write (LadderFamily *family);
gboolean ladder_json_check_writable (LadderFamily *family,
                                     GBytes       *contents,
                                     const char   *filename,
                                     GError      **error);
LadderFamily *
ladder_json_read (const char *data, gsize length, const char *filename, GError **error);

G_END_DECLS

/* Members a newer Ladder wrote that this one does not know are kept on the
 * object they belong to (a JsonObject under this key) and written back. */
#define LADDER_JSON_UNKNOWN_MEMBERS "ladder-json-unknown-members"

/* A copy of @object and of every value in it (json_object_ref and
 * json_node_copy share them, counting references without atomics). */
JsonObject *ladder_json_object_copy_deep (JsonObject *object);
