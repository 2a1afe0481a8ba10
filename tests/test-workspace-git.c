/* test-workspace-git.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The git states an index keeps in its cache (ladder-workspace-git.c):
 * used while neither the pages nor the checkout change, and asked of git
 * again after a page's content changes, a `git add`, a commit or a switch
 * of branch. Each index here is a new workspace reading the cache, as a
 * new process does. States measured about when their files changed are
 * never cached, so each checkout is first made to look a minute old. */

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "ladder-test-workspace.h"

static const char *tax = "content/job-description-library/finance/tax.md";

/* Sets the times of every file and folder under @path a minute back. */
static void
backdate_tree (const char *path)
{
  struct timespec times[2];
  struct stat     info;

  g_assert_cmpint (lstat (path, &info), ==, 0);
  if (S_ISDIR (info.st_mode))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          backdate_tree (child);
        }
    }

  times[0].tv_sec = times[1].tv_sec = time (NULL) - 60;
  times[0].tv_nsec = times[1].tv_nsec = 0;
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW), ==, 0);
}

static LadderGitState
state_of (Checkout *checkout, const char *path)
{
  g_autoptr (LadderWorkspace) workspace = index_checkout (checkout);

  return ladder_workspace_entry_get_git_state (find (workspace, path));
}

/* Indexes the checkout until its git states are cached, checking @path's. */
static void
index_cached (Checkout *checkout, const char *path, LadderGitState state)
{
  backdate_tree (checkout->root);
  g_assert_cmpint (state_of (checkout, path), ==, state);
  g_assert_cmpint (state_of (checkout, path), ==, state);
}

static void
test_unchanged (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;

  if (checkout_skipped (checkout))
    return;

  index_cached (checkout, tax, LADDER_GIT_STATE_UNCHANGED);
  workspace = index_checkout (checkout);
  g_assert_cmpuint (ladder_workspace_get_n_read (workspace), ==, 0);
  g_assert_true (ladder_workspace_get_has_repository (workspace));
  g_assert_cmpstr (ladder_workspace_get_branch (workspace), ==, "handbook");
}

static void
test_content (Checkout *checkout, gconstpointer data)
{
  g_autofree char *other = NULL;

  if (checkout_skipped (checkout))
    return;

  other = corpus_text ("finance__accountant.md");
  index_cached (checkout, tax, LADDER_GIT_STATE_UNCHANGED);
  ladder_test_write (checkout->root, tax, other, -1);
  g_assert_cmpint (state_of (checkout, tax), ==, LADDER_GIT_STATE_MODIFIED);
}

/* A level page of a family folder deleted (a level deleted and saved):
 * the family is modified, cached or not. It showed unchanged, and Commit…
 * offered nothing to commit. */
static void
test_level_deleted (Checkout *checkout, gconstpointer data)
{
  const char      *widgets = "content/job-description-library/making/widgets";
  g_autofree char *junior
      = checkout_path (checkout, "content/job-description-library/making/widgets/junior.md");

  if (checkout_skipped (checkout))
    return;

  index_cached (checkout, widgets, LADDER_GIT_STATE_UNCHANGED);
  g_assert_cmpint (g_remove (junior), ==, 0);
  index_cached (checkout, widgets, LADDER_GIT_STATE_MODIFIED);
}

/* A page moved with `git mv` (the move staged): it is the page the last
 * commit had, under a new name, so it shows modified. It showed new: git
 * was asked without rename detection, which lists the move as the old
 * name deleted and the new one added. */
static void
test_moved (Checkout *checkout, gconstpointer data)
{
  const char      *moved = "content/job-description-library/finance/taxes.md";
  const char      *paths[] = { moved, NULL };
  g_autofree char *from = checkout_path (checkout, tax);
  g_autofree char *to = checkout_path (checkout, moved);
  g_autoptr (GgitIndex) index = NULL;
  g_autoptr (GError) error = NULL;

  if (checkout_skipped (checkout))
    return;

  index_cached (checkout, tax, LADDER_GIT_STATE_UNCHANGED);

  /* As `git mv` does: the file renamed, the old entry out of the index,
   * the new one in. */
  g_assert_cmpint (g_rename (from, to), ==, 0);
  index = ggit_repository_get_index (checkout->repository, &error);
  g_assert_no_error (error);
  /* libgit2's own call: libgit2-glib's ggit_index_remove () loses the
   * path it is given (LeakSanitizer and memcheck find it). */
  g_assert_cmpint (git_index_remove_bypath (_ggit_index_get_index (index), tax), ==, 0);
  g_assert_true (ggit_index_write (index, &error));
  g_assert_no_error (error);
  ladder_test_git_stage (checkout->repository, paths);

  g_assert_cmpint (state_of (checkout, moved), ==, LADDER_GIT_STATE_MODIFIED);
  index_cached (checkout, moved, LADDER_GIT_STATE_MODIFIED);
}

