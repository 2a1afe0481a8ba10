/* test-workspace.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A handbook checkout opened as a workspace: pages found by content, their
 * departments, roles and git states, the cache, and folders full of things
 * that are not pages. Each test builds a checkout from corpus pages in a
 * temporary git repository (ladder-test-workspace.h). */

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ladder-test-workspace.h"

#include "ladder-family-folder.h"
#include "ladder-lint.h"

static void
add_hostile_files (Checkout *checkout)
{
  g_autofree char *pipe = checkout_path (checkout, "content/job-description-library/odd/pipe.md");
  g_autofree char *loop = checkout_path (checkout, "content/loop");
  g_autofree char *self = checkout_path (checkout, "content/self.md");
  g_autofree char *dangling = checkout_path (checkout, "content/dangling.md");
  g_autofree char *alias = checkout_path (checkout, "content/alias");
  g_autofree char *broken = corpus_text ("finance__accountant.md");
  char            *middle = strstr (broken, "\n- ");

  g_assert_nonnull (middle);
  middle[3] = '\xff';
  ladder_test_write (checkout->root, "content/job-description-library/finance/broken.md", broken,
                     -1);

  ladder_test_write (checkout->root, "content/job-description-library/odd/keep.md", "", 0);
  g_assert_cmpint (mkfifo (pipe, 0644), ==, 0);
  g_assert_cmpint (symlink ("..", loop), ==, 0);
  g_assert_cmpint (symlink ("self.md", self), ==, 0);
  g_assert_cmpint (symlink ("nowhere.md", dangling), ==, 0);
  g_assert_cmpint (symlink ("job-description-library/finance", alias), ==, 0);

  /* A folder named like a page, holding a page. */
  ladder_test_write (checkout->root, "content/job-description-library/odd/folder.md/page.md",
                     folder_junior, -1);
}

static void
assert_problem (LadderWorkspace *workspace, const char *path, const char *words)
{
  LadderWorkspaceEntry *entry = find (workspace, path);
  const char           *problem = ladder_workspace_entry_get_problem (entry);

  g_assert_nonnull (problem);
  if (strstr (problem, words) == NULL)
    g_error ("%s: “%s” does not say “%s”", path, problem, words);
  g_assert_cmpuint (ladder_workspace_entry_get_n_roles (entry), ==, 0);
}

static guint
count_problems (LadderWorkspace *workspace)
{
  GListModel *entries = ladder_workspace_get_entries (workspace);
  guint       n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (LadderWorkspaceEntry) entry = g_list_model_get_item (entries, i);

      n += ladder_workspace_entry_get_problem (entry) != NULL;
    }

  return n;
}

static void
assert_families (Checkout *checkout, LadderWorkspace *workspace, LadderGitState state)
{
  GHashTableIter iter;
  gpointer       key, value;

  g_hash_table_iter_init (&iter, checkout->families);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LadderWorkspaceEntry *entry = find (workspace, key);
      g_autofree char      *expected = checkout_path (checkout, key);

      g_assert_null (ladder_workspace_entry_get_problem (entry));
      g_assert_cmpuint (ladder_workspace_entry_get_n_roles (entry), ==, GPOINTER_TO_UINT (value));
      g_assert_cmpstr (ladder_workspace_entry_get_department (entry), ==,
                       g_hash_table_lookup (checkout->departments, key));
      g_assert_cmpstr (g_file_peek_path (ladder_workspace_entry_get_file (entry)), ==, expected);
      g_assert_cmpint (ladder_workspace_entry_get_git_state (entry), ==, state);
      g_assert_cmpstr (ladder_workspace_entry_get_title (entry), !=, "");
    }
}

static void
test_entries (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  LadderWorkspaceEntry *folder;
  guint                 n_families;

  if (checkout_skipped (checkout))
    return;

  add_hostile_files (checkout);
  workspace = index_checkout (checkout);
  n_families = g_hash_table_size (checkout->families);

  assert_families (checkout, workspace, LADDER_GIT_STATE_UNCHANGED);
  g_assert_cmpstr (
      ladder_workspace_entry_get_title (find (workspace, "content/job-description-library/product/"
                                                         "technical-writer.md")),
      ==, "Technical Writer");

  folder = find (workspace, "content/job-description-library/making/widgets");
  g_assert_true (ladder_workspace_entry_get_is_folder (folder));
  g_assert_cmpstr (ladder_workspace_entry_get_title (folder), ==, "Widget Makers");
  g_assert_null (ladder_workspace_find_entry (workspace,
                                              "content/job-description-library/making/widgets/"
                                              "junior.md"));

  /* One bad page never hides the others; each says what is wrong. */
  assert_problem (workspace, "content/job-description-library/finance/broken.md",
                  "content/job-description-library/finance/broken.md:");
  assert_problem (workspace, "content/job-description-library/odd/pipe.md", "regular file");
  assert_problem (workspace, "content/loop", "loop");
  assert_problem (workspace, "content/self.md", "loop");
  assert_problem (workspace, "content/dangling.md", "does not exist");
  g_assert_cmpstr (ladder_workspace_entry_get_department (
                       find (workspace, "content/job-description-library/odd/pipe.md")),
                   ==, "odd");
  g_assert_nonnull (find (workspace, "content/job-description-library/odd/folder.md/page.md"));
  g_assert_cmpuint (count_problems (workspace), ==, 5);

  /* Found once, whichever way it is reached; never in the folders that
   * hold no pages. */
  g_assert_null (ladder_workspace_find_entry (workspace, "content/alias/tax.md"));
  g_assert_null (ladder_workspace_find_entry (workspace, "node_modules/pkg/README.md"));
  g_assert_null (ladder_workspace_find_entry (workspace, ".cache/page.md"));
  g_assert_null (ladder_workspace_find_entry (workspace, "build/page.md"));
  g_assert_null (ladder_workspace_find_entry (workspace, "notes/setup.md"));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)), ==,
                    n_families + 6);

  /* The notes, the setup page, the finance overview, an empty page. */
  g_assert_cmpuint (ladder_workspace_get_n_other_files (workspace), ==, N_UNRELATED + 3);

  g_assert_true (ladder_workspace_get_has_repository (workspace));
  g_assert_cmpstr (ladder_workspace_get_branch (workspace), ==, "handbook");
}

