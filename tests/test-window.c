/* test-window.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The editor window, driven through its widgets and actions as a person
 * would drive it: editing a field changes the model and the preview, the
 * model changing updates the widgets, roles and bullets are added,
 * duplicated, deleted and reordered, each undoes and redoes, saving writes
 * the file, and closing with unsaved changes asks first. Looking at a real
 * page's roles changes nothing, and an idle window does no work. Needs a
 * display (Xvfb in CI); exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <gtksourceview/gtksource.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-entry-row.h"
#include "ladder-family-editor.h"
#include "ladder-link-popover.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-preview.h"
#include "ladder-role-editor.h"
#include "ladder-role-row.h"
#include "ladder-test-skip.h"
#include "ladder-test-window.h"
#include "ladder-text-binding.h"
#include "ladder-window.h"

static LadderApplication *app;

static char *
example_copy (void)
{
  g_autofree char *source = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);

  return copy_to_temp (source, "pmm.jobfamily.json");
}

static void
wait_until_loaded (LadderWindow *window, GFile *file)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!document_is (window, file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (document_is (window, file));
}

static LadderWindow *
open_path (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));

  wait_until_loaded (window, file);
  spin (50);
  return window;
}

static LadderWindow *
open_example (char **path_out)
{
  g_autofree char *path = example_copy ();
  LadderWindow    *window = open_path (path);

  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);

  return window;
}

/* A real handbook page with eight roles (tests/data/README.md), imported:
 * @original_out gets its bytes. */
static LadderWindow *
open_real_page (char **original_out)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autofree char *path = copy_to_temp (source, "partner-program-manager.md");

  g_assert_true (g_file_get_contents (path, original_out, NULL, NULL));
  return open_path (path);
}

static gboolean
row_titled (GtkWidget *widget, gconstpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static void
test_edit_field_changes_model_and_preview (void)
{
  LadderWindow    *window = open_example (NULL);
  LadderPreview   *preview;
  GtkWidget       *title_row;
  g_autofree char *markdown = NULL;

  ladder_window_select_role (window, 1);
  spin (50);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 1));

  title_row = find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW, row_titled,
                           "_Title");
  g_assert_nonnull (title_row);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Director, Product Marketing Strategy");

  g_assert_cmpstr (ladder_role_get_title (role_at (window, 1)), ==,
                   "Director, Product Marketing Strategy");
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));

  /* The preview follows shortly after, without being asked. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
  preview = LADDER_PREVIEW (find_widget (GTK_WIDGET (window), LADDER_TYPE_PREVIEW, NULL, NULL));
  g_assert_nonnull (preview);
  gtk_editable_set_text (GTK_EDITABLE (title_row),
                         "Director, Product Marketing Strategy and Insight");

  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    do
      {
        g_free (markdown);
        spin (50);
        markdown = ladder_preview_dup_markdown (preview);
      }
    while (strstr (markdown, "\n### Director, Product Marketing Strategy and Insight\n") == NULL
           && g_get_monotonic_time () < deadline);
  }
  g_assert_nonnull (strstr (markdown, "\n### Director, Product Marketing Strategy and Insight\n"));

  close_without_saving (window);
}

static void
test_model_change_updates_widgets (void)
{
  LadderWindow  *window = open_example (NULL);
  GtkSpinButton *grade;
  GtkEditable   *title_row;

  ladder_window_select_role (window, 0);
  spin (50);
  grade = GTK_SPIN_BUTTON (
      find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_SPIN_BUTTON, NULL, NULL));
  title_row = GTK_EDITABLE (
      find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW, row_titled, "_Title"));

  g_assert_cmpint (gtk_spin_button_get_value_as_int (grade), ==, 9);
  ladder_role_set_job_grade (role_at (window, 0), 12);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (grade), ==, 12);
  /* No grade is the grade's lowest choice, and says so. */
  ladder_role_set_job_grade (role_at (window, 0), LADDER_GRADE_NONE);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (grade), ==, -1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (grade)), ==, "No grade");

  ladder_role_set_title (role_at (window, 0), "Principal Product Marketing Manager");
  g_assert_cmpstr (gtk_editable_get_text (title_row), ==, "Principal Product Marketing Manager");

  /* A link is only taken if it is safe to publish. */
  {
    GtkEditable *link = GTK_EDITABLE (find_widget (
        GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW, row_titled, "Manager’s _link"));

    g_assert_nonnull (link);
    gtk_editable_set_text (link, "javascript:alert(1)");
    g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (window, 0)), ==, "");
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (link), "error"));
    gtk_editable_set_text (link, "/job-families/marketing/director/");
    g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (window, 0)), ==,
                     "/job-families/marketing/director/");
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (link), "error"));
  }

  /* And through the widgets back into the model. */
  gtk_spin_button_set_value (grade, 8);
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, 0)), ==, 8);
  gtk_spin_button_set_value (grade, -1);
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, 0)), ==, LADDER_GRADE_NONE);

  /* Typed: a number, nothing, or the words for none; other text (letters
   * meant for a bullet) leaves the grade as it was, and shows it again. */
  {
    static const struct
    {
      const char *typed;
      int         grade;
    } typings[] = {
      { "7", 7 },
      { " 10 ", 10 },
      { "Experience with partner programs", 10 },
      { "7a", 10 },
      { "", LADDER_GRADE_NONE },
      { "6", 6 },
      { "no GRADE", LADDER_GRADE_NONE },
      { "x", LADDER_GRADE_NONE },
    };

    for (guint i = 0; i < G_N_ELEMENTS (typings); i++)
      {
        gtk_editable_set_text (GTK_EDITABLE (grade), typings[i].typed);
        gtk_spin_button_update (grade);
        g_assert_cmpint (ladder_role_get_job_grade (role_at (window, 0)), ==, typings[i].grade);
      }
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (grade)), ==, "No grade");
  }

  close_without_saving (window);
}

static void
test_roles (void)
{
  LadderWindow    *window = open_example (NULL);
  g_autofree char *original = page_of (window);
  GListModel      *roles = ladder_family_get_roles (family_of (window));
  LadderRole      *added;

  ladder_window_select_role (window, 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-role", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 2)), ==, "Director, Product Marketing");
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 2));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-role", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 5);
  /* A new role's title is the page's words, not the program's: empty
   * until it is typed. */
  added = role_at (window, 3);
  g_assert_cmpstr (ladder_role_get_title (added), ==, "");
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == added);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-role-up", NULL);
  g_assert_true (role_at (window, 2) == added);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-role-down", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-role-down", NULL);
  g_assert_true (role_at (window, 4) == added);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-role", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);

  /* Six steps (duplicate, add, three moves, delete) undo, back to the page
   * as it was, and redo. */
  for (guint i = 0; i < 6; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (ladder_history_get_can_undo (
      ladder_document_get_history (ladder_window_get_document (window))));

  {
    g_autofree char *undone = page_of (window);

    g_assert_true (g_str_equal (undone, original));
  }

  for (guint i = 0; i < 6; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 2)), ==, "Director, Product Marketing");

  close_without_saving (window);
}

