/* ladder-git.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-git.h"
#include "ladder-git-private.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

struct _LadderGit
{
  GObject         parent_instance;

  /* libgit2 objects may not be used by two threads at once. */
  GMutex          lock;
  GgitRepository *repository;
  GFile          *workdir;
  /* The working folder with symbolic links resolved, to compare paths. */
  char           *workdir_path;
  /* What the last ladder_git_get_changes() saw: the paths in the index,
   * and the folder it looked into. */
  GHashTable     *tracked;
  char           *changes_prefix;
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
  g_clear_object (&self->repository);
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
  char *resolved;

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
path_under (const char *base_path,
            GFile      *file)
{
  g_autofree char *resolved = real_path (file);
  gsize base_length = strlen (base_path);

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
 *   %LADDER_GIT_ERROR_NO_REPOSITORY when @folder is not in a checkout
 */
LadderGit *
ladder_git_open (GFile   *folder,
                 GError **error)
{
  static gsize initialised = 0;
  g_autoptr (GFile) location = NULL;
  g_autoptr (GgitRepository) repository = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (LadderGit) self = NULL;
  GFile *workdir;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  if (g_once_init_enter (&initialised))
    {
      ggit_init ();
      g_once_init_leave (&initialised, 1);
    }

  location = ggit_repository_discover (folder, &local_error);
  if (location != NULL)
    repository = ggit_repository_open (location, &local_error);

  if (repository == NULL || ggit_repository_is_bare (repository))
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_NO_REPOSITORY,
                   _("%s is not in a git checkout"), name);
      return NULL;
    }

  /* (transfer full): a new GFile each time. */
  workdir = ggit_repository_get_workdir (repository);
  self = g_object_new (LADDER_TYPE_GIT, NULL);
  self->repository = g_steal_pointer (&repository);
  self->workdir = workdir;
  self->workdir_path = real_path (workdir);
  if (self->workdir_path == NULL)
    self->workdir_path = g_file_get_path (workdir);

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
  g_autoptr (GFile) location = NULL;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);

  locker = g_mutex_locker_new (&self->lock);
  location = ggit_repository_get_location (self->repository);
  return location != NULL ? g_file_get_path (location) : NULL;
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
  const char *dir;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);

  locker = g_mutex_locker_new (&self->lock);
  dir = git_repository_commondir (_ggit_repository_get_repository (self->repository));
  if (dir == NULL)
    return NULL;

  /* libgit2 ends it with a '/'. */
  return g_strndup (dir, strlen (dir) > 1 && g_str_has_suffix (dir, "/") ? strlen (dir) - 1
                                                                           : strlen (dir));
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
  git_reference *head = NULL;
  const char *target;
  char *branch = NULL;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);

  /* Through libgit2 itself: libgit2-glib 1.1 never frees the reference a
   * GgitRef wraps. */
  locker = g_mutex_locker_new (&self->lock);
  if (git_reference_lookup (&head, _ggit_repository_get_repository (self->repository), "HEAD")
      != 0)
    return NULL;

  target = git_reference_type (head) == GIT_REFERENCE_SYMBOLIC
           ? git_reference_symbolic_target (head)
           : NULL;
  if (target != NULL && g_str_has_prefix (target, "refs/heads/"))
    branch = g_strdup (target + strlen ("refs/heads/"));

  git_reference_free (head);
  return branch;
}

static LadderGitState
state_from_flags (GgitStatusFlags flags)
{
  if (flags & (GGIT_STATUS_WORKING_TREE_DELETED | GGIT_STATUS_INDEX_DELETED))
    return LADDER_GIT_STATE_DELETED;
  if (flags & (GGIT_STATUS_WORKING_TREE_NEW | GGIT_STATUS_INDEX_NEW))
    return LADDER_GIT_STATE_NEW;
  if (flags & (GGIT_STATUS_INDEX_MODIFIED | GGIT_STATUS_WORKING_TREE_MODIFIED
               | GGIT_STATUS_INDEX_RENAMED | GGIT_STATUS_WORKING_TREE_RENAMED
               | GGIT_STATUS_INDEX_TYPECHANGE | GGIT_STATUS_WORKING_TREE_TYPECHANGE
               | GGIT_STATUS_CONFLICTED))
    return LADDER_GIT_STATE_MODIFIED;
  if (flags & GGIT_STATUS_IGNORED)
    return LADDER_GIT_STATE_IGNORED;

  return LADDER_GIT_STATE_UNCHANGED;
}

