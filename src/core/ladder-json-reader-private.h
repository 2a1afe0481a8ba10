/* ladder-json-reader-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ladder-error.h"
#include "ladder-family.h"
#include "ladder-json-private.h"

G_BEGIN_DECLS

/* The JSON reader's parts, around one Reader: ladder-json-reader.c (the
 * entry point, and the family, its roles, sections and bullets),
 * ladder-json-reader-values.c (typed values, errors at their positions,
 * unknown members) and ladder-json-reader-layout.c (the layout records). */

typedef struct
{
  const char *filename;
  /* Where each value ended in the file (JsonNode → line << 32 | column),
   * recorded while parsing, since json-glib keeps no positions itself. */
  GHashTable *positions;
  /* Members seen per object, to notice a key given twice. */
  GHashTable *member_counts;
  char       *duplicate_key;
  guint64     duplicate_position;
  /* When set, the tree read has an empty "roles" array, and the roles are
   * read from the file's text one at a time, each where @outline says. */
  const char              *data;
  const LadderJsonOutline *outline;
  GError                 **error;
} Reader;

/* ladder-json-reader-values.c */
gboolean
ladder_json_fail (Reader *reader, JsonNode *node, LadderError code, const char *format, ...)
    G_GNUC_PRINTF (4, 5);
gboolean ladder_json_is_string (JsonNode *node);
gboolean ladder_json_is_integer (JsonNode *node);
gboolean ladder_json_expect (Reader     *reader,
                             JsonNode   *node,
                             gboolean    ok,
                             const char *what,
                             const char *name);
gboolean
ladder_json_read_string (Reader *reader, JsonObject *object, const char *name, const char **value);
gboolean ladder_json_read_int (Reader     *reader,
                               JsonObject *object,
                               const char *name,
                               int         min,
                               int         max,
                               int        *value);
gboolean
ladder_json_read_boolean (Reader *reader, JsonObject *object, const char *name, gboolean *value);
JsonObject *ladder_json_get_object (Reader *reader, JsonNode *node, const char *name);
JsonArray  *ladder_json_get_array_member (Reader *reader, JsonObject *object, const char *name);
JsonObject *ladder_json_collect_unknown_members (JsonObject *object, const char *const *known);
void
ladder_json_keep_unknown_members (JsonObject *object, const char *const *known, gpointer target);

/* ladder-json-reader-layout.c */
gboolean ladder_json_read_gap (Reader *reader, JsonObject *object, const char *name, char **gap);
gboolean ladder_json_read_origin_members (Reader *reader, JsonObject *object, LadderOrigin *origin);
gboolean ladder_json_read_origin (Reader       *reader,
                                  JsonObject   *parent,
                                  const char   *name,
                                  LadderOrigin *origin);
gboolean ladder_json_read_role_layout (Reader *reader, JsonNode *node, LadderRole *role);
gboolean ladder_json_read_front_matter (Reader *reader, JsonObject *root, LadderFamily *family);
gboolean ladder_json_read_family_layout (Reader *reader, JsonNode *node, LadderFamily *family);

G_END_DECLS