static void
test_departments (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  GListModel *departments;
  GListModel *entries;
  guint       total = 0;

  if (checkout_skipped (checkout))
    return;

  workspace = index_checkout (checkout);
  departments = ladder_workspace_get_departments (workspace);
  entries = ladder_workspace_get_entries (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr (LadderWorkspaceDepartment) department = g_list_model_get_item (departments, i);
      GListModel *members = ladder_workspace_department_get_entries (department);

      if (i > 0)
        {
          g_autoptr (LadderWorkspaceDepartment) previous
              = g_list_model_get_item (departments, i - 1);

          g_assert_cmpint (g_ascii_strcasecmp (ladder_workspace_department_get_name (previous),
                                               ladder_workspace_department_get_name (department)),
                           <, 0);
        }

      g_assert_cmpuint (g_list_model_get_n_items (members), >, 0);
      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr (LadderWorkspaceEntry) entry = g_list_model_get_item (members, j);

          g_assert_cmpstr (ladder_workspace_entry_get_department (entry), ==,
                           ladder_workspace_department_get_name (department));
          /* The flat list is grouped the same way, in the same order. */
          {
            g_autoptr (LadderWorkspaceEntry) flat = g_list_model_get_item (entries, total);

            g_assert_true (flat == entry);
          }
          total++;
        }
    }

  g_assert_cmpuint (total, ==, g_list_model_get_n_items (entries));
}

typedef struct
{
  LadderWorkspace *workspace;
  guint            from_cache;
  guint            after_reading;
} Inserts;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, gpointer user_data)
{
  Inserts *inserts = user_data;

  if (ladder_workspace_get_n_read (inserts->workspace) == 0)
    inserts->from_cache += added;
  else
    inserts->after_reading += added;
}

static void
test_cache (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) first = NULL;
  g_autoptr (LadderWorkspace) second = NULL;
  g_autoptr (LadderWorkspace) third = NULL;
  g_autoptr (GFile) root = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *text = NULL;
  GListModel      *entries;
  Inserts          inserts = { 0 };
  Wait             wait = { 0 };
  guint            n_entries;

  if (checkout_skipped (checkout))
    return;

  first = index_checkout (checkout);
  n_entries = g_list_model_get_n_items (ladder_workspace_get_entries (first));
  g_assert_cmpuint (ladder_workspace_get_n_read (first), ==,
                    g_hash_table_size (checkout->families) + 2 + N_UNRELATED + 2);

  /* Opened again: nothing is read, and it is all there. */
  second = index_checkout (checkout);
  g_assert_cmpuint (ladder_workspace_get_n_read (second), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (second)), ==,
                    n_entries);
  g_assert_cmpuint (ladder_workspace_get_n_other_files (second), ==,
                    ladder_workspace_get_n_other_files (first));
  assert_families (checkout, second, LADDER_GIT_STATE_UNCHANGED);

  /* One page changed, one added: the others are listed before any page is
   * read, and only those two are read. */
  text = corpus_text ("finance__tax.md");
  edited = g_strconcat (text, "\nOne more line.\n", NULL);
  ladder_test_write (checkout->root, "content/job-description-library/finance/tax.md", edited, -1);
  ladder_test_write (checkout->root, "content/job-description-library/finance/tax-2.md", text, -1);

  root = g_file_new_for_path (checkout->root);
  third = ladder_workspace_new (root);
  inserts.workspace = third;
  entries = ladder_workspace_get_entries (third);
  g_signal_connect (entries, "items-changed", G_CALLBACK (on_items_changed), &inserts);
  ladder_workspace_index_async (third, NULL, on_indexed, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait.error);

  g_assert_cmpuint (ladder_workspace_get_n_read (third), ==, 2);
  g_assert_cmpuint (inserts.from_cache, ==, n_entries - 1);
  g_assert_cmpuint (inserts.after_reading, ==, 2);
  g_assert_cmpint (ladder_workspace_entry_get_git_state (
                       find (third, "content/job-description-library/finance/tax.md")),
                   ==, LADDER_GIT_STATE_MODIFIED);
  g_assert_cmpint (ladder_workspace_entry_get_git_state (
                       find (third, "content/job-description-library/finance/tax-2.md")),
                   ==, LADDER_GIT_STATE_NEW);
}

static void
test_damaged_cache (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) first = NULL;
  g_autofree char *real = NULL;
  g_autofree char *cache = NULL;
  g_autofree char *contents = NULL;
  gsize            length;
  guint            n_entries;
  guint            n_read;

  if (checkout_skipped (checkout))
    return;

  first = index_checkout (checkout);
  n_entries = g_list_model_get_n_items (ladder_workspace_get_entries (first));
  n_read = ladder_workspace_get_n_read (first);
  real = realpath (checkout->root, NULL);
  cache = ladder_workspace_cache_path (real);
  g_assert_true (g_file_get_contents (cache, &contents, &length, NULL));

  /* Cut short, scrambled, and of another version: ignored and made anew. */
  for (guint damage = 0; damage < 3; damage++)
    {
      g_autoptr (LadderWorkspace) workspace = NULL;
      g_autoptr (LadderWorkspace) again = NULL;
      g_autofree char *copy = g_memdup2 (contents, length);
      gsize            copy_length = length;

      if (damage == 0)
        copy_length = length / 2;
      else if (damage == 1)
        for (gsize i = 0; i < length; i += 7)
          copy[i] = (char) (copy[i] * 31 + 17);
      else
        copy[length - 1] ^= 0x55;

      g_assert_true (g_file_set_contents (cache, copy, (gssize) copy_length, NULL));
      workspace = index_checkout (checkout);
      g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)), ==,
                        n_entries);
      assert_families (checkout, workspace, LADDER_GIT_STATE_UNCHANGED);
      if (damage != 2)
        g_assert_cmpuint (ladder_workspace_get_n_read (workspace), ==, n_read);

      again = index_checkout (checkout);
      g_assert_cmpuint (ladder_workspace_get_n_read (again), ==, 0);
    }
}

