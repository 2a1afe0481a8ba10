/* ladder-json-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"

G_BEGIN_DECLS

/* Whether an object of the file gives a member name twice, which
 * json-glib takes silently (the last one wins). */
typedef enum
{
  LADDER_JSON_NAMES_UNIQUE,
  LADDER_JSON_NAMES_REPEATED,
  /* Not told by the first pass (names written with escapes, or objects
   * of many members): count json-glib's members against n_members. */
  LADDER_JSON_NAMES_UNSURE,
} LadderJsonNames;

/* Where the family's "roles" array is in the text, brackets included, and
 * each of its elements, space around them left out: json-glib is handed
 * one role at a time (ladder-json-reader.c). */
typedef struct
{
  gsize start;
  gsize end;
} LadderJsonSpan;

typedef struct
{
  /* How many "roles" members the family object has (only one is read). */
  guint          n_roles_arrays;
  LadderJsonSpan roles_array;
  /* LadderJsonSpan, one per role */
  GArray *roles;
} LadderJsonOutline;

void ladder_json_outline_clear (LadderJsonOutline *outline);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LadderJsonOutline, ladder_json_outline_clear)

/* The reader's first pass (ladder-json-syntax.c): strict JSON, within the
 * bounds of the format, before json-glib sees the file. */
gboolean ladder_json_check_syntax (const char        *data,
                                   gsize              length,
                                   const char        *filename,
                                   gsize             *n_members,
                                   LadderJsonNames   *names,
                                   LadderJsonOutline *outline,
                                   char             **bound,
                                   GError           **error);
char    *ladder_json_family_bound (LadderFamily *family, gboolean *count_values);

G_END_DECLS
