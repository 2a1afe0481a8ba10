/* test-window-workspace.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A handbook checkout in the window (issue 9): its families in the
 * sidebar by department, with their roles, git states and the counts of
 * the handbook checks; choosing a family opens it (in this window when
 * nothing would be lost, in a window of its own otherwise, and never
 * twice); a search result opens its family on the role and the bullet; a
 * page written on disk shows its new git state; a new family from the
 * template; committing pages to a new branch, and what git refuses; a
 * folder that is no checkout, empty, missing or full of bad pages; `ladder
 * DIR` and the handbook remembered. Each test builds a checkout from
 * corpus pages in a temporary git repository (ladder-test-workspace.h).
 * Needs a display (Xvfb in CI); exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ladder-application.h"
#include "ladder-commit-dialog.h"
#include "ladder-new-family-dialog.h"
#include "ladder-role-editor.h"
#include "ladder-search-row.h"
#include "ladder-test-window.h"
#include "ladder-test-workspace.h"
#include "ladder-window.h"
#include "ladder-workspace-results.h"
#include "ladder-workspace-row.h"
#include "ladder-workspace-search.h"
#include "ladder-workspace-sidebar.h"

static LadderApplication *app;

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done, up to a bound only a failure reaches. */
static gboolean
wait_until (gboolean (*done) (gpointer data), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  guint  ticker = g_timeout_add (50, tick, NULL);

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (ticker);
  return done (data);
}

static gboolean
is_indexed (gpointer data)
{
  LadderWorkspace *workspace = data;

  return !ladder_workspace_get_indexing (workspace)
         && (g_list_model_get_n_items (ladder_workspace_get_entries (workspace)) > 0
             || ladder_workspace_get_error (workspace) != NULL
             || ladder_workspace_get_n_read (workspace) > 0);
}

static LadderWindow *
open_checkout (const char *root)
{
  g_autoptr (GFile) folder = g_file_new_for_path (root);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_workspace (app, folder));

  g_assert_nonnull (ladder_window_get_workspace (window));
  g_assert_true (wait_until (is_indexed, ladder_window_get_workspace (window)));
  spin (50);
  return window;
}

static LadderWorkspaceSidebar *
sidebar_of (LadderWindow *window)
{
  return LADDER_WORKSPACE_SIDEBAR (ladder_window_get_workspace_sidebar (window));
}

static void
close_all_windows (void)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  spin (50);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* The row of @entry in the sidebar's list. */
static guint
position_of (LadderWindow *window, LadderWorkspaceEntry *entry)
{
  GListModel *rows = G_LIST_MODEL (
      gtk_list_view_get_model (ladder_workspace_sidebar_get_list (sidebar_of (window))));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr (GObject) item = gtk_tree_list_row_get_item (row);

      if (item == G_OBJECT (entry))
        return i;
    }

  g_error ("%s is not in the sidebar", ladder_workspace_entry_get_path (entry));
}

/* Chooses @path's family in the sidebar, as a click on its row does. */
static void
choose (LadderWindow *window, const char *path)
{
  LadderWorkspaceEntry *entry = find (ladder_window_get_workspace (window), path);

  gtk_widget_activate_action (GTK_WIDGET (ladder_workspace_sidebar_get_list (sidebar_of (window))),
                              "list.activate-item", "u", position_of (window, entry));
}

/* The window that shows @path of @checkout, once it is loaded. */
static LadderWindow *
wait_for_family (Checkout *checkout, const char *path)
{
  g_autofree char *full = checkout_path (checkout, path);
  g_autoptr (GFile) file = g_file_new_for_path (full);
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
        {
          if (LADDER_IS_WINDOW (l->data) && document_is (l->data, file))
            {
              spin (50);
              return l->data;
            }
        }
      spin (20);
    }

  g_error ("%s was not opened", path);
}

static const char *
sidebar_page (LadderWindow *window)
{
  GtkWidget *stack = gtk_widget_get_parent (GTK_WIDGET (sidebar_of (window)));

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static guint
n_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* ------------------------------------------------------------------ */

static GtkWidget *
find_descendant (GtkWidget *widget, GType type)
{
  return find_any_widget (widget, type, NULL, NULL);
}

static gboolean
is_action (GtkWidget *widget, gconstpointer action)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The content's title: the window title in neither sidebar (the
 * handbook's and the roles', in one stack). */
static gboolean
is_content_title (GtkWidget *widget, gconstpointer sidebars)
{
  return !gtk_widget_is_ancestor (widget, GTK_WIDGET (sidebars));
}

/* The content's Save: the roles' own is there for a folded window. */
static gboolean
is_content_save (GtkWidget *widget, gconstpointer sidebars)
{
  return is_action (widget, "win.save") && !gtk_widget_is_ancestor (widget, GTK_WIDGET (sidebars));
}

/* While no family is chosen, the content's header names no document, and
 * neither the handbook checks nor Save are offered, by buttons or keys;
 * with a family, they are. The window is named after the handbook
 * meanwhile. */
static void
assert_choosing (LadderWindow *window, gboolean choosing, const char *handbook)
{
  GtkWidget *checks = GTK_WIDGET (checks_button_of (window));
  GtkWidget *sidebars = gtk_widget_get_parent (GTK_WIDGET (sidebar_of (window)));
  GtkWidget *save
      = find_any_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, is_content_save, sidebars);
  AdwWindowTitle *title = ADW_WINDOW_TITLE (
      find_any_widget (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, is_content_title, sidebars));

  g_assert_nonnull (checks);
  g_assert_nonnull (save);
  g_assert_nonnull (title);

  g_assert_cmpint (gtk_widget_is_drawable (checks), ==, !choosing);
  /* The squeezer shows Save with its label or its icon, as room allows. */
  g_assert_cmpint (gtk_widget_is_drawable (gtk_widget_get_ancestor (save, ADW_TYPE_SQUEEZER)), ==,
                   !choosing);
  if (choosing)
    {
      g_assert_cmpstr (adw_window_title_get_title (title), ==, "");
      g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "");
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, handbook);
      /* Nor do the keys reach them (Ctrl+Shift+M, the checks). */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-checks", NULL);
      g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (checks)));
    }
  else
    {
      g_assert_cmpstr (adw_window_title_get_title (title), !=, "");
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, handbook);
    }
}