/* An undo (or a redo) that takes away the role the form shows: the form
 * shows the role before it, the one it was copied from or added after,
 * and the sidebar selects it. It showed the family instead, with nothing
 * selected (found by using the window: Duplicate Role, Ctrl+Z). An undo
 * of a move keeps the role moved shown. */
static void
test_undo_takes_away_the_shown_role (void)
{
  LadderWindow *window = open_example (NULL);
  GListModel   *roles = ladder_family_get_roles (family_of (window));
  LadderRole   *original;
  LadderRole   *shown;
  GtkEditable  *title_row;

  ladder_window_select_role (window, 1);
  original = role_at (window, 1);

  /* The copy is shown, then undone: the form goes back to the role it was
   * copied from, the one before it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-role", NULL);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 2));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 3);
  shown = ladder_role_editor_get_role (role_editor (window));
  g_assert_true (shown == original);

  /* What is typed into the form is in the document. */
  spin (50);
  title_row = GTK_EDITABLE (
      find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW, row_titled, "_Title"));
  gtk_editable_set_text (title_row, "Director, Product Marketing and Typing");
  g_assert_cmpstr (ladder_role_get_title (original), ==, "Director, Product Marketing and Typing");
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);

  /* A role added, undone. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-role", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  shown = ladder_role_editor_get_role (role_editor (window));
  g_assert_nonnull (shown);
  g_assert_true (g_list_store_find (G_LIST_STORE (roles), shown, NULL));

  /* A move undone: the role moved stays shown. */
  ladder_window_select_role (window, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-role-down", NULL);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 2));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 1));

  /* A deletion redone takes the role away again. */
  ladder_window_select_role (window, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-role", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ladder_window_select_role (window, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  shown = ladder_role_editor_get_role (role_editor (window));
  g_assert_true (shown == NULL || g_list_store_find (G_LIST_STORE (roles), shown, NULL));

  close_without_saving (window);
}

static void
test_bullets (void)
{
  LadderWindow       *window = open_example (NULL);
  g_autofree char    *original = page_of (window);
  LadderBulletEditor *requirements;
  GListModel         *bullets;
  GtkWidget          *entry;
  g_autoptr (LadderBullet) first = NULL;

  ladder_window_select_role (window, 0);
  spin (50);
  requirements = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  g_assert_nonnull (requirements);
  bullets = ladder_role_get_requirements (role_at (window, 0));
  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 11);

  /* Add a bullet and type into it. */
  gtk_widget_activate_action (GTK_WIDGET (requirements), "bullets.add", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 12);
  entry = ladder_bullet_editor_get_entry (requirements, 11);
  g_assert_nonnull (entry);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry)), "Fluent in Markdown",
                            -1);

  {
    g_autoptr (LadderBullet) added = g_list_model_get_item (bullets, 11);

    g_assert_cmpstr (ladder_bullet_get_text (added), ==, "Fluent in Markdown");
  }

  /* Reorder with the keyboard's actions. */
  first = g_list_model_get_item (bullets, 0);
  gtk_widget_activate_action (GTK_WIDGET (requirements), "bullets.move-down", "u", 0);
  {
    g_autoptr (LadderBullet) second = g_list_model_get_item (bullets, 1);

    g_assert_true (second == first);
  }

  /* Edit an existing bullet through its text view. */
  entry = ladder_bullet_editor_get_entry (requirements, 3);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry)), "Edited requirement",
                            -1);

  /* Remove it with its button. */
  {
    GtkWidget *row = gtk_widget_get_ancestor (entry, GTK_TYPE_LIST_BOX_ROW);
    GtkWidget *remove = find_widget (row, GTK_TYPE_BUTTON, NULL, NULL);

    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 11);
  }

  while (ladder_history_get_can_undo (
      ladder_document_get_history (ladder_window_get_document (window))))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);

  {
    g_autofree char *undone = page_of (window);

    g_assert_true (g_str_equal (undone, original));
  }

  close_without_saving (window);
}

static void
on_saved_notify (LadderDocument *document, GParamSpec *pspec, gboolean *saved)
{
  *saved = !ladder_document_get_modified (document);
}

static void
test_save_writes_file (void)
{
  g_autofree char *path = NULL;
  LadderWindow    *window = open_example (&path);
  g_autofree char *contents = NULL;
  gboolean         saved = FALSE;
  gint64           deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  ladder_role_set_job_grade (role_at (window, 2), 12);
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));
  g_signal_connect (ladder_window_get_document (window), "notify::modified",
                    G_CALLBACK (on_saved_notify), &saved);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (!saved && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (saved);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"job_grade\" : 12"));

  g_signal_handlers_disconnect_by_data (ladder_window_get_document (window), &saved);
  close_without_saving (window);
}

static void
test_unsaved_changes_guard (void)
{
  LadderWindow     *window = open_example (NULL);
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  ladder_family_set_intro (family_of (window), "A new introduction.");
  gtk_window_close (GTK_WINDOW (window));
  spin (50);
  g_assert_nonnull (window);

  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));

  /* Cancel keeps the window and the changes. */
  /* As a click on its button: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  spin (50);
  g_assert_null (find_dialog ());
  g_assert_nonnull (window);
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));

  gtk_window_close (GTK_WINDOW (window));
  spin (50);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_close (GTK_WINDOW (dialog));

  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (window != NULL && g_get_monotonic_time () < deadline)
      spin (20);
  }
  g_assert_null (window);
}

static void
wait_for_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (find_dialog () == NULL && g_get_monotonic_time () < deadline)
    spin (20);
}

/* Another program changed the file: saving asks, and only "Save Over"
 * writes over it. */
static void
test_conflict (void)
{
  g_autofree char  *path = NULL;
  LadderWindow     *window = open_example (&path);
  g_autofree char  *contents = NULL;
  AdwMessageDialog *dialog;
  gboolean          saved = FALSE;
  gint64            deadline;

  /* Told apart by content, not by modification time: no need to wait for
   * the clock to tick. */
  g_assert_true (g_file_set_contents (path, "{ \"changed\" : \"elsewhere\" }\n", -1, NULL));
  ladder_role_set_job_grade (role_at (window, 0), 14);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_for_dialog ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ \"changed\" : \"elsewhere\" }\n");

  g_signal_connect (ladder_window_get_document (window), "notify::modified",
                    G_CALLBACK (on_saved_notify), &saved);
  adw_message_dialog_response (dialog, "overwrite");
  gtk_window_close (GTK_WINDOW (dialog));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!saved && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_true (saved);

  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"job_grade\" : 14"));

  g_signal_handlers_disconnect_by_data (ladder_window_get_document (window), &saved);
  close_without_saving (window);
}

/* The sidebar's list of roles. */
static GtkWidget *
role_list (LadderWindow *window)
{
  return GTK_WIDGET (sidebar_list (window));
}

/* The role whose row the sidebar selects, or NULL. */
static LadderRole *
selected_in_sidebar (LadderWindow *window)
{
  return sidebar_selected_role (window);
}

/* As a click on the role's row in the sidebar, or the Down key onto it
 * (the filter shows it). */
static void
pick_role (LadderWindow *window, guint position)
{
  sidebar_pick_role (window, position);
  spin (50);
}

