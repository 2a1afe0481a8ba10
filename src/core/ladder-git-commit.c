/* ladder-git-commit.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Committing pages to a new local branch: what may be committed is decided
 * here, the commit itself is made by the git module
 * (src/git/ladder-git-module-commit.c), from HEAD's tree with the given
 * files replaced: the person's index, working tree and current branch are
 * left as they were. */

#include "ladder-git-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>

/**
 * ladder_git_dup_identity:
 * @self: a repository
 * @name: (out) (transfer full): the author's name
 * @email: (out) (transfer full): the author's email address
 * @error: return location for a #GError
 *
 * Who a commit made by ladder_git_commit_pages() is by: the user.name and
 * user.email git's configuration gives for this checkout.
 *
 * Returns: %FALSE with %LADDER_GIT_ERROR_NO_IDENTITY when either is unset
 */
gboolean
ladder_git_dup_identity (LadderGit *self, char **name, char **email, GError **error)
{
  g_autoptr (GMutexLocker) locker = NULL;

  g_return_val_if_fail (LADDER_IS_GIT (self), FALSE);
  g_return_val_if_fail (name != NULL && email != NULL, FALSE);

  locker = g_mutex_locker_new (ladder_git_get_lock (self));
  return ladder_git_get_backend_of (self)->dup_identity (ladder_git_get_repo (self), name, email,
                                                         error);
}

/* The path of each file under the checkout, refusing one outside
 * @workspace, inside .git, or a symbolic link. */
static GPtrArray *
checkout_paths (LadderGit    *self,
                GFile        *workspace,
                GFile *const *files,
                guint         n_files,
                GError      **error)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *workspace_path = NULL;

  {
    g_autofree char *inside = ladder_git_path_under (ladder_git_get_workdir_path (self), workspace);

    if (inside == NULL)
      {
        g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                     _ ("The workspace is not in the git checkout"));
        return NULL;
      }
    workspace_path = g_build_filename (ladder_git_get_workdir_path (self), inside, NULL);
  }

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_file_get_parse_name (files[i]);
      g_autofree char *local = g_file_get_path (files[i]);
      g_autofree char *in_workspace = ladder_git_path_under (workspace_path, files[i]);
      g_autofree char *path = ladder_git_path_under (ladder_git_get_workdir_path (self), files[i]);
      g_auto (GStrv) parts = NULL;
      struct stat info;

      if (in_workspace == NULL || *in_workspace == '\0' || path == NULL || *path == '\0')
        {
          g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                       _ ("%s is outside the workspace"), name);
          return NULL;
        }

      parts = g_strsplit (path, "/", -1);
      if (g_strv_contains ((const char *const *) parts, ".git"))
        {
          g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                       _ ("%s is inside git’s own folder"), name);
          return NULL;
        }

      if (local != NULL && lstat (local, &info) == 0 && !S_ISREG (info.st_mode))
        {
          g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                       _ ("%s is not a regular file"), name);
          return NULL;
        }

      g_ptr_array_add (paths, g_steal_pointer (&path));
    }

  return g_steal_pointer (&paths);
}

/**
 * ladder_git_commit_pages:
 * @self: a repository
 * @workspace: the workspace folder; every file must be under it
 * @branch: the name of the new local branch
 * @message: the commit message
 * @files: (array length=n_files): the files to commit as they are on disk;
 *   a file that no longer exists is removed in the commit
 * @n_files: the number of files
 * @error: return location for a #GError
 *
 * Makes a commit on top of HEAD holding exactly @files' current contents,
 * as the first commit of a new branch @branch. The index, the working tree
 * and the current branch are not changed. Refuses a file outside
 * @workspace, an existing branch, and an index with staged changes to
 * other files. The author is the one git's configuration names.
 *
 * Returns: (transfer full) (nullable): the new commit's id
 */
char *
ladder_git_commit_pages (LadderGit    *self,
                         GFile        *workspace,
                         const char   *branch,
                         const char   *message,
                         GFile *const *files,
                         guint         n_files,
                         GError      **error)
{
  const LadderGitBackend *backend;
  g_autoptr (GMutexLocker) locker = NULL;
  g_autoptr (GPtrArray) paths = NULL;
  g_autofree char *ref_name = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (workspace), NULL);
  g_return_val_if_fail (branch != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (files != NULL || n_files == 0, NULL);

  backend = ladder_git_get_backend_of (self);
  trimmed = g_strstrip (g_strdup (message));
  if (*trimmed == '\0')
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_EMPTY_MESSAGE,
                   _ ("The commit message is empty"));
      return NULL;
    }

  ref_name = g_strconcat ("refs/heads/", branch, NULL);
  if (*branch == '\0' || !backend->is_valid_ref (ref_name))
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_INVALID_BRANCH,
                   _ ("“%s” is not a valid branch name"), branch);
      return NULL;
    }

  if (n_files == 0)
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_FAILED,
                   _ ("There is nothing to commit"));
      return NULL;
    }

  paths = checkout_paths (self, workspace, files, n_files, error);
  if (paths == NULL)
    return NULL;

  locker = g_mutex_locker_new (ladder_git_get_lock (self));
  return backend->commit (ladder_git_get_repo (self), ref_name, message,
                          (const char **) paths->pdata, files, n_files, error);
}

typedef struct
{
  GFile     *workspace;
  char      *branch;
  char      *message;
  GPtrArray *files;
} CommitData;

static void
commit_data_free (CommitData *data)
{
  g_object_unref (data->workspace);
  g_free (data->branch);
  g_free (data->message);
  g_ptr_array_unref (data->files);
  g_free (data);
}

static void
commit_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  CommitData *data = task_data;
  GError     *error = NULL;
  char       *id;

  if (g_task_return_error_if_cancelled (task))
    return;

  id = ladder_git_commit_pages (source_object, data->workspace, data->branch, data->message,
                                (GFile *const *) data->files->pdata, data->files->len, &error);
  if (id == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, id, g_free);
}

void
ladder_git_commit_pages_async (LadderGit          *self,
                               GFile              *workspace,
                               const char         *branch,
                               const char         *message,
                               GFile *const       *files,
                               guint               n_files,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  CommitData *data;

  g_return_if_fail (LADDER_IS_GIT (self));

  data = g_new0 (CommitData, 1);
  data->workspace = g_object_ref (workspace);
  data->branch = g_strdup (branch);
  data->message = g_strdup (message);
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (data->files, g_object_ref (files[i]));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_git_commit_pages_async);
  g_task_set_task_data (task, data, (GDestroyNotify) commit_data_free);
  g_task_run_in_thread (task, commit_thread);
}

char *
ladder_git_commit_pages_finish (LadderGit *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