static void
test_git_states (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (LadderWorkspaceEntry) kept = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *text = corpus_text ("sales__capture.md");
  const char      *capture = "content/job-description-library/sales/capture.md";

  if (checkout_skipped (checkout))
    return;

  workspace = index_checkout (checkout);
  kept = g_object_ref (find (workspace, "content/job-description-library/finance/tax.md"));

  ladder_test_write (checkout->root, capture, folder_junior, -1);
  ladder_test_write (checkout->root, "content/job-description-library/sales/new.md", text, -1);
  ladder_test_write (checkout->root, "content/job-description-library/making/widgets/senior.md",
                     "---\ntitle: \"Senior Widget Maker\"\nweight: 20\n---\n\n### Responsibilities"
                     "\n\n- Make larger sprockets\n",
                     -1);
  removed = checkout_path (checkout, "content/job-description-library/finance/accountant.md");
  g_assert_cmpint (g_unlink (removed), ==, 0);

  reindex (workspace);

  g_assert_cmpuint (ladder_workspace_get_n_read (workspace), ==, 5);
  g_assert_cmpint (ladder_workspace_entry_get_git_state (find (workspace, capture)), ==,
                   LADDER_GIT_STATE_MODIFIED);
  g_assert_cmpuint (ladder_workspace_entry_get_n_roles (find (workspace, capture)), ==,
                    count_roles (folder_junior));
  g_assert_cmpstr (ladder_workspace_entry_get_title (find (workspace, capture)), ==,
                   "Junior Widget Maker");
  g_assert_cmpint (ladder_workspace_entry_get_git_state (
                       find (workspace, "content/job-description-library/sales/new.md")),
                   ==, LADDER_GIT_STATE_NEW);
  g_assert_cmpint (ladder_workspace_entry_get_git_state (
                       find (workspace, "content/job-description-library/making/widgets")),
                   ==, LADDER_GIT_STATE_MODIFIED);
  g_assert_null (ladder_workspace_find_entry (
      workspace, "content/job-description-library/finance/accountant.md"));

  /* Entries that did not change stay the same objects. */
  g_assert_true (find (workspace, "content/job-description-library/finance/tax.md") == kept);
  g_assert_cmpint (ladder_workspace_entry_get_git_state (kept), ==, LADDER_GIT_STATE_UNCHANGED);
}

/* A page of a folder with `_index.md` that becomes a level page makes the
 * folder a family folder, and the other way round. */
static void
test_folder_changes (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-workspace-refold-XXXXXX", NULL);
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *level = NULL;
  const char *page = "---\ntitle: \"Maker\"\n---\n\n### Job Grade\n\nThe Maker is a grade 6.\n\n"
                     "### Responsibilities\n\n- Make\n";

  ladder_test_write (root, "jobs/making/_index.md", folder_index, -1);
  ladder_test_write (root, "jobs/making/a.md", page, -1);
  ladder_test_write (root, "jobs/making/b.md", page, -1);
  ladder_test_write (root, "jobs/making/c.md", page, -1);

  workspace = index_folder (root, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find (workspace, "jobs/making/a.md"));
  g_assert_nonnull (find (workspace, "jobs/making/b.md"));
  g_assert_null (ladder_workspace_find_entry (workspace, "jobs/making"));

  level = g_strdup (folder_senior);
  ladder_test_write (root, "jobs/making/b.md", level, -1);
  reindex (workspace);
  g_assert_true (ladder_workspace_entry_get_is_folder (find (workspace, "jobs/making")));
  g_assert_cmpuint (ladder_workspace_entry_get_n_roles (find (workspace, "jobs/making")), ==, 1);
  g_assert_null (ladder_workspace_find_entry (workspace, "jobs/making/b.md"));
  g_assert_nonnull (find (workspace, "jobs/making/a.md"));
  g_assert_nonnull (find (workspace, "jobs/making/c.md"));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)), ==, 3);

  g_clear_object (&workspace);
  workspace = index_folder (root, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_workspace_get_n_read (workspace), ==, 0);
  g_assert_true (ladder_workspace_entry_get_is_folder (find (workspace, "jobs/making")));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)), ==, 3);

  ladder_test_write (root, "jobs/making/b.md", page, -1);
  reindex (workspace);
  g_assert_null (ladder_workspace_find_entry (workspace, "jobs/making"));
  g_assert_nonnull (find (workspace, "jobs/making/b.md"));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)), ==, 3);

  ladder_test_remove_tree (root);
}

static void
test_without_git (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-workspace-plain-XXXXXX", NULL);
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (GError) error = NULL;
  LadderWorkspaceEntry *entry;

  ladder_test_write (root, "content/job-families/making/widgets.md", folder_junior, -1);
  workspace = index_folder (root, &error);
  g_assert_no_error (error);

  entry = find (workspace, "content/job-families/making/widgets.md");
  g_assert_cmpstr (ladder_workspace_entry_get_department (entry), ==, "making");
  g_assert_cmpuint (ladder_workspace_entry_get_n_roles (entry), ==, 1);
  g_assert_cmpint (ladder_workspace_entry_get_git_state (entry), ==, LADDER_GIT_STATE_UNKNOWN);
  g_assert_false (ladder_workspace_get_has_repository (workspace));
  g_assert_null (ladder_workspace_get_branch (workspace));

  ladder_test_remove_tree (root);
}

