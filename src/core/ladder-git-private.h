/* ladder-git-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libgit2-glib/ggit.h>

#include "ladder-git.h"

G_BEGIN_DECLS

/* Shared by ladder-git.c and ladder-git-commit.c. Hold the lock while
 * using the repository. */
GgitRepository *ladder_git_get_repository   (LadderGit  *self);
const char     *ladder_git_get_workdir_path (LadderGit  *self);
GMutex         *ladder_git_get_lock         (LadderGit  *self);
char           *ladder_git_path_under       (const char *base_path,
                                             GFile      *file);

G_END_DECLS