/* The families by department, filled by the index; the handbook's name
 * and branch; the placeholder until a family is chosen. */
static void
test_list (Checkout *checkout, gconstpointer data)
{
  LadderWindow    *window;
  LadderWorkspace *workspace;
  GListModel      *rows;
  GHashTableIter   iter;
  gpointer         key;
  guint            n_departments = 0;
  guint            n_families = 0;

  if (checkout_skipped (checkout))
    return;

  window = open_checkout (checkout->root);
  workspace = ladder_window_get_workspace (window);
  rows = G_LIST_MODEL (
      gtk_list_view_get_model (ladder_workspace_sidebar_get_list (sidebar_of (window))));

  /* Every department a row, unfolded, with its families under it. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr (GObject) item = gtk_tree_list_row_get_item (row);

      if (LADDER_IS_WORKSPACE_DEPARTMENT (item))
        {
          g_assert_cmpuint (gtk_tree_list_row_get_depth (row), ==, 0);
          g_assert_true (gtk_tree_list_row_get_expanded (row));
          n_departments++;
        }
      else
        {
          g_assert_cmpuint (gtk_tree_list_row_get_depth (row), ==, 1);
          n_families++;
        }
    }
  g_assert_cmpuint (n_departments, ==,
                    g_list_model_get_n_items (ladder_workspace_get_departments (workspace)));
  g_assert_cmpuint (n_families, ==, g_hash_table_size (checkout->families));

  g_hash_table_iter_init (&iter, checkout->families);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    position_of (window, find (workspace, key));

  /* The list shows rows (not only a model); the list's item holding one,
   * which a screen reader moves between, says the row's title and its
   * summary. */
  {
    GtkWidget *row
        = find_descendant (GTK_WIDGET (ladder_workspace_sidebar_get_list (sidebar_of (window))),
                           LADDER_TYPE_WORKSPACE_ROW);
    GObject    *item;
    const char *title;

    g_assert_nonnull (row);
    item = ladder_workspace_row_get_item (LADDER_WORKSPACE_ROW (row));
    title = LADDER_IS_WORKSPACE_ENTRY (item)
                ? ladder_workspace_entry_get_title (LADDER_WORKSPACE_ENTRY (item))
                : ladder_workspace_department_get_title (LADDER_WORKSPACE_DEPARTMENT (item));
    gtk_test_accessible_assert_property (
        GTK_ACCESSIBLE (gtk_widget_get_parent (gtk_widget_get_parent (row))),
        GTK_ACCESSIBLE_PROPERTY_LABEL, title);
    gtk_test_accessible_assert_property (
        GTK_ACCESSIBLE (gtk_widget_get_parent (gtk_widget_get_parent (row))),
        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
        ladder_workspace_row_get_summary (LADDER_WORKSPACE_ROW (row)));
  }

  /* Nothing chosen yet: the families are in the sidebar, the content says
   * what to do. */
  g_assert_cmpstr (sidebar_page (window), ==, "handbook");
  {
    AdwWindowTitle *title = ADW_WINDOW_TITLE (
        find_descendant (GTK_WIDGET (sidebar_of (window)), ADW_TYPE_WINDOW_TITLE));
    g_autofree char *name = g_path_get_basename (checkout->root);

    g_assert_cmpstr (adw_window_title_get_title (title), ==, name);
    g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "On branch handbook");
  }
  {
    g_autofree char *name = g_path_get_basename (checkout->root);

    assert_choosing (window, TRUE, name);
  }

  close_all_windows ();
}

/* What a row says: title, roles, git state, the checks' counts; and, for a
 * page that cannot be read, why. */
static void
test_row (Checkout *checkout, gconstpointer data)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autofree char      *broken = NULL;
  g_autofree char      *text = NULL;
  g_autofree char      *expected = NULL;
  LadderWorkspaceRow   *row;
  LadderWorkspaceEntry *entry;
  const char           *tax = "content/job-description-library/finance/tax.md";
  const char           *broken_path = "content/job-description-library/finance/broken.md";

  if (checkout_skipped (checkout))
    return;

  text = corpus_text ("finance__tax.md");
  {
    g_autofree char *edited = g_strconcat (text, "\nOne more line.\n", NULL);

    ladder_test_write (checkout->root, tax, edited, -1);
  }
  broken = corpus_text ("finance__accountant.md");
  strstr (broken, "\n- ")[3] = '\xff';
  ladder_test_write (checkout->root, broken_path, broken, -1);

  workspace = index_checkout (checkout);
  row = g_object_ref_sink (LADDER_WORKSPACE_ROW (ladder_workspace_row_new ()));

  entry = find (workspace, tax);
  ladder_workspace_row_set_item (row, G_OBJECT (entry));
  g_assert_true (ladder_workspace_entry_get_n_errors (entry)
                     + ladder_workspace_entry_get_n_warnings (entry)
                 > 0);
  expected = g_strdup_printf ("%u roles, Modified, ", ladder_workspace_entry_get_n_roles (entry));
  if (!g_str_has_prefix (ladder_workspace_row_get_summary (row), expected))
    g_error ("“%s” does not start with “%s”", ladder_workspace_row_get_summary (row), expected);
  /* Said by a screen reader: the title as its name, the summary after. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       ladder_workspace_entry_get_title (entry));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       ladder_workspace_row_get_summary (row));
  g_assert_nonnull (strstr (ladder_workspace_row_get_summary (row),
                            ladder_workspace_entry_get_n_errors (entry) > 0 ? "error" : "warning"));

  entry = find (workspace, broken_path);
  ladder_workspace_row_set_item (row, G_OBJECT (entry));
  g_assert_true (g_str_has_prefix (ladder_workspace_row_get_summary (row), "Cannot be read: "));
  g_assert_nonnull (strstr (ladder_workspace_row_get_summary (row), broken_path));

  /* An unchanged page says so in words, though it shows no label. */
  entry = find (workspace, "content/job-description-library/sales/capture.md");
  ladder_workspace_row_set_item (row, G_OBJECT (entry));
  g_assert_nonnull (strstr (ladder_workspace_row_get_summary (row), ", Unchanged"));

  /* A department: how many families. */
  {
    g_autoptr (LadderWorkspaceDepartment) department
        = g_list_model_get_item (ladder_workspace_get_departments (workspace), 0);
    guint n = g_list_model_get_n_items (ladder_workspace_department_get_entries (department));
    g_autofree char *count = g_strdup_printf (n == 1 ? "%u job family" : "%u job families", n);

    ladder_workspace_row_set_item (row, G_OBJECT (department));
    g_assert_cmpstr (ladder_workspace_row_get_summary (row), ==, count);
  }

  ladder_workspace_row_set_item (row, NULL);
  g_assert_finalize_object (row);
}

