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
 * the file, and closing with unsaved changes asks first. Needs a display
 * (Xvfb in CI); exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-family-editor.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-preview.h"
#include "ladder-role-editor.h"
#include "ladder-window.h"

static LadderApplication *app;

static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static char *
example_copy (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                   "product-marketing-management.jobfamily.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("ladder-test-XXXXXX", &error);
  char *path;
  gsize length;

  g_assert_no_error (error);
  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "pmm.jobfamily.json", NULL);
  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);

  return path;
}

static LadderWindow *
open_example (char **path_out)
{
  g_autofree char *path = example_copy ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (ladder_document_get_file (ladder_window_get_document (window)) == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (ladder_document_get_file (ladder_window_get_document (window)));
  spin (50);

  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);

  return window;
}

static void
close_without_saving (LadderWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
  g_assert_null (window);
}

static LadderFamily *
family_of (LadderWindow *window)
{
  return ladder_document_get_family (ladder_window_get_document (window));
}

static LadderRole *
role_at (LadderWindow *window,
         guint         position)
{
  LadderRole *role = g_list_model_get_item (ladder_family_get_roles (family_of (window)), position);

  g_object_unref (role);
  return role;
}

static char *
page_of (LadderWindow *window)
{
  return g_string_free (ladder_markdown_export (family_of (window), LADDER_EXPORT_DEFAULT), FALSE);
}

/* The first visible descendant of @root of @type for which @match says
 * yes (NULL matches any). */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             gboolean  (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child))
        continue;

      found = find_widget (child, type, match, data);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
row_titled (GtkWidget     *widget,
            gconstpointer  title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static LadderRoleEditor *
role_editor (LadderWindow *window)
{
  return LADDER_ROLE_EDITOR (find_widget (GTK_WIDGET (window), LADDER_TYPE_ROLE_EDITOR, NULL, NULL));
}

static gboolean
is_list (GtkWidget     *widget,
         gconstpointer  list)
{
  return ladder_bullet_editor_get_list (LADDER_BULLET_EDITOR (widget)) == GPOINTER_TO_INT (list);
}

static LadderBulletEditor *
bullet_editor (LadderWindow     *window,
               LadderBulletList  list)
{
  return LADDER_BULLET_EDITOR (find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_BULLET_EDITOR,
                                            is_list, GINT_TO_POINTER (list)));
}

static void
test_edit_field_changes_model_and_preview (void)
{
  LadderWindow *window = open_example (NULL);
  LadderPreview *preview;
  GtkWidget *title_row;
  g_autofree char *markdown = NULL;

  ladder_window_select_role (window, 1);
  spin (50);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 1));

  title_row = find_widget (GTK_WIDGET (role_editor (window)), ADW_TYPE_ENTRY_ROW, row_titled, "_Title");
  g_assert_nonnull (title_row);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Director, Product Marketing Strategy");

  g_assert_cmpstr (ladder_role_get_title (role_at (window, 1)), ==, "Director, Product Marketing Strategy");
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));

  /* The preview follows shortly after, without being asked. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
  preview = LADDER_PREVIEW (find_widget (GTK_WIDGET (window), LADDER_TYPE_PREVIEW, NULL, NULL));
  g_assert_nonnull (preview);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Director, Product Marketing Strategy and Insight");

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
  LadderWindow *window = open_example (NULL);
  GtkSpinButton *grade;
  GtkSwitch *has_grade;
  GtkEditable *title_row;

  ladder_window_select_role (window, 0);
  spin (50);
  grade = GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_SPIN_BUTTON, NULL, NULL));
  has_grade = GTK_SWITCH (find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_SWITCH, NULL, NULL));
  title_row = GTK_EDITABLE (find_widget (GTK_WIDGET (role_editor (window)), ADW_TYPE_ENTRY_ROW, row_titled, "_Title"));

  g_assert_cmpint (gtk_spin_button_get_value_as_int (grade), ==, 9);
  ladder_role_set_job_grade (role_at (window, 0), 12);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (grade), ==, 12);
  ladder_role_set_job_grade (role_at (window, 0), LADDER_GRADE_NONE);
  g_assert_false (gtk_switch_get_active (has_grade));

  ladder_role_set_title (role_at (window, 0), "Principal Product Marketing Manager");
  g_assert_cmpstr (gtk_editable_get_text (title_row), ==, "Principal Product Marketing Manager");

  /* A link is only taken if it is safe to publish. */
  {
    GtkEditable *link = GTK_EDITABLE (find_widget (GTK_WIDGET (role_editor (window)), ADW_TYPE_ENTRY_ROW,
                                                   row_titled, "Manager’s _link"));

    g_assert_nonnull (link);
    gtk_editable_set_text (link, "javascript:alert(1)");
    g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (window, 0)), ==, "");
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (link), "error"));
    gtk_editable_set_text (link, "/job-families/marketing/director/");
    g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (window, 0)), ==, "/job-families/marketing/director/");
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (link), "error"));
  }

  /* And through the widgets back into the model. */
  gtk_switch_set_active (has_grade, TRUE);
  gtk_spin_button_set_value (grade, 8);
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, 0)), ==, 8);

  close_without_saving (window);
}

