/* ladder-a11y.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ladder_a11y_init (void);
void ladder_a11y_fix_buttons (GtkWidget *root);
void ladder_a11y_speak_list_row (GtkWidget *row, const char *name, const char *description);
void
ladder_a11y_name_split_button (AdwSplitButton *button, const char *label, const char *menu_label);

G_END_DECLS
