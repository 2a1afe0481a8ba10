/* ladder-search-row.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADDER_TYPE_SEARCH_ROW (ladder_search_row_get_type ())

G_DECLARE_FINAL_TYPE (LadderSearchRow, ladder_search_row, LADDER, SEARCH_ROW, GtkWidget)

GtkWidget *ladder_search_row_new        (void);
void       ladder_search_row_set_item   (LadderSearchRow *self,
                                         GObject         *item,
                                         const char      *query);
char      *ladder_search_field_describe (int              field,
                                         guint            position);

G_END_DECLS
