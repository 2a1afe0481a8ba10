/* ladder-git-module.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Git through libgit2-glib, loaded by the core only when git must be asked
 * (ladder-git-backend.h says why): opening a checkout, its branch, the
 * states of its files, files as they are at HEAD. */

#include "ladder-git-module-private.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <string.h>

static LadderGitRepo *
module_open (GFile *folder, GError **error)
{
  static gsize initialised = 0;
  g_autoptr (GFile) location = NULL;
  g_autoptr (GgitRepository) repository = NULL;
  LadderGitRepo *repo;

  if (g_once_init_enter (&initialised))
    {
      ggit_init ();
      g_once_init_leave (&initialised, 1);
    }

  location = ggit_repository_discover (folder, NULL);
  if (location != NULL)
    repository = ggit_repository_open (location, NULL);

  if (repository == NULL || ggit_repository_is_bare (repository))
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      g_set_error (error, MODULE_GIT_ERROR, LADDER_GIT_ERROR_NO_REPOSITORY,
                   _ ("%s is not in a git checkout"), name);
      return NULL;
    }

  repo = g_new0 (LadderGitRepo, 1);
  repo->repository = g_steal_pointer (&repository);
  return repo;
}

static void
module_free (LadderGitRepo *repo)
{
  g_clear_object (&repo->repository);
  g_free (repo);
}

static GFile *
module_dup_workdir (LadderGitRepo *repo)
{
  /* (transfer full): a new GFile each time. */
  return ggit_repository_get_workdir (repo->repository);
}

static char *
module_dup_git_dir (LadderGitRepo *repo)
{
  g_autoptr (GFile) location = ggit_repository_get_location (repo->repository);

  return location != NULL ? g_file_get_path (location) : NULL;
}

static char *
module_dup_common_dir (LadderGitRepo *repo)
{
  const char *dir = git_repository_commondir (_ggit_repository_get_repository (repo->repository));
  gsize       length;

  if (dir == NULL)
    return NULL;

  /* libgit2 ends it with a '/'. */
  length = strlen (dir);
  return g_strndup (dir, length > 1 && dir[length - 1] == '/' ? length - 1 : length);
}

static char *
module_dup_branch (LadderGitRepo *repo)
{
  git_reference *head = NULL;
  const char    *target;
  char          *branch = NULL;

  /* Through libgit2 itself: libgit2-glib 1.1 never frees the reference a
   * GgitRef wraps. */
  if (git_reference_lookup (&head, _ggit_repository_get_repository (repo->repository), "HEAD") != 0)
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
  if (flags
      & (GGIT_STATUS_INDEX_MODIFIED | GGIT_STATUS_WORKING_TREE_MODIFIED | GGIT_STATUS_INDEX_RENAMED
         | GGIT_STATUS_WORKING_TREE_RENAMED | GGIT_STATUS_INDEX_TYPECHANGE
         | GGIT_STATUS_WORKING_TREE_TYPECHANGE | GGIT_STATUS_CONFLICTED))
    return LADDER_GIT_STATE_MODIFIED;
  if (flags & GGIT_STATUS_IGNORED)
    return LADDER_GIT_STATE_IGNORED;

  return LADDER_GIT_STATE_UNCHANGED;
}

/* @path relative to the checkout, NULL when it is not under @prefix. */
static const char *
under_prefix (const char *path, const char *prefix, gsize prefix_length)
{
  if (path == NULL)
    return NULL;
  if (prefix_length == 0)
    return path;
  if (strncmp (path, prefix, prefix_length) != 0 || path[prefix_length] != '/')
    return NULL;
  return path + prefix_length + 1;
}

