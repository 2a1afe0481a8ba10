/* ladder-inline.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A bullet's Markdown as the text the page shows, in runs of one style
 * (bold, italic, code, a link), and back. Only the Markdown that these runs
 * show exactly is read (see ladder_inline_parse()); writing keeps the bytes
 * of whatever did not change (see ladder_inline_edit()).
 */

typedef enum
{
  LADDER_INLINE_PLAIN = 0,
  LADDER_INLINE_BOLD = 1 << 0,
  LADDER_INLINE_ITALIC = 1 << 1,
  LADDER_INLINE_CODE = 1 << 2,
} LadderInlineStyle;

typedef struct
{
  /* The text shown, UTF-8. */
  char             *text;
  LadderInlineStyle style;
  /* The link's URL, as the page's renderer reads it, or NULL. */
  char *url;
} LadderInlineSpan;

LadderInlineSpan *
ladder_inline_span_new (const char *text, gssize length, LadderInlineStyle style, const char *url);
void       ladder_inline_span_free (LadderInlineSpan *span);
GPtrArray *ladder_inline_spans_new (void);

GPtrArray *ladder_inline_parse (const char *markdown, const char **reason);
char      *ladder_inline_to_markdown (GPtrArray *spans, gboolean *faithful);
char      *ladder_inline_edit (const char *markdown, GPtrArray *spans, gboolean *faithful);
char      *ladder_inline_join (const char *first, const char *between, const char *second);

GPtrArray *ladder_inline_spans_normalize (GPtrArray *spans);
gboolean   ladder_inline_spans_equal (GPtrArray *a, GPtrArray *b);
char      *ladder_inline_spans_to_text (GPtrArray *spans);
GPtrArray *ladder_inline_spans_slice (GPtrArray *spans, gsize start, gsize end);

/* A URL as a link destination that reads back as that URL. */
void ladder_inline_append_destination (GString *out, const char *url);

G_END_DECLS