static void
test_missing_folder (void)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (GError) error = NULL;

  workspace = index_folder ("/nonexistent/ladder/workspace", &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)), ==, 0);
  /* What a list shows in place of the families. */
  g_assert_error (ladder_workspace_get_error (workspace), G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_cancel (Checkout *checkout, gconstpointer data)
{
  g_autoptr (GFile) root = NULL;
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  Wait cancelled = { 0 };
  Wait superseded = { 0 };
  Wait last = { 0 };

  if (checkout_skipped (checkout))
    return;

  root = g_file_new_for_path (checkout->root);
  workspace = ladder_workspace_new (root);

  ladder_workspace_index_async (workspace, cancellable, on_indexed, &cancelled);
  g_cancellable_cancel (cancellable);
  while (!cancelled.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&cancelled.error);

  /* Started again while running: the first run gives way. */
  ladder_workspace_index_async (workspace, NULL, on_indexed, &superseded);
  ladder_workspace_index_async (workspace, NULL, on_indexed, &last);
  while (!superseded.done || !last.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (superseded.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&superseded.error);
  g_assert_no_error (last.error);
  assert_families (checkout, workspace, LADDER_GIT_STATE_UNCHANGED);
  /* A run cancelled is no failure of the folder. */
  g_assert_no_error (ladder_workspace_get_error (workspace));
}

/* The unreadable files, as a user who may not read them (root reads
 * anything: the check then runs as `nobody`, through setpriv). */
static int
list_problems (const char *root)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *entries;

  workspace = index_folder (root, &error);
  if (error != NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  entries = ladder_workspace_get_entries (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (LadderWorkspaceEntry) entry = g_list_model_get_item (entries, i);

      g_print ("%s\t%u\t%s\n", ladder_workspace_entry_get_path (entry),
               ladder_workspace_entry_get_n_roles (entry),
               ladder_workspace_entry_get_problem (entry) ?: "");
    }

  return 0;
}

static void
test_unreadable (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-workspace-locked-XXXXXX", NULL);
  g_autofree char *locked = g_build_filename (root, "jobs", "locked.md", NULL);
  g_autofree char *closed = g_build_filename (root, "closed", NULL);
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  ladder_test_write (root, "jobs/locked.md", folder_junior, -1);
  ladder_test_write (root, "jobs/open.md", folder_junior, -1);
  ladder_test_write (root, "closed/inside.md", folder_junior, -1);
  g_assert_cmpint (g_chmod (root, 0755), ==, 0);
  g_assert_cmpint (g_chmod (locked, 0), ==, 0);
  g_assert_cmpint (g_chmod (closed, 0), ==, 0);

  if (geteuid () != 0)
    {
      g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
      const char      *argv[] = { self, "--list-problems", root, NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, &errors,
                    &status, &error);
    }
  else
    {
      g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *setpriv = g_find_program_in_path ("setpriv");
      g_autofree char *home = g_dir_make_tmp ("ladder-workspace-nobody-XXXXXX", NULL);
      g_autofree char *cache = g_strconcat ("XDG_CACHE_HOME=", home, NULL);
      g_autofree char *config = g_strconcat ("XDG_CONFIG_HOME=", home, NULL);
      g_autofree char *home_env = g_strconcat ("HOME=", home, NULL);
      const char      *argv[] = { "env",
                                  "-i",
                                  home_env,
                                  cache,
                                  config,
                             setpriv != NULL ? setpriv : "setpriv",
                                  "--reuid=nobody",
                                  "--regid=nogroup",
                                  "--clear-groups",
                                  self,
                                  "--list-problems",
                                  root,
                                  NULL };

      if (setpriv == NULL || self == NULL)
        {
          ladder_test_skip_case ("running as root without setpriv: cannot be a user who may not "
                                 "read a file");
          ladder_test_remove_tree (root);
          ladder_test_remove_tree (home);
          return;
        }

      g_assert_cmpint (g_chmod (home, 0777), ==, 0);
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &output, &errors,
                    &status, &error);
      ladder_test_remove_tree (home);
    }

  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("listing the problems failed: %s", errors);

  g_assert_nonnull (strstr (output, "jobs/open.md\t1\t\n"));
  g_assert_nonnull (
      strstr (output, "jobs/locked.md\t0\tThe page could not be read: Permission denied\n"));
  g_assert_nonnull (
      strstr (output, "closed\t0\tThe folder could not be read: Permission denied\n"));
  ladder_test_remove_tree (root);
}

static void
test_many_files (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-workspace-many-XXXXXX", NULL);
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *deep = g_strdup ("deep");

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *path = g_strdup_printf ("docs/part-%02u/page-%04u.md", i % 40, i);

      ladder_test_write (root, path, "# Notes\n\nNothing about jobs here.\n", -1);
    }
  /* Folders nested deeper than any handbook. */
  for (guint i = 0; i < 60; i++)
    {
      char *deeper = g_strconcat (deep, "/d", NULL);

      g_free (deep);
      deep = deeper;
    }
  {
    g_autofree char *path = g_strconcat (deep, "/page.md", NULL);

    ladder_test_write (root, path, folder_junior, -1);
  }
  ladder_test_write (root, "jobs/widget-maker.md", folder_junior, -1);

  workspace = index_folder (root, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_workspace_get_n_other_files (workspace), ==, 3000);
  g_assert_nonnull (find (workspace, "jobs/widget-maker.md"));
  g_assert_cmpuint (count_problems (workspace), ==, 1);

  ladder_test_remove_tree (root);
}

/* The counts of the handbook checks per family are those the checks give
 * the family read from its page, with the page's settings. */
static void
assert_checks (Checkout *checkout, LadderWorkspace *workspace, LadderLinter *linter)
{
  GHashTableIter iter;
  gpointer       key;

  g_hash_table_iter_init (&iter, checkout->families);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      LadderWorkspaceEntry *entry = find (workspace, key);
      g_autofree char      *path = checkout_path (checkout, key);
      g_autoptr (LadderFamily) family = NULL;
      g_autoptr (LadderFamilyFolder) folder = NULL;
      g_autoptr (LadderLintConfig) config = NULL;
      g_autoptr (GPtrArray) problems = NULL;
      g_autoptr (GError) error = NULL;
      guint n_errors = 0, n_warnings = 0;

      if (ladder_workspace_entry_get_is_folder (entry))
        {
          g_autoptr (GFile) dir = g_file_new_for_path (path);

          folder = ladder_family_folder_read (dir, NULL, &error);
          g_assert_no_error (error);
          family = g_object_ref (ladder_family_folder_get_family (folder));
          config = ladder_lint_config_find (path, &error);
        }
      else
        {
          g_autofree char *text = NULL;

          g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
          family = ladder_markdown_import (text, strlen (text), path, &error);
          g_assert_no_error (error);
          config = ladder_lint_config_find (path, &error);
        }
      g_assert_no_error (error);

      problems = ladder_linter_check (linter, family, config, path);
      for (guint i = 0; i < problems->len; i++)
        {
          LadderLintSeverity severity = ladder_lint_problem_get_severity (problems->pdata[i]);

          n_errors += severity == LADDER_LINT_ERROR;
          n_warnings += severity == LADDER_LINT_WARNING;
        }

      g_assert_true (ladder_workspace_entry_get_checked (entry));
      if (ladder_workspace_entry_get_n_errors (entry) != n_errors
          || ladder_workspace_entry_get_n_warnings (entry) != n_warnings)
        g_error ("%s: %u errors and %u warnings, the checks find %u and %u", (char *) key,
                 ladder_workspace_entry_get_n_errors (entry),
                 ladder_workspace_entry_get_n_warnings (entry), n_errors, n_warnings);
    }
}

