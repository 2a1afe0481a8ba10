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
 * section's heading, holding the heading and the Markdown below it.
 * @title_transform, if given, turns the heading into the row's title. */
GtkWidget *ladder_section_row_new (LadderSection          *section,
                                   const char             *text_label,
                                   GBindingTransformFunc   title_transform);

GtkWidget *ladder_section_row_add_delete_button (GtkWidget *row);

G_END_DECLS
