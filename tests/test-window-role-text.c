/* test-window-role-text.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A role's text besides its fields, in the role's form: each block under
 * "Text", named by where it stands on the page, edited in place and undone
 * in one step; browsing the roles changes nothing; a text that starts a
 * list's first group is shown anew over the list once edited. Needs a
 * display (Xvfb in CI); exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-lint.h"
#include "ladder-role-text-row.h"
#include "ladder-role-text.h"
#include "ladder-workspace-search.h"
#include "ladder-test-window.h"
#include "ladder-window.h"

static LadderApplication *app;

/* The Markdown fields of the role's texts, in the order the form shows
 * them, with the label each is read out by. */
static void
collect_text_views (GtkWidget *root, GPtrArray *views)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *view = g_object_get_data (G_OBJECT (child), "ladder-role-text-view");

      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LIST_BOX_ROW (child) && view != NULL)
        g_ptr_array_add (views, view);
      else
        collect_text_views (child, views);
    }
}

static GPtrArray *
text_views (LadderWindow *window)
{
  GPtrArray *views = g_ptr_array_new ();

  collect_text_views (GTK_WIDGET (role_editor (window)), views);
  return views;
}

static void
type_text (GtkWidget *view, const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  spin (20);
}

static gboolean
is_label_of (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* A role with text under its lists' headings and none of them: the text
 * shows in its own fields, named by their place; a role without text shows
 * no "Text" at all. Before, the form showed no field for that text: "To be
 * defined at time of business need." could not be seen or changed. */
static void
test_texts_shown (void)
{
  LadderWindow *window = open_data_page_on_role (app, "partner-program-manager.md",
                                                 "Associate Partner Program Manager");
  g_autoptr (GPtrArray) views = text_views (window);
  g_autofree char *first = NULL;
  GListModel      *roles = ladder_family_get_roles (family_of (window));
  guint            without = G_MAXUINT;

  g_assert_cmpuint (views->len, ==, 2);
  first = text_view_text (g_ptr_array_index (views, 0));
  g_assert_cmpstr (first, ==, "To be defined at time of business need.");
  g_assert_nonnull (find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_LABEL, is_label_of,
                                 "Under the heading of the responsibilities"));
  g_assert_nonnull (find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_LABEL, is_label_of,
                                 "Under the heading of the requirements"));

  for (guint r = 0; r < g_list_model_get_n_items (roles) && without == G_MAXUINT; r++)
    if (g_list_model_get_n_items (ladder_role_get_texts (role_at (window, r))) == 0)
      without = r;
  g_assert_cmpuint (without, !=, G_MAXUINT);
  sidebar_pick_role (window, without);
  spin (100);
  g_clear_pointer (&views, g_ptr_array_unref);
  views = text_views (window);
  g_assert_cmpuint (views->len, ==, 0);
  g_assert_null (find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_LABEL, is_label_of,
                              "What the page says in this role besides its fields, as Markdown"));

  close_without_saving (window);
}

/* Every role shown in turn, its texts with it: the document stays as it
 * was, its page byte for byte. */
static void
test_browsing_changes_nothing (void)
{
  LadderWindow    *window = open_data_page_on_role (app, "partner-territory-manager.md",
                                                    "Associate Partner Territory Manager");
  g_autofree char *page = page_of (window);
  g_autofree char *after = NULL;
  GListModel      *roles = ladder_family_get_roles (family_of (window));
  guint            n_views = 0;

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      g_autoptr (GPtrArray) views = NULL;

      sidebar_pick_role (window, r);
      spin (50);
      views = text_views (window);
      g_assert_cmpuint (views->len, ==,
                        g_list_model_get_n_items (ladder_role_get_texts (role_at (window, r))));
      n_views += views->len;
    }

  g_assert_cmpuint (n_views, >, 5);
  g_assert_false (ladder_document_get_modified (ladder_window_get_document (window)));
  after = page_of (window);
  g_assert_true (g_str_equal (after, page));

  close_without_saving (window);
}

/* Typed into a role's text: the page changes in that line only; Ctrl+Z
 * takes the typing back in one step. */
static void
test_typed_text_and_undo (void)
{
  LadderWindow *window
      = open_data_page_on_role (app, "partner-program-manager.md", "Partner Program Manager");
  g_autofree char *page = page_of (window);
  g_autoptr (GPtrArray) views = text_views (window);
  g_autofree char *typed = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *shown = NULL;
  GtkWidget       *view;
  const char      *sentence = "The Partner Program Manager will be responsible for";

  g_assert_cmpuint (views->len, >=, 1);
  view = g_ptr_array_index (views, 0);
  /* The role's, not the introduction's, which begins the same. */
  g_assert_nonnull (strstr (page, "## Partner Program Manager\n"));
  g_assert_nonnull (strstr (strstr (page, "## Partner Program Manager\n"), sentence));

  gtk_widget_grab_focus (view);
  place_cursor (view, 0);
  type_text (view, "In short: ");
  type_text (view, "all of it. ");
  typed = page_of (window);
  {
    g_autofree char *expected = NULL;
    char            *at = strstr (strstr (page, "## Partner Program Manager\n"), sentence);
    g_autofree char *before = g_strndup (page, at - page);

    expected = g_strconcat (before, "In short: all of it. ", at, NULL);
    /* Compared whole, but not printed whole when it fails. */
    g_assert_true (g_str_equal (typed, expected));
  }
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));

  g_assert_true (press_shortcut (window, GDK_KEY_z, GDK_CONTROL_MASK));
  spin (20);
  undone = page_of (window);
  g_assert_true (g_str_equal (undone, page));
  shown = text_view_text (view);
  g_assert_true (g_str_has_prefix (shown, sentence));

  close_without_saving (window);
}

