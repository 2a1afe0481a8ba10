/* ladder-word-diff.h
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
  LADDER_DIFF_EQUAL,
  LADDER_DIFF_DELETE,
  LADDER_DIFF_INSERT,
} LadderDiffOp;

/* A run of text that both sides share, or that only the old (DELETE) or the
 * new (INSERT) side has. */
typedef struct
{
  LadderDiffOp  op;
  char         *text;
} LadderDiffSpan;

/* How much work a comparison may do (steps of the diff algorithm) before it
 * gives up on finding the smallest change and calls the differing middle of
 * the two inputs replaced. Bullets and sections are short; the bound only
 * matters for hostile inputs. */
#define LADDER_DIFF_DEFAULT_WORK ((gsize) 8 * 1024 * 1024)

GArray   *ladder_diff_sequences  (const guint *old_items,
                                  gsize        n_old,
                                  const guint *new_items,
                                  gsize        n_new,
                                  gsize        max_work);

GArray   *ladder_word_diff       (const char  *old_text,
                                  const char  *new_text);
GArray   *ladder_word_diff_full  (const char  *old_text,
                                  const char  *new_text,
                                  gsize        max_work);
gboolean  ladder_diff_spans_changed (GArray   *spans);

GArray   *ladder_word_ids        (const char  *text,
                                  GHashTable  *dictionary);
double    ladder_word_ids_similarity (GArray  *a,
                                      GArray  *b);

G_END_DECLS