/* Choosing a family opens it here while nothing would be lost; a family
 * with unsaved changes stays, and the next family gets its own window; a
 * family open already comes to the front. */
static void
test_open_family (Checkout *checkout, gconstpointer data)
{
  LadderWindow *window;
  LadderWindow *shown;
  LadderWindow *other;
  const char   *tax = "content/job-description-library/finance/tax.md";
  const char   *capture = "content/job-description-library/sales/capture.md";
  const char   *writer = "content/job-description-library/product/technical-writer.md";

  if (checkout_skipped (checkout))
    return;

  window = open_checkout (checkout->root);

  {
    g_autofree char *name = g_path_get_basename (checkout->root);

    assert_choosing (window, TRUE, name);
    choose (window, tax);
    shown = wait_for_family (checkout, tax);
    g_assert_true (shown == window);
    g_assert_cmpuint (n_windows (), ==, 1);
    g_assert_cmpstr (sidebar_page (window), ==, "roles");
    assert_choosing (window, FALSE, name);
  }

  /* Back to the handbook, then another family: this window takes it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-handbook", NULL);
  g_assert_cmpstr (sidebar_page (window), ==, "handbook");
  choose (window, capture);
  shown = wait_for_family (checkout, capture);
  g_assert_true (shown == window);
  g_assert_cmpuint (n_windows (), ==, 1);

  /* An unsaved change: the next family opens in a window of its own,
   * which shows the handbook too. */
  {
    LadderFamily *family = ladder_document_get_family (ladder_window_get_document (window));
    g_autoptr (LadderRole) role = g_list_model_get_item (ladder_family_get_roles (family), 0);

    ladder_role_set_title (role, "Changed Title");
    g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));
  }
  choose (window, writer);
  other = wait_for_family (checkout, writer);
  g_assert_true (other != window);
  g_assert_cmpuint (n_windows (), ==, 2);
  g_assert_true (ladder_window_get_workspace (other) == ladder_window_get_workspace (window));
  g_assert_cmpstr (sidebar_page (other), ==, "roles");
  {
    g_autofree char *full = checkout_path (checkout, capture);
    g_autoptr (GFile) file = g_file_new_for_path (full);

    g_assert_true (ladder_window_shows_file (window, file));
  }

  /* Chosen again, from either window: the window that has it. */
  choose (other, capture);
  spin (100);
  g_assert_cmpuint (n_windows (), ==, 2);
  g_assert_true (wait_for_family (checkout, capture) == window);
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));

  /* Opening the same handbook again shows the window that has it. */
  {
    g_autoptr (GFile) folder = g_file_new_for_path (checkout->root);
    GtkWindow *again = ladder_application_open_workspace (app, folder);

    g_assert_true (again == GTK_WINDOW (window) || again == GTK_WINDOW (other));
    g_assert_cmpuint (n_windows (), ==, 2);
  }

  ladder_document_discard_draft (ladder_window_get_document (window));
  close_all_windows ();
}

/* The row selected in the sidebar's list, or GTK_INVALID_LIST_POSITION. */
static guint
selected_row (LadderWindow *window)
{
  GtkSelectionModel *model
      = gtk_list_view_get_model (ladder_workspace_sidebar_get_list (sidebar_of (window)));

  return gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model));
}

/* The family open in the window is the one selected in the sidebar, and
 * the selection follows when another is opened, however it is opened. */
