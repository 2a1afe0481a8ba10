/* ladder-layout.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Layout records keep how an imported page was written, so that writing it
 * back reproduces every line nobody edited.
 *
 * A LadderOrigin belongs to one block of the page (a heading, a sentence, a
 * bullet). Its `source` is the block's Markdown as it was written, and its
 * `fingerprint` identifies the canonical Markdown of the values the block held
 * when it was imported. The exporter writes `source` while the canonical
 * rendering of the current values still has that fingerprint, and the
 * canonical rendering otherwise, so an edit changes only the edited lines.
 * `gap` is the run of blank (or whitespace-only) lines that followed the
 * block, each ending in a newline; NULL means the default for its kind.
 */
typedef struct
{
  char   *source;
  guint64 fingerprint;
  /* Byte range in `source` that holds the block's main value (the grade
   * number, the manager), so changing only that value keeps the rest of the
   * sentence as written. span_start is -1 when there is none. */
  int     span_start;
  int     span_length;
  /* With a span, `fingerprint` covers the block without its main value and
   * `value_fingerprint` the canonical Markdown of that value. */
  guint64 value_fingerprint;
  char   *gap;
} LadderOrigin;

void     ladder_origin_init             (LadderOrigin       *origin);
void     ladder_origin_clear            (LadderOrigin       *origin);
void     ladder_origin_copy_into        (LadderOrigin       *dest,
                                         const LadderOrigin *src);
void     ladder_origin_set_source       (LadderOrigin       *origin,
                                         const char         *source,
                                         const char         *canonical);
void     ladder_origin_set_spanned_source (LadderOrigin *origin,
                                          const char   *source,
                                          int           span_start,
                                          int           span_length,
                                          const char   *canonical_rest,
                                          const char   *canonical_value);
void     ladder_origin_set_gap          (LadderOrigin       *origin,
                                         const char         *gap);
gboolean ladder_origin_matches          (const LadderOrigin *origin,
                                         const char         *canonical);
gboolean ladder_origin_is_default       (const LadderOrigin *origin);

guint64  ladder_fingerprint             (const char         *text);
char    *ladder_fingerprint_to_string   (guint64             fingerprint);
gboolean ladder_fingerprint_from_string (const char         *text,
                                         guint64            *fingerprint);

/* The parts of a role, in the order a page writes them. */
typedef enum
{
  LADDER_SLOT_TEXT,
  LADDER_SLOT_REPORTS_TO,
  LADDER_SLOT_GRADE_HEADING,
  LADDER_SLOT_GRADE,
  LADDER_SLOT_RESPONSIBILITIES_HEADING,
  LADDER_SLOT_RESPONSIBILITIES,
  LADDER_SLOT_REQUIREMENTS_HEADING,
  LADDER_SLOT_REQUIREMENTS,
  LADDER_SLOT_SUBSECTION,
  LADDER_N_SLOT_KINDS
} LadderSlotKind;

typedef struct
{
  LadderSlotKind kind;
  /* TEXT: origin.source is the verbatim Markdown. Headings and sentences:
   * how they were written. Lists: origin.gap follows the last bullet. */
  LadderOrigin   origin;
  /* Headings */
  int            level;
  char          *label;
  gboolean       prefixed;
  /* Lists */
  char          *marker;
  gboolean       carries_extends;
  LadderOrigin   extends_origin;
} LadderSlot;

LadderSlot    *ladder_slot_new             (LadderSlotKind    kind);
LadderSlot    *ladder_slot_copy            (const LadderSlot *slot);
GPtrArray     *ladder_slots_copy           (GPtrArray        *slots);
void           ladder_slot_free            (LadderSlot       *slot);
const char    *ladder_slot_kind_to_string  (LadderSlotKind    kind);
gboolean       ladder_slot_kind_from_string (const char      *text,
                                             LadderSlotKind  *kind);
gboolean       ladder_slot_kind_is_heading (LadderSlotKind    kind);
const char    *ladder_slot_default_label   (LadderSlotKind    kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderSlot, ladder_slot_free)

G_END_DECLS
