/* ladder-git.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A git checkout, as the rest of Ladder sees it. Its repository is the git
 * module's (ladder-git-backend.h): this file holds what needs no libgit2
 * (paths, locking, threads) and hands the rest to the module. */

#include "ladder-git.h"
#include "ladder-git-private.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

struct _LadderGit
{
  GObject parent_instance;

  /* libgit2 objects may not be used by two threads at once. */
  GMutex                  lock;
  const LadderGitBackend *backend;
  LadderGitRepo          *repo;
  GFile                  *workdir;
  /* The working folder with symbolic links resolved, to compare paths. */
  char *workdir_path;
  /* What the last ladder_git_get_changes() saw: the paths in the index,
   * and the folder it looked into. */
  GHashTable *tracked;
  char       *changes_prefix;
};

G_DEFINE_FINAL_TYPE (LadderGit, ladder_git, G_TYPE_OBJECT)

G_DEFINE_QUARK (ladder-git-error-quark, ladder_git_error)

GType
ladder_git_state_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { LADDER_GIT_STATE_UNKNOWN, "LADDER_GIT_STATE_UNKNOWN", "unknown" },
        { LADDER_GIT_STATE_UNCHANGED, "LADDER_GIT_STATE_UNCHANGED", "unchanged" },
        { LADDER_GIT_STATE_MODIFIED, "LADDER_GIT_STATE_MODIFIED", "modified" },
        { LADDER_GIT_STATE_NEW, "LADDER_GIT_STATE_NEW", "new" },
        { LADDER_GIT_STATE_DELETED, "LADDER_GIT_STATE_DELETED", "deleted" },
        { LADDER_GIT_STATE_IGNORED, "LADDER_GIT_STATE_IGNORED", "ignored" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("LadderGitState"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

const char *
ladder_git_state_to_string (LadderGitState state)
{
  GEnumValue *value = g_enum_get_value (g_type_class_peek_static (LADDER_TYPE_GIT_STATE)
                                            ?: g_type_class_ref (LADDER_TYPE_GIT_STATE),
                                        (int) state);

  return value != NULL ? value->value_nick : "unknown";
}

static void
ladder_git_finalize (GObject *object)
{
  LadderGit *self = LADDER_GIT (object);

  g_clear_pointer (&self->tracked, g_hash_table_unref);
  g_free (self->changes_prefix);
  if (self->repo != NULL)
    self->backend->free (self->repo);
  g_clear_object (&self->workdir);
  g_free (self->workdir_path);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (ladder_git_parent_class)->finalize (object);
}

static void
ladder_git_class_init (LadderGitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_git_finalize;
}

static void
ladder_git_init (LadderGit *self)
{
  g_mutex_init (&self->lock);
}

static char *
real_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  char            *resolved;

  if (path == NULL)
    return NULL;

  resolved = realpath (path, NULL);
  if (resolved == NULL)
    return NULL;

  /* realpath() allocates with malloc; hand out memory g_free() may take. */
  g_free (path);
  path = g_strdup (resolved);
  free (resolved);
  return g_steal_pointer (&path);
}

/* The path of @file under @base_path ('/'-separated, "" for @base_path
 * itself), or NULL when it is not under it. A file that does not exist
 * (a deleted page) is placed by its folder. */
static char *
path_under (const char *base_path, GFile *file)
{
  g_autofree char *resolved = real_path (file);
  gsize            base_length = strlen (base_path);

  if (resolved == NULL)
    {
      g_autoptr (GFile) parent = g_file_get_parent (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *parent_path = parent != NULL ? real_path (parent) : NULL;

      if (parent_path == NULL || name == NULL)
        return NULL;
      resolved = g_build_filename (parent_path, name, NULL);
    }

  if (strcmp (resolved, base_path) == 0)
    return g_strdup ("");
  if (strncmp (resolved, base_path, base_length) != 0
      || (resolved[base_length] != '/' && base_length > 1))
    return NULL;

  return g_strdup (resolved + base_length + (base_length > 1 ? 1 : 0));
}

/**
 * ladder_git_open:
 * @folder: a folder in a git checkout
 * @error: return location for a #GError
 *
 * Opens the git repository that holds @folder, looking upwards from it.
 *
 * Returns: (transfer full) (nullable): the repository, or %NULL with
 *   %LADDER_GIT_ERROR_NO_REPOSITORY when @folder is not in a checkout,
 *   %LADDER_GIT_ERROR_UNAVAILABLE when git cannot be loaded
 */
LadderGit *
ladder_git_open (GFile *folder, GError **error)
{
  const LadderGitBackend *backend;
  LadderGitRepo          *repo;
  g_autoptr (LadderGit) self = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  backend = ladder_git_load_backend (error);
  if (backend == NULL)
    return NULL;

  repo = backend->open (folder, error);
  if (repo == NULL)
    return NULL;

  self = g_object_new (LADDER_TYPE_GIT, NULL);
  self->backend = backend;
  self->repo = repo;
  self->workdir = backend->dup_workdir (repo);
  self->workdir_path = real_path (self->workdir);
  if (self->workdir_path == NULL)
    self->workdir_path = g_file_get_path (self->workdir);

  return g_steal_pointer (&self);
}

GFile *
ladder_git_get_workdir (LadderGit *self)
{
  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);

  return self->workdir;
}

/**
 * ladder_git_dup_git_dir:
 * @self: a repository
 *
 * Returns: (transfer full) (nullable): git's own folder of the checkout
 *   (`.git`, or a linked worktree's folder under it), where HEAD and the
 *   index are
 */
char *
ladder_git_dup_git_dir (LadderGit *self)
{
  g_autoptr (GMutexLocker) locker = NULL;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);

  locker = g_mutex_locker_new (&self->lock);
  return self->backend->dup_git_dir (self->repo);
}