static void
test_current_family (Checkout *checkout, gconstpointer data)
{
  LadderWindow    *window;
  LadderWorkspace *workspace;
  const char      *tax = "content/job-description-library/finance/tax.md";
  const char      *capture = "content/job-description-library/sales/capture.md";
  const char      *widgets = "content/job-description-library/making/widgets";

  if (checkout_skipped (checkout))
    return;

  window = open_checkout (checkout->root);
  workspace = ladder_window_get_workspace (window);
  g_assert_cmpuint (selected_row (window), ==, GTK_INVALID_LIST_POSITION);

  choose (window, tax);
  g_assert_true (wait_for_family (checkout, tax) == window);
  g_assert_cmpuint (selected_row (window), ==, position_of (window, find (workspace, tax)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-handbook", NULL);
  choose (window, capture);
  g_assert_true (wait_for_family (checkout, capture) == window);
  g_assert_cmpuint (selected_row (window), ==, position_of (window, find (workspace, capture)));

  /* Opened otherwise than from the list: a family folder, by its file. */
  {
    g_autofree char *full = checkout_path (checkout, widgets);
    g_autoptr (GFile) folder = g_file_new_for_path (full);

    ladder_window_load (window, folder);
    wait_for_family (checkout, widgets);
  }
  g_assert_cmpuint (selected_row (window), ==, position_of (window, find (workspace, widgets)));

  close_all_windows ();
}

/* The text of the first label under @widget that has one. */
static const char *
first_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_label (GTK_LABEL (widget)) != '\0')
    return gtk_label_get_label (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = first_label (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static LadderWorkspaceDepartment *
department_named (LadderWorkspace *workspace, const char *name)
{
  GListModel *departments = ladder_workspace_get_departments (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr (LadderWorkspaceDepartment) department = g_list_model_get_item (departments, i);

      if (g_str_equal (ladder_workspace_department_get_name (department), name))
        return department;
    }

  g_error ("no department %s", name);
}

/* Departments by a readable name: the title of the department folder's
 * `_index.md`, or the folder's name made readable; still sorted by the
 * folder's name. */
static void
test_department_names (Checkout *checkout, gconstpointer data)
{
  LadderWindow       *window;
  LadderWorkspace    *workspace;
  LadderWorkspaceRow *row;
  GListModel         *departments;
  struct
  {
    const char *name;
    const char *shown;
  } expected[] = {
    { "finance", "Finance & Accounting" },
    { "people-group", "People Group" },
    { "security", "Security" },
  };

  if (checkout_skipped (checkout))
    return;

  ladder_test_write (checkout->root, "content/job-description-library/finance/_index.md",
                     "---\ntitle: \"Finance & Accounting\"\n---\n\nThe finance job families.\n",
                     -1);
  window = open_checkout (checkout->root);
  workspace = ladder_window_get_workspace (window);
  row = g_object_ref_sink (LADDER_WORKSPACE_ROW (ladder_workspace_row_new ()));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      LadderWorkspaceDepartment *department = department_named (workspace, expected[i].name);

      g_assert_cmpstr (ladder_workspace_department_get_title (department), ==, expected[i].shown);
      ladder_workspace_row_set_item (row, G_OBJECT (department));
      g_assert_cmpstr (first_label (GTK_WIDGET (row)), ==, expected[i].shown);
    }

  /* Sorted by folder name. */
  departments = ladder_workspace_get_departments (workspace);
  for (guint i = 1; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr (LadderWorkspaceDepartment) a = g_list_model_get_item (departments, i - 1);
      g_autoptr (LadderWorkspaceDepartment) b = g_list_model_get_item (departments, i);

      g_assert_cmpint (g_utf8_collate (ladder_workspace_department_get_name (a),
                                       ladder_workspace_department_get_name (b)),
                       <, 0);
    }

  ladder_workspace_row_set_item (row, NULL);
  g_assert_finalize_object (row);
  close_all_windows ();
}

static gboolean
search_done (gpointer data)
{
  LadderWorkspaceResults *results = data;

  return !ladder_workspace_results_get_searching (results)
         && ladder_workspace_results_get_results (results) != NULL;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* A search result opens its family on its role, with the focus in the
 * bullet found. */
/* Every search row below @widget: the list's item holding it says, to a
 * screen reader, what its heading shows. Returns how many there were. */
static guint
assert_search_rows_speak (GtkWidget *widget)
{
  guint n = 0;

  if (LADDER_IS_SEARCH_ROW (widget) && gtk_widget_get_mapped (widget))
    {
      GtkLabel  *heading = GTK_LABEL (find_descendant (widget, GTK_TYPE_LABEL));
      GtkWidget *item = gtk_widget_get_parent (gtk_widget_get_parent (widget));

      g_assert_cmpstr (gtk_label_get_text (heading), !=, "");
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           gtk_label_get_text (heading));
      return 1;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_search_rows_speak (child);
  return n;
}

static void
test_search (Checkout *checkout, gconstpointer data)
{
  LadderWindow           *window;
  LadderWindow           *shown;
  LadderWorkspaceResults *results;
  LadderWorkspaceMatch   *match = NULL;
  g_autoptr (LadderWorkspaceResult) result = NULL;
  GListModel      *matches;
  GtkWidget       *focus;
  LadderRole      *role;
  g_autofree char *path = NULL;
  g_autofree char *relative = NULL;

  if (checkout_skipped (checkout))
    return;

  window = open_checkout (checkout->root);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search-handbook", NULL);
  results = LADDER_WORKSPACE_RESULTS (ladder_workspace_sidebar_get_results (sidebar_of (window)));
  /* Shown once the window is (under a slow build, mapping comes late). */
  g_assert_true (wait_until (is_mapped, results));

  /* A requirement of the technical writers: "proficiency" with words from
   * their field, found in one family only. */
  ladder_workspace_sidebar_search (sidebar_of (window), "technical writing");
  g_assert_true (wait_until (search_done, results));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_workspace_results_get_results (results)), >,
                    0);
  spin (100);
  g_assert_cmpuint (assert_search_rows_speak (GTK_WIDGET (results)), >, 2);

  /* The first bullet found, of a role. */
  for (guint r = 0;
       match == NULL
       && r < g_list_model_get_n_items (ladder_workspace_results_get_results (results));
       r++)
    {
      g_clear_object (&result);
      result = g_list_model_get_item (ladder_workspace_results_get_results (results), r);
      matches = ladder_workspace_result_get_matches (result);
      for (guint i = 0; match == NULL && i < g_list_model_get_n_items (matches); i++)
        {
          g_autoptr (LadderWorkspaceMatch) candidate = g_list_model_get_item (matches, i);
          LadderWorkspaceField field = ladder_workspace_match_get_field (candidate);

          if (field == LADDER_WORKSPACE_FIELD_RESPONSIBILITY
              || field == LADDER_WORKSPACE_FIELD_REQUIREMENT)
            match = g_object_ref (candidate);
        }
    }
  g_assert_nonnull (match);

  g_signal_emit_by_name (results, "match-activated", match);
  path = g_file_get_path (
      ladder_workspace_entry_get_file (ladder_workspace_match_get_entry (match)));
  relative = g_strdup (path + strlen (checkout->root) + 1);
  shown = wait_for_family (checkout, relative);
  g_assert_true (shown == window);
  spin (100);

  role = ladder_role_editor_get_role (
      LADDER_ROLE_EDITOR (find_descendant (GTK_WIDGET (window), LADDER_TYPE_ROLE_EDITOR)));
  g_assert_nonnull (role);
  {
    g_autoptr (LadderRole) expected = g_list_model_get_item (
        ladder_family_get_roles (ladder_document_get_family (ladder_window_get_document (window))),
        (guint) ladder_workspace_match_get_role (match));

    g_assert_true (role == expected);
  }

  /* The focus is in the bullet's text, which is the text found (shown
   * with its formatting: "**Leadership**:" reads "Leadership:"). */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  {
    GtkTextBuffer   *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
    GtkTextIter      start, end;
    g_autofree char *text = NULL;
    g_autoptr (GString) plain = g_string_new (ladder_workspace_match_get_text (match));

    g_string_replace (plain, "**", "", 0);
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, plain->str);
  }

  /* The family edited since the index read it (a bullet added above, not
   * saved): the result goes to the same words, not the same number. The
   * focus went one bullet off, and what was typed went there. */
  {
    LadderBulletList list
        = ladder_workspace_match_get_field (match) == LADDER_WORKSPACE_FIELD_RESPONSIBILITY
              ? LADDER_BULLET_LIST_RESPONSIBILITIES
              : LADDER_BULLET_LIST_REQUIREMENTS;
    g_autoptr (LadderBullet) added = ladder_bullet_new ("Added above, not saved");
    GtkTextBuffer   *buffer;
    GtkTextIter      start, end;
    g_autofree char *text = NULL;
    g_autoptr (GString) plain = g_string_new (ladder_workspace_match_get_text (match));

    ladder_role_insert_bullet (role, list, 0, added);
    spin (100);
    g_signal_emit_by_name (results, "match-activated", match);
    spin (200);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (GTK_IS_TEXT_VIEW (focus));
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
    g_string_replace (plain, "**", "", 0);
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, plain->str);
  }

  g_object_unref (match);
  close_all_windows ();
}

