/* ladder-markdown-emitter.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-layout.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-sentence.h"
#include "ladder-role.h"
#include "ladder-section.h"

G_BEGIN_DECLS

/* The exporter's parts: ladder-markdown-emitter.c writes blocks,
 * ladder-markdown-export-role.c a role's, ladder-markdown-export.c the
 * page. */

#define BLOCK_GAP "\n"
#define BULLET_GAP ""

/* Writes blocks one after another. The blank lines after a block are only
 * written once the next block comes, so the last block's are dropped and
 * the page's own ending is used instead. */
typedef struct
{
  GString *out;
  /* Owned: the gap may belong to layout records freed before it is used. */
  char             *pending_gap;
  gboolean          started;
  LadderExportFlags flags;
  /* When a map of the page is asked for: the blocks so far, what the next
   * one stands for, and each role's position in the family. */
  GArray         *map;
  LadderPageBlock current;
  GHashTable     *role_positions;
} LadderEmitter;

void     ladder_emitter_mark (LadderEmitter      *emitter,
                              LadderPageBlockKind kind,
                              int                 section,
                              LadderSlotKind      slot,
                              LadderBulletList    list,
                              int                 bullet);
gboolean ladder_emitter_is_canonical (LadderEmitter *emitter);
const char *
ladder_emitter_gap_or (LadderEmitter *emitter, const LadderOrigin *origin, const char *fallback);
void ladder_emitter_set_pending_gap (LadderEmitter *emitter, const char *gap);
void ladder_emitter_block (LadderEmitter *emitter, const char *text, const char *gap);
void ladder_emitter_bullet (LadderEmitter *emitter,
                            const char    *marker,
                            const char    *text,
                            const char    *gap);
void ladder_emitter_with_origin (LadderEmitter      *emitter,
                                 const LadderOrigin *origin,
                                 const char         *canonical,
                                 const char         *gap);
void ladder_emitter_spanned (LadderEmitter      *emitter,
                             const LadderOrigin *origin,
                             const char         *canonical_rest,
                             const char         *value_markdown,
                             LadderSentenceKind  kind,
                             const char         *title,
                             const char         *link,
                             const char         *gap);
void ladder_emitter_section (LadderEmitter *emitter, LadderSection *section, int position);
void ladder_emitter_role (LadderEmitter *emitter, LadderRole *role);

G_END_DECLS
