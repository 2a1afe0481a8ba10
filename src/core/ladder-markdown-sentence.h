/* ladder-markdown-sentence.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ladder-layout.h"

G_BEGIN_DECLS

/* The sentences of a role that hold one of its values where the page put
 * it. */
typedef enum
{
  LADDER_SENTENCE_REPORTS_TO,
  LADDER_SENTENCE_GRADE,
} LadderSentenceKind;

char    *ladder_sentence_rewrite (const LadderOrigin *origin,
                                  LadderSentenceKind  kind,
                                  const char         *title,
                                  const char         *link,
                                  const char         *value_markdown);
char    *ladder_sentence_drop (const LadderOrigin *origin);
gboolean ladder_sentence_ends (const char *text, const char *p);

G_END_DECLS
