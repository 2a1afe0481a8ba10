/* ladder-git.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where a page stands against the last commit (HEAD and the index). */
typedef enum
{
  /* Not a git checkout, or not known yet. */
  LADDER_GIT_STATE_UNKNOWN,
  LADDER_GIT_STATE_UNCHANGED,
  LADDER_GIT_STATE_MODIFIED,
  /* Not in the last commit: untracked, or only added to the index. */
  LADDER_GIT_STATE_NEW,
  LADDER_GIT_STATE_DELETED,
  /* Matched by .gitignore. */
  LADDER_GIT_STATE_IGNORED,
} LadderGitState;

#define LADDER_TYPE_GIT_STATE (ladder_git_state_get_type ())
GType       ladder_git_state_get_type  (void) G_GNUC_CONST;
const char *ladder_git_state_to_string (LadderGitState state);

#define LADDER_GIT_ERROR (ladder_git_error_quark ())

typedef enum
{
  /* The folder is not inside a git checkout. */
  LADDER_GIT_ERROR_NO_REPOSITORY,
  /* A file to commit is outside the workspace or the checkout. */
  LADDER_GIT_ERROR_OUTSIDE,
  /* The index holds staged changes to other files. */
  LADDER_GIT_ERROR_STAGED_CHANGES,
  LADDER_GIT_ERROR_BRANCH_EXISTS,
  LADDER_GIT_ERROR_INVALID_BRANCH,
  /* user.name or user.email is not set. */
  LADDER_GIT_ERROR_NO_IDENTITY,
  LADDER_GIT_ERROR_EMPTY_MESSAGE,
  LADDER_GIT_ERROR_FAILED,
  /* The git module (ladder-git-module.so) cannot be loaded. */
  LADDER_GIT_ERROR_UNAVAILABLE,
} LadderGitError;

GQuark ladder_git_error_quark (void);

/* Git is in a module loaded the first time it is needed: whether it can
 * be (it is loaded if it was not), and why it could not, without trying. */
gboolean     ladder_git_is_available         (GError **error);
const char  *ladder_git_get_unavailable_reason (void);

#define LADDER_TYPE_GIT (ladder_git_get_type ())

G_DECLARE_FINAL_TYPE (LadderGit, ladder_git, LADDER, GIT, GObject)

/* A LadderGit may be used from any thread: its calls are serialised. */
LadderGit   *ladder_git_open             (GFile         *folder,
                                          GError       **error);
GFile       *ladder_git_get_workdir      (LadderGit     *self);
char        *ladder_git_dup_branch       (LadderGit     *self);
char        *ladder_git_dup_git_dir      (LadderGit     *self);
char        *ladder_git_dup_common_dir   (LadderGit     *self);

/* The states of the files under @folder that are not unchanged, by path
 * relative to @folder ('/'-separated); a file that is not in the table is
 * unchanged, or ignored (see ladder_git_state_for). */
GHashTable  *ladder_git_get_changes      (LadderGit     *self,
                                          GFile         *folder,
                                          GCancellable  *cancellable,
                                          GError       **error);
LadderGitState ladder_git_state_for      (LadderGit     *self,
                                          GHashTable    *changes,
                                          GFile         *folder,
                                          const char    *path);
LadderGitState ladder_git_get_state      (LadderGit     *self,
                                          GFile         *file);

gboolean     ladder_git_dup_identity     (LadderGit     *self,
                                          char         **name,
                                          char         **email,
                                          GError       **error);

GBytes      *ladder_git_read_at_head     (LadderGit     *self,
                                          GFile         *file,
                                          GError       **error);
GPtrArray   *ladder_git_list_at_head     (LadderGit     *self,
                                          GFile         *folder,
                                          GError       **error);
void         ladder_git_read_at_head_async  (LadderGit           *self,
                                             GFile               *file,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GBytes      *ladder_git_read_at_head_finish (LadderGit           *self,
                                             GAsyncResult        *result,
                                             GError             **error);

char        *ladder_git_commit_pages     (LadderGit     *self,
                                          GFile         *workspace,
                                          const char    *branch,
                                          const char    *message,
                                          GFile * const *files,
                                          guint          n_files,
                                          GError       **error);
void         ladder_git_commit_pages_async  (LadderGit           *self,
                                             GFile               *workspace,
                                             const char          *branch,
                                             const char          *message,
                                             GFile * const       *files,
                                             guint                n_files,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
char        *ladder_git_commit_pages_finish (LadderGit           *self,
                                             GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
