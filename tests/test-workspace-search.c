/* test-workspace-search.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Searching a workspace, and new pages from the handbook's template with
 * the wording remembered per workspace. */

#include "ladder-template.h"
#include "ladder-test-workspace.h"
#include "ladder-workspace-search.h"

typedef struct
{
  GListModel *results;
  GError     *error;
} Search;

static void
on_searched (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Search *search = user_data;

  search->results
      = ladder_workspace_search_finish (LADDER_WORKSPACE (source), result, &search->error);
}

static GListModel *
search (LadderWorkspace *workspace, const char *query)
{
  Search result = { 0 };

  ladder_workspace_search_async (workspace, query, NULL, on_searched, &result);
  while (result.results == NULL && result.error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (result.error);
  return result.results;
}

static guint
count_matches (GListModel *results)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr (LadderWorkspaceResult) result = g_list_model_get_item (results, i);

      n += g_list_model_get_n_items (ladder_workspace_result_get_matches (result));
    }

  return n;
}

static void
test_search (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (GListModel) gitlab = NULL;
  g_autoptr (GListModel) reversed = NULL;
  g_autoptr (GListModel) sprockets = NULL;
  g_autoptr (GListModel) title = NULL;
  g_autoptr (GListModel) nothing = NULL;
  g_autoptr (GListModel) empty = NULL;
  g_autoptr (LadderWorkspaceResult) widgets = NULL;
  g_autoptr (LadderWorkspaceMatch) match = NULL;
  gboolean found_requirement = FALSE;

  if (checkout_skipped (checkout))
    return;

  workspace = index_checkout (checkout);

  /* Every word, whatever its case, in one field; one result per family. */
  gitlab = search (workspace, "  ability to USE   gitlab ");
  g_assert_cmpuint (g_list_model_get_n_items (gitlab), >=, 5);
  for (guint i = 0; i < g_list_model_get_n_items (gitlab); i++)
    {
      g_autoptr (LadderWorkspaceResult) result = g_list_model_get_item (gitlab, i);
      GListModel *matches = ladder_workspace_result_get_matches (result);

      g_assert_cmpuint (g_list_model_get_n_items (matches), >, 0);
      for (guint j = 0; j < g_list_model_get_n_items (matches); j++)
        {
          g_autoptr (LadderWorkspaceMatch) one = g_list_model_get_item (matches, j);
          g_autofree char *folded = g_utf8_casefold (ladder_workspace_match_get_text (one), -1);

          const char *words[] = { "ability", "to", "use", "gitlab" };

          for (guint w = 0; w < G_N_ELEMENTS (words); w++)
            g_assert_nonnull (strstr (folded, words[w]));
          g_assert_true (ladder_workspace_match_get_entry (one)
                         == ladder_workspace_result_get_entry (result));
          if (ladder_workspace_match_get_field (one) == LADDER_WORKSPACE_FIELD_REQUIREMENT)
            {
              found_requirement = TRUE;
              g_assert_cmpint (ladder_workspace_match_get_role (one), >=, 0);
              g_assert_nonnull (ladder_workspace_match_get_role_title (one));
            }
        }
    }
  g_assert_true (found_requirement);

  reversed = search (workspace, "GitLab use ability to");
  g_assert_cmpuint (count_matches (reversed), ==, count_matches (gitlab));

  /* A family folder: the level's bullet, at its role. */
  sprockets = search (workspace, "large sprockets");
  g_assert_cmpuint (g_list_model_get_n_items (sprockets), ==, 1);
  widgets = g_list_model_get_item (sprockets, 0);
  g_assert_cmpstr (ladder_workspace_entry_get_path (ladder_workspace_result_get_entry (widgets)),
                   ==, "content/job-description-library/making/widgets");
  match = g_list_model_get_item (ladder_workspace_result_get_matches (widgets), 0);
  g_assert_cmpint (ladder_workspace_match_get_field (match), ==,
                   LADDER_WORKSPACE_FIELD_RESPONSIBILITY);
  g_assert_cmpint (ladder_workspace_match_get_role (match), ==, 1);
  g_assert_cmpstr (ladder_workspace_match_get_role_title (match), ==, "Senior Widget Maker");
  g_assert_cmpuint (ladder_workspace_match_get_position (match), ==, 0);

  /* A role's text besides its fields: a paragraph about the Gitaly Cluster
   * team in the backend engineers' page. */
  {
    g_autoptr (GListModel) cluster = search (workspace, "high-availability storage requires");
    g_autoptr (LadderWorkspaceResult) backend = NULL;
    g_autoptr (LadderWorkspaceMatch) text = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (cluster), ==, 1);
    backend = g_list_model_get_item (cluster, 0);
    text = g_list_model_get_item (ladder_workspace_result_get_matches (backend), 0);
    g_assert_cmpint (ladder_workspace_match_get_field (text), ==, LADDER_WORKSPACE_FIELD_ROLE_TEXT);
    g_assert_cmpint (ladder_workspace_match_get_role (text), >=, 0);
    g_assert_nonnull (strstr (ladder_workspace_match_get_role_title (text), "Cluster"));
    g_assert_cmpuint (ladder_workspace_match_get_position (text), ==, 0);
  }

  title = search (workspace, "senior widget maker");
  g_assert_cmpuint (count_matches (title), >=, 1);

  /* Words of two different fields are no match. */
  nothing = search (workspace, "sprockets widgets per week");
  g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);
  empty = search (workspace, "   ");
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
}

