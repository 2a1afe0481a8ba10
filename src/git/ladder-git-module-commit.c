/* ladder-git-module-commit.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Committing pages to a new local branch. The commit is built from HEAD's
 * tree with the given files replaced, through tree builders: the person's
 * index, working tree and current branch are left as they were. The core
 * (ladder-git-commit.c) has checked the paths and the message. */

#include "ladder-git-module-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

typedef struct
{
  /* Relative to the tree being built; points into a path owned elsewhere. */
  const char *path;
  /* NULL: the file is removed. */
  GgitOId *blob;
} Change;

static void
remove_entry (GgitTreeBuilder *builder, const char *name)
{
  g_autoptr (GgitTreeEntry) entry = ggit_tree_builder_get_entry (builder, name);

  if (entry != NULL)
    ggit_tree_builder_remove (builder, name, NULL);
}

/* Writes @base (or an empty tree) with @changes applied; *empty says
 * whether the result has no entries (a folder whose last file went). */
static GgitOId *
build_tree (GgitRepository *repository,
            GgitTree       *base,
            GPtrArray      *changes,
            gboolean       *empty,
            GError        **error)
{
  g_autoptr (GgitTreeBuilder) builder = NULL;
  g_autoptr (GHashTable) folders
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GgitOId) id = NULL;
  g_autoptr (GgitTree) written = NULL;
  GHashTableIter iter;
  gpointer       key, value;

  builder = base != NULL ? ggit_repository_create_tree_builder_from_tree (repository, base, error)
                         : ggit_repository_create_tree_builder (repository, error);
  if (builder == NULL)
    return NULL;

  for (guint i = 0; i < changes->len; i++)
    {
      Change     *change = g_ptr_array_index (changes, i);
      const char *slash = strchr (change->path, '/');

      if (slash == NULL)
        {
          g_autoptr (GgitTreeEntry) existing = NULL;
          g_autoptr (GgitTreeEntry) inserted = NULL;
          GgitFileMode mode = GGIT_FILE_MODE_BLOB;

          if (change->blob == NULL)
            {
              remove_entry (builder, change->path);
              continue;
            }

          /* An executable page stays executable. */
          existing = ggit_tree_builder_get_entry (builder, change->path);
          if (existing != NULL
              && ggit_tree_entry_get_file_mode (existing) == GGIT_FILE_MODE_BLOB_EXECUTABLE)
            mode = GGIT_FILE_MODE_BLOB_EXECUTABLE;
          else if (existing != NULL)
            remove_entry (builder, change->path);

          inserted = ggit_tree_builder_insert (builder, change->path, change->blob, mode, error);
          if (inserted == NULL)
            return NULL;
        }
      else
        {
          g_autofree char *name = g_strndup (change->path, (gsize) (slash - change->path));
          GPtrArray       *inner = g_hash_table_lookup (folders, name);
          Change          *moved = g_new (Change, 1);

          if (inner == NULL)
            {
              inner = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (folders, g_strdup (name), inner);
            }

          moved->path = slash + 1;
          moved->blob = change->blob;
          g_ptr_array_add (inner, moved);
        }
    }

  g_hash_table_iter_init (&iter, folders);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr (GgitTreeEntry) existing = ggit_tree_builder_get_entry (builder, key);
      g_autoptr (GgitTree) inner_base = NULL;
      g_autoptr (GgitOId) inner_id = NULL;
      g_autoptr (GgitTreeEntry) inserted = NULL;
      gboolean inner_empty = FALSE;

      if (existing != NULL && ggit_tree_entry_get_object_type (existing) == GGIT_TYPE_TREE)
        {
          g_autoptr (GgitOId) existing_id = ggit_tree_entry_get_id (existing);

          inner_base = ggit_repository_lookup_tree (repository, existing_id, error);
          if (inner_base == NULL)
            return NULL;
        }

      inner_id = build_tree (repository, inner_base, value, &inner_empty, error);
      if (inner_id == NULL)
        return NULL;

      if (existing != NULL)
        remove_entry (builder, key);
      if (!inner_empty)
        {
          inserted = ggit_tree_builder_insert (builder, key, inner_id, GGIT_FILE_MODE_TREE, error);
          if (inserted == NULL)
            return NULL;
        }
    }

  id = ggit_tree_builder_write (builder, error);
  if (id == NULL)
    return NULL;

  written = ggit_repository_lookup_tree (repository, id, error);
  if (written == NULL)
    return NULL;
  *empty = ggit_tree_size (written) == 0;

  return g_steal_pointer (&id);
}

static gboolean
reference_exists (GgitRepository *repository, const char *name)
{
  git_reference *reference = NULL;

  if (git_reference_lookup (&reference, _ggit_repository_get_repository (repository), name) != 0)
    return FALSE;

  git_reference_free (reference);
  return TRUE;
}

typedef struct
{
  GHashTable *committed;
  GPtrArray  *others;
} StagedData;

static int
on_staged (const char *path, GgitStatusFlags flags, gpointer user_data)
{
  StagedData           *data = user_data;
  const GgitStatusFlags staged = GGIT_STATUS_INDEX_NEW | GGIT_STATUS_INDEX_MODIFIED
                                 | GGIT_STATUS_INDEX_DELETED | GGIT_STATUS_INDEX_RENAMED
                                 | GGIT_STATUS_INDEX_TYPECHANGE;

  if ((flags & staged) != 0 && !g_hash_table_contains (data->committed, path))
    g_ptr_array_add (data->others, g_strdup (path));

  return 0;
}