static gboolean
is_laid_out (gpointer data)
{
  GtkWidget **pair = data;

  return gtk_widget_get_height (pair[0]) > 0 && gtk_widget_get_height (pair[1]) > 0
         && gtk_widget_get_mapped (pair[0]) && gtk_widget_get_mapped (pair[1]);
}

/* The text that starts the requirements' first group ("**Partner Sales and
 * Services**") stands in the Requirements group, right above the list, to
 * edit; the rest of the role's text under "Text". Before, it stood under
 * "Text" and again as a header over the list. Edited, the rows' groups as
 * screen readers hear them follow. */
static void
test_list_text_above_its_list (void)
{
  LadderWindow *window = open_data_page_on_role (app, "partner-territory-manager.md",
                                                 "Associate Partner Territory Manager");
  GtkWidget    *editor = GTK_WIDGET (role_editor (window));
  GtkWidget    *requirements = GTK_WIDGET (bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS));
  GtkWidget    *group = gtk_widget_get_ancestor (requirements, ADW_TYPE_PREFERENCES_GROUP);
  GtkWidget    *responsibilities
      = GTK_WIDGET (bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES));
  g_autoptr (GPtrArray) views = text_views (window);
  GtkWidget       *view = NULL;
  GtkWidget       *first_row;
  g_autofree char *shown = NULL;
  g_autofree char *edited = NULL;
  graphene_point_t view_top, list_top;

  g_assert_nonnull (group);
  for (guint i = 0; i < views->len; i++)
    if (gtk_widget_is_ancestor (g_ptr_array_index (views, i), group))
      {
        g_assert_null (view);
        view = g_ptr_array_index (views, i);
      }
  g_assert_nonnull (view);
  shown = text_view_text (view);
  g_assert_cmpstr (shown, ==, "**Partner Sales and Services**");
  /* Laid out (a loaded machine may take a while after the role is
   * shown), the field stands above the list. */
  {
    GtkWidget *pair[] = { view, requirements };

    g_assert_true (spin_until (is_laid_out, pair));
  }
  g_assert_true (gtk_widget_compute_point (view, editor, &GRAPHENE_POINT_INIT (0, 0), &view_top));
  g_assert_true (
      gtk_widget_compute_point (requirements, editor, &GRAPHENE_POINT_INIT (0, 0), &list_top));
  g_assert_cmpfloat (view_top.y + gtk_widget_get_height (view), <=, list_top.y);
  /* Shown once: not as a header over the list too. */
  g_assert_null (
      find_widget (requirements, GTK_TYPE_LABEL, is_label_of, "Partner Sales and Services"));
  /* The responsibilities' text is above their list, in their group. */
  g_assert_true (gtk_widget_is_ancestor (
      g_ptr_array_index (views, 0),
      gtk_widget_get_ancestor (responsibilities, ADW_TYPE_PREFERENCES_GROUP)));

  first_row = GTK_WIDGET (gtk_list_box_get_row_at_index (
      GTK_LIST_BOX (find_widget (requirements, GTK_TYPE_LIST_BOX, NULL, NULL)), 0));
  g_assert_nonnull (first_row);
  gtk_widget_grab_focus (view);
  place_cursor (view, (int) strlen ("**Partner Sales"));
  type_text (view, " Now");
  edited = page_of (window);
  g_assert_nonnull (strstr (edited, "\n**Partner Sales Now and Services**\n"));

  close_without_saving (window);
}

/* A check's problem in a role's text, chosen (as in the checks panel):
 * the text's field takes the focus with the problem selected. Before, the
 * role's first subsection opened, or the title took the focus. */
