/* ladder-yaml-check-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/*
 * The front matter checker, shared by its parts: the cursor, lines and
 * scalars (ladder-yaml-check-scalars.c), anchors, tags and aliases
 * (-properties.c), flow collections (-flow.c), block collections
 * (-block.c), and the whole (ladder-yaml-check.c). A checker, not a
 * parser: it walks the YAML as libyaml (and so PyYAML and the Go ports
 * Hugo uses) would, keeps nothing but anchors and keys, and stops at the
 * first thing it is not sure every reader accepts. Where readers differ or the rule is subtle it refuses, so
 * what it accepts is valid everywhere; tests/check-front-matter.py compares
 * it with PyYAML.
 *
 * Indentation: a node inside a block collection at column N continues on
 * lines indented more than N. The text is LF-only and ends in a newline.
 */

#define LADDER_YAML_MAX_DEPTH 64

typedef struct
{
  const char *text;
  const char *p;
  GHashTable *anchors;
  GArray     *key_lines;
  /* Lines counted so far, for the keys' line numbers. */
  const char *counted;
  guint       counted_lines;
  const char *error_at;
  char       *error;
  guint       depth;
} LadderYamlChecker;

static inline gboolean
is_break_or_end (char c)
{
  return c == '\n' || c == '\0';
}

static inline gboolean
is_space_or_break (char c)
{
  return c == ' ' || is_break_or_end (c);
}

static inline gboolean
is_flow_indicator (char c)
{
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

static inline gboolean
is_name_character (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-';
}

static inline gboolean
is_document_marker (const char *line)
{
  return (strncmp (line, "---", 3) == 0 || strncmp (line, "...", 3) == 0)
         && (line[3] == ' ' || line[3] == '\t' || is_break_or_end (line[3]));
}

/* Records the first error (translated), at @at; returns FALSE. */
gboolean    ladder_yaml_checker_fail          (LadderYamlChecker *checker,
                                               const char        *at,
                                               const char        *format,
                                               ...) G_GNUC_PRINTF (3, 4);
const char *ladder_yaml_checker_line_start    (LadderYamlChecker *checker,
                                               const char        *at);
guint       ladder_yaml_checker_column        (LadderYamlChecker *checker,
                                               const char        *at);
gboolean    ladder_yaml_checker_skip_spaces   (LadderYamlChecker *checker);
gboolean    ladder_yaml_checker_end_line      (LadderYamlChecker *checker);
int         ladder_yaml_checker_next_line     (LadderYamlChecker *checker);
gboolean    ladder_yaml_checker_continue_line (LadderYamlChecker *checker,
                                               int                indent,
                                               gboolean           at_margin_too);
gboolean    ladder_yaml_checker_enter         (LadderYamlChecker *checker);

/* Scalars, the cursor on their first character; @indent is that of the
 * collection they are in. */
gboolean    ladder_yaml_check_double_quoted   (LadderYamlChecker *checker,
                                               int                indent);
gboolean    ladder_yaml_check_single_quoted   (LadderYamlChecker *checker,
                                               int                indent);
gboolean    ladder_yaml_check_block_scalar    (LadderYamlChecker *checker,
                                               int                indent);
gboolean    ladder_yaml_check_plain           (LadderYamlChecker *checker,
                                               int                indent);

/* Anchors and the one tag Ladder accepts; the anchor is kept once its node
 * ends (ladder_yaml_checker_known_after()), so a node cannot refer to
 * itself. */
gboolean    ladder_yaml_check_properties      (LadderYamlChecker *checker,
                                               gboolean          *has_properties,
                                               gboolean          *tagged,
                                               char             **anchor);
gboolean    ladder_yaml_checker_known_after   (LadderYamlChecker *checker,
                                               char              *anchor,
                                               gboolean           valid);
gboolean    ladder_yaml_check_alias           (LadderYamlChecker *checker);

gboolean    ladder_yaml_check_flow_collection (LadderYamlChecker *checker,
                                               int                indent);
gboolean    ladder_yaml_check_block_mapping   (LadderYamlChecker *checker,
                                               int                indent,
                                               gboolean           top_level);

G_END_DECLS
