/* ladder-inline-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-inline.h"

G_BEGIN_DECLS

/* The inline runs' parts: ladder-inline.c (the runs themselves), -read.c
 * (Markdown read as runs, each character knowing its bytes), -write.c (runs
 * written as Markdown) and -edit.c (writing only what changed). */

typedef struct
{
  /* Where its text starts in the text shown. */
  gsize display;
  /* Its Markdown: [start, end) of the source. */
  gsize start;
  gsize end;
} Unit;

typedef struct
{
  GString   *display;
  GArray    *units;
  GPtrArray *spans;
} Parsed;

void     ladder_inline_parsed_free  (Parsed      *parsed);
Parsed  *ladder_inline_parse_full   (const char  *markdown,
                                     const char **reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parsed, ladder_inline_parsed_free)

typedef struct
{
  GString           *out;
  /* The whole text wanted, and its exporter's escaping. */
  const char        *display;
  GString           *escaped;
  GArray            *offsets;
  char               italic;
  LadderInlineStyle  stack[2];
  guint              depth;
  const char        *url;
} Writer;

void     ladder_inline_writer_init  (Writer            *writer,
                                     const char        *display,
                                     char               italic);
void     ladder_inline_writer_clear (Writer            *writer);
void     ladder_inline_write_range  (Writer            *writer,
                                     GPtrArray         *spans,
                                     gsize              from,
                                     gsize              to,
                                     LadderInlineStyle  start_style,
                                     const char        *start_url,
                                     LadderInlineStyle  end_style,
                                     const char        *end_url);
/* Whether @markdown reads back as exactly @wanted (normalized). */
gboolean ladder_inline_reads_as     (const char        *markdown,
                                     GPtrArray         *wanted);
char    *ladder_inline_write_whole  (GPtrArray         *wanted,
                                     gboolean          *faithful);

gboolean ladder_inline_same_look    (LadderInlineStyle  style_a,
                                     const char        *url_a,
                                     LadderInlineStyle  style_b,
                                     const char        *url_b);
/* The length of the entity at @p (`&name;`, `&#123;`, `&#x1F;`), by its
 * form alone, or 0. */
gsize    ladder_inline_entity_length (const char      *p,
                                      gsize            available);
gsize    ladder_inline_count_run    (const char        *text,
                                     gsize              length,
                                     gsize              pos,
                                     char               c);

G_END_DECLS