static LadderHistory *
history_of (LadderWindow *window)
{
  return ladder_document_get_history (ladder_window_get_document (window));
}

/* Compares two pages line by line, to name the first line that differs. */
static void
assert_same_page (const char *page, const char *expected)
{
  g_auto (GStrv) lines = g_strsplit (page, "\n", -1);
  g_auto (GStrv) expected_lines = g_strsplit (expected, "\n", -1);
  guint i;

  for (i = 0; lines[i] != NULL && expected_lines[i] != NULL; i++)
    {
      if (!g_str_equal (lines[i], expected_lines[i]))
        g_test_message ("line %u differs", i + 1);
      g_assert_cmpstr (lines[i], ==, expected_lines[i]);
    }

  g_assert_cmpstr (lines[i], ==, expected_lines[i]);
}

static void
assert_page_unchanged (LadderWindow *window, const char *original)
{
  g_autofree char *page = page_of (window);

  assert_same_page (page, original);
  g_assert_false (ladder_document_get_modified (ladder_window_get_document (window)));
  g_assert_false (ladder_history_get_can_undo (history_of (window)));
}

/* Looking is not editing: showing each role of a real page in turn, and
 * the family's page between them, leaves the document as it was read. */
static void
test_selecting_roles_changes_nothing (void)
{
  g_autofree char *original = NULL;
  LadderWindow    *window = open_real_page (&original);
  guint n_roles = g_list_model_get_n_items (ladder_family_get_roles (family_of (window)));

  g_assert_cmpuint (n_roles, ==, 8);
  assert_page_unchanged (window, original);

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n_roles; i++)
        {
          pick_role (window, i);
          g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, i));
        }

      /* The family's own row, above the roles. */
      g_signal_emit_by_name (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW, NULL, NULL),
                             "activate");
      spin (50);
    }

  assert_page_unchanged (window, original);
  close_without_saving (window);
}

/* The manager's role is completed from the other roles' titles only when
 * a suggestion is picked: showing a role whose manager's title begins
 * another role's title, or typing the beginning of one, keeps what is
 * there. */
static void
test_completion_only_suggests (void)
{
  g_autofree char *original = NULL;
  LadderWindow    *window = open_real_page (&original);
  GtkEditable     *reports_to;

  pick_role (window, 0);
  spin (500);
  g_assert_cmpstr (ladder_role_get_reports_to (role_at (window, 0)), ==,
                   "Senior Director, Partner Programs");
  assert_page_unchanged (window, original);

  reports_to = GTK_EDITABLE (find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW,
                                          row_titled, "Reports _to"));
  g_assert_cmpstr (gtk_editable_get_text (reports_to), ==, "Senior Director, Partner Programs");
  gtk_widget_grab_focus (GTK_WIDGET (reports_to));
  gtk_editable_set_text (reports_to, "Senior Dir");
  spin (500);
  g_assert_cmpstr (ladder_role_get_reports_to (role_at (window, 0)), ==, "Senior Dir");
  g_assert_cmpstr (gtk_editable_get_text (reports_to), ==, "Senior Dir");

  close_without_saving (window);
}

/* Without a manager's name the page says nothing of the manager: the
 * link field is shown unavailable, and available again with a name. */
static void
test_link_needs_a_manager (void)
{
  g_autofree char *original = NULL;
  LadderWindow    *window = open_real_page (&original);
  GtkEditable     *reports_to;
  GtkWidget       *link;

  pick_role (window, 0);
  spin (200);
  reports_to = GTK_EDITABLE (find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW,
                                          row_titled, "Reports _to"));
  link = find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW, row_titled,
                      "Manager’s _link");
  g_assert_nonnull (link);
  g_assert_true (gtk_widget_get_sensitive (link));

  gtk_editable_set_text (reports_to, "");
  spin (50);
  g_assert_false (gtk_widget_get_sensitive (link));
  pick_role (window, 1);
  pick_role (window, 0);
  g_assert_false (gtk_widget_get_sensitive (link));

  gtk_editable_set_text (reports_to, "Director, Partner Programs");
  spin (50);
  g_assert_true (gtk_widget_get_sensitive (link));

  close_without_saving (window);
}

static void
collect_text_widgets (GtkWidget *root, GPtrArray *found)
{
  if ((GTK_IS_TEXT (root) && gtk_editable_get_editable (GTK_EDITABLE (root)))
      || (GTK_IS_TEXT_VIEW (root) && gtk_text_view_get_editable (GTK_TEXT_VIEW (root))))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text_widgets (child, found);
}

static char *
text_of (GtkWidget *widget)
{
  GtkTextIter start, end;

  if (GTK_IS_TEXT (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), &start, &end,
                                   FALSE);
}

/* Opens the section rows under @root: their fields are made as they are
 * first opened. */
static void
open_section_rows (GtkWidget *root)
{
  if (ADW_IS_EXPANDER_ROW (root))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (root), TRUE);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    open_section_rows (child);
}

/* Ctrl+Z in each field of @editor (its section rows opened), with nothing
 * in Ladder's history: the window's undo is disabled, so the key reaches
 * the field itself. */
static void
undo_in_every_field (LadderWindow *window, GtkWidget *editor)
{
  g_autoptr (GPtrArray) fields = g_ptr_array_new ();

  open_section_rows (editor);
  spin (50);
  collect_text_widgets (editor, fields);
  g_assert_cmpuint (fields->len, >=, 4);

  for (guint i = 0; i < fields->len; i++)
    {
      GtkWidget       *field = g_ptr_array_index (fields, i);
      g_autofree char *before = text_of (field);
      g_autofree char *after = NULL;

      gtk_widget_grab_focus (field);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
      gtk_widget_activate_action (field, "text.undo", NULL);
      spin (10);

      after = text_of (field);
      g_assert_cmpstr (after, ==, before);
    }
}

static void
test_undo_with_nothing_to_undo (void)
{
  g_autofree char *original = NULL;
  LadderWindow    *window = open_real_page (&original);

  for (guint i = 0; i < 3; i++)
    {
      pick_role (window, i);
      undo_in_every_field (window, GTK_WIDGET (role_editor (window)));
    }

  ladder_window_show_family (window);
  spin (50);
  undo_in_every_field (window,
                       find_widget (GTK_WIDGET (window), LADDER_TYPE_FAMILY_EDITOR, NULL, NULL));

  assert_page_unchanged (window, original);
  close_without_saving (window);
}

/* The Undo button of the toast on show. */
static void
click_toast_undo (LadderWindow *window)
{
  GtkWidget *button = NULL;
  gint64     deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((button = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, button_labelled, "_Undo"))
             == NULL
         && g_get_monotonic_time () < deadline)
    spin (20);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spin (50);
}

static void
delete_role (LadderWindow *window, guint position)
{
  pick_role (window, position);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-role", NULL);
  spin (50);
}

/* The toast's Undo brings back the role it names, at its place, whatever
 * was done since: another role shown, another edit made. */
