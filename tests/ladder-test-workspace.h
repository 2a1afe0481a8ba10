/* ladder-test-workspace.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* A handbook checkout made from corpus pages in a temporary git repository
 * (made with libgit2-glib), and indexing it, for the workspace tests. */

#include <stdlib.h>

#include "ladder-markdown-import.h"
#include "ladder-test-git.h"
#include "ladder-test-skip.h"
#include "ladder-workspace-private.h"

#define N_UNRELATED 300

static const char *corpus_dir G_GNUC_UNUSED;

/* Corpus pages the checkout is made of, filed by their department. */
static const char *pages[] G_GNUC_UNUSED = {
  "engineering__backend-engineer.md",
  "engineering__database-engineer.md",
  "finance__tax.md",
  "finance__accountant.md",
  "marketing__field-marketing-manager.md",
  "marketing__designer.md",
  "people-group__people-connect.md",
  "product__technical-writer.md",
  "sales__capture.md",
  "security__trust-and-safety.md",
};

typedef struct
{
  char           *root;
  GgitRepository *repository;
  /* Paths of the job families, and how many roles each has. */
  GHashTable     *families;
  GHashTable     *departments;
} Checkout;

G_GNUC_UNUSED static char *
corpus_text (const char *name)
{
  g_autofree char *path = g_build_filename (corpus_dir, name, NULL);
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

G_GNUC_UNUSED static guint
count_roles (const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = ladder_markdown_import (text, strlen (text), "page", &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (ladder_family_get_roles (family));
}

G_GNUC_UNUSED static void
add_family (Checkout   *checkout,
            const char *path,
            const char *department,
            const char *text)
{
  ladder_test_write (checkout->root, path, text, -1);
  g_hash_table_insert (checkout->families, g_strdup (path), GUINT_TO_POINTER (count_roles (text)));
  g_hash_table_insert (checkout->departments, g_strdup (path), g_strdup (department));
}

static const char *folder_index G_GNUC_UNUSED = "---\ntitle: \"Widget Makers\"\n---\n\nWidget makers make widgets.\n\n"
                                  "## Performance Indicators\n\n- Widgets per week\n";
static const char *folder_junior G_GNUC_UNUSED = "---\ntitle: \"Junior Widget Maker\"\nweight: 10\n---\n\n"
                                   "### Job Grade\n\nThe Junior Widget Maker is a [grade 5](/x).\n\n"
                                   "### Responsibilities\n\n- Make small widgets\n\n"
                                   "### Requirements\n\n- Ability to use GitLab\n";
static const char *folder_senior G_GNUC_UNUSED = "---\ntitle: \"Senior Widget Maker\"\nweight: 20\n---\n\n"
                                   "### Job Grade\n\nThe Senior Widget Maker is a [grade 7](/x).\n\n"
                                   "### Responsibilities\n\n- Make large sprockets\n";

G_GNUC_UNUSED static void
checkout_set_up (Checkout      *checkout,
                 gconstpointer  data)
{
  g_autoptr (GPtrArray) committed = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *legacy = NULL;
  g_autofree char *elsewhere = NULL;

  if (corpus_dir == NULL || !g_file_test (corpus_dir, G_FILE_TEST_IS_DIR))
    return;

  checkout->root = g_dir_make_tmp ("ladder-workspace-XXXXXX", NULL);
  checkout->families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  checkout->departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *department = g_strndup (pages[i], strstr (pages[i], "__") - pages[i]);
      g_autofree char *path = g_strdup_printf ("content/job-description-library/%s/%s", department,
                                               strstr (pages[i], "__") + 2);
      g_autofree char *text = corpus_text (pages[i]);

      add_family (checkout, path, department, text);
    }

  /* An older checkout's place, and a page found by its content alone. */
  legacy = corpus_text ("sales__renewals.md");
  add_family (checkout, "content/job-families/legacy/renewals.md", "legacy", legacy);
  elsewhere = corpus_text ("finance__treasury-manager.md");
  add_family (checkout, "notes/teams/treasury/treasury-manager.md", "treasury", elsewhere);

  /* A family folder. */
  ladder_test_write (checkout->root, "content/job-description-library/making/widgets/_index.md",
                     folder_index, -1);
  ladder_test_write (checkout->root, "content/job-description-library/making/widgets/junior.md",
                     folder_junior, -1);
  ladder_test_write (checkout->root, "content/job-description-library/making/widgets/senior.md",
                     folder_senior, -1);
  g_hash_table_insert (checkout->families,
                       g_strdup ("content/job-description-library/making/widgets"),
                       GUINT_TO_POINTER (2));
  g_hash_table_insert (checkout->departments,
                       g_strdup ("content/job-description-library/making/widgets"),
                       g_strdup ("making"));

  /* Markdown that is not a job family: notes, a page with only a
   * Requirements heading, a department's overview. */
  for (guint i = 0; i < N_UNRELATED; i++)
    {
      g_autofree char *path = g_strdup_printf ("notes/page-%03u.md", i);

      ladder_test_write (checkout->root, path, "# A note\n\nSome text.\n", -1);
      g_ptr_array_add (committed, g_steal_pointer (&path));
    }
  ladder_test_write (checkout->root, "notes/setup.md", "# Set up\n\n## Requirements\n\n- A laptop\n",
                     -1);
  ladder_test_write (checkout->root, "content/job-description-library/finance/_index.md",
                     "---\ntitle: Finance\n---\n\nThe finance job families.\n", -1);

  /* Where pages are never looked for. */
  ladder_test_write (checkout->root, "node_modules/pkg/README.md", legacy, -1);
  ladder_test_write (checkout->root, ".cache/page.md", legacy, -1);
  ladder_test_write (checkout->root, "build/page.md", legacy, -1);

  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, checkout->families);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      if (g_str_has_suffix (key, ".md"))
        g_ptr_array_add (committed, g_strdup (key));
  }
  g_ptr_array_add (committed, g_strdup ("content/job-description-library/making/widgets/_index.md"));
  g_ptr_array_add (committed, g_strdup ("content/job-description-library/making/widgets/junior.md"));
  g_ptr_array_add (committed, g_strdup ("content/job-description-library/making/widgets/senior.md"));
  g_ptr_array_add (committed, g_strdup ("notes/setup.md"));
  g_ptr_array_add (committed, NULL);

  checkout->repository = ladder_test_git_init (checkout->root);
  ladder_test_git_stage (checkout->repository, (const char * const *) committed->pdata);
  ladder_test_git_commit (checkout->repository, "Handbook\n");
}

