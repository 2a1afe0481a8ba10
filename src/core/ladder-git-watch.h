/* ladder-git-watch.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LADDER_TYPE_GIT_WATCH (ladder_git_watch_get_type ())

G_DECLARE_FINAL_TYPE (LadderGitWatch, ladder_git_watch, LADDER, GIT_WATCH, GObject)

/* Says (::changed) when the commit that HEAD names may have changed in
 * the checkout holding a folder: a commit, an amend, a reset, a checkout,
 * by any program. */
LadderGitWatch *ladder_git_watch_new        (void);
void            ladder_git_watch_set_folder (LadderGitWatch *self,
                                             GFile          *folder);
GFile          *ladder_git_watch_get_folder (LadderGitWatch *self);
/* Whether the checkout's files are watched (the folder is in one, and it
 * has been found). */
gboolean        ladder_git_watch_get_active (LadderGitWatch *self);

G_END_DECLS