static void
test_toast_undo_restores_the_deleted_role (void)
{
  g_autofree char *original = NULL;
  LadderWindow    *window = open_real_page (&original);
  GListModel      *roles = ladder_family_get_roles (family_of (window));
  g_autoptr (LadderRole) deleted = g_object_ref (role_at (window, 3));
  const char *edited_title = "Senior Manager, Partner Programs and Alliances";

  /* Deleted, then another role looked at: nothing else to undo. */
  delete_role (window, 3);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 7);
  pick_role (window, 0);
  spin (500);
  click_toast_undo (window);

  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 8);
  g_assert_true (role_at (window, 3) == deleted);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == deleted);
  {
    g_autofree char *page = page_of (window);

    assert_same_page (page, original);
  }

  /* Deleted, then another role edited: the edit stays. */
  delete_role (window, 3);
  pick_role (window, 4);
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (role_editor (window)),
                                                    LADDER_TYPE_ENTRY_ROW, row_titled, "_Title")),
                         edited_title);
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 4)), ==, edited_title);
  click_toast_undo (window);

  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 8);
  g_assert_true (role_at (window, 3) == deleted);
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 5)), ==, edited_title);
  {
    g_autofree char *page = page_of (window);
    g_auto (GStrv) lines = g_strsplit (page, "\n", -1);
    g_auto (GStrv) original_lines = g_strsplit (original, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, g_strv_length (original_lines));
    for (guint i = 0; lines[i] != NULL; i++)
      if (!g_str_equal (lines[i], original_lines[i]))
        g_assert_nonnull (strstr (lines[i], edited_title));
  }

  /* Ladder's own undo takes back the restoring, then the edit. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 7);

  close_without_saving (window);
}

static void settle (GtkWidget *window);

static gboolean
widget_has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Typing in the roles' filter with a role shown: every letter lands in the
 * filter, and the sidebar stays on show. */
static void
type_in_filter (LadderWindow *window, const char *original)
{
  AdwLeaflet *leaflet
      = ADW_LEAFLET (find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL, NULL));
  GtkWidget  *filter = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  const char *typed = "Senior Manager";

  pick_role (window, 2);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 2));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-role", NULL);
  spin (50);
  g_assert_true (widget_has_focus_within (filter));

  for (guint i = 1; i <= strlen (typed); i++)
    {
      g_autofree char *text = g_strndup (typed, i);

      gtk_editable_set_text (GTK_EDITABLE (filter), text);
      gtk_editable_set_position (GTK_EDITABLE (filter), -1);
      spin (50);
      g_assert_true (widget_has_focus_within (filter));
      g_assert_true (gtk_widget_is_ancestor (filter, adw_leaflet_get_visible_child (leaflet)));
    }

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (filter)), ==, typed);

  /* The form kept its role, hidden from the list or not, and the list
   * selects it again once its row is back. */
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 2));
  gtk_editable_set_text (GTK_EDITABLE (filter), "");
  g_assert_true (selected_in_sidebar (window) == role_at (window, 2));
  assert_page_unchanged (window, original);
}

/* In a window wide enough for the sidebar and the form side by side, and
 * in one so narrow that they show one at a time. */
static void
test_filter_keeps_focus (void)
{
  g_autofree char *original = NULL;
  LadderWindow    *window = open_real_page (&original);
  AdwLeaflet      *leaflet
      = ADW_LEAFLET (find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL, NULL));
  gint64 deadline;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  settle (GTK_WIDGET (window));
  g_assert_false (adw_leaflet_get_folded (leaflet));
  type_in_filter (window, original);

  /* Picking a role in the sidebar leaves the focus there while both show. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-role", NULL);
  gtk_widget_grab_focus (role_list (window));
  pick_role (window, 5);
  g_assert_true (widget_has_focus_within (role_list (window)));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!adw_leaflet_get_folded (leaflet) && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  type_in_filter (window, original);

  close_without_saving (window);
}

static void
count_signal (GdkFrameClock *clock, guint *count)
{
  (*count)++;
}

/* Lets the main loop run for @frames frames' worth of time and returns how
 * many frames the window's clock went through meanwhile. */
static guint
frames_during (GtkWidget *window, guint frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  guint          count = 0;
  gulong         update = g_signal_connect (clock, "update", G_CALLBACK (count_signal), &count);
  gulong         paint = g_signal_connect (clock, "after-paint", G_CALLBACK (count_signal), &count);

  spin (frames * 17);
  g_signal_handler_disconnect (clock, update);
  g_signal_handler_disconnect (clock, paint);
  return count;
}

/* Waits (up to a bound) for the window's frames to stop: long enough for
 * the scrollbars GTK shows on a scroll to fade out (half a second after).
 * The bound is generous: on a loaded machine the text views' layout, done
 * in idle steps, can take seconds; a window that never stops drawing
 * still fails. */
static void
settle (GtkWidget *window)
{
  guint quiet = 0;

  for (guint i = 0; i < 600 && quiet < 12; i++)
    quiet = frames_during (window, 3) == 0 ? quiet + 1 : 0;
}

/* Every text view of @editor is as tall as its text at its width. */
static void
assert_text_fits (GtkWidget *editor)
{
  g_autoptr (GPtrArray) fields = g_ptr_array_new ();
  guint n_checked = 0;

  collect_text_widgets (editor, fields);
  for (guint i = 0; i < fields->len; i++)
    {
      GtkTextView *view = g_ptr_array_index (fields, i);
      GtkTextIter  end;
      int          y, height;

      if (!GTK_IS_TEXT_VIEW (view) || !gtk_widget_get_mapped (GTK_WIDGET (view)))
        continue;

      gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
      gtk_text_view_get_line_yrange (view, &end, &y, &height);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=,
                       y + height + gtk_text_view_get_top_margin (view)
                           + gtk_text_view_get_bottom_margin (view));
      n_checked++;
    }

  g_assert_cmpuint (n_checked, >=, 10);
}

/* Bullets wrap onto as many lines as they need, and follow the width. */
static void
test_text_fits_its_width (void)
{
  g_autofree char *original = NULL;
  LadderWindow    *window = open_real_page (&original);
  GtkWidget       *editor;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  pick_role (window, 5);
  editor = GTK_WIDGET (role_editor (window));
  settle (GTK_WIDGET (window));
  assert_text_fits (editor);

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 800);
  settle (GTK_WIDGET (window));
  assert_text_fits (editor);

  /* A longer text takes more lines. */
  gtk_text_buffer_set_text (
      gtk_text_view_get_buffer (GTK_TEXT_VIEW (ladder_bullet_editor_get_entry (
          bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES), 0))),
      "A responsibility that goes on and on, long enough to need several lines at this "
      "width, and then some more words so that it wraps at least twice over.",
      -1);
  settle (GTK_WIDGET (window));
  assert_text_fits (editor);

  close_without_saving (window);
}

/* The sources attached to the main context that no library named (GLib
 * and GTK name theirs) or that Ladder named: Ladder's timers, which must
 * all be one-shot. */
static GPtrArray *
ladder_sources (void)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  GSource   *probe = g_idle_source_new ();
  guint      last = g_source_attach (probe, NULL);

  g_source_destroy (probe);
  g_source_unref (probe);

  for (guint id = 1; id < last; id++)
    {
      GSource    *source = g_main_context_find_source_by_id (NULL, id);
      const char *name = source != NULL ? g_source_get_name (source) : NULL;

      if (source != NULL && (name == NULL || g_str_has_prefix (name, "ladder")))
        g_ptr_array_add (found, g_strdup_printf ("%u %s", id, name != NULL ? name : "(unnamed)"));
    }

  return found;
}