typedef struct
{
  GHashTable   *changes;
  const char   *prefix;
  gsize         prefix_length;
  GCancellable *cancellable;
} ChangesData;

static int
on_status (const char      *path,
           GgitStatusFlags  flags,
           gpointer         user_data)
{
  ChangesData *data = user_data;

  if (g_cancellable_is_cancelled (data->cancellable))
    return -1;

  if (data->prefix_length > 0)
    {
      if (strncmp (path, data->prefix, data->prefix_length) != 0
          || path[data->prefix_length] != '/')
        return 0;
      path += data->prefix_length + 1;
    }

  g_hash_table_insert (data->changes, g_strdup (path), GINT_TO_POINTER (state_from_flags (flags)));
  return 0;
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
ladder_git_get_changes (LadderGit     *self,
                        GFile         *folder,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr (GgitStatusOptions) options = NULL;
  g_autoptr (GgitIndex) index = NULL;
  g_autoptr (GMutexLocker) locker = NULL;
  g_autoptr (GHashTable) changes = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *prefix = NULL;
  const char *pathspec[] = { NULL, NULL };
  ChangesData data;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  prefix = path_under (self->workdir_path, folder);
  if (prefix == NULL)
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                   _("The folder is not in the git checkout"));
      return NULL;
    }

  pathspec[0] = prefix;
  options = ggit_status_options_new (GGIT_STATUS_OPTION_INCLUDE_UNTRACKED
                                     | GGIT_STATUS_OPTION_RECURSE_UNTRACKED_DIRS
                                     | GGIT_STATUS_OPTION_EXCLUDE_SUBMODULES,
                                     GGIT_STATUS_SHOW_INDEX_AND_WORKDIR,
                                     *prefix != '\0' ? pathspec : NULL);

  changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  data = (ChangesData) {
    .changes = changes,
    .prefix = prefix,
    .prefix_length = strlen (prefix),
    .cancellable = cancellable,
  };

  locker = g_mutex_locker_new (&self->lock);
  if (!ggit_repository_file_status_foreach (self->repository, options, on_status, &data,
                                            &local_error))
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Remembered to tell unchanged files from ignored ones. */
  g_clear_pointer (&self->tracked, g_hash_table_unref);
  index = ggit_repository_get_index (self->repository, NULL);
  if (index != NULL)
    {
      g_autoptr (GgitIndexEntries) entries = ggit_index_get_entries (index);
      guint n_entries = entries != NULL ? ggit_index_entries_size (entries) : 0;

      self->tracked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < n_entries; i++)
        {
          g_autoptr (GgitIndexEntry) entry = ggit_index_entries_get_by_index (entries, i);
          const char *path = entry != NULL ? ggit_index_entry_get_path (entry) : NULL;

          if (path != NULL)
            g_hash_table_add (self->tracked, g_strdup (path));
        }
    }
  g_free (self->changes_prefix);
  self->changes_prefix = g_strdup (prefix);

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
ladder_git_state_for (LadderGit  *self,
                      GHashTable *changes,
                      GFile      *folder,
                      const char *path)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *in_checkout = NULL;
  gpointer state;

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
ladder_git_get_state (LadderGit *self,
                      GFile     *file)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) inside = NULL;
  g_autoptr (GError) error = NULL;
  GgitStatusFlags flags;

  g_return_val_if_fail (LADDER_IS_GIT (self), LADDER_GIT_STATE_UNKNOWN);

  path = path_under (self->workdir_path, file);
  if (path == NULL || *path == '\0')
    return LADDER_GIT_STATE_UNKNOWN;

  inside = g_file_resolve_relative_path (self->workdir, path);
  locker = g_mutex_locker_new (&self->lock);
  flags = ggit_repository_file_status (self->repository, inside, &error);
  if (error != NULL)
    return LADDER_GIT_STATE_UNKNOWN;

  return state_from_flags (flags);
}