static guint
total_errors (LadderWorkspace *workspace)
{
  GListModel *entries = ladder_workspace_get_entries (workspace);
  guint       n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (LadderWorkspaceEntry) entry = g_list_model_get_item (entries, i);

      n += ladder_workspace_entry_get_n_errors (entry);
    }

  return n;
}

static void
test_checks (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (LadderWorkspace) again = NULL;
  g_autoptr (LadderLinter) linter = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *broken = NULL;
  guint            errors_before;

  if (checkout_skipped (checkout))
    return;

  linter = ladder_linter_new (NULL, &error);
  g_assert_no_error (error);

  broken = corpus_text ("finance__accountant.md");
  strstr (broken, "\n- ")[3] = '\xff';
  ladder_test_write (checkout->root, "content/job-description-library/finance/broken.md", broken,
                     -1);

  workspace = index_checkout (checkout);
  assert_checks (checkout, workspace, linter);
  errors_before = total_errors (workspace);
  g_assert_cmpuint (errors_before, >, 0);

  /* A page that could not be read was not checked. */
  {
    LadderWorkspaceEntry *entry
        = find (workspace, "content/job-description-library/finance/broken.md");

    g_assert_false (ladder_workspace_entry_get_checked (entry));
    g_assert_cmpuint (ladder_workspace_entry_get_n_errors (entry), ==, 0);
  }

  /* From the cache: the same counts, nothing read. */
  again = index_checkout (checkout);
  g_assert_cmpuint (ladder_workspace_get_n_read (again), ==, 0);
  assert_checks (checkout, again, linter);

  /* Settings that turn a rule off: every count is made again, with them. */
  ladder_test_write (
      checkout->root, ".ladder.json",
      "{ \"rules\": { \"ability-to-use-gitlab\": \"off\", \"missing-job-grade\": \"off\","
      " \"missing-performance-indicators\": \"off\", \"missing-hiring-process\": \"off\" } }",
      -1);
  reindex (again);
  g_assert_cmpuint (ladder_workspace_get_n_read (again), >, 0);
  assert_checks (checkout, again, linter);
  g_assert_cmpuint (total_errors (again), <, errors_before);

  /* And again without them: back where it was. */
  {
    g_autofree char *settings = checkout_path (checkout, ".ladder.json");

    g_assert_cmpint (g_unlink (settings), ==, 0);
  }
  reindex (again);
  assert_checks (checkout, again, linter);
  g_assert_cmpuint (total_errors (again), ==, errors_before);
}