static void
assert_no_ladder_sources (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  g_autoptr (GPtrArray) sources = ladder_sources ();

  /* One-shot timers (the preview's, the draft's) go once they have fired. */
  while (sources->len > 0 && g_get_monotonic_time () < deadline)
    {
      spin (100);
      g_clear_pointer (&sources, g_ptr_array_unref);
      sources = ladder_sources ();
    }

  for (guint i = 0; i < sources->len; i++)
    g_printerr ("still attached: %s\n", (char *) g_ptr_array_index (sources, i));
  g_assert_cmpuint (sources->len, ==, 0);
}

/* An idle window does nothing: once settled, its frame clock stands still
 * (no frame in a second's worth of frames) and no timer of Ladder's runs,
 * whether it shows a role, the family or the preview. */
/* The handbook checks run on a worker thread (at once on opening, after a
 * pause after an edit) and mark the fields when they are done: waits for
 * that (bounded), so that what is counted after is the idle window. */
static void
wait_for_checks (LadderWindow *window)
{
  LadderLintRunner *runner = ladder_window_get_lint_runner (window);
  gint64            deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (ladder_lint_runner_get_pending (runner) && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_false (ladder_lint_runner_get_pending (runner));
}

static void
test_idle_window_does_nothing (void)
{
  g_autofree char *original = NULL;
  LadderWindow    *window = open_real_page (&original);
  GtkSettings     *settings = gtk_widget_get_settings (GTK_WIDGET (window));

  /* GTK's own animations (a scrollbar fading out a while after a scroll)
   * are not Ladder's doing, and their delays outlast any fixed wait on a
   * loaded machine; Ladder's frames and timers are what is counted. */
  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);

  pick_role (window, 1);
  wait_for_checks (window);
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (frames_during (GTK_WIDGET (window), 60), ==, 0);
  assert_no_ladder_sources ();

  ladder_window_show_family (window);
  wait_for_checks (window);
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (frames_during (GTK_WIDGET (window), 60), ==, 0);

  /* After an edit, with the preview shown. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
  pick_role (window, 2);
  ladder_role_set_job_grade (role_at (window, 2), 12);
  assert_no_ladder_sources ();
  wait_for_checks (window);
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (frames_during (GTK_WIDGET (window), 60), ==, 0);

  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
  close_without_saving (window);
}

/* The keyboard shortcuts window is built when it is first asked for, not
 * with every window (it cost the first frame), and then shown over the
 * window that asked. */
static GtkWindow *
shortcuts_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window))
        return window;
    }

  return NULL;
}

static void
test_shortcuts_window_built_when_asked (void)
{
  LadderWindow *window = open_example (NULL);
  GtkWindow    *shortcuts;

  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_null (shortcuts_window ());

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  spin (50);
  shortcuts = shortcuts_window ();
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));

  /* Closed, it is hidden, and shown again when asked. */
  gtk_window_close (shortcuts);
  spin (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  g_assert_true (shortcuts_window () == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  /* It goes with its window. */
  g_object_add_weak_pointer (G_OBJECT (shortcuts), (gpointer *) &shortcuts);
  close_without_saving (window);
  spin (50);
  g_assert_null (shortcuts);
}

static LadderWindow *
window_showing (GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LADDER_IS_WINDOW (l->data) && document_is (l->data, file))
      return l->data;

  return NULL;
}

static GtkDropTarget *
file_drop_target (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);
      const GType *types;
      gsize        n_types = 0;

      if (!GTK_IS_DROP_TARGET (controller))
        continue;

      types = gtk_drop_target_get_gtypes (GTK_DROP_TARGET (controller), &n_types);
      for (gsize j = 0; j < n_types; j++)
        if (types[j] == GDK_TYPE_FILE_LIST)
          return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

/* Several files dropped at once on a new, empty window: each gets a
 * window of its own, whichever finishes loading first. */
static void
test_several_files_into_fresh_window (void)
{
  g_autofree char *family_path = example_copy ();
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autofree char *page_path = copy_to_temp (source, "partner-program-manager.md");
  GFile           *files[2];
  LadderWindow    *fresh = ladder_window_new (app);
  LadderWindow    *first, *second;
  GtkDropTarget   *target;
  g_auto (GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  gint64   deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  files[0] = g_file_new_for_path (page_path);
  files[1] = g_file_new_for_path (family_path);
  gtk_window_present (GTK_WINDOW (fresh));
  spin (50);
  g_assert_true (ladder_window_is_pristine (fresh));

  target = file_drop_target (GTK_WIDGET (fresh));
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (files, 2));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  while ((window_showing (files[0]) == NULL || window_showing (files[1]) == NULL)
         && g_get_monotonic_time () < deadline)
    spin (20);

  first = window_showing (files[0]);
  second = window_showing (files[1]);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (first != second);
  g_assert_true (first == fresh || second == fresh);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family_of (first))), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family_of (second))), ==, 3);

  close_without_saving (first);
  close_without_saving (second);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
}

static gboolean
row_title_has (GtkWidget *widget, gconstpointer text)
{
  return strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) != NULL;
}

/* Titles and headings are the page's text, shown as typed, never read as
 * markup (GTK warns, fatally here, on markup it cannot parse). */
static void
test_text_is_not_markup (void)
{
  LadderWindow *window = open_example (NULL);
  g_autoptr (LadderSection) section
      = g_list_model_get_item (ladder_family_get_sections (family_of (window)), 0);
  const char *heading = "Research & Development <Tools>";

  ladder_window_show_family (window);
  ladder_section_set_heading (section, heading);
  spin (50);
  {
    GtkWidget *row
        = find_widget (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW, row_title_has, heading);

    g_assert_nonnull (row);
    g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  }

  /* A row made for a heading that is already there. */
  {
    g_autoptr (LadderSection) subsection
        = ladder_section_new (LADDER_SECTION_OTHER, "Tools & Skills", 3);

    ladder_role_insert_subsection (role_at (window, 2), 0, subsection);
    pick_role (window, 2);
    g_assert_nonnull (find_widget (GTK_WIDGET (role_editor (window)), ADW_TYPE_EXPANDER_ROW,
                                   row_title_has, "Tools & Skills"));
  }

  /* The toast quoting a deleted role's title. */
  pick_role (window, 1);
  ladder_role_set_title (role_at (window, 1), "Director, R&D <Tools>");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-role", NULL);
  spin (100);

  close_without_saving (window);
}

/* ------------------------------------------------------------------ */
/* Saving: what the window asks, and what it says when a save fails     */

/* Waits until the document has no write under way. */
static void
wait_until_idle (LadderDocument *document)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  spin (20);
  while (ladder_document_get_busy (document) && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_false (ladder_document_get_busy (document));
}

static AdwMessageDialog *
save_and_get_dialog (LadderWindow *window, const char *action)
{
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  wait_for_dialog ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  return dialog;
}

/* A file rewritten by a newer Ladder: no "Save Over", and the dialog says
 * which version it is. */