static GgitTree *
head_tree (LadderGit  *self,
           GError    **error)
{
  g_autoptr (GgitObject) tree = ggit_repository_revparse (self->repository, "HEAD^{tree}", error);

  if (tree == NULL)
    return NULL;
  if (!GGIT_IS_TREE (tree))
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_FAILED, _("HEAD is not a commit"));
      return NULL;
    }

  return GGIT_TREE (g_steal_pointer (&tree));
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
ladder_git_read_at_head (LadderGit  *self,
                         GFile      *file,
                         GError    **error)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GgitTree) tree = NULL;
  g_autoptr (GgitTreeEntry) entry = NULL;
  g_autoptr (GgitBlob) blob = NULL;
  g_autoptr (GgitOId) id = NULL;
  const guchar *data;
  gsize length;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  path = path_under (self->workdir_path, file);
  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                   _("%s is not in the git checkout"), name);
      return NULL;
    }

  locker = g_mutex_locker_new (&self->lock);
  tree = head_tree (self, NULL);
  if (tree != NULL)
    entry = ggit_tree_get_by_path (tree, path, NULL);

  if (entry == NULL || ggit_tree_entry_get_object_type (entry) != GGIT_TYPE_BLOB)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("%s is not in the last commit"), name);
      return NULL;
    }

  id = ggit_tree_entry_get_id (entry);
  blob = ggit_repository_lookup_blob (self->repository, id, error);
  if (blob == NULL)
    return NULL;

  data = ggit_blob_get_raw_content (blob, &length);
  return g_bytes_new (data, length);
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
ladder_git_list_at_head (LadderGit  *self,
                         GFile      *folder,
                         GError    **error)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GgitTree) tree = NULL;
  g_autoptr (GgitTree) subtree = NULL;
  GPtrArray *names;

  g_return_val_if_fail (LADDER_IS_GIT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  name = g_file_get_parse_name (folder);
  path = path_under (self->workdir_path, folder);
  if (path == NULL)
    {
      g_set_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE,
                   _("%s is not in the git checkout"), name);
      return NULL;
    }

  locker = g_mutex_locker_new (&self->lock);
  tree = head_tree (self, NULL);
  if (tree != NULL && *path == '\0')
    {
      subtree = g_object_ref (tree);
    }
  else if (tree != NULL)
    {
      g_autoptr (GgitTreeEntry) entry = ggit_tree_get_by_path (tree, path, NULL);

      if (entry != NULL && ggit_tree_entry_get_object_type (entry) == GGIT_TYPE_TREE)
        {
          g_autoptr (GgitOId) id = ggit_tree_entry_get_id (entry);

          subtree = ggit_repository_lookup_tree (self->repository, id, NULL);
        }
    }

  if (subtree == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("%s is not in the last commit"), name);
      return NULL;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < ggit_tree_size (subtree); i++)
    {
      g_autoptr (GgitTreeEntry) entry = ggit_tree_get (subtree, i);

      if (ggit_tree_entry_get_object_type (entry) == GGIT_TYPE_BLOB)
        g_ptr_array_add (names, g_strdup (ggit_tree_entry_get_name (entry)));
    }

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
ladder_git_read_at_head_async (LadderGit           *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
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
ladder_git_read_at_head_finish (LadderGit     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* For ladder-git-commit.c */

GgitRepository *
ladder_git_get_repository (LadderGit *self)
{
  return self->repository;
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
ladder_git_path_under (const char *base_path,
                       GFile      *file)
{
  return path_under (base_path, file);
}
