/* ladder-section-row.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ladder-section.h"

G_BEGIN_DECLS

/* A row that edits a section in place: an expander titled with the
 * section's heading, holding the heading and the Markdown below it, made
 * when the row is first opened. @title_transform, if given, turns the
 * heading into the row's title. */
GtkWidget *ladder_section_row_new (LadderSection        *section,
                                   const char           *text_label,
                                   GBindingTransformFunc title_transform);

/* Gives the opened @row a Delete Section button at its end, @on_delete
 * connected to its ::clicked with @user_data; the button carries the
 * section as "ladder-section". Before the row is first opened. */
void ladder_section_row_add_delete_button (GtkWidget *row, GCallback on_delete, gpointer user_data);

G_END_DECLS