static void
test_roles (void)
{
  LadderWindow *window = open_example (NULL);
  g_autofree char *original = page_of (window);
  GListModel *roles = ladder_family_get_roles (family_of (window));

  ladder_window_select_role (window, 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-role", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 2)), ==, "Director, Product Marketing");
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 2));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-role", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 5);
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 3)), ==, "New Role");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-role-up", NULL);
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 2)), ==, "New Role");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-role-down", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-role-down", NULL);
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 4)), ==, "New Role");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-role", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);

  /* Six steps (duplicate, add, three moves, delete) undo, back to the page
   * as it was, and redo. */
  for (guint i = 0; i < 6; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (ladder_history_get_can_undo (ladder_document_get_history (ladder_window_get_document (window))));

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

static void
test_bullets (void)
{
  LadderWindow *window = open_example (NULL);
  g_autofree char *original = page_of (window);
  LadderBulletEditor *requirements;
  GListModel *bullets;
  GtkWidget *entry;
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
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry)), "Fluent in Markdown", -1);

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
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry)), "Edited requirement", -1);

  /* Remove it with its button. */
  {
    GtkWidget *row = gtk_widget_get_ancestor (entry, GTK_TYPE_LIST_BOX_ROW);
    GtkWidget *remove = find_widget (row, GTK_TYPE_BUTTON, NULL, NULL);

    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 11);
  }

  while (ladder_history_get_can_undo (ladder_document_get_history (ladder_window_get_document (window))))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);

  {
    g_autofree char *undone = page_of (window);

    g_assert_true (g_str_equal (undone, original));
  }

  close_without_saving (window);
}

static void
on_saved_notify (LadderDocument *document,
                 GParamSpec     *pspec,
                 gboolean       *saved)
{
  *saved = !ladder_document_get_modified (document);
}

static void
test_save_writes_file (void)
{
  g_autofree char *path = NULL;
  LadderWindow *window = open_example (&path);
  g_autofree char *contents = NULL;
  gboolean saved = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  ladder_role_set_job_grade (role_at (window, 2), 12);
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));
  g_signal_connect (ladder_window_get_document (window), "notify::modified", G_CALLBACK (on_saved_notify), &saved);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (!saved && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (saved);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"job_grade\" : 12"));

  g_signal_handlers_disconnect_by_data (ladder_window_get_document (window), &saved);
  close_without_saving (window);
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static void
test_unsaved_changes_guard (void)
{
  LadderWindow *window = open_example (NULL);
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
  g_autofree char *path = NULL;
  LadderWindow *window = open_example (&path);
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;
  gboolean saved = FALSE;
  gint64 deadline;

  spin (1100);
  g_assert_true (g_file_set_contents (path, "{ \"changed\" : \"elsewhere\" }\n", -1, NULL));
  ladder_role_set_job_grade (role_at (window, 0), 14);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_for_dialog ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ \"changed\" : \"elsewhere\" }\n");

  g_signal_connect (ladder_window_get_document (window), "notify::modified", G_CALLBACK (on_saved_notify), &saved);
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

/* Issue 11: what is not safe to publish is refused where it is typed: a
 * manager's link spelled with entities or a shortcode, a link with a
 * dangerous scheme or a script in Markdown text. The field shows why, and
 * the model keeps its last safe value. */
