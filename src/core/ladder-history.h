/* ladder-history.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"

G_BEGIN_DECLS

/* A history keeps the last LADDER_HISTORY_MAX_STEPS steps, and fewer when
 * the values they hold (the text before and after each change) pass
 * LADDER_HISTORY_MAX_BYTES; the newest step is always kept. */
#define LADDER_HISTORY_MAX_STEPS 1000
#define LADDER_HISTORY_MAX_BYTES (64 * 1024 * 1024)

#define LADDER_TYPE_HISTORY (ladder_history_get_type ())

G_DECLARE_FINAL_TYPE (LadderHistory, ladder_history, LADDER, HISTORY, GObject)

LadderHistory *ladder_history_new         (LadderFamily  *family);
LadderFamily  *ladder_history_get_family  (LadderHistory *self);
gboolean       ladder_history_get_can_undo (LadderHistory *self);
gboolean       ladder_history_get_can_redo (LadderHistory *self);
void           ladder_history_undo        (LadderHistory *self);
void           ladder_history_redo        (LadderHistory *self);
void           ladder_history_begin_group (LadderHistory *self);
void           ladder_history_end_group   (LadderHistory *self);
void           ladder_history_seal        (LadderHistory *self);
void           ladder_history_clear       (LadderHistory *self);
guint64        ladder_history_get_state   (LadderHistory *self);

G_END_DECLS
