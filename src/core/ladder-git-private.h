/* ladder-git-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-git-backend.h"
#include "ladder-git.h"

G_BEGIN_DECLS

/* ladder-git-loader.c: the git module, opened once per process. NULL with
 * LADDER_GIT_ERROR_UNAVAILABLE when it cannot be loaded. */
const LadderGitBackend *ladder_git_load_backend (GError **error);

/* Shared by ladder-git.c and ladder-git-commit.c. Hold the lock while
 * using the repository. */
const LadderGitBackend *ladder_git_get_backend_of   (LadderGit  *self);
LadderGitRepo          *ladder_git_get_repo         (LadderGit  *self);
const char             *ladder_git_get_workdir_path (LadderGit  *self);
GMutex                 *ladder_git_get_lock         (LadderGit  *self);
char                   *ladder_git_path_under       (const char *base_path,
                                                     GFile      *file);

G_END_DECLS
