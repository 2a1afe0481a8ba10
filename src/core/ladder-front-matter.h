/* ladder-front-matter.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"

G_BEGIN_DECLS

/*
 * Every front matter Ladder reads or writes is checked to be what Hugo and
 * any YAML reader take for one mapping with exactly the keys Ladder shows:
 * keys that are plain words, each once, and values that are each one YAML
 * node. The check covers the YAML that front matters use (plain, quoted and
 * block scalars over any number of lines, lists and mappings in block or
 * flow style, comments, anchors and aliases) and refuses what it cannot
 * vouch for (tags other than !!str, tabs outside quotes and comments,
 * directives, a second document, characters YAML readers refuse or take
 * for line breaks).
 */

/* Whether @key can be a front matter key: a letter or "_", then letters,
 * digits, "_", "-" or "."; not a word YAML reads as true, false or null. */
gboolean ladder_front_matter_key_is_valid (const char *key);

/* Checks @yaml, the lines between the delimiters. On success, when @keys
 * is given, adds the top-level keys' line numbers (1-based, as guint) to
 * @key_lines in order. On failure sets @line, @column (1-based, in @yaml)
 * and @message (translated). */
gboolean ladder_front_matter_check        (const char  *yaml,
                                           GArray      *key_lines,
                                           guint       *line,
                                           guint       *column,
                                           char       **message);

/* Checks the family's front matter as the exporter writes it: each entry
 * with a key is exactly that key and its value, each entry without a key
 * a blank line or a comment. On failure sets @entry (the position of the
 * entry at fault), @line and @column (1-based, within the lines between
 * the delimiters) and @message (translated, naming the key). */
gboolean ladder_front_matter_check_family (LadderFamily  *family,
                                           guint         *entry,
                                           guint         *line,
                                           guint         *column,
                                           char         **message);

/* NULL when the value @yaml of @key can be shown and edited as text (a
 * scalar, or nothing), otherwise why it cannot (translated). */
char    *ladder_front_matter_dup_read_only_reason (const char *key,
                                                   const char *yaml);

G_END_DECLS