typedef struct
{
  LadderWorkspace *workspace;
  const char      *path;
  LadderGitState   state;
} StateIs;

static gboolean
state_is (gpointer data)
{
  StateIs              *wanted = data;
  LadderWorkspaceEntry *entry = ladder_workspace_find_entry (wanted->workspace, wanted->path);

  return entry != NULL && ladder_workspace_entry_get_git_state (entry) == wanted->state;
}

static void
on_exported (GObject *source, GAsyncResult *result, gpointer user_data)
{
  gboolean *done = user_data;
  g_autoptr (GError) error = NULL;

  ladder_document_export_finish (LADDER_DOCUMENT (source), result, &error);
  g_assert_no_error (error);
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* A family's page written by the window (as Save writes a page) shows its
 * new git state in the sidebar, with no one asking the handbook to look
 * again. */
static void
test_state_after_write (Checkout *checkout, gconstpointer data)
{
  LadderWindow    *window;
  LadderDocument  *document;
  const char      *capture = "content/job-description-library/sales/capture.md";
  g_autofree char *full = checkout_path (checkout, capture);
  g_autoptr (GFile) file = g_file_new_for_path (full);
  StateIs  wanted = { NULL, capture, LADDER_GIT_STATE_UNCHANGED };
  gboolean done = FALSE;

  if (checkout_skipped (checkout))
    return;

  window = open_checkout (checkout->root);
  wanted.workspace = ladder_window_get_workspace (window);
  g_assert_true (state_is (&wanted));

  choose (window, capture);
  g_assert_true (wait_for_family (checkout, capture) == window);
  document = ladder_window_get_document (window);
  {
    g_autoptr (LadderRole) role = g_list_model_get_item (
        ladder_family_get_roles (ladder_document_get_family (document)), 0);

    ladder_role_set_job_grade (role, 11);
  }
  ladder_document_export_async (document, file, NULL, on_exported, &done);
  g_assert_true (wait_until (is_true, &done));

  wanted.state = LADDER_GIT_STATE_MODIFIED;
  g_assert_true (wait_until (state_is, &wanted));

  ladder_document_discard_draft (document);
  close_all_windows ();
}

static gboolean
dialog_shown (gpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      {
        g_list_free (l);
        return TRUE;
      }

  return FALSE;
}

static GtkWidget *
find_dialog_of_type (GType type)
{
  GtkWidget *found = NULL;
  GList     *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      found = l->data;
  g_list_free (toplevels);

  g_assert_nonnull (found);
  return found;
}

static gboolean
path_known (gpointer data)
{
  g_autofree char *path = ladder_new_family_dialog_dup_path (data);

  return path != NULL;
}

static gboolean
new_family_refused (gpointer data)
{
  return ladder_new_family_dialog_get_error (data) != NULL;
}

/* A new family from the template, where the handbook keeps them, in the
 * wording chosen, which the handbook remembers; a page there already is
 * never written over. */
static void
test_new_family (Checkout *checkout, gconstpointer data)
{
  LadderWindow          *window;
  LadderNewFamilyDialog *dialog;
  const char            *made = "content/job-description-library/finance/payroll-specialist.md";
  g_autofree char       *text = NULL;
  g_autofree char       *tax_before = NULL;
  g_autofree char       *path = NULL;

  if (checkout_skipped (checkout))
    return;

  window = open_checkout (checkout->root);
  g_assert_cmpint (ladder_workspace_get_template_wording (ladder_window_get_workspace (window)), ==,
                   LADDER_TEMPLATE_JOB_LEVEL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-family", NULL);
  g_assert_true (wait_until (dialog_shown, GSIZE_TO_POINTER (LADDER_TYPE_NEW_FAMILY_DIALOG)));
  dialog = LADDER_NEW_FAMILY_DIALOG (find_dialog_of_type (LADDER_TYPE_NEW_FAMILY_DIALOG));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  /* A page there already: refused, said, and nothing written. */
  tax_before = ladder_test_read (checkout->root, "content/job-description-library/finance/tax.md");
  ladder_new_family_dialog_set_values (dialog, "finance", "Tax", LADDER_TEMPLATE_JOB_LEVEL);
  g_assert_true (wait_until (path_known, dialog));
  path = ladder_new_family_dialog_dup_path (dialog);
  g_assert_cmpstr (path, ==, "content/job-description-library/finance/tax.md");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-family.create", NULL);
  g_assert_true (wait_until (new_family_refused, dialog));
  g_assert_nonnull (strstr (ladder_new_family_dialog_get_error (dialog), "exists"));
  g_assert_true (dialog_shown (GSIZE_TO_POINTER (LADDER_TYPE_NEW_FAMILY_DIALOG)));
  {
    g_autofree char *tax_after
        = ladder_test_read (checkout->root, "content/job-description-library/finance/tax.md");

    g_assert_cmpstr (tax_after, ==, tax_before);
  }

  /* A new one, in the older wording. */
  ladder_new_family_dialog_set_values (dialog, "finance", "Payroll Specialist",
                                       LADDER_TEMPLATE_JOB_GRADE);
  g_free (path);
  path = ladder_new_family_dialog_dup_path (dialog);
  g_assert_cmpstr (path, ==, made);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-family.create", NULL);

  g_assert_true (wait_for_family (checkout, made) == window);
  text = ladder_test_read (checkout->root, made);
  g_assert_nonnull (strstr (text, "Job Grade"));
  g_assert_null (strstr (text, "Job Level"));
  g_assert_nonnull (strstr (text, "Ability to use GitLab"));
  g_assert_false (dialog_shown (GSIZE_TO_POINTER (LADDER_TYPE_NEW_FAMILY_DIALOG)));

  /* Remembered for this handbook. */
  g_assert_cmpint (ladder_workspace_get_template_wording (ladder_window_get_workspace (window)), ==,
                   LADDER_TEMPLATE_JOB_GRADE);
  close_all_windows ();
  spin (200);
  {
    g_autoptr (LadderWorkspace) again = index_checkout (checkout);

    g_assert_cmpint (ladder_workspace_get_template_wording (again), ==, LADDER_TEMPLATE_JOB_GRADE);
    g_assert_nonnull (find (again, made));
  }
}

static gboolean
commit_ready (gpointer data)
{
  return ladder_commit_dialog_get_ready (data);
}

static gboolean
commit_ended (gpointer data)
{
  return ladder_commit_dialog_get_commit (data) != NULL
         || ladder_commit_dialog_get_error (data) != NULL;
}

/* A family folder whose level was deleted and saved (its page gone, the
 * others changed): the commit removes the page too. It kept it, beside
 * the pages renumbered. */
static void
test_commit_removed_level (Checkout *checkout, gconstpointer data)
{
  const char         *folder = "content/job-description-library/making/widgets";
  const char         *index = "content/job-description-library/making/widgets/_index.md";
  const char         *junior = "content/job-description-library/making/widgets/junior.md";
  LadderWindow       *window;
  LadderCommitDialog *dialog;
  StateIs             wanted = { NULL, folder, LADDER_GIT_STATE_MODIFIED };
  g_autofree char    *edited = g_strconcat (folder_index, "\nOne more line.\n", NULL);

  if (checkout_skipped (checkout))
    return;

  ladder_test_write (checkout->root, index, edited, -1);
  {
    g_autofree char *path = checkout_path (checkout, junior);

    g_assert_cmpint (g_remove (path), ==, 0);
  }

  window = open_checkout (checkout->root);
  wanted.workspace = ladder_window_get_workspace (window);
  g_assert_true (wait_until (state_is, &wanted));

  gtk_widget_activate_action (GTK_WIDGET (sidebar_of (window)), "workspace.commit", NULL);
  g_assert_true (wait_until (dialog_shown, GSIZE_TO_POINTER (LADDER_TYPE_COMMIT_DIALOG)));
  dialog = LADDER_COMMIT_DIALOG (find_dialog_of_type (LADDER_TYPE_COMMIT_DIALOG));
  g_assert_true (wait_until (commit_ready, dialog));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_commit_dialog_get_pages (dialog)), ==, 1);
  ladder_commit_dialog_set_values (dialog, "ladder/widgets", "Widgets: one level less");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL);
  g_assert_true (wait_until (commit_ended, dialog));
  g_assert_null (ladder_commit_dialog_get_error (dialog));

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GgitObject) tip
        = ggit_repository_revparse (checkout->repository, "ladder/widgets", &error);
    g_autoptr (GgitTree) tree = NULL;
    g_autoptr (GgitTreeEntry) gone = NULL;
    g_autoptr (GgitTreeEntry) kept = NULL;

    g_assert_no_error (error);
    tree = ggit_commit_get_tree (GGIT_COMMIT (tip));
    gone = ggit_tree_get_by_path (tree, junior, &error);
    g_assert_null (gone);
    g_clear_error (&error);
    kept = ggit_tree_get_by_path (tree, index, &error);
    g_assert_no_error (error);
    g_assert_nonnull (kept);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (50);
  close_all_windows ();
}