static void
test_save_over_newer_version (void)
{
  g_autofree char  *path = NULL;
  LadderWindow     *window = open_example (&path);
  g_autofree char  *text = contents_of (path);
  g_autofree char  *after = NULL;
  char             *version = strstr (text, "\"version\" : 1");
  AdwMessageDialog *dialog;

  g_assert_nonnull (version);
  version[strlen ("\"version\" : ")] = '2';
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  ladder_role_set_job_grade (role_at (window, 0), 14);

  dialog = save_and_get_dialog (window, "win.save");
  g_assert_false (adw_message_dialog_has_response (dialog, "overwrite"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "version 2"));
  respond (dialog, "cancel");

  after = contents_of (path);
  g_assert_cmpstr (after, ==, text);
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));

  close_without_saving (window);
}

/* A read-only file is replaced only once the person says so, and stays
 * read-only. */
static void
test_save_over_read_only_file (void)
{
  g_autofree char  *path = NULL;
  LadderWindow     *window = open_example (&path);
  LadderDocument   *document = ladder_window_get_document (window);
  g_autofree char  *before = contents_of (path);
  g_autofree char  *after = NULL;
  AdwMessageDialog *dialog;
  GStatBuf          buffer;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  ladder_role_set_job_grade (role_at (window, 0), 14);

  dialog = save_and_get_dialog (window, "win.save");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Replace Read-Only File?");
  g_assert_true (adw_message_dialog_has_response (dialog, "replace"));
  after = contents_of (path);
  g_assert_cmpstr (after, ==, before);

  respond (dialog, "replace");
  wait_until_idle (document);
  g_assert_false (ladder_document_get_modified (document));
  g_clear_pointer (&after, g_free);
  after = contents_of (path);
  g_assert_nonnull (strstr (after, "\"job_grade\" : 14"));
  g_assert_cmpint (g_stat (path, &buffer), ==, 0);
  g_assert_cmpint (buffer.st_mode & 0777, ==, 0444);

  close_without_saving (window);
}

/* A hard link is broken only once the person says so; the other name
 * keeps the old contents. */
static void
test_save_over_hard_link (void)
{
  g_autofree char  *path = NULL;
  LadderWindow     *window = open_example (&path);
  LadderDocument   *document = ladder_window_get_document (window);
  g_autofree char  *other = g_strconcat (path, ".other-name", NULL);
  g_autofree char  *before = contents_of (path);
  g_autofree char  *after = NULL;
  AdwMessageDialog *dialog;

  g_assert_cmpint (link (path, other), ==, 0);
  ladder_role_set_job_grade (role_at (window, 0), 14);

  dialog = save_and_get_dialog (window, "win.save");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Break the Hard Link?");
  g_assert_true (adw_message_dialog_has_response (dialog, "break"));
  respond (dialog, "break");
  wait_until_idle (document);

  g_assert_false (ladder_document_get_modified (document));
  after = contents_of (path);
  g_assert_nonnull (strstr (after, "\"job_grade\" : 14"));
  g_clear_pointer (&after, g_free);
  after = contents_of (other);
  g_assert_cmpstr (after, ==, before);

  close_without_saving (window);
}

/* The page a Ladder file was exported to changed on disk (a `git pull`):
 * Export asks, as Save does, before writing over it. (A page opened is its
 * own document: test-window-page.c.) */
static void
test_export_conflict (void)
{
  g_autofree char *path = NULL;
  LadderWindow    *window = open_example (&path);
  LadderDocument  *document = ladder_window_get_document (window);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *page = g_build_filename (folder, "pmm.md", NULL);
  g_autofree char *original = NULL;
  g_autofree char *pulled = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (page);
  AdwMessageDialog *dialog;
  gboolean          exported = FALSE;

  ladder_document_export_async (document, file, NULL, on_exported_done, &exported);
  while (!exported)
    g_main_context_iteration (NULL, TRUE);
  original = contents_of (page);
  pulled = g_strconcat (original, "\nA line from a git pull.\n", NULL);

  ladder_role_set_job_grade (role_at (window, 0), 14);
  g_assert_true (g_file_set_contents (page, pulled, -1, NULL));

  dialog = save_and_get_dialog (window, "win.export");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Page Changed on Disk");
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  after = contents_of (page);
  g_assert_cmpstr (after, ==, pulled);

  respond (dialog, "overwrite");
  wait_until_idle (document);
  g_clear_pointer (&after, g_free);
  after = contents_of (page);
  g_assert_null (strstr (after, "A line from a git pull."));
  g_assert_nonnull (strstr (after, "14"));

  close_without_saving (window);
}

static guint
n_drafts (void)
{
  g_autoptr (GPtrArray) drafts = ladder_drafts_list ();

  return drafts->len;
}

/* Reload gives up the unsaved changes, and their draft, only once the
 * file has been read again: a reload that fails keeps both. */
static void
test_failed_reload_keeps_draft (void)
{
  g_autofree char *path = NULL;
  LadderWindow    *window = open_example (&path);
  g_autoptr (LadderDocument) document = g_object_ref (ladder_window_get_document (window));
  g_autofree char  *good = contents_of (path);
  AdwMessageDialog *dialog;
  gint64            deadline;
  /* Earlier tests' windows may have left drafts. */
  guint n_before = n_drafts ();

  ladder_role_set_job_grade (role_at (window, 0), 14);
  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  g_assert_cmpuint (n_drafts (), ==, n_before + 1);

  g_assert_true (g_file_set_contents (path, "{ \"format\" : ", -1, NULL));
  dialog = save_and_get_dialog (window, "win.reload");
  adw_message_dialog_response (dialog, "reload");
  gtk_window_close (GTK_WINDOW (dialog));

  /* The reload fails: it says so, in a dialog that no toast can hide. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((find_dialog () == NULL || find_dialog () == dialog) && g_get_monotonic_time () < deadline)
    spin (20);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Reload");
  respond (dialog, "close");

  g_assert_true (ladder_window_get_document (window) == document);
  g_assert_true (ladder_document_get_modified (document));
  wait_until_idle (document);
  g_assert_cmpuint (n_drafts (), ==, n_before + 1);

  /* A reload that works replaces the document, and its draft goes. */
  g_assert_true (g_file_set_contents (path, good, -1, NULL));
  dialog = save_and_get_dialog (window, "win.reload");
  respond (dialog, "reload");
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (ladder_window_get_document (window) == document && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_true (ladder_window_get_document (window) != document);
  wait_until_idle (document);
  g_assert_cmpuint (n_drafts (), ==, n_before);

  close_without_saving (window);
}

/* The folder vanished: the window says why the save failed (not "changed
 * by another program"), and the changes stay unsaved. */
static void
test_save_failure_message (void)
{
  g_autofree char  *path = NULL;
  LadderWindow     *window = open_example (&path);
  g_autofree char  *folder = g_path_get_dirname (path);
  AdwMessageDialog *dialog;

  ladder_role_set_job_grade (role_at (window, 0), 14);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);

  dialog = save_and_get_dialog (window, "win.save");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save");
  g_assert_false (adw_message_dialog_has_response (dialog, "overwrite"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "does not exist"));
  respond (dialog, "close");
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));

  close_without_saving (window);
}