/* The files of a family: its page, or the pages of its folder. */
static void
test_entry_files (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (GPtrArray) page = NULL;
  g_autoptr (GPtrArray) folder = NULL;
  g_autofree char *page_path = NULL;
  g_autofree char *index_path = NULL;

  if (checkout_skipped (checkout))
    return;

  workspace = index_checkout (checkout);
  page = ladder_workspace_entry_dup_files (
      find (workspace, "content/job-description-library/finance/tax.md"));
  page_path = checkout_path (checkout, "content/job-description-library/finance/tax.md");
  g_assert_cmpuint (page->len, ==, 1);
  g_assert_cmpstr (g_file_peek_path (page->pdata[0]), ==, page_path);

  folder = ladder_workspace_entry_dup_files (
      find (workspace, "content/job-description-library/making/widgets"));
  index_path = checkout_path (checkout, "content/job-description-library/making/widgets/_index.md");
  g_assert_cmpuint (folder->len, ==, 3);
  g_assert_cmpstr (g_file_peek_path (folder->pdata[0]), ==, index_path);
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Waits, up to a bound that only a failure reaches, for @done. */
static gboolean
wait_until (gboolean (*done) (gpointer data), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  /* Wakes the loop up to look at the time when nothing else does. */
  guint ticker = g_timeout_add (100, tick, NULL);

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (ticker);
  return done (data);
}

typedef struct
{
  LadderWorkspace *workspace;
  const char      *path;
  LadderGitState   state;
  guint            n_roles;
} Expected;

static gboolean
entry_is (gpointer data)
{
  Expected             *expected = data;
  LadderWorkspaceEntry *entry = ladder_workspace_find_entry (expected->workspace, expected->path);

  return entry != NULL && !ladder_workspace_get_indexing (expected->workspace)
         && ladder_workspace_entry_get_git_state (entry) == expected->state
         && ladder_workspace_entry_get_n_roles (entry) == expected->n_roles;
}

static gboolean
entry_gone (gpointer data)
{
  Expected *expected = data;

  return ladder_workspace_find_entry (expected->workspace, expected->path) == NULL
         && !ladder_workspace_get_indexing (expected->workspace);
}

/* A watched workspace follows what happens to its pages and to git, with
 * nobody asking it to index again: a page saved (as an editor saves it, by
 * a rename), a page added, a page removed, a commit. */
static void
test_watch (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other = NULL;
  g_autofree char *removed = NULL;
  const char      *tax = "content/job-description-library/finance/tax.md";
  const char      *added = "content/job-description-library/finance/new-family.md";
  const char      *committed[] = { tax, added, NULL };
  Expected         expected = { 0 };

  if (checkout_skipped (checkout))
    return;

  workspace = index_checkout (checkout);
  g_assert_false (ladder_workspace_get_watching (workspace));
  ladder_workspace_set_watching (workspace, TRUE);
  g_assert_true (ladder_workspace_get_watching (workspace));
  expected.workspace = workspace;

  text = corpus_text ("finance__tax.md");
  other = corpus_text ("engineering__backend-engineer.md");
  g_assert_cmpuint (count_roles (other), !=, count_roles (text));
  ladder_test_write (checkout->root, tax, other, -1);
  expected.path = tax;
  expected.state = LADDER_GIT_STATE_MODIFIED;
  expected.n_roles = count_roles (other);
  g_assert_true (wait_until (entry_is, &expected));

  ladder_test_write (checkout->root, added, text, -1);
  expected.path = added;
  expected.state = LADDER_GIT_STATE_NEW;
  expected.n_roles = count_roles (text);
  g_assert_true (wait_until (entry_is, &expected));

  ladder_test_git_stage (checkout->repository, committed);
  ladder_test_git_commit (checkout->repository, "Two pages\n");
  expected.state = LADDER_GIT_STATE_UNCHANGED;
  g_assert_true (wait_until (entry_is, &expected));
  expected.path = tax;
  expected.n_roles = count_roles (other);
  g_assert_true (wait_until (entry_is, &expected));

  removed = checkout_path (checkout, added);
  g_assert_cmpint (g_unlink (removed), ==, 0);
  expected.path = added;
  g_assert_true (wait_until (entry_gone, &expected));

  /* Not watching: a change is seen at the next index only. */
  ladder_workspace_set_watching (workspace, FALSE);
  ladder_test_write (checkout->root, tax, text, -1);
  {
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_cmpuint (ladder_workspace_entry_get_n_roles (find (workspace, tax)), ==,
                    count_roles (other));
  reindex (workspace);
  g_assert_cmpuint (ladder_workspace_entry_get_n_roles (find (workspace, tax)), ==,
                    count_roles (text));
}

static void
on_indexing_changed (LadderWorkspace *workspace, GParamSpec *pspec, guint *n_runs)
{
  if (ladder_workspace_get_indexing (workspace))
    (*n_runs)++;
}

static gboolean
is_idle (gpointer data)
{
  return !ladder_workspace_get_indexing (data);
}

/* A refresh asked for while a run is going never cancels it: it runs
 * once that one is done, and asking many times runs it once. */
static void
test_refresh (Checkout *checkout, gconstpointer data)
{
  g_autoptr (GFile) root = NULL;
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other = corpus_text ("engineering__backend-engineer.md");
  const char      *tax = "content/job-description-library/finance/tax.md";
  Wait             wait = { 0 };
  guint            n_runs = 0;

  if (checkout_skipped (checkout))
    return;

  root = g_file_new_for_path (checkout->root);
  workspace = ladder_workspace_new (root);
  g_signal_connect (workspace, "notify::indexing", G_CALLBACK (on_indexing_changed), &n_runs);

  ladder_workspace_index_async (workspace, NULL, on_indexed, &wait);
  text = corpus_text ("finance__tax.md");
  ladder_test_write (checkout->root, tax, other, -1);
  ladder_workspace_refresh (workspace);
  ladder_workspace_refresh (workspace);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait.error);

  g_assert_true (wait_until (is_idle, workspace));
  g_assert_cmpuint (n_runs, ==, 2);
  g_assert_cmpuint (ladder_workspace_entry_get_n_roles (find (workspace, tax)), ==,
                    count_roles (other));

  /* Idle: a refresh starts a run at once. */
  ladder_test_write (checkout->root, tax, text, -1);
  ladder_workspace_refresh (workspace);
  g_assert_true (ladder_workspace_get_indexing (workspace));
  g_assert_true (wait_until (is_idle, workspace));
  g_assert_cmpuint (n_runs, ==, 3);
  g_assert_cmpuint (ladder_workspace_entry_get_n_roles (find (workspace, tax)), ==,
                    count_roles (text));
}

/* A workspace let go of while a run is going, with a refresh asked for:
 * the run's end frees it, and nothing is run on it after. */
static void
test_refresh_released (Checkout *checkout, gconstpointer data)
{
  g_autoptr (GFile) root = NULL;
  LadderWorkspace *workspace;
  Wait             wait = { 0 };

  if (checkout_skipped (checkout))
    return;

  root = g_file_new_for_path (checkout->root);
  workspace = ladder_workspace_new (root);
  g_object_add_weak_pointer (G_OBJECT (workspace), (gpointer *) &workspace);

  ladder_workspace_index_async (workspace, NULL, on_indexed, &wait);
  ladder_workspace_refresh (workspace);
  g_object_unref (workspace);
  g_assert_nonnull (workspace);

  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait.error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (workspace);
}

static GThread *main_thread;

static void
on_entries_changed_thread (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           gpointer    user_data)
{
  guint *n_elsewhere = user_data;

  if (g_thread_self () != main_thread)
    (*n_elsewhere)++;
}

/* What the worker thread finds is applied in the thread that asked for
 * the index, also while that thread is busy outside its main loop (a
 * window's thread drawing, say): never in the worker, beside it. */
static void
test_delivered_in_caller (Checkout *checkout, gconstpointer data)
{
  g_autoptr (GFile) root = NULL;
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autofree char *real = NULL;
  g_autofree char *cache = NULL;
  Wait             wait = { 0 };
  guint            n_elsewhere = 0;

  if (checkout_skipped (checkout))
    return;

  real = realpath (checkout->root, NULL);
  cache = ladder_workspace_cache_path (real);
  g_assert_false (g_file_test (cache, G_FILE_TEST_EXISTS));

  root = g_file_new_for_path (checkout->root);
  workspace = ladder_workspace_new (root);
  g_signal_connect (ladder_workspace_get_entries (workspace), "items-changed",
                    G_CALLBACK (on_entries_changed_thread), &n_elsewhere);
  ladder_workspace_index_async (workspace, NULL, on_indexed, &wait);

  /* Busy, away from the main loop, until the worker has read every page
   * (it writes the cache once it has, after handing over what it read). */
  for (guint i = 0; i < 6000 && !g_file_test (cache, G_FILE_TEST_EXISTS); i++)
    g_usleep (10000);
  g_assert_true (g_file_test (cache, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)), ==, 0);

  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (n_elsewhere, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)), ==,
                    g_hash_table_size (checkout->families));
}

/* The cache's records are read from the framing offsets of their list:
 * every one of them, by path; a damaged offset loses the records it
 * frames, and never reads outside the list. */
