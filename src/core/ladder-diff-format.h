/* ladder-diff-format.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-diff.h"

G_BEGIN_DECLS

/* How changed words are marked: brackets as `git diff --word-diff` writes
 * them, terminal colours, or Pango markup. `escape`, when set, turns text
 * from the pages into text safe to put between the marks. */
typedef struct
{
  const char *deleted_start;
  const char *deleted_end;
  const char *inserted_start;
  const char *inserted_end;
  /* Around a whole item added or removed ("+ “bullet”"). */
  const char *added_start;
  const char *added_end;
  const char *removed_start;
  const char *removed_end;
  char     *(*escape) (const char *text,
                       gssize      length);
} LadderDiffMarkup;

extern const LadderDiffMarkup ladder_diff_markup_plain;

char *ladder_change_format_location (const LadderChange     *change);
char *ladder_change_format          (const LadderChange     *change,
                                     const LadderDiffMarkup *markup);

G_END_DECLS