static GHashTable *
module_get_changes (LadderGitRepo *repo,
                    const char    *prefix,
                    GCancellable  *cancellable,
                    GHashTable   **tracked,
                    GError       **error)
{
  git_status_options options = GIT_STATUS_OPTIONS_INIT;
  git_status_list   *list = NULL;
  g_autoptr (GgitIndex) index = NULL;
  g_autoptr (GHashTable) changes = NULL;
  char  *pathspec[] = { (char *) prefix, NULL };
  gsize  prefix_length = strlen (prefix);
  size_t n_changes;

  /* Through libgit2 itself, for the new name of a page moved with `git
   * mv`: libgit2-glib's status callback gives each change one path, the
   * old one of a move. Without rename detection the move was the old name
   * deleted and the new one added, and the moved page showed as new. */
  options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
  options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
                  | GIT_STATUS_OPT_EXCLUDE_SUBMODULES | GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX;
  if (*prefix != '\0')
    {
      options.pathspec.strings = pathspec;
      options.pathspec.count = 1;
    }

  if (git_status_list_new (&list, _ggit_repository_get_repository (repo->repository), &options)
      != 0)
    {
      const git_error *last = git_error_last ();

      g_set_error (error, MODULE_GIT_ERROR, LADDER_GIT_ERROR_FAILED, "%s",
                   last != NULL && last->message != NULL ? last->message : "git status failed");
      return NULL;
    }

  changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n_changes = git_status_list_entrycount (list);
  for (size_t i = 0; i < n_changes; i++)
    {
      const git_status_entry *entry = git_status_byindex (list, i);
      const git_diff_delta   *delta
          = entry->head_to_index != NULL ? entry->head_to_index : entry->index_to_workdir;
      const char *path;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          git_status_list_free (list);
          return NULL;
        }
      if (delta == NULL)
        continue;

      path = under_prefix (delta->new_file.path, prefix, prefix_length);
      if (path != NULL)
        g_hash_table_insert (changes, g_strdup (path),
                             GINT_TO_POINTER (state_from_flags ((GgitStatusFlags) entry->status)));

      /* A move's old name is gone from the folder and the index, as a
       * deleted page is (a level page moved out of its family folder
       * changes the family); a file made again under that name has an
       * entry of its own, which wins. */
      if ((entry->status & GIT_STATUS_INDEX_RENAMED) != 0)
        {
          path = under_prefix (entry->head_to_index->old_file.path, prefix, prefix_length);
          if (path != NULL && !g_hash_table_contains (changes, path))
            g_hash_table_insert (changes, g_strdup (path),
                                 GINT_TO_POINTER (LADDER_GIT_STATE_DELETED));
        }
    }
  git_status_list_free (list);

  /* To tell unchanged files from ignored ones. */
  *tracked = NULL;
  index = ggit_repository_get_index (repo->repository, NULL);
  if (index != NULL)
    {
      g_autoptr (GgitIndexEntries) entries = ggit_index_get_entries (index);
      guint n_entries = entries != NULL ? ggit_index_entries_size (entries) : 0;

      *tracked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < n_entries; i++)
        {
          g_autoptr (GgitIndexEntry) entry = ggit_index_entries_get_by_index (entries, i);
          const char *path = entry != NULL ? ggit_index_entry_get_path (entry) : NULL;

          if (path != NULL)
            g_hash_table_add (*tracked, g_strdup (path));
        }
    }

  return g_steal_pointer (&changes);
}

static LadderGitState
module_get_state (LadderGitRepo *repo, const char *path)
{
  g_autoptr (GFile) workdir = ggit_repository_get_workdir (repo->repository);
  g_autoptr (GFile) inside = g_file_resolve_relative_path (workdir, path);
  g_autoptr (GError) error = NULL;
  GgitStatusFlags flags = ggit_repository_file_status (repo->repository, inside, &error);

  if (error != NULL)
    return LADDER_GIT_STATE_UNKNOWN;

  return state_from_flags (flags);
}

static GgitTree *
head_tree (LadderGitRepo *repo)
{
  g_autoptr (GgitObject) tree = ggit_repository_revparse (repo->repository, "HEAD^{tree}", NULL);

  if (tree == NULL || !GGIT_IS_TREE (tree))
    return NULL;

  return GGIT_TREE (g_steal_pointer (&tree));
}

static GBytes *
module_read_at_head (LadderGitRepo *repo, const char *path, GError **error)
{
  g_autoptr (GgitTree) tree = head_tree (repo);
  g_autoptr (GgitTreeEntry) entry = NULL;
  g_autoptr (GgitBlob) blob = NULL;
  g_autoptr (GgitOId) id = NULL;
  const guchar *data;
  gsize         length;

  if (tree != NULL)
    entry = ggit_tree_get_by_path (tree, path, NULL);
  if (entry == NULL || ggit_tree_entry_get_object_type (entry) != GGIT_TYPE_BLOB)
    return NULL;

  id = ggit_tree_entry_get_id (entry);
  blob = ggit_repository_lookup_blob (repo->repository, id, error);
  if (blob == NULL)
    return NULL;

  data = ggit_blob_get_raw_content (blob, &length);
  return g_bytes_new (data, length);
}

static GPtrArray *
module_list_at_head (LadderGitRepo *repo, const char *path)
{
  g_autoptr (GgitTree) tree = head_tree (repo);
  g_autoptr (GgitTree) subtree = NULL;
  GPtrArray *names;

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

          subtree = ggit_repository_lookup_tree (repo->repository, id, NULL);
        }
    }

  if (subtree == NULL)
    return NULL;

  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < ggit_tree_size (subtree); i++)
    {
      g_autoptr (GgitTreeEntry) entry = ggit_tree_get (subtree, i);

      if (ggit_tree_entry_get_object_type (entry) == GGIT_TYPE_BLOB)
        g_ptr_array_add (names, g_strdup (ggit_tree_entry_get_name (entry)));
    }

  return names;
}

static const LadderGitBackend backend = {
  .open = module_open,
  .free = module_free,
  .dup_workdir = module_dup_workdir,
  .dup_git_dir = module_dup_git_dir,
  .dup_common_dir = module_dup_common_dir,
  .dup_branch = module_dup_branch,
  .get_changes = module_get_changes,
  .get_state = module_get_state,
  .dup_identity = module_dup_identity,
  .read_at_head = module_read_at_head,
  .list_at_head = module_list_at_head,
  .is_valid_ref = module_is_valid_ref,
  .commit = module_commit,
};

G_MODULE_EXPORT const LadderGitBackend *ladder_git_module_get_backend (guint version);

/* The module's one entry point: its table of functions, or NULL when the
 * core expects another version of it. */
G_MODULE_EXPORT const LadderGitBackend *
ladder_git_module_get_backend (guint version)
{
  return version == LADDER_GIT_BACKEND_VERSION ? &backend : NULL;
}