static void
test_cache_records (void)
{
  g_autofree char *folder = g_dir_make_tmp ("ladder-workspace-records-XXXXXX", NULL);
  g_autofree char *cache_path = g_build_filename (folder, "cache.index", NULL);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr (GHashTable) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *contents = NULL;
  gsize            length;
  const guint      n_records = 800;

  for (guint i = 0; i < n_records; i++)
    {
      g_autofree char *path = g_strdup_printf ("notes/%0*u.md", (int) (i % 40) + 1, i);

      g_ptr_array_add (records, g_variant_ref_sink (ladder_index_other_record (path, i, 10 * i)));
    }
  g_assert_true (ladder_workspace_cache_save (cache_path, "/handbook", "the stamp", records,
                                              ladder_index_git_section_unknown (), &error));
  g_assert_no_error (error);

  loaded = ladder_workspace_cache_load (cache_path, "/handbook", &stamp);
  g_assert_cmpstr (stamp, ==, "the stamp");
  g_assert_cmpuint (g_hash_table_size (loaded), ==, n_records);
  for (guint i = 0; i < n_records; i++)
    {
      LadderRecordView view;
      g_autofree char *path = g_strdup_printf ("notes/%0*u.md", (int) (i % 40) + 1, i);
      GVariant        *record = g_hash_table_lookup (loaded, path);

      g_assert_nonnull (record);
      g_assert_true (ladder_record_view (record, &view));
      g_assert_cmpstr (view.path, ==, path);
      g_assert_cmpint (view.mtime, ==, i);
      g_assert_cmpint (view.size, ==, 10 * i);
    }
  g_clear_pointer (&loaded, g_hash_table_unref);
  g_clear_pointer (&stamp, g_free);

  /* Each offset of the list's table in turn made to point past the end of
   * the file, then back into the first record. */
  g_assert_true (g_file_get_contents (cache_path, &contents, &length, NULL));
  for (guint damage = 0; damage < 2; damage++)
    {
      g_autoptr (GVariant) cache = g_variant_new_from_data (
          G_VARIANT_TYPE ("(sussa" LADDER_RECORD_TYPE LADDER_GIT_SECTION_TYPE ")"), contents,
          length, FALSE, NULL, NULL);
      g_autoptr (GVariant) list = g_variant_get_child_value (cache, 4);
      gsize list_start = (gsize) ((const char *) g_variant_get_data (list) - contents);
      gsize list_size = g_variant_get_size (list);
      /* More than 64 KiB of records: offsets of four bytes. */
      gsize table = list_size - 4 * n_records;

      g_assert_cmpuint (list_size, >, G_MAXUINT16);
      /* Every 37th, and the last. */
      for (guint step = 0; step <= n_records / 37 + 1; step++)
        {
          guint            i = MIN (step * 37, n_records - 1);
          g_autofree char *copy = g_memdup2 (contents, length);
          guint32          bad = damage == 0 ? G_MAXUINT32 - 1 : 1;

          memcpy (copy + list_start + table + 4 * i, &bad, 4);
          g_assert_true (g_file_set_contents (cache_path, copy, (gssize) length, NULL));
          loaded = ladder_workspace_cache_load (cache_path, "/handbook", &stamp);
          /* The records before it stand; so may some after it, never one
           * read from the wrong bytes. */
          /* The last offset is where the table starts: without it, no
           * record is known. */
          if (i == n_records - 1)
            g_assert_cmpuint (g_hash_table_size (loaded), ==, 0);
          else
            g_assert_cmpuint (g_hash_table_size (loaded), >=, i);
          g_assert_cmpuint (g_hash_table_size (loaded), <, n_records);
          {
            GHashTableIter iter;
            gpointer       key, value;

            g_hash_table_iter_init (&iter, loaded);
            while (g_hash_table_iter_next (&iter, &key, &value))
              {
                LadderRecordView view;

                g_assert_true (ladder_record_view (value, &view));
                g_assert_true (g_str_has_prefix (view.path, "notes/"));
              }
          }
          g_clear_pointer (&loaded, g_hash_table_unref);
          g_clear_pointer (&stamp, g_free);
        }
    }

  ladder_test_remove_tree (folder);
}

/* Pages read by several threads are handed over one by one, in the order
 * they were listed, each the record one thread alone would make; pages
 * never asked for (their folder was read whole) are skipped, and readers
 * freed with records nobody took stop. */