/* Types @text into the @index-th entry under @root. */
static void
set_entry_text (GtkWidget *root, guint index, const char *text)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new ();

  collect_entries (root, entries);
  g_assert_cmpuint (index, <, entries->len);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, index)), text);
}

/* Issue 11: what is not safe to publish is refused where it is typed: a
 * manager's link spelled with entities or a shortcode, a link with a
 * dangerous scheme or a script in Markdown text. The field shows why, and
 * the model keeps its last safe value. */
static void
test_unsafe_text_refused (void)
{
  LadderWindow       *window = open_example (NULL);
  LadderBulletEditor *requirements;
  GtkEditable        *link;
  GtkWidget          *view;
  g_autoptr (LadderBullet) first = NULL;
  g_autofree char *original = NULL;
  const char      *refused_links[] = {
         "javascript&colon;alert(document.domain)",
         "java&#115;cript:alert(1)",
         "javascript&#x3a;alert(1)",
         "data&colon;text/html;base64,PHNjcmlwdD4=",
         "{{%include-secret%}}",
         "{{< ref \"a\" >}}{{% readfile \"/etc/passwd\" %}}",
  };

  ladder_window_select_role (window, 0);
  spin (50);

  link = GTK_EDITABLE (find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW,
                                    row_titled, "Manager’s _link"));
  g_assert_nonnull (link);
  for (guint i = 0; i < G_N_ELEMENTS (refused_links); i++)
    {
      gtk_editable_set_text (link, refused_links[i]);
      g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (window, 0)), ==, "");
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (link), "error"));
    }
  gtk_editable_set_text (link, "{{< ref \"director\" >}}");
  g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (window, 0)), ==,
                   "{{< ref \"director\" >}}");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (link), "error"));

  requirements = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  first = g_list_model_get_item (ladder_role_get_requirements (role_at (window, 0)), 0);

  /* A bullet shown formatted takes what is typed as text: Markdown typed
   * there is written escaped, and makes no link. */
  view = ladder_bullet_editor_get_entry (requirements, 0);
  g_assert_true (ladder_text_binding_is_rich (GTK_TEXT_VIEW (view)));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter    end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_insert (buffer, &end, " Knows [the handbook](java&#115;cript:alert(1))", -1);
  }
  g_assert_cmpstr (ladder_bullet_get_text (first), ==,
                   "8-10 years of product marketing experience. Knows \\[the "
                   "handbook\\](java\\&#115;cript:alert(1))");
  g_assert_false (gtk_widget_has_css_class (view, "error"));

  /* A link is made in the link popover, which refuses what the manager's
   * link refuses. */
  {
    GtkTextBuffer     *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    LadderLinkPopover *popover;
    GtkTextIter        start, end;

    gtk_text_buffer_get_iter_at_offset (buffer, &start, 0);
    gtk_text_buffer_get_iter_at_offset (buffer, &end, 4);
    gtk_text_buffer_select_range (buffer, &start, &end);
    popover = ladder_link_popover_show (GTK_TEXT_VIEW (view));
    set_entry_text (GTK_WIDGET (popover), 1, "java&#115;cript:alert(1)");
    g_assert_false (ladder_link_popover_apply (popover));
    g_assert_true (g_str_has_prefix (ladder_bullet_get_text (first), "8-10 years"));
    set_entry_text (GTK_WIDGET (popover), 1, "/handbook/marketing/");
    g_assert_true (ladder_link_popover_apply (popover));
    g_assert_true (
        g_str_has_prefix (ladder_bullet_get_text (first), "[8-10](/handbook/marketing/) years"));
    spin (50);
  }

  /* A bullet holding HTML is shown and edited as Markdown: there, Markdown
   * that adds an unsafe link is refused where it is typed. */
  ladder_bullet_set_text (first, "Knows <b>Markdown</b>");
  view = ladder_bullet_editor_get_entry (requirements, 0);
  g_assert_false (ladder_text_binding_is_rich (GTK_TEXT_VIEW (view)));
  original = g_strdup (ladder_bullet_get_text (first));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter    end;

    /* Typed (pasted) at the end of the bullet. */
    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_insert (buffer, &end, " Knows [the handbook](java&#115;cript:alert(1))", -1);
  }
  g_assert_cmpstr (ladder_bullet_get_text (first), ==, original);
  g_assert_true (gtk_widget_has_css_class (view, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (view), "javascript:alert(1)"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "Knows <b>[the handbook](/handbook/)</b>", -1);
  g_assert_cmpstr (ladder_bullet_get_text (first), ==, "Knows <b>[the handbook](/handbook/)</b>");
  g_assert_false (gtk_widget_has_css_class (view, "error"));

  close_without_saving (window);
}

/* A title the page gives as a list cannot be edited as text: its row is
 * read-only and says why; and the introduction refuses a script. */
static void
test_family_editor_refuses (void)
{
  static const char page[] = "---\ntitle: [a, b]\nsummary: Fine\n---\n\nIntro.\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = ladder_markdown_import (page, strlen (page), "page.md", &error);
  GtkWidget *editor = ladder_family_editor_new ();
  GtkWidget *title_row;
  GtkWidget *summary_row;
  GtkWidget *intro;

  g_assert_no_error (error);
  g_object_ref_sink (editor);
  ladder_family_editor_set_family (LADDER_FAMILY_EDITOR (editor), family);

  title_row = find_widget (editor, LADDER_TYPE_ENTRY_ROW, row_titled, "_Title");
  summary_row = find_widget (editor, LADDER_TYPE_ENTRY_ROW, row_titled, "_Summary");
  g_assert_false (gtk_widget_get_sensitive (title_row));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (title_row), "“title”"));
  g_assert_true (gtk_widget_get_sensitive (summary_row));

  intro = find_widget (editor, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  g_assert_nonnull (intro);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (intro));
    GtkTextIter    end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_insert (buffer, &end, "\n\n<script>alert(1)</script>", -1);
  }
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "Intro.");
  g_assert_true (gtk_widget_has_css_class (intro, "error"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (intro)), "Intro, <b>safe</b>.",
                            -1);
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "Intro, <b>safe</b>.");
  g_assert_false (gtk_widget_has_css_class (intro, "error"));

  /* Values over several lines are shown, and showing them changes nothing. */
  {
    static const char multi[]
        = "---\ntitle: \"A title\n  over two lines\"\ndescription: >\n  Folded\n  text\n---\n";
    g_autoptr (LadderFamily) other
        = ladder_markdown_import (multi, strlen (multi), "page.md", &error);
    g_autoptr (GString) written = NULL;

    g_assert_no_error (error);
    ladder_family_editor_set_family (LADDER_FAMILY_EDITOR (editor), other);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                     "A title over two lines");
    g_assert_true (gtk_widget_get_sensitive (title_row));
    g_assert_true (gtk_widget_get_sensitive (summary_row));
    written = ladder_markdown_export (other, LADDER_EXPORT_DEFAULT);
    g_assert_cmpstr (written->str, ==, multi);

    gtk_editable_set_text (GTK_EDITABLE (summary_row), "Short");
    g_string_free (written, TRUE);
    written = ladder_markdown_export (other, LADDER_EXPORT_DEFAULT);
    g_assert_cmpstr (written->str, ==,
                     "---\ntitle: \"A title\n  over two lines\"\ndescription: Short\n---\n");
  }

  ladder_family_editor_set_family (LADDER_FAMILY_EDITOR (editor), NULL);
  g_object_unref (editor);
}