/* The changed pages, committed to a new branch; the current branch, the
 * index and the working tree as they were; what git refuses, said in the
 * dialog. */
static void
test_commit (Checkout *checkout, gconstpointer data)
{
  LadderWindow       *window;
  LadderCommitDialog *dialog;
  const char         *tax = "content/job-description-library/finance/tax.md";
  const char         *capture = "content/job-description-library/sales/capture.md";
  g_autofree char    *head_before = NULL;
  g_autofree char    *edited = NULL;
  StateIs             wanted = { NULL, capture, LADDER_GIT_STATE_MODIFIED };
  guint               capture_at = G_MAXUINT;

  if (checkout_skipped (checkout))
    return;

  {
    g_autofree char *text = corpus_text ("finance__tax.md");
    g_autofree char *other = corpus_text ("sales__capture.md");

    edited = g_strconcat (other, "\nOne more line.\n", NULL);
    ladder_test_write (checkout->root, capture, edited, -1);
    ladder_test_write (checkout->root, tax, folder_junior, -1);
    (void) text;
  }
  head_before = ladder_test_git_head (checkout->repository);

  window = open_checkout (checkout->root);
  wanted.workspace = ladder_window_get_workspace (window);
  g_assert_true (wait_until (state_is, &wanted));

  gtk_widget_activate_action (GTK_WIDGET (sidebar_of (window)), "workspace.commit", NULL);
  g_assert_true (wait_until (dialog_shown, GSIZE_TO_POINTER (LADDER_TYPE_COMMIT_DIALOG)));
  dialog = LADDER_COMMIT_DIALOG (find_dialog_of_type (LADDER_TYPE_COMMIT_DIALOG));
  g_assert_true (wait_until (commit_ready, dialog));

  /* The two changed pages are offered; only one is taken. */
  g_assert_cmpuint (g_list_model_get_n_items (ladder_commit_dialog_get_pages (dialog)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (LadderWorkspaceEntry) entry
          = g_list_model_get_item (ladder_commit_dialog_get_pages (dialog), i);

      if (g_str_equal (ladder_workspace_entry_get_path (entry), capture))
        capture_at = i;
    }
  g_assert_cmpuint (capture_at, !=, G_MAXUINT);
  ladder_commit_dialog_set_included (dialog, 1 - capture_at, FALSE);
  ladder_commit_dialog_set_values (dialog, "ladder/capture", "Capture: one more line");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL);
  g_assert_true (wait_until (commit_ended, dialog));
  g_assert_null (ladder_commit_dialog_get_error (dialog));

  /* On the new branch, exactly that page changed. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GgitObject) tip
        = ggit_repository_revparse (checkout->repository, "ladder/capture", &error);
    g_autoptr (GgitTree) tree = NULL;
    g_autoptr (GgitTreeEntry) entry = NULL;
    g_autoptr (GgitOId) blob_id = NULL;
    g_autoptr (GgitBlob) blob = NULL;
    g_autoptr (GgitObject) parent = NULL;
    g_autofree char *parent_id = NULL;
    gsize            length = 0;
    const guchar    *content;

    g_assert_no_error (error);
    tree = ggit_commit_get_tree (GGIT_COMMIT (tip));
    entry = ggit_tree_get_by_path (tree, capture, &error);
    g_assert_no_error (error);
    blob_id = ggit_tree_entry_get_id (entry);
    blob = ggit_repository_lookup_blob (checkout->repository, blob_id, &error);
    g_assert_no_error (error);
    content = ggit_blob_get_raw_content (blob, &length);
    g_assert_cmpmem (content, length, edited, strlen (edited));
    g_assert_cmpstr (ggit_commit_get_message (GGIT_COMMIT (tip)), ==, "Capture: one more line\n");

    parent = ggit_repository_revparse (checkout->repository, "ladder/capture~1", &error);
    g_assert_no_error (error);
    {
      g_autoptr (GgitOId) id = ggit_object_get_id (parent);

      parent_id = ggit_oid_to_string (id);
    }
    g_assert_cmpstr (parent_id, ==, head_before);

    /* The page left out is at HEAD's version there. */
    {
      g_autoptr (GgitTreeEntry) left = ggit_tree_get_by_path (tree, tax, &error);
      g_autoptr (GgitOId) left_id = NULL;
      g_autoptr (GgitBlob) left_blob = NULL;
      g_autofree char *original = corpus_text ("finance__tax.md");

      g_assert_no_error (error);
      left_id = ggit_tree_entry_get_id (left);
      left_blob = ggit_repository_lookup_blob (checkout->repository, left_id, &error);
      g_assert_no_error (error);
      content = ggit_blob_get_raw_content (left_blob, &length);
      g_assert_cmpmem (content, length, original, strlen (original));
    }
  }
  {
    g_autofree char *head_after = ladder_test_git_head (checkout->repository);
    g_autofree char *on_disk = ladder_test_read (checkout->root, capture);

    g_assert_cmpstr (head_after, ==, head_before);
    g_assert_cmpstr (on_disk, ==, edited);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (50);

  /* The same branch again: refused, in words, in the dialog. */
  gtk_widget_activate_action (GTK_WIDGET (sidebar_of (window)), "workspace.commit", NULL);
  g_assert_true (wait_until (dialog_shown, GSIZE_TO_POINTER (LADDER_TYPE_COMMIT_DIALOG)));
  dialog = LADDER_COMMIT_DIALOG (find_dialog_of_type (LADDER_TYPE_COMMIT_DIALOG));
  g_assert_true (wait_until (commit_ready, dialog));
  ladder_commit_dialog_set_values (dialog, "ladder/capture", "Again");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL);
  g_assert_true (wait_until (commit_ended, dialog));
  g_assert_nonnull (strstr (ladder_commit_dialog_get_error (dialog), "already exists"));
  g_assert_null (ladder_commit_dialog_get_commit (dialog));

  /* Staged changes to another file: refused while they are there. */
  {
    const char *note[] = { "notes/page-000.md", NULL };

    ladder_test_write (checkout->root, note[0], "# A note, edited\n", -1);
    ladder_test_git_stage (checkout->repository, note);
  }
  ladder_commit_dialog_set_values (dialog, "ladder/second", "Second");
  g_assert_null (ladder_commit_dialog_get_error (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL);
  g_assert_true (wait_until (commit_ended, dialog));
  g_assert_nonnull (strstr (ladder_commit_dialog_get_error (dialog), "staged"));
  g_assert_null (ladder_commit_dialog_get_commit (dialog));

  close_all_windows ();
}