static void
test_unsafe_text_refused (void)
{
  LadderWindow *window = open_example (NULL);
  LadderBulletEditor *requirements;
  GtkEditable *link;
  GtkWidget *view;
  g_autoptr (LadderBullet) first = NULL;
  g_autofree char *original = NULL;
  const char *refused_links[] = {
    "javascript&colon;alert(document.domain)",
    "java&#115;cript:alert(1)",
    "javascript&#x3a;alert(1)",
    "data&colon;text/html;base64,PHNjcmlwdD4=",
    "{{%include-secret%}}",
    "{{< ref \"a\" >}}{{% readfile \"/etc/passwd\" %}}",
  };

  ladder_window_select_role (window, 0);
  spin (50);

  link = GTK_EDITABLE (find_widget (GTK_WIDGET (role_editor (window)), ADW_TYPE_ENTRY_ROW,
                                    row_titled, "Manager’s _link"));
  g_assert_nonnull (link);
  for (guint i = 0; i < G_N_ELEMENTS (refused_links); i++)
    {
      gtk_editable_set_text (link, refused_links[i]);
      g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (window, 0)), ==, "");
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (link), "error"));
    }
  gtk_editable_set_text (link, "{{< ref \"director\" >}}");
  g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (window, 0)), ==, "{{< ref \"director\" >}}");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (link), "error"));

  requirements = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  first = g_list_model_get_item (ladder_role_get_requirements (role_at (window, 0)), 0);
  original = g_strdup (ladder_bullet_get_text (first));
  view = ladder_bullet_editor_get_entry (requirements, 0);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter end;

    /* Typed (pasted) at the end of the bullet. */
    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_insert (buffer, &end, " Knows [the handbook](java&#115;cript:alert(1))", -1);
  }
  g_assert_cmpstr (ladder_bullet_get_text (first), ==, original);
  g_assert_true (gtk_widget_has_css_class (view, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (view), "javascript:alert(1)"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Knows [the handbook](/handbook/)", -1);
  g_assert_cmpstr (ladder_bullet_get_text (first), ==, "Knows [the handbook](/handbook/)");
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

  title_row = find_widget (editor, ADW_TYPE_ENTRY_ROW, row_titled, "_Title");
  summary_row = find_widget (editor, ADW_TYPE_ENTRY_ROW, row_titled, "_Summary");
  g_assert_false (gtk_widget_get_sensitive (title_row));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (title_row), "“title”"));
  g_assert_true (gtk_widget_get_sensitive (summary_row));

  intro = find_widget (editor, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  g_assert_nonnull (intro);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (intro));
    GtkTextIter end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_insert (buffer, &end, "\n\n<script>alert(1)</script>", -1);
  }
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "Intro.");
  g_assert_true (gtk_widget_has_css_class (intro, "error"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (intro)), "Intro, <b>safe</b>.", -1);
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "Intro, <b>safe</b>.");
  g_assert_false (gtk_widget_has_css_class (intro, "error"));

  /* Values over several lines are shown, and showing them changes nothing. */
  {
    static const char multi[] = "---\ntitle: \"A title\n  over two lines\"\ndescription: >\n  Folded\n  text\n---\n";
    g_autoptr (LadderFamily) other = ladder_markdown_import (multi, strlen (multi), "page.md", &error);
    g_autoptr (GString) written = NULL;

    g_assert_no_error (error);
    ladder_family_editor_set_family (LADDER_FAMILY_EDITOR (editor), other);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "A title over two lines");
    g_assert_true (gtk_widget_get_sensitive (title_row));
    g_assert_true (gtk_widget_get_sensitive (summary_row));
    written = ladder_markdown_export (other, LADDER_EXPORT_DEFAULT);
    g_assert_cmpstr (written->str, ==, multi);

    gtk_editable_set_text (GTK_EDITABLE (summary_row), "Short");
    g_string_free (written, TRUE);
    written = ladder_markdown_export (other, LADDER_EXPORT_DEFAULT);
    g_assert_cmpstr (written->str, ==, "---\ntitle: \"A title\n  over two lines\"\ndescription: Short\n---\n");
  }

  ladder_family_editor_set_family (LADDER_FAMILY_EDITOR (editor), NULL);
  g_object_unref (editor);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;

  g_test_init (&argc, &argv, NULL);

  /* A home of its own: recent files and drafts go there. */
  home = g_dir_make_tmp ("ladder-test-home-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_set_prgname ("ladder");

  if (!gtk_init_check ())
    {
      g_printerr ("No display: the window tests need one (run them under Xvfb); skipping\n");
      return 77;
    }

  adw_init ();
  app = ladder_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/window/edit-field-changes-model-and-preview", test_edit_field_changes_model_and_preview);
  g_test_add_func ("/window/model-change-updates-widgets", test_model_change_updates_widgets);
  g_test_add_func ("/window/roles", test_roles);
  g_test_add_func ("/window/bullets", test_bullets);
  g_test_add_func ("/window/save-writes-file", test_save_writes_file);
  g_test_add_func ("/window/unsaved-changes-guard", test_unsaved_changes_guard);
  g_test_add_func ("/window/conflict", test_conflict);
  g_test_add_func ("/window/unsafe-text-refused", test_unsafe_text_refused);
  g_test_add_func ("/window/family-editor-refuses", test_family_editor_refuses);

  return g_test_run ();
}