G_GNUC_UNUSED static void
checkout_tear_down (Checkout      *checkout,
                    gconstpointer  data)
{
  g_clear_object (&checkout->repository);
  g_clear_pointer (&checkout->families, g_hash_table_unref);
  g_clear_pointer (&checkout->departments, g_hash_table_unref);
  ladder_test_remove_tree (checkout->root);
  g_clear_pointer (&checkout->root, g_free);
}

G_GNUC_UNUSED static gboolean
checkout_skipped (Checkout *checkout)
{
  if (checkout->root != NULL)
    return FALSE;

  ladder_test_skip_case ("no corpus (LADDER_CORPUS_DIR)");
  return TRUE;
}

G_GNUC_UNUSED static char *
checkout_path (Checkout   *checkout,
               const char *path)
{
  return g_build_filename (checkout->root, path, NULL);
}

/* Things that are not pages, made after the commit. */
typedef struct
{
  gboolean  done;
  GError   *error;
} Wait;

G_GNUC_UNUSED static void
on_indexed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;

  ladder_workspace_index_finish (LADDER_WORKSPACE (source), result, &wait->error);
  wait->done = TRUE;
}

G_GNUC_UNUSED static LadderWorkspace *
index_folder (const char *root,
              GError    **error)
{
  g_autoptr (GFile) folder = g_file_new_for_path (root);
  LadderWorkspace *workspace = ladder_workspace_new (folder);
  Wait wait = { 0 };

  ladder_workspace_index_async (workspace, NULL, on_indexed, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (ladder_workspace_get_indexing (workspace));
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return workspace;
}

G_GNUC_UNUSED static void
reindex (LadderWorkspace *workspace)
{
  Wait wait = { 0 };

  ladder_workspace_index_async (workspace, NULL, on_indexed, &wait);
  g_assert_true (ladder_workspace_get_indexing (workspace));
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait.error);
}

G_GNUC_UNUSED static LadderWorkspace *
index_checkout (Checkout *checkout)
{
  g_autoptr (GError) error = NULL;
  LadderWorkspace *workspace = index_folder (checkout->root, &error);

  g_assert_no_error (error);
  return workspace;
}

G_GNUC_UNUSED static LadderWorkspaceEntry *
find (LadderWorkspace *workspace,
      const char      *path)
{
  LadderWorkspaceEntry *entry = ladder_workspace_find_entry (workspace, path);

  if (entry == NULL)
    g_error ("no entry for %s", path);
  return entry;
}