static gboolean
check_staged (GgitRepository *repository, GHashTable *committed, GError **error)
{
  g_autoptr (GgitStatusOptions) options
      = ggit_status_options_new (0, GGIT_STATUS_SHOW_INDEX_ONLY, NULL);
  g_autoptr (GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  StagedData data = { committed, others };

  if (!ggit_repository_file_status_foreach (repository, options, on_staged, &data, error))
    return FALSE;

  if (others->len > 0)
    {
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint i = 0; i < MIN (others->len, 3); i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                (const char *) g_ptr_array_index (others, i));
      if (others->len > 3)
        g_string_append (names, ", …");

      g_set_error (error, MODULE_GIT_ERROR, LADDER_GIT_ERROR_STAGED_CHANGES,
                   ngettext ("The git index has a staged change to another file (%s): commit or "
                             "unstage it first",
                             "The git index has staged changes to other files (%s): commit or "
                             "unstage them first",
                             others->len),
                   names->str);
      return FALSE;
    }

  return TRUE;
}

/* With the repository locked. */
static gboolean
identity_from_config (GgitRepository *repository, char **name_out, char **email_out, GError **error)
{
  g_autoptr (GgitConfig) config = ggit_repository_get_config (repository, error);
  g_autoptr (GgitConfig) snapshot = NULL;
  const char *name;
  const char *email;

  if (config == NULL)
    return FALSE;

  snapshot = ggit_config_snapshot (config, error);
  if (snapshot == NULL)
    return FALSE;

  name = ggit_config_get_string (snapshot, "user.name", NULL);
  email = ggit_config_get_string (snapshot, "user.email", NULL);
  if (name == NULL || *name == '\0' || email == NULL || *email == '\0')
    {
      g_set_error (error, MODULE_GIT_ERROR, LADDER_GIT_ERROR_NO_IDENTITY,
                   _ ("Git does not know who you are: set user.name and user.email "
                      "(git config --global user.name …)"));
      return FALSE;
    }

  *name_out = g_strdup (name);
  *email_out = g_strdup (email);
  return TRUE;
}

static GgitSignature *
signature_from_config (GgitRepository *repository, GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;

  if (!identity_from_config (repository, &name, &email, error))
    return NULL;

  return ggit_signature_new_now (name, email, error);
}

gboolean
module_dup_identity (LadderGitRepo *repo, char **name, char **email, GError **error)
{
  return identity_from_config (repo->repository, name, email, error);
}

gboolean
module_is_valid_ref (const char *ref_name)
{
  return ggit_ref_is_valid_name (ref_name);
}

char *
module_commit (LadderGitRepo *repo,
               const char    *ref_name,
               const char    *message,
               const char   **paths,
               GFile *const  *files,
               guint          n_files,
               GError       **error)
{
  GgitRepository *repository = repo->repository;
  g_autoptr (GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) blobs = g_ptr_array_new_with_free_func ((GDestroyNotify) ggit_oid_free);
  g_autoptr (GHashTable) committed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GgitSignature) author = NULL;
  g_autoptr (GgitObject) parent = NULL;
  g_autoptr (GgitTree) base = NULL;
  g_autoptr (GgitOId) tree_id = NULL;
  g_autoptr (GgitTree) tree = NULL;
  g_autoptr (GgitOId) commit_id = NULL;
  g_autofree char *full_message = NULL;
  GgitCommit      *parents[1];
  gboolean         empty = FALSE;

  if (reference_exists (repository, ref_name))
    {
      g_set_error (error, MODULE_GIT_ERROR, LADDER_GIT_ERROR_BRANCH_EXISTS,
                   _ ("A branch named “%s” already exists"), ref_name + strlen ("refs/heads/"));
      return NULL;
    }

  for (guint i = 0; i < n_files; i++)
    g_hash_table_add (committed, (gpointer) paths[i]);
  if (!check_staged (repository, committed, error))
    return NULL;

  author = signature_from_config (repository, error);
  if (author == NULL)
    return NULL;

  if (!ggit_repository_is_head_unborn (repository, NULL))
    {
      parent = ggit_repository_revparse (repository, "HEAD", error);
      if (parent == NULL)
        return NULL;
      if (!GGIT_IS_COMMIT (parent))
        {
          g_set_error (error, MODULE_GIT_ERROR, LADDER_GIT_ERROR_FAILED,
                       _ ("HEAD is not a commit"));
          return NULL;
        }
      base = ggit_commit_get_tree (GGIT_COMMIT (parent));
    }

  for (guint i = 0; i < n_files; i++)
    {
      Change *change = g_new0 (Change, 1);

      change->path = paths[i];
      if (g_file_query_exists (files[i], NULL))
        {
          change->blob = ggit_repository_create_blob_from_file (repository, files[i], error);
          if (change->blob == NULL)
            {
              g_free (change);
              return NULL;
            }
          g_ptr_array_add (blobs, change->blob);
        }
      g_ptr_array_add (changes, change);
    }

  tree_id = build_tree (repository, base, changes, &empty, error);
  if (tree_id == NULL)
    return NULL;
  tree = ggit_repository_lookup_tree (repository, tree_id, error);
  if (tree == NULL)
    return NULL;

  full_message
      = g_str_has_suffix (message, "\n") ? g_strdup (message) : g_strconcat (message, "\n", NULL);
  /* The commit makes the branch: no GgitRef is ever made (libgit2-glib 1.1
   * never frees the reference a GgitRef wraps). */
  parents[0] = parent != NULL ? GGIT_COMMIT (parent) : NULL;
  commit_id
      = ggit_repository_create_commit (repository, ref_name, author, author, NULL, full_message,
                                       tree, parents, parent != NULL ? 1 : 0, error);
  if (commit_id == NULL)
    return NULL;

  return ggit_oid_to_string (commit_id);
}
