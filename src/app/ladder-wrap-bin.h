/* ladder-wrap-bin.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADDER_TYPE_WRAP_BIN (ladder_wrap_bin_get_type ())

G_DECLARE_FINAL_TYPE (LadderWrapBin, ladder_wrap_bin, LADDER, WRAP_BIN, GtkWidget)

void ladder_wrap_bin_fit_groups (GtkWidget *root);

G_END_DECLS