/* A folder that is not a git checkout: everything but git. */
static void
test_without_git (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-window-plain-XXXXXX", NULL);
  LadderWindow    *window;
  AdwWindowTitle  *title;

  ladder_test_write (root, "content/job-families/making/widgets.md", folder_junior, -1);
  window = open_checkout (root);

  g_assert_nonnull (
      find (ladder_window_get_workspace (window), "content/job-families/making/widgets.md"));
  title = ADW_WINDOW_TITLE (
      find_descendant (GTK_WIDGET (sidebar_of (window)), ADW_TYPE_WINDOW_TITLE));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Not a git checkout");
  gtk_widget_activate_action (GTK_WIDGET (sidebar_of (window)), "workspace.commit", NULL);
  spin (50);
  g_assert_false (dialog_shown (GSIZE_TO_POINTER (LADDER_TYPE_COMMIT_DIALOG)));

  close_all_windows ();
  ladder_test_remove_tree (root);
}

/* The sidebar's stack: the one with a page in place of the list. */
static GtkStack *
find_sidebar_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "empty") != NULL)
    return GTK_STACK (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_sidebar_stack (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
status_title (LadderWindow *window)
{
  GtkStack  *stack = find_sidebar_stack (GTK_WIDGET (sidebar_of (window)));
  GtkWidget *shown;

  g_assert_nonnull (stack);
  shown = gtk_stack_get_visible_child (stack);
  if (!ADW_IS_STATUS_PAGE (shown))
    return NULL;

  return adw_status_page_get_title (ADW_STATUS_PAGE (shown));
}

/* A folder with no family, and one that cannot be read: the sidebar says
 * which. */
static void
test_empty_and_missing (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-window-empty-XXXXXX", NULL);
  LadderWindow    *window;

  ladder_test_write (root, "notes/a.md", "# Notes\n", -1);
  window = open_checkout (root);
  g_assert_cmpstr (status_title (window), ==, "No Job Families Found");
  close_all_windows ();

  window = open_checkout ("/nonexistent/ladder/handbook");
  g_assert_cmpstr (status_title (window), ==, "The Folder Could Not Be Read");
  close_all_windows ();

  ladder_test_remove_tree (root);
}

static gboolean
has_workspace_window (gpointer data)
{
  GFile *folder = data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LADDER_IS_WINDOW (l->data) && ladder_window_get_workspace (l->data) != NULL
        && g_file_equal (ladder_workspace_get_root (ladder_window_get_workspace (l->data)), folder))
      return TRUE;

  return FALSE;
}

/* `ladder DIR` opens the folder as a handbook, and it is remembered. */
static void
test_command_line (Checkout *checkout, gconstpointer data)
{
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *remembered = NULL;

  if (checkout_skipped (checkout))
    return;

  folder = g_file_new_for_path (checkout->root);
  g_application_open (G_APPLICATION (app), &folder, 1, "");
  g_assert_true (wait_until (has_workspace_window, folder));

  settings = g_settings_new (APPLICATION_ID);
  remembered = g_settings_get_string (settings, "last-workspace");
  g_assert_cmpstr (remembered, ==, checkout->root);

  close_all_windows ();
}

static gboolean
has_folder_document_window (gpointer data)
{
  GFile *folder = data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      LadderDocument *document
          = LADDER_IS_WINDOW (l->data) ? ladder_window_get_document (l->data) : NULL;

      if (document != NULL && ladder_document_get_kind (document) == LADDER_DOCUMENT_FOLDER
          && ladder_document_get_file (document) != NULL
          && g_file_equal (ladder_document_get_file (document), folder))
        return TRUE;
    }

  return FALSE;
}