/* `git add` of an ignored page: it is no longer ignored but new. */
static void
test_add (Checkout *checkout, gconstpointer data)
{
  const char      *extra = "content/job-description-library/finance/extra.md";
  const char      *paths[] = { extra, NULL };
  g_autofree char *text = NULL;

  if (checkout_skipped (checkout))
    return;

  text = corpus_text ("finance__accountant.md");
  ladder_test_write (checkout->root, "content/job-description-library/finance/.gitignore",
                     "extra.md\n", -1);
  ladder_test_write (checkout->root, extra, text, -1);
  index_cached (checkout, extra, LADDER_GIT_STATE_IGNORED);

  ladder_test_git_stage (checkout->repository, paths);
  g_assert_cmpint (state_of (checkout, extra), ==, LADDER_GIT_STATE_NEW);
}

/* A commit of a staged change: only the branch moves. */
static void
test_commit (Checkout *checkout, gconstpointer data)
{
  const char      *paths[] = { tax, NULL };
  g_autofree char *other = NULL;

  if (checkout_skipped (checkout))
    return;

  other = corpus_text ("finance__accountant.md");
  ladder_test_write (checkout->root, tax, other, -1);
  ladder_test_git_stage (checkout->repository, paths);
  index_cached (checkout, tax, LADDER_GIT_STATE_MODIFIED);

  ladder_test_git_commit (checkout->repository, "Tax\n");
  g_assert_cmpint (state_of (checkout, tax), ==, LADDER_GIT_STATE_UNCHANGED);
}

/* A switch to a branch where the page is as it was: HEAD alone changes. */
static void
test_branch (Checkout *checkout, gconstpointer data)
{
  const char *paths[] = { tax, NULL };
  g_autoptr (GgitObject) first = NULL;
  g_autoptr (GgitOId) first_id = NULL;
  git_reference *old = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *other = NULL;

  if (checkout_skipped (checkout))
    return;

  other = corpus_text ("finance__accountant.md");
  first = ggit_repository_revparse (checkout->repository, "HEAD", &error);
  g_assert_no_error (error);
  /* Through libgit2 itself: libgit2-glib 1.1 never frees the reference a
   * GgitRef wraps. */
  first_id = ggit_object_get_id (first);
  g_assert_cmpint (git_reference_create (&old,
                                         _ggit_repository_get_repository (checkout->repository),
                                         "refs/heads/old", _ggit_oid_get_oid (first_id), 0, "old"),
                   ==, 0);
  git_reference_free (old);
  ladder_test_write (checkout->root, tax, other, -1);
  ladder_test_git_stage (checkout->repository, paths);
  ladder_test_git_commit (checkout->repository, "Tax\n");
  index_cached (checkout, tax, LADDER_GIT_STATE_UNCHANGED);

  ggit_repository_set_head (checkout->repository, "refs/heads/old", &error);
  g_assert_no_error (error);
  g_assert_cmpint (state_of (checkout, tax), ==, LADDER_GIT_STATE_MODIFIED);
}

/* Whether the git module (and so libgit2) is mapped into this process. */
static gboolean
git_module_loaded (void)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, "ladder-git-module") != NULL;
}

/* The module must be there for the tests and in every build: never a
 * skip. */
static void
test_module_found (void)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (ladder_git_is_available (&error));
  g_assert_no_error (error);
  g_assert_null (ladder_git_get_unavailable_reason ());
  g_assert_true (git_module_loaded ());
}

/* A warm index of an unchanged checkout, in a new process, does not load
 * git at all; asking git then does. */
