/* ladder-markdown-cost.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  /* libcmark reads the text in bounded time and memory. */
  LADDER_MARKDOWN_COST_BOUNDED,
  /* So much markup that libcmark's tree would take far more memory than
   * the text (ten megabytes of "[" would take gigabytes). */
  LADDER_MARKDOWN_COST_TOO_MUCH_MARKUP,
  /* A paragraph of a shape that libcmark 0.30 reads in quadratic time. */
  LADDER_MARKDOWN_COST_QUADRATIC,
  /* A carriage return not followed by a line feed: libcmark ends a line
   * there, the importer's line positions do not, so the page would not
   * come back as it was. */
  LADDER_MARKDOWN_COST_LONE_CARRIAGE_RETURN,
} LadderMarkdownCost;

LadderMarkdownCost ladder_markdown_cost (const char *text,
                                         gsize       length,
                                         gsize      *where);

G_END_DECLS
