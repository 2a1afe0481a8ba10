/* ladder-test-git.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Git repositories for tests, made with libgit2-glib itself (no `git`
 * program needed), and folders to put them in. */

#include <glib/gstdio.h>
#include <libgit2-glib/ggit.h>
#include <string.h>

/* Before anything reads them: no test may see the person's own git
 * configuration, cache or settings. */
static inline void
ladder_test_isolate_home (const char *prefix)
{
  g_autofree char *home = g_dir_make_tmp (prefix, NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);

  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);
  ggit_init ();
}

static inline void
ladder_test_write (const char *root,
                   const char *path,
                   const char *contents,
                   gssize      length)
{
  g_autofree char *full = g_build_filename (root, path, NULL);
  g_autofree char *folder = g_path_get_dirname (full);
  g_autoptr (GError) error = NULL;

  /* Not durable (no fsync): test files, many of them. (GLib 2.74 does
   * not truncate a file with G_FILE_SET_CONTENTS_NONE.) */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_file_set_contents_full (full, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error);
  g_assert_no_error (error);
}

static inline char *
ladder_test_read (const char *root,
                  const char *path)
{
  g_autofree char *full = g_build_filename (root, path, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (full, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* A new repository at @root whose own configuration names the author. */
static inline GgitRepository *
ladder_test_git_init (const char *root)
{
  g_autoptr (GFile) location = g_file_new_for_path (root);
  g_autoptr (GError) error = NULL;
  g_autoptr (GgitConfig) config = NULL;
  g_autoptr (GgitConfig) local = NULL;
  GgitRepository *repository = ggit_repository_init_repository (location, FALSE, &error);

  g_assert_no_error (error);
  config = ggit_repository_get_config (repository, &error);
  g_assert_no_error (error);
  local = ggit_config_open_level (config, GGIT_CONFIG_LEVEL_LOCAL, &error);
  g_assert_no_error (error);
  ggit_config_set_string (local, "user.name", "Ladder Test", &error);
  g_assert_no_error (error);
  ggit_config_set_string (local, "user.email", "ladder-test@example.com", &error);
  g_assert_no_error (error);

  /* A branch name that no configuration chooses. */
  ggit_repository_set_head (repository, "refs/heads/handbook", &error);
  g_assert_no_error (error);

  return repository;
}

/* Stages @paths (relative to the checkout) in the repository's index. */
static inline void
ladder_test_git_stage (GgitRepository     *repository,
                       const char * const *paths)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GgitIndex) index = ggit_repository_get_index (repository, &error);

  g_assert_no_error (error);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr (GFile) workdir = ggit_repository_get_workdir (repository);
      g_autoptr (GFile) file = g_file_resolve_relative_path (workdir, paths[i]);
      g_autoptr (GgitOId) blob = ggit_repository_create_blob_from_file (repository, file, &error);
      g_autoptr (GgitIndexEntry) entry = NULL;

      g_assert_no_error (error);
      entry = ggit_repository_create_index_entry_for_file (repository, file, blob, &error);
      g_assert_no_error (error);
      ggit_index_add (index, entry, &error);
      g_assert_no_error (error);
    }
  ggit_index_write (index, &error);
  g_assert_no_error (error);
}

/* Commits the index on the current branch. */
static inline void
ladder_test_git_commit (GgitRepository *repository,
                        const char     *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GgitIndex) index = ggit_repository_get_index (repository, &error);
  g_autoptr (GgitOId) tree_id = NULL;
  g_autoptr (GgitTree) tree = NULL;
  g_autoptr (GgitSignature) signature = NULL;
  g_autoptr (GgitObject) parent = NULL;
  g_autoptr (GgitOId) commit = NULL;
  GgitCommit *parents[1] = { NULL };

  g_assert_no_error (error);
  tree_id = ggit_index_write_tree (index, &error);
  g_assert_no_error (error);
  tree = ggit_repository_lookup_tree (repository, tree_id, &error);
  g_assert_no_error (error);
  signature = ggit_signature_new_now ("Ladder Test", "ladder-test@example.com", &error);
  g_assert_no_error (error);

  if (!ggit_repository_is_head_unborn (repository, NULL))
    {
      parent = ggit_repository_revparse (repository, "HEAD", &error);
      g_assert_no_error (error);
      parents[0] = GGIT_COMMIT (parent);
    }

  commit = ggit_repository_create_commit (repository, "HEAD", signature, signature, NULL, message,
                                          tree, parents, parent != NULL ? 1 : 0, &error);
  g_assert_no_error (error);
}

/* The object id HEAD points at, as hex. */
static inline char *
ladder_test_git_head (GgitRepository *repository)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GgitObject) head = ggit_repository_revparse (repository, "HEAD", &error);
  g_autoptr (GgitOId) id = NULL;

  g_assert_no_error (error);
  id = ggit_object_get_id (head);
  return ggit_oid_to_string (id);
}

static inline void
ladder_test_remove_tree (const char *path)
{
  g_autofree char *command = NULL;

  if (path == NULL)
    return;

  /* Folders made unreadable by a test are opened up again first. */
  command = g_strdup_printf ("chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'", path, path);
  g_assert_cmpint (system (command), ==, 0);
}