static void
test_page_readers (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-workspace-readers-XXXXXX", NULL);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  LadderIndexChecks *checks = ladder_index_checks_new (root);
  LadderPageReaders *readers;
  int                root_fd;
  const guint        n_pages = 60;

  /* What each page is: a Level page, a Page of a family, an Other page, or
   * missing (X). */
  g_autoptr (GString) expected = g_string_new ("LOX");

  ladder_test_write (root, "jobs/making/_index.md", folder_index, -1);
  ladder_test_write (root, "jobs/making/senior.md", folder_senior, -1);
  g_ptr_array_add (paths, g_strdup ("jobs/making/senior.md"));
  ladder_test_write (root, "jobs/making/notes.md", "# Notes\n", -1);
  g_ptr_array_add (paths, g_strdup ("jobs/making/notes.md"));
  g_ptr_array_add (paths, g_strdup ("jobs/missing.md"));
  for (guint i = 0; i < n_pages; i++)
    {
      char *path = g_strdup_printf ("jobs/page-%02u.md", i);

      ladder_test_write (root, path, i % 3 == 0 ? "# A note\n" : folder_junior, -1);
      g_ptr_array_add (paths, path);
      g_string_append_c (expected, i % 3 == 0 ? 'O' : 'P');
    }

  root_fd = open (root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  g_assert_cmpint (root_fd, >=, 0);
  readers = ladder_page_readers_new (root, root_fd, NULL);
  for (guint i = 0; i < paths->len; i++)
    {
      LadderWalkFile *file = g_new0 (LadderWalkFile, 1);
      const char     *path = g_ptr_array_index (paths, i);

      file->mtime = i;
      file->size = 100 + i;
      g_ptr_array_add (files, file);
      g_assert_cmpuint (
          ladder_page_readers_add (readers, path, file, g_str_has_prefix (path, "jobs/making/")),
          ==, i);
    }
  ladder_page_readers_start (readers);

  for (guint i = 0; i < paths->len; i++)
    {
      const char           *path = g_ptr_array_index (paths, i);
      const LadderWalkFile *file = g_ptr_array_index (files, i);
      g_autoptr (GVariant) record = NULL;
      LadderRecordView view;
      guint            n_read = 0;

      /* As a folder read whole skips its pages. */
      if (i >= 10 && i < 15)
        continue;

      record = ladder_page_readers_take (readers, i, checks, &n_read);
      g_assert_cmpuint (n_read, ==, 1);
      if (expected->str[i] == 'L')
        {
          /* A level page: its folder is a family, for the run to read. */
          g_assert_null (record);
          continue;
        }

      g_assert_nonnull (record);
      g_assert_true (ladder_record_view (record, &view));
      g_assert_cmpstr (view.path, ==, path);
      g_assert_cmpint (view.mtime, ==, file->mtime);
      g_assert_cmpint (view.size, ==, file->size);
      if (expected->str[i] == 'X')
        {
          g_assert_cmpint (view.kind, ==, LADDER_RECORD_UNREADABLE);
          g_assert_cmpstr (view.problem, !=, "");
        }
      else if (expected->str[i] == 'P')
        {
          g_assert_cmpint (view.kind, ==, LADDER_RECORD_PAGE);
          g_assert_cmpuint (view.n_roles, ==, 1);
          g_assert_cmpuint (view.n_errors, !=, LADDER_RECORD_NOT_CHECKED);
        }
      else
        {
          g_assert_cmpint (view.kind, ==, LADDER_RECORD_OTHER);
        }

      /* The last pages are left to the readers. */
      if (i == paths->len - 3)
        break;
    }

  ladder_page_readers_free (readers);
  ladder_index_checks_free (checks);
  close (root_fd);
  ladder_test_remove_tree (root);
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint n_items;
} Change;

static void
on_list_changed (GListModel *model, guint position, guint removed, guint added, gpointer user_data)
{
  Change *change = user_data;

  change->position = position;
  change->removed = removed;
  change->added = added;
  /* The list has its new length when it says it changed. */
  change->n_items = g_list_model_get_n_items (model);
}

static int
compare_names (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return strcmp (ladder_workspace_department_get_name ((LadderWorkspaceDepartment *) a),
                 ladder_workspace_department_get_name ((LadderWorkspaceDepartment *) b));
}

/* The workspace's list model: items put in and taken out where asked, each
 * change said once with its place, references kept and given back. */
static void
test_list (void)
{
  g_autoptr (LadderWorkspaceList) list
      = ladder_workspace_list_new (LADDER_TYPE_WORKSPACE_DEPARTMENT);
  const char                *names[] = { "b", "d", "f", "h" };
  LadderWorkspaceDepartment *made[G_N_ELEMENTS (names)];
  g_autoptr (LadderWorkspaceDepartment) first = ladder_workspace_department_new ("a");
  g_autoptr (LadderWorkspaceDepartment) middle = ladder_workspace_department_new ("e");
  g_autoptr (LadderWorkspaceDepartment) same = ladder_workspace_department_new ("d");
  Change change = { 0 };
  guint  position = G_MAXUINT;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list))
                 == LADDER_TYPE_WORKSPACE_DEPARTMENT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_list_changed), &change);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    made[i] = ladder_workspace_department_new (names[i]);
  ladder_workspace_list_insert_many (list, 0, (gpointer *) made, G_N_ELEMENTS (made));
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 4);
  g_assert_cmpuint (change.n_items, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (made); i++)
    g_object_unref (made[i]);

  /* Before its equals, and at either end. */
  g_assert_cmpuint (ladder_workspace_list_sorted_position (list, same, compare_names, NULL), ==, 1);
  g_assert_cmpuint (ladder_workspace_list_sorted_position (list, first, compare_names, NULL), ==,
                    0);
  g_assert_cmpuint (ladder_workspace_list_sorted_position (list, middle, compare_names, NULL), ==,
                    2);

  ladder_workspace_list_insert (list, 2, middle);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (change.n_items, ==, 5);
  {
    g_autoptr (LadderWorkspaceDepartment) item = g_list_model_get_item (G_LIST_MODEL (list), 2);

    g_assert_true (item == middle);
  }
  g_assert_true (ladder_workspace_list_peek (list, 2) == middle);

  /* Items after a place are moved up by a change in the middle. */
  ladder_workspace_list_insert_many (list, 1, (gpointer *) &first, 1);
  g_assert_cmpuint (change.position, ==, 1);
  for (guint i = 0; i < 6; i++)
    {
      const char *expected[] = { "b", "a", "d", "e", "f", "h" };

      g_assert_cmpstr (ladder_workspace_department_get_name (ladder_workspace_list_peek (list, i)),
                       ==, expected[i]);
    }

  g_assert_true (ladder_workspace_list_find (list, middle, &position));
  g_assert_cmpuint (position, ==, 3);
  g_assert_false (ladder_workspace_list_find (list, same, NULL));

  ladder_workspace_list_remove (list, 3);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (change.n_items, ==, 5);
  g_assert_false (ladder_workspace_list_find (list, middle, NULL));

  /* The list gives back its references. */
  g_assert_finalize_object (g_steal_pointer (&middle));
  g_signal_handlers_disconnect_by_data (list, &change);
  g_assert_finalize_object (g_steal_pointer (&list));
  g_assert_finalize_object (g_steal_pointer (&first));
}

int
main (int argc, char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--list-problems") == 0)
    return list_problems (argv[2]);

  main_thread = g_thread_self ();
  ladder_test_isolate_home ("ladder-test-workspace-home-XXXXXX");
  g_test_init (&argc, &argv, NULL);

  corpus_dir = g_getenv ("LADDER_CORPUS_DIR");

#define ADD(name, func)                                                                            \
  g_test_add ("/workspace/" name, Checkout, NULL, checkout_set_up, func, checkout_tear_down)

  ADD ("entries", test_entries);
  ADD ("departments", test_departments);
  ADD ("cache", test_cache);
  ADD ("damaged-cache", test_damaged_cache);
  ADD ("git-states", test_git_states);
  ADD ("cancel", test_cancel);
  ADD ("checks", test_checks);
  ADD ("entry-files", test_entry_files);
  ADD ("watch", test_watch);
  ADD ("refresh", test_refresh);
  ADD ("refresh-released", test_refresh_released);
  ADD ("delivered-in-caller", test_delivered_in_caller);
  g_test_add_func ("/workspace/folder-changes", test_folder_changes);
  g_test_add_func ("/workspace/without-git", test_without_git);
  g_test_add_func ("/workspace/missing-folder", test_missing_folder);
  g_test_add_func ("/workspace/unreadable", test_unreadable);
  g_test_add_func ("/workspace/many-files", test_many_files);
  g_test_add_func ("/workspace/page-readers", test_page_readers);
  g_test_add_func ("/workspace/cache-records", test_cache_records);
  g_test_add_func ("/workspace/list", test_list);

  return g_test_run ();
}
