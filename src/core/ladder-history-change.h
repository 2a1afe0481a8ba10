/* ladder-history-change.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-model-private.h"

G_BEGIN_DECLS

/* What the undo history keeps of one change the model described: its own
 * copy of the values, and references to the objects it needs to put them
 * back. */
typedef struct _LadderHistoryChange LadderHistoryChange;

LadderHistoryChange *ladder_history_change_new (const LadderChange *description);
void                 ladder_history_change_free (gpointer change);
/* More typing in the same field: @change's new value becomes @previous's;
 * FALSE if @change is not more of the same. */
gboolean ladder_history_change_merge (LadderHistoryChange *previous, const LadderChange *change);
/* Sets the new values (@forward) or the old ones, through the model's API. */
void ladder_history_change_apply (LadderHistoryChange *change, gboolean forward);
/* The role the change was to (its bullets, its subsections, it), or the
 * family; for the family's list of roles, the role that list gains once
 * the change is applied (@forward) or undone. (transfer full) (nullable) */
GObject *ladder_history_change_dup_where (LadderHistoryChange *change, gboolean forward);
/* An estimate of the memory the change holds. */
gsize ladder_history_change_get_size (LadderHistoryChange *change);

G_END_DECLS
