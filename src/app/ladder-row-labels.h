/* ladder-row-labels.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ladder_row_labels_init (void);
void ladder_row_labels_fit (GtkWidget *root);

G_END_DECLS
