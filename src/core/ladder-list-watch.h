/* ladder-list-watch.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Calls `callback (user_data)` whenever the list changes or one of its items
 * emits `item_signal`, keeping exactly one connection per item present. */
typedef struct _LadderListWatch LadderListWatch;

LadderListWatch *ladder_list_watch_new  (GListModel      *model,
                                         const char      *item_signal,
                                         GCallback        callback,
                                         gpointer         user_data);
void             ladder_list_watch_free (LadderListWatch *watch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderListWatch, ladder_list_watch_free)

G_END_DECLS