/**
 * ladder_git_dup_common_dir:
 * @self: a repository
 *
 * Returns: (transfer full) (nullable): the folder of the refs and the
 *   configuration shared by all worktrees of the checkout
 */
char *
ladder_git_dup_common_dir (LadderGit *self)
{
  g_autoptr (GMutexLocker) locker = NULL;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);

  locker = g_mutex_locker_new (&self->lock);
  return self->backend->dup_common_dir (self->repo);
}

/**
 * ladder_git_dup_branch:
 * @self: a repository
 *
 * Returns: (transfer full) (nullable): the name of the current branch
 *   (also of a branch with no commit yet), %NULL when HEAD is detached
 */
char *
ladder_git_dup_branch (LadderGit *self)
{
  g_autoptr (GMutexLocker) locker = NULL;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);

  locker = g_mutex_locker_new (&self->lock);
  return self->backend->dup_branch (self->repo);
}

/**
 * ladder_git_get_changes:
 * @self: a repository
 * @folder: the folder to look into
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Compares the files under @folder with the index and HEAD, as `git status`
 * does (untracked files included, ignored ones not).
 *
 * Returns: (transfer full) (element-type utf8 LadderGitState): the files
 *   that are not unchanged
 */
GHashTable *
ladder_git_get_changes (LadderGit *self, GFile *folder, GCancellable *cancellable, GError **error)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autoptr (GHashTable) changes = NULL;
  GHashTable      *tracked = NULL;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  prefix = path_under (self->workdir_path, folder);
  if (prefix == NULL)
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                   _ ("The folder is not in the git checkout"));
      return NULL;
    }

  locker = g_mutex_locker_new (&self->lock);
  changes = self->backend->get_changes (self->repo, prefix, cancellable, &tracked, error);
  if (changes == NULL)
    return NULL;

  /* Remembered to tell unchanged files from ignored ones. */
  g_clear_pointer (&self->tracked, g_hash_table_unref);
  self->tracked = tracked;
  g_free (self->changes_prefix);
  self->changes_prefix = g_steal_pointer (&prefix);

  return g_steal_pointer (&changes);
}

/**
 * ladder_git_state_for:
 * @self: a repository
 * @changes: what the last ladder_git_get_changes() returned
 * @folder: the folder given to it
 * @path: a file under @folder
 *
 * Returns: the state of the file at @path
 */