static void
on_realized_look_for_role_form (GtkWidget *window, gboolean *made_before)
{
  *made_before = find_any_widget (window, LADDER_TYPE_ROLE_EDITOR, NULL, NULL) != NULL;
}

static void
on_first_paint_look_for_role_form (GdkFrameClock *clock, gboolean *made_by_first_frame)
{
  GtkWidget *window = g_object_get_data (G_OBJECT (clock), "ladder-test-window");

  g_signal_handlers_disconnect_by_func (clock, on_first_paint_look_for_role_form,
                                        made_by_first_frame);
  *made_by_first_frame
      = find_any_widget (window, LADDER_TYPE_ROLE_EDITOR, NULL, NULL) != NULL ? 1 : 0;
}

static void
on_realized_watch_first_paint (GtkWidget *window, gboolean *made_by_first_frame)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_object_set_data (G_OBJECT (clock), "ladder-test-window", window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint_look_for_role_form),
                    made_by_first_frame);
}

/* The role's form is not part of the first frame, which shows the family's
 * own form: it is made once the window has shown that frame and has
 * nothing else to do, and then shows the role chosen. */
static void
test_role_form_made_after_first_frame (void)
{
  g_autofree char *path = example_copy ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  gboolean      made_before_realized = TRUE;
  gboolean      made_by_first_frame = 2;
  gint64        deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_signal_connect (window, "realize", G_CALLBACK (on_realized_look_for_role_form),
                    &made_before_realized);
  g_signal_connect_after (window, "realize", G_CALLBACK (on_realized_watch_first_paint),
                          &made_by_first_frame);
  wait_until_loaded (window, file);
  while (made_by_first_frame == 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (made_before_realized);
  g_assert_cmpint (made_by_first_frame, ==, 0);

  /* Then, with no role chosen, once the window is idle. */
  g_assert_nonnull (role_editor (window));
  g_assert_null (ladder_role_editor_get_role (role_editor (window)));

  ladder_window_select_role (window, 1);
  spin (50);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 1));

  g_signal_handlers_disconnect_by_data (window, &made_before_realized);
  g_signal_handlers_disconnect_by_data (window, &made_by_first_frame);
  close_without_saving (window);
}

/* A role chosen before the window is idle: its form is made for it. */
static void
test_role_form_made_for_a_role_chosen_at_once (void)
{
  g_autofree char *path = example_copy ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));

  /* Loaded, and presented in the same turn of the main loop: its first
   * frame is still to come. */
  wait_until_loaded (window, file);
  g_assert_null (find_any_widget (GTK_WIDGET (window), LADDER_TYPE_ROLE_EDITOR, NULL, NULL));

  ladder_window_select_role (window, 2);
  g_assert_nonnull (find_any_widget (GTK_WIDGET (window), LADDER_TYPE_ROLE_EDITOR, NULL, NULL));
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 2));
  spin (50);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 2));

  close_without_saving (window);
}

/* GtkSourceView reads the style schemes Ladder uses, Adwaita's light and
 * dark ones, and no others (reading every one installed was 2% of the
 * example family's first frame); a Markdown field shown gets the light
 * one. */
static void
test_markdown_fields_read_two_schemes (void)
{
  LadderWindow                *window = open_example (NULL);
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  const char *const           *ids;
  GtkWidget                   *view;
  GtkSourceStyleScheme        *scheme;

  view = find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW, widget_is_mapped, NULL);
  g_assert_nonnull (view);
  scheme = gtk_source_buffer_get_style_scheme (
      GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))));
  g_assert_nonnull (scheme);
  g_assert_cmpstr (gtk_source_style_scheme_get_id (scheme), ==, "Adwaita");

  ids = gtk_source_style_scheme_manager_get_scheme_ids (manager);
  g_assert_nonnull (ids);
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 2);
  g_assert_true (g_strv_contains (ids, "Adwaita"));
  g_assert_true (g_strv_contains (ids, "Adwaita-dark"));

  close_without_saving (window);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window/edit-field-changes-model-and-preview",
                   test_edit_field_changes_model_and_preview);
  g_test_add_func ("/window/model-change-updates-widgets", test_model_change_updates_widgets);
  g_test_add_func ("/window/roles", test_roles);
  g_test_add_func ("/window/markdown-fields-read-two-schemes",
                   test_markdown_fields_read_two_schemes);
  g_test_add_func ("/window/role-form-made-after-first-frame",
                   test_role_form_made_after_first_frame);
  g_test_add_func ("/window/role-form-made-for-a-role-chosen-at-once",
                   test_role_form_made_for_a_role_chosen_at_once);
  g_test_add_func ("/window/undo-takes-away-the-shown-role", test_undo_takes_away_the_shown_role);
  g_test_add_func ("/window/bullets", test_bullets);
  g_test_add_func ("/window/save-writes-file", test_save_writes_file);
  g_test_add_func ("/window/unsaved-changes-guard", test_unsaved_changes_guard);
  g_test_add_func ("/window/conflict", test_conflict);
  g_test_add_func ("/window/unsafe-text-refused", test_unsafe_text_refused);
  g_test_add_func ("/window/family-editor-refuses", test_family_editor_refuses);
  g_test_add_func ("/window/save-over-newer-version", test_save_over_newer_version);
  g_test_add_func ("/window/save-over-read-only-file", test_save_over_read_only_file);
  g_test_add_func ("/window/save-over-hard-link", test_save_over_hard_link);
  g_test_add_func ("/window/export-conflict", test_export_conflict);
  g_test_add_func ("/window/failed-reload-keeps-draft", test_failed_reload_keeps_draft);
  g_test_add_func ("/window/save-failure-message", test_save_failure_message);
  g_test_add_func ("/window/selecting-roles-changes-nothing", test_selecting_roles_changes_nothing);
  g_test_add_func ("/window/completion-only-suggests", test_completion_only_suggests);
  g_test_add_func ("/window/link-needs-a-manager", test_link_needs_a_manager);
  g_test_add_func ("/window/undo-with-nothing-to-undo", test_undo_with_nothing_to_undo);
  g_test_add_func ("/window/toast-undo-restores-the-deleted-role",
                   test_toast_undo_restores_the_deleted_role);
  g_test_add_func ("/window/filter-keeps-focus", test_filter_keeps_focus);
  g_test_add_func ("/window/idle-window-does-nothing", test_idle_window_does_nothing);
  g_test_add_func ("/window/shortcuts-window-built-when-asked",
                   test_shortcuts_window_built_when_asked);
  g_test_add_func ("/window/text-fits-its-width", test_text_fits_its_width);
  g_test_add_func ("/window/text-is-not-markup", test_text_is_not_markup);
  g_test_add_func ("/window/several-files-into-fresh-window", test_several_files_into_fresh_window);

  return g_test_run ();
}