/* `ladder FAMILYDIR`, a family kept as a folder: it opens as one family,
 * as its `_index.md` does. It opened as a handbook, each level page a
 * family of one role. */
static void
test_command_line_family_folder (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-test-family-folder-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (root, "widget-maker", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (path);

  ladder_test_write (path, "_index.md", "---\ntitle: \"Widget Maker\"\n---\n\nWidgets.\n", -1);
  for (guint k = 0; k < 2; k++)
    {
      g_autofree char *name = g_strdup_printf ("level-%u.md", k);
      g_autofree char *page = g_strdup_printf (
          "---\ntitle: \"Widget Maker %u\"\nweight: %u\n---\n\n"
          "The Widget Maker %u reports to the Widget Manager.\n\n"
          "## Job Grade\n\nThe Widget Maker %u is a grade %u.\n\n"
          "## Responsibilities\n\n- Make widgets\n\n## Requirements\n\n- Ability to use GitLab\n",
          k, (k + 1) * 10, k, k, k + 5);

      ladder_test_write (path, name, page, -1);
    }

  g_application_open (G_APPLICATION (app), &folder, 1, "");
  g_assert_true (wait_until (has_folder_document_window, folder));
  g_assert_false (has_workspace_window (folder));

  close_all_windows ();
  ladder_test_remove_tree (root);
}

int
main (int argc, char *argv[])
{
  ladder_test_isolate_home ("ladder-test-window-workspace-XXXXXX");
  /* GTK's own accessibility backend for tests, which keeps what each
   * widget says to a screen reader for gtk_test_accessible_*(). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);
  corpus_dir = g_getenv ("LADDER_CORPUS_DIR");

  app = start_window_test (g_getenv ("HOME"), G_APPLICATION_HANDLES_OPEN);
  if (app == NULL)
    return skip_without_display ();

#define ADD(name, func)                                                                            \
  g_test_add ("/window-workspace/" name, Checkout, NULL, checkout_set_up, func, checkout_tear_down)

  ADD ("list", test_list);
  ADD ("row", test_row);
  ADD ("open-family", test_open_family);
  ADD ("current-family", test_current_family);
  ADD ("department-names", test_department_names);
  ADD ("search", test_search);
  ADD ("state-after-write", test_state_after_write);
  ADD ("new-family", test_new_family);
  ADD ("commit", test_commit);
  ADD ("commit-removed-level", test_commit_removed_level);
  ADD ("command-line", test_command_line);
  g_test_add_func ("/window-workspace/command-line-family-folder", test_command_line_family_folder);
  g_test_add_func ("/window-workspace/without-git", test_without_git);
  g_test_add_func ("/window-workspace/empty-and-missing", test_empty_and_missing);

  return g_test_run ();
}
