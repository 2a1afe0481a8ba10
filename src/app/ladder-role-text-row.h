/* ladder-role-text-row.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-role-text.h"

G_BEGIN_DECLS

/* A row that edits a role's text in place: where the text stands on the
 * page ("After the job grade"), and its Markdown in a field. */
GtkWidget *ladder_role_text_row_new (LadderRoleText *text);
/* What the row of @text is called: where it stands on the page. */
char *ladder_role_text_dup_place_label (LadderRoleText *text);
/* The row's Markdown field, and the text it edits (NULL for another row). */
GtkWidget      *ladder_role_text_row_get_view (GtkWidget *row);
LadderRoleText *ladder_role_text_row_get_text (GtkWidget *row);

G_END_DECLS
