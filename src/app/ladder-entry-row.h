/* ladder-entry-row.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LADDER_TYPE_ENTRY_ROW (ladder_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (LadderEntryRow, ladder_entry_row, LADDER, ENTRY_ROW, AdwPreferencesRow)

GtkWidget *ladder_entry_row_new (void);
GtkEntry  *ladder_entry_row_get_entry (LadderEntryRow *self);
void       ladder_entry_row_add_suffix (LadderEntryRow *self, GtkWidget *widget);

G_END_DECLS