static void
test_problem_selects_text (void)
{
  LadderWindow *window
      = open_data_page_on_role (app, "partner-program-manager.md", "Lead Partner Program Manager");
  g_autoptr (LadderLinter) linter = ladder_linter_new (NULL, NULL);
  g_autoptr (GPtrArray) problems = NULL;
  LadderLintProblem *doubled = NULL;
  GtkWidget         *focus;
  GtkTextBuffer     *buffer;
  GtkTextIter        start, end;
  g_autofree char   *selected = NULL;
  int                role = -1;

  g_assert_nonnull (linter);
  for (guint r = 0; role < 0; r++)
    if (g_str_equal (ladder_role_get_title (role_at (window, r)), "Lead Partner Program Manager"))
      role = (int) r;
  problems = ladder_linter_check (linter, family_of (window), NULL, NULL);
  for (guint i = 0; i < problems->len && doubled == NULL; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (problems, i);

      if (ladder_lint_problem_get_role (problem) == role
          && ladder_lint_problem_get_field (problem) == LADDER_LINT_FIELD_ROLE_TEXT
          && g_str_equal (ladder_lint_problem_get_rule_id (problem), "doubled-space"))
        doubled = problem;
    }
  g_assert_nonnull (doubled);
  g_assert_cmpint (ladder_lint_problem_get_index (doubled), ==, 0);

  ladder_role_editor_show_problem (role_editor (window), doubled);
  spin (50);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  g_assert_true (focus == g_ptr_array_index (text_views (window), 0));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_cmpstr (selected, ==, "  ");

  close_without_saving (window);
}

/* A check's problem in a role's text marks that text's field, with the
 * message as its tooltip; before, only a message under the role's fields
 * said it, for no field in particular. */
static void
test_problem_marks_text (void)
{
  LadderWindow *window
      = open_data_page_on_role (app, "partner-program-manager.md", "Lead Partner Program Manager");
  g_autoptr (LadderLinter) linter = ladder_linter_new (NULL, NULL);
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GListStore) store = g_list_store_new (LADDER_TYPE_LINT_PROBLEM);
  g_autoptr (GPtrArray) views = text_views (window);
  GtkWidget *row;

  problems = ladder_linter_check (linter, family_of (window), NULL, NULL);
  g_list_store_splice (store, 0, 0, problems->pdata, problems->len);
  ladder_role_editor_set_problems (role_editor (window), G_LIST_MODEL (store));
  spin (20);

  g_assert_cmpuint (views->len, >=, 1);
  row = gtk_widget_get_ancestor (g_ptr_array_index (views, 0), GTK_TYPE_LIST_BOX_ROW);
  g_assert_true (gtk_widget_has_css_class (row, "warning"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (row));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (row), "Doubled space"));

  close_without_saving (window);
}

/* A search's match in a role's text, chosen: the role is shown and that
 * text's field has the focus. Before, role texts were not searched. */
static void
test_search_match_focuses_text (void)
{
  LadderWindow *window
      = open_data_page_on_role (app, "partner-program-manager.md", "Partner Program Manager");
  GListModel *roles = ladder_family_get_roles (family_of (window));
  guint       lead = 0;
  g_autoptr (LadderRoleText) text = NULL;
  GtkWidget       *focus;
  g_autofree char *shown = NULL;

  while (!g_str_equal (ladder_role_get_title (role_at (window, lead)), "Manager, Partner Programs"))
    g_assert_cmpuint (++lead, <, g_list_model_get_n_items (roles));
  text = g_list_model_get_item (ladder_role_get_texts (role_at (window, lead)), 1);
  g_assert_nonnull (text);

  ladder_window_show_place (window, (int) lead, LADDER_WORKSPACE_FIELD_ROLE_TEXT, 1,
                            "Manager, Partner Programs", ladder_role_text_get_markdown (text));
  spin (50);
  g_assert_true (sidebar_selected_role (window) == role_at (window, lead));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  g_assert_true (
      ladder_role_text_row_get_text (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW))
      == text);
  shown = text_view_text (focus);
  g_assert_cmpstr (shown, ==, "To be defined at time of business need.");

  close_without_saving (window);
}

/* The field of a role's text says which block of the page it edits, for
 * the preview to show that line; before, it said none. */
static void
test_text_field_located (void)
{
  LadderWindow *window = open_data_page_on_role (app, "partner-territory-manager.md",
                                                 "Associate Partner Territory Manager");
  g_autoptr (GPtrArray) views = text_views (window);
  LadderPageBlock block;

  g_assert_cmpuint (views->len, ==, 2);
  for (guint i = 0; i < views->len; i++)
    {
      g_assert_true (
          ladder_role_editor_locate (role_editor (window), g_ptr_array_index (views, i), &block));
      g_assert_cmpint (block.kind, ==, LADDER_PAGE_BLOCK_ROLE_TEXT);
      g_assert_cmpint (block.slot, ==, LADDER_SLOT_TEXT);
      g_assert_cmpint (block.section, ==, (int) i);
    }

  close_without_saving (window);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-role-text/texts-shown", test_texts_shown);
  g_test_add_func ("/window-role-text/browsing-changes-nothing", test_browsing_changes_nothing);
  g_test_add_func ("/window-role-text/typed-text-and-undo", test_typed_text_and_undo);
  g_test_add_func ("/window-role-text/list-text-above-its-list", test_list_text_above_its_list);
  g_test_add_func ("/window-role-text/problem-selects-text", test_problem_selects_text);
  g_test_add_func ("/window-role-text/text-field-located", test_text_field_located);
  g_test_add_func ("/window-role-text/problem-marks-text", test_problem_marks_text);
  g_test_add_func ("/window-role-text/search-match-focuses-text", test_search_match_focuses_text);

  return g_test_run ();
}