static void
test_template (Checkout *checkout, gconstpointer data)
{
  g_autoptr (GFile) root = NULL;
  g_autoptr (GFile) created = NULL;
  g_autoptr (GFile) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (LadderRole) level = NULL;
  g_autoptr (LadderRole) shared = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  GListModel      *sections;
  const char      *path = "content/job-description-library/people-group/data-steward.md";

  if (checkout_skipped (checkout))
    return;

  root = g_file_new_for_path (checkout->root);
  created = ladder_template_create (root, "People Group", " Data Steward ",
                                    LADDER_TEMPLATE_JOB_LEVEL, NULL, &error);
  g_assert_no_error (error);
  expected = checkout_path (checkout, path);
  g_assert_cmpstr (g_file_peek_path (created), ==, expected);

  /* The handbook's sections, read back as Ladder reads any page. */
  text = ladder_test_read (checkout->root, path);
  family = ladder_markdown_import (text, strlen (text), path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_family_get_title (family), ==, "Data Steward");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 2);
  shared = g_list_model_get_item (ladder_family_get_roles (family), 0);
  level = g_list_model_get_item (ladder_family_get_roles (family), 1);
  {
    g_autoptr (LadderBullet) last
        = g_list_model_get_item (ladder_role_get_requirements (shared), 1);

    g_assert_cmpstr (ladder_bullet_get_text (last), ==, "Ability to use GitLab");
  }
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_responsibilities (shared)), ==, 1);
  g_assert_cmpstr (ladder_role_get_title (level), ==, "Data Steward (Intermediate)");
  g_assert_cmpint (ladder_role_get_job_grade (level), ==, 6);
  g_assert_nonnull (strstr (text, "#### Data Steward (Intermediate) Job Level\n"));
  g_assert_null (strstr (text, "Job Grade"));

  sections = ladder_family_get_sections (family);
  {
    LadderSectionKind kinds[]
        = { LADDER_SECTION_ROLES, LADDER_SECTION_ROLES, LADDER_SECTION_PERFORMANCE_INDICATORS,
            LADDER_SECTION_CAREER_LADDER, LADDER_SECTION_HIRING_PROCESS };

    g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (kinds));
    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      {
        g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

        g_assert_cmpint (ladder_section_get_kind (section), ==, kinds[i]);
      }
  }

  /* Never over an existing page. */
  ladder_test_write (checkout->root, path, "mine\n", -1);
  again = ladder_template_create (root, "people-group", "Data Steward", LADDER_TEMPLATE_JOB_GRADE,
                                  NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_null (again);
  g_clear_error (&error);
  g_free (text);
  text = ladder_test_read (checkout->root, path);
  g_assert_cmpstr (text, ==, "mine\n");

  g_assert_null (
      ladder_template_create (root, "--", "Data Steward", LADDER_TEMPLATE_JOB_LEVEL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (
      ladder_template_create (root, "Sales", "", LADDER_TEMPLATE_JOB_LEVEL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* Nor beside a family kept as a folder of that name: both would have
   * one address on the handbook. */
  g_assert_null (
      ladder_template_create (root, "making", "Widgets", LADDER_TEMPLATE_JOB_LEVEL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  {
    g_autofree char *beside
        = checkout_path (checkout, "content/job-description-library/making/widgets.md");

    g_assert_false (g_file_test (beside, G_FILE_TEST_EXISTS));
  }

  /* The older wording. */
  g_clear_object (&created);
  created = ladder_template_create (root, "Sales", "Deal Maker", LADDER_TEMPLATE_JOB_GRADE, NULL,
                                    &error);
  g_assert_no_error (error);
  g_free (text);
  text = ladder_test_read (checkout->root, "content/job-description-library/sales/deal-maker.md");
  g_assert_nonnull (strstr (text, "#### Deal Maker (Intermediate) Job Grade\n\n"
                                  "The Deal Maker (Intermediate) is a [grade 6]("));
  g_assert_null (strstr (text, "Job Level"));

  /* A new page is a new family of the workspace. */
  workspace = index_checkout (checkout);
  g_assert_cmpint (ladder_workspace_entry_get_git_state (
                       find (workspace, "content/job-description-library/sales/deal-maker.md")),
                   ==, LADDER_GIT_STATE_NEW);
  g_assert_cmpuint (ladder_workspace_entry_get_n_roles (
                        find (workspace, "content/job-description-library/sales/deal-maker.md")),
                    ==, 2);
}

static void
test_template_older_checkout (void)
{
  g_autofree char *root_path = g_dir_make_tmp ("ladder-workspace-older-XXXXXX", NULL);
  g_autoptr (GFile) root = g_file_new_for_path (root_path);
  g_autoptr (GFile) created = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *expected
      = g_build_filename (root_path, "content", "job-families", "sales", "deal-maker.md", NULL);

  ladder_test_write (root_path, "content/job-families/sales/other.md", "x\n", -1);
  created = ladder_template_create (root, "Sales", "Deal Maker", LADDER_TEMPLATE_JOB_LEVEL, NULL,
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_file_peek_path (created), ==, expected);
  ladder_test_remove_tree (root_path);
}

static void
test_wording (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (LadderWorkspace) reopened = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *real = NULL;

  if (checkout_skipped (checkout))
    return;

  workspace = index_checkout (checkout);
  g_assert_cmpint (ladder_workspace_get_template_wording (workspace), ==,
                   LADDER_TEMPLATE_JOB_LEVEL);

  /* Remembered for this workspace, not for others. */
  real = realpath (checkout->root, NULL);
  g_assert_true (ladder_workspace_settings_save_wording (real, LADDER_TEMPLATE_JOB_GRADE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ladder_workspace_settings_load_wording (real), ==, LADDER_TEMPLATE_JOB_GRADE);
  g_assert_cmpint (ladder_workspace_settings_load_wording ("/elsewhere"), ==,
                   LADDER_TEMPLATE_JOB_LEVEL);

  reopened = index_checkout (checkout);
  g_assert_cmpint (ladder_workspace_get_template_wording (reopened), ==, LADDER_TEMPLATE_JOB_GRADE);

  /* A choice made in this session holds when the workspace is indexed
   * again, whatever the file says then (its saving runs in a thread of its
   * own, and may come after the index read the file). */
  g_assert_true (ladder_workspace_settings_save_wording (real, LADDER_TEMPLATE_JOB_LEVEL, &error));
  g_assert_no_error (error);
  ladder_workspace_set_template_wording (workspace, LADDER_TEMPLATE_JOB_GRADE);
  for (guint i = 0;
       i < 1000 && ladder_workspace_settings_load_wording (real) != LADDER_TEMPLATE_JOB_GRADE; i++)
    g_usleep (10000);
  g_assert_true (ladder_workspace_settings_save_wording (real, LADDER_TEMPLATE_JOB_LEVEL, &error));
  g_assert_no_error (error);
  reindex (workspace);
  g_assert_cmpint (ladder_workspace_get_template_wording (workspace), ==,
                   LADDER_TEMPLATE_JOB_GRADE);
}

int
main (int argc, char *argv[])
{
  ladder_test_isolate_home ("ladder-test-workspace-search-home-XXXXXX");
  g_test_init (&argc, &argv, NULL);

  corpus_dir = g_getenv ("LADDER_CORPUS_DIR");

#define ADD(name, func)                                                                            \
  g_test_add ("/workspace/" name, Checkout, NULL, checkout_set_up, func, checkout_tear_down)

  ADD ("search", test_search);
  ADD ("template", test_template);
  ADD ("wording", test_wording);
  g_test_add_func ("/workspace/template-older-checkout", test_template_older_checkout);

  return g_test_run ();
}