static void
test_lazy (void)
{
  Checkout checkout = { 0 };

  if (g_test_subprocess ())
    {
      const char *root = g_getenv ("LADDER_TEST_CHECKOUT");
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderWorkspace) workspace = index_folder (root, &error);

      g_assert_no_error (error);
      g_assert_true (ladder_workspace_get_has_repository (workspace));
      g_assert_cmpint (ladder_workspace_entry_get_git_state (find (workspace, tax)), ==,
                       LADDER_GIT_STATE_UNCHANGED);
      g_assert_false (git_module_loaded ());

      g_assert_true (ladder_git_is_available (NULL));
      g_assert_true (git_module_loaded ());
      return;
    }

  checkout_set_up (&checkout, NULL);
  if (!checkout_skipped (&checkout))
    {
      index_cached (&checkout, tax, LADDER_GIT_STATE_UNCHANGED);
      g_setenv ("LADDER_TEST_CHECKOUT", checkout.root, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
    }
  checkout_tear_down (&checkout, NULL);
}

/* Without the module: a clear message, every page listed without a git
 * state, as in a folder that is not a checkout; and that is not cached as
 * "not a checkout" for the next process, which has git. */
static void
test_unavailable (void)
{
  Checkout checkout = { 0 };

  if (g_test_subprocess ())
    {
      const char *root = g_getenv ("LADDER_TEST_CHECKOUT");
      g_autoptr (GError) error = NULL;
      g_autoptr (GFile) folder = g_file_new_for_path (root);
      g_autoptr (LadderGit) git = NULL;
      g_autoptr (LadderWorkspace) workspace = index_folder (root, &error);
      LadderWorkspaceEntry *entry;

      g_assert_no_error (error);
      g_assert_false (ladder_workspace_get_has_repository (workspace));
      g_assert_null (ladder_workspace_get_branch (workspace));
      entry = find (workspace, tax);
      g_assert_cmpint (ladder_workspace_entry_get_git_state (entry), ==, LADDER_GIT_STATE_UNKNOWN);
      g_assert_cmpuint (ladder_workspace_entry_get_n_roles (entry), >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)), ==,
                        g_ascii_strtoull (g_getenv ("LADDER_TEST_FAMILIES"), NULL, 10));

      git = ladder_git_open (folder, &error);
      g_assert_null (git);
      g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_UNAVAILABLE);
      g_assert_nonnull (strstr (error->message, "/nowhere/ladder-git-module.so"));
      g_assert_cmpstr (ladder_git_get_unavailable_reason (), ==, error->message);
      g_assert_false (ladder_git_is_available (NULL));
      return;
    }

  checkout_set_up (&checkout, NULL);
  if (!checkout_skipped (&checkout))
    {
      g_autofree char *module = g_strdup (g_getenv ("LADDER_GIT_MODULE"));

      g_autofree char *n_families = g_strdup_printf ("%u", g_hash_table_size (checkout.families));

      backdate_tree (checkout.root);
      g_setenv ("LADDER_TEST_FAMILIES", n_families, TRUE);
      g_setenv ("LADDER_TEST_CHECKOUT", checkout.root, TRUE);
      g_setenv ("LADDER_GIT_MODULE", "/nowhere/ladder-git-module.so", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      if (module != NULL)
        g_setenv ("LADDER_GIT_MODULE", module, TRUE);
      else
        g_unsetenv ("LADDER_GIT_MODULE");
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr (
          "*Git is not available: cannot load /nowhere/ladder-git-module.so*");

      /* With git again, from the same cache. */
      g_assert_cmpint (state_of (&checkout, tax), ==, LADDER_GIT_STATE_UNCHANGED);
    }
  checkout_tear_down (&checkout, NULL);
}

int
main (int argc, char *argv[])
{
  /* A child of g_test_trap_subprocess() (LADDER_TEST_CHECKOUT set) keeps
   * its parent's home and cache. */
  if (g_getenv ("LADDER_TEST_CHECKOUT") == NULL)
    ladder_test_isolate_home ("ladder-test-workspace-git-home-XXXXXX");
  g_test_init (&argc, &argv, NULL);

  corpus_dir = g_getenv ("LADDER_CORPUS_DIR");

#define ADD(name, func)                                                                            \
  g_test_add ("/workspace-git/" name, Checkout, NULL, checkout_set_up, func, checkout_tear_down)

  ADD ("unchanged", test_unchanged);
  ADD ("content", test_content);
  ADD ("add", test_add);
  ADD ("moved", test_moved);
  ADD ("level-deleted", test_level_deleted);
  ADD ("commit", test_commit);
  ADD ("branch", test_branch);
  g_test_add_func ("/workspace-git/module-found", test_module_found);
  g_test_add_func ("/workspace-git/lazy", test_lazy);
  g_test_add_func ("/workspace-git/unavailable", test_unavailable);

  return g_test_run ();
}
