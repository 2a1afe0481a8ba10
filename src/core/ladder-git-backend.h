/* ladder-git-backend.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-git.h"

G_BEGIN_DECLS

/*
 * The internal interface between the core (ladder-git.c) and the git
 * module (src/git/, `ladder-git-module.so`), the only part of Ladder that
 * links libgit2-glib. libgit2 brings some twenty libraries (mbedTLS,
 * libcrypto, Kerberos, libssh2, …) whose loading costs a new process more
 * than `git status` itself: the core opens the module the first time git
 * must be asked, and a process that never asks never loads them.
 *
 * Paths are relative to the checkout's working folder, '/'-separated. The
 * core serialises the calls on one repository; the module keeps no state
 * of its own but libgit2's.
 */

/* Bumped whenever this table changes: a module of another version is not
 * used. */
#define LADDER_GIT_BACKEND_VERSION 1

/* The one symbol the module exports. */
#define LADDER_GIT_BACKEND_ENTRY "ladder_git_module_get_backend"

/* LADDER_GIT_ERROR's name, for the module, which does not link the core. */
#define LADDER_GIT_ERROR_NAME "ladder-git-error-quark"

typedef struct _LadderGitRepo LadderGitRepo;

typedef struct
{
  /* NULL with LADDER_GIT_ERROR_NO_REPOSITORY when @folder is not in a
   * checkout (or is in a bare repository). */
  LadderGitRepo  *(*open)            (GFile          *folder,
                                      GError        **error);
  void            (*free)            (LadderGitRepo  *repo);
  GFile          *(*dup_workdir)     (LadderGitRepo  *repo);
  char           *(*dup_git_dir)     (LadderGitRepo  *repo);
  char           *(*dup_common_dir)  (LadderGitRepo  *repo);
  char           *(*dup_branch)      (LadderGitRepo  *repo);
  /* The states of the files under @prefix that are not unchanged, by path
   * relative to @prefix; *tracked: every path in the index. */
  GHashTable     *(*get_changes)     (LadderGitRepo  *repo,
                                      const char     *prefix,
                                      GCancellable   *cancellable,
                                      GHashTable    **tracked,
                                      GError        **error);
  LadderGitState  (*get_state)       (LadderGitRepo  *repo,
                                      const char     *path);
  gboolean        (*dup_identity)    (LadderGitRepo  *repo,
                                      char          **name,
                                      char          **email,
                                      GError        **error);
  /* NULL when HEAD has no such file (or folder). */
  GBytes         *(*read_at_head)    (LadderGitRepo  *repo,
                                      const char     *path,
                                      GError        **error);
  GPtrArray      *(*list_at_head)    (LadderGitRepo  *repo,
                                      const char     *path);
  gboolean        (*is_valid_ref)    (const char     *ref_name);
  /* @paths[i] is @files[i] in the checkout; see ladder_git_commit_pages(). */
  char           *(*commit)          (LadderGitRepo  *repo,
                                      const char     *ref_name,
                                      const char     *message,
                                      const char    **paths,
                                      GFile * const  *files,
                                      guint           n_files,
                                      GError        **error);
} LadderGitBackend;

typedef const LadderGitBackend *(*LadderGitBackendEntry) (guint version);

G_END_DECLS
