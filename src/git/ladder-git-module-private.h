/* ladder-git-module-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libgit2-glib/ggit.h>

#include "ladder-git-backend.h"

G_BEGIN_DECLS

/* The module does not link the core: its errors name the core's domain. */
#define MODULE_GIT_ERROR (g_quark_from_static_string (LADDER_GIT_ERROR_NAME))

struct _LadderGitRepo
{
  GgitRepository *repository;
};

/* ladder-git-module-commit.c */
gboolean module_dup_identity (LadderGitRepo  *repo,
                              char          **name,
                              char          **email,
                              GError        **error);
gboolean module_is_valid_ref (const char     *ref_name);
char    *module_commit       (LadderGitRepo  *repo,
                              const char     *ref_name,
                              const char     *message,
                              const char    **paths,
                              GFile * const  *files,
                              guint           n_files,
                              GError        **error);

G_END_DECLS