LadderGitState
ladder_git_state_for (LadderGit *self, GHashTable *changes, GFile *folder, const char *path)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *in_checkout = NULL;
  gpointer         state;

  g_return_val_if_fail (LADDER_IS_GIT (self), LADDER_GIT_STATE_UNKNOWN);

  if (g_hash_table_lookup_extended (changes, path, NULL, &state))
    return GPOINTER_TO_INT (state);

  locker = g_mutex_locker_new (&self->lock);
  if (self->tracked == NULL || self->changes_prefix == NULL)
    return LADDER_GIT_STATE_UNCHANGED;

  /* Not listed: tracked and unchanged, or untracked because ignored. */
  in_checkout = *self->changes_prefix != '\0' ? g_strconcat (self->changes_prefix, "/", path, NULL)
                                              : g_strdup (path);
  return g_hash_table_contains (self->tracked, in_checkout) ? LADDER_GIT_STATE_UNCHANGED
                                                            : LADDER_GIT_STATE_IGNORED;
}

/**
 * ladder_git_get_state:
 * @self: a repository
 * @file: a file in the checkout
 *
 * Returns: the state of @file; %LADDER_GIT_STATE_UNKNOWN when it is not in
 *   the checkout
 */
LadderGitState
ladder_git_get_state (LadderGit *self, GFile *file)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (LADDER_IS_GIT (self), LADDER_GIT_STATE_UNKNOWN);

  path = path_under (self->workdir_path, file);
  if (path == NULL || *path == '\0')
    return LADDER_GIT_STATE_UNKNOWN;

  locker = g_mutex_locker_new (&self->lock);
  return self->backend->get_state (self->repo, path);
}

/**
 * ladder_git_read_at_head:
 * @self: a repository
 * @file: a file in the checkout
 * @error: return location for a #GError
 *
 * Reads @file as it is in the last commit (HEAD).
 *
 * Returns: (transfer full) (nullable): its contents; %NULL with
 *   %G_IO_ERROR_NOT_FOUND when the last commit does not have it
 */
GBytes *
ladder_git_read_at_head (LadderGit *self, GFile *file, GError **error)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GError) local_error = NULL;
  GBytes *bytes;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  path = path_under (self->workdir_path, file);
  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                   _ ("%s is not in the git checkout"), name);
      return NULL;
    }

  locker = g_mutex_locker_new (&self->lock);
  bytes = self->backend->read_at_head (self->repo, path, &local_error);
  if (bytes == NULL && local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (bytes == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("%s is not in the last commit"), name);

  return bytes;
}

/**
 * ladder_git_list_at_head:
 * @self: a repository
 * @folder: a folder in the checkout
 * @error: return location for a #GError
 *
 * Lists the files directly in @folder as it is in the last commit (HEAD),
 * such as the pages of a family folder before a level page was removed.
 *
 * Returns: (transfer full) (element-type utf8) (nullable): their names;
 *   %NULL with %G_IO_ERROR_NOT_FOUND when the last commit does not have
 *   the folder
 */
GPtrArray *
ladder_git_list_at_head (LadderGit *self, GFile *folder, GError **error)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  GPtrArray       *names;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  name = g_file_get_parse_name (folder);
  path = path_under (self->workdir_path, folder);
  if (path == NULL)
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                   _ ("%s is not in the git checkout"), name);
      return NULL;
    }

  locker = g_mutex_locker_new (&self->lock);
  names = self->backend->list_at_head (self->repo, path);
  if (names == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("%s is not in the last commit"), name);

  return names;
}

static void
read_at_head_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *bytes = ladder_git_read_at_head (source_object, task_data, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
ladder_git_read_at_head_async (LadderGit          *self,
                               GFile              *file,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (LADDER_IS_GIT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_git_read_at_head_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_at_head_thread);
}

GBytes *
ladder_git_read_at_head_finish (LadderGit *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* For ladder-git-commit.c */

const LadderGitBackend *
ladder_git_get_backend_of (LadderGit *self)
{
  return self->backend;
}

LadderGitRepo *
ladder_git_get_repo (LadderGit *self)
{
  return self->repo;
}

const char *
ladder_git_get_workdir_path (LadderGit *self)
{
  return self->workdir_path;
}

GMutex *
ladder_git_get_lock (LadderGit *self)
{
  return &self->lock;
}

char *
ladder_git_path_under (const char *base_path, GFile *file)
{
  return path_under (base_path, file);
}
