/* ladder-yaml.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Front matter values are kept as the YAML text that follows `key:`, so a
 * page keeps its quoting. These read and write the one kind of value Ladder
 * edits: a scalar, plain, 'single' or "double" quoted or a block scalar,
 * read over as many lines as the page gives it and written on one. */

char     *ladder_yaml_decode_scalar (const char *yaml);
char     *ladder_yaml_encode_scalar (const char *value,
                                     const char *like);

/* Whether a value has opened quotes or brackets that it has not closed, so
 * that the next line goes on with it whatever it starts with. Fed a line at
 * a time (the first: the text after `key:`), starting from a zeroed state. */
typedef struct
{
  gboolean started;
  gboolean settled;
  char     quote;
  char     previous;
  guint    depth;
} LadderYamlOpen;

gboolean  ladder_yaml_open_feed     (LadderYamlOpen *state,
                                     const char     *line,
                                     gsize           length);

G_END_DECLS
