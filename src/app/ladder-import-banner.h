/* ladder-import-banner.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADDER_TYPE_IMPORT_BANNER (ladder_import_banner_get_type ())

G_DECLARE_FINAL_TYPE (LadderImportBanner, ladder_import_banner, LADDER, IMPORT_BANNER, GtkWidget)

GtkWidget *ladder_import_banner_new             (void);
void       ladder_import_banner_set_diagnostics (LadderImportBanner *self,
                                                 GPtrArray          *diagnostics);
gboolean   ladder_import_banner_get_revealed    (LadderImportBanner *self);
const char *ladder_import_banner_get_text       (LadderImportBanner *self);

G_END_DECLS
