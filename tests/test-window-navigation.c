/* test-window-navigation.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Finding one's way in the window: the role filter keeps the role being
 * edited while it matches and says "No Matching Roles" when nothing does;
 * the sidebar groups roles under the page's headings; another role's form
 * starts at its top; F6 and Shift+F6 go from pane to pane; a new family
 * says "No Roles" and offers to add one; a file that cannot be opened gets
 * a dialog with a plain sentence and the FILE:LINE:COLUMN detail, and no
 * empty window. Needs a display (Xvfb in CI); exits 77 (skipped) where
 * there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-entry-row.h"
#include "ladder-inline.h"
#include "ladder-lint-private.h"
#include "ladder-preview.h"
#include "ladder-role-editor.h"
#include "ladder-role-groups.h"
#include "ladder-role-row.h"
#include "ladder-test-skip.h"
#include "ladder-test-window.h"
#include "ladder-tooltip.h"
#include "ladder-window.h"

static LadderApplication *app;

static LadderWindow *
open_path (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));

  g_assert_true (spin_until_shows (window, file));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  spin (100);
  return window;
}

/* The real handbook page with eight roles under "Levels" (tests/data). */
static LadderWindow *
open_real_page (void)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autofree char *path = copy_to_temp (source, "partner-program-manager.md");

  return open_path (path);
}

static GtkWidget *
role_list (LadderWindow *window)
{
  return GTK_WIDGET (sidebar_list (window));
}

static LadderRole *
selected_in_sidebar (LadderWindow *window)
{
  return sidebar_selected_role (window);
}

/* As a click on the role's row in the sidebar. */
static void
pick_role (LadderWindow *window, guint position)
{
  sidebar_pick_role (window, position);
  spin (100);
}

static gboolean
status_titled (GtkWidget *widget, gconstpointer title)
{
  return g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

/* Whether a status page titled @title is on screen in @window. */
static gboolean
shows_status (LadderWindow *window, const char *title)
{
  GtkWidget *page = find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, status_titled, title);

  return page != NULL && gtk_widget_get_mapped (page);
}

static void
set_filter (LadderWindow *window, const char *text)
{
  GtkWidget *filter = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);

  gtk_editable_set_text (GTK_EDITABLE (filter), text);
  spin (100);
}

static void
test_filter_keeps_selection (void)
{
  LadderWindow *window = open_real_page ();
  LadderRole   *senior;

  gtk_window_present (GTK_WINDOW (window));
  pick_role (window, 2);
  senior = role_at (window, 2);
  g_assert_cmpstr (ladder_role_get_title (senior), ==, "Senior Partner Program Manager");
  g_assert_true (selected_in_sidebar (window) == senior);

  /* A filter that matches the role keeps it selected and edited. */
  set_filter (window, "Senior");
  g_assert_true (selected_in_sidebar (window) == senior);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == senior);
  g_assert_false (shows_status (window, "No Matching Roles"));

  /* One that matches nothing says so, and the form stays on the role. */
  set_filter (window, "Astronaut");
  g_assert_true (shows_status (window, "No Matching Roles"));
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == senior);

  /* Cleared, the list is back with the role still selected. */
  set_filter (window, "");
  g_assert_false (shows_status (window, "No Matching Roles"));
  g_assert_true (selected_in_sidebar (window) == senior);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == senior);

  close_without_saving (window);
}

/* The sidebar shows the page's own heading above the levels' roles. */
static void
test_sidebar_groups_roles (void)
{
  LadderWindow *window = open_real_page ();
  GListModel   *items = G_LIST_MODEL (sidebar_selection (window));
  g_autoptr (GObject) first = NULL;
  g_autoptr (GObject) second = NULL;
  g_autoptr (GObject) third = NULL;
  GtkWidget *heading;

  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  first = g_list_model_get_item (items, 0);
  second = g_list_model_get_item (items, 1);
  third = g_list_model_get_item (items, 2);
  g_assert_true (LADDER_IS_ROLE_HEADING (first));
  g_assert_cmpstr (ladder_role_heading_get_text (LADDER_ROLE_HEADING (first)), ==, "Levels");
  /* One heading for the group, not one for each role. */
  g_assert_true ((LadderRole *) second == role_at (window, 0));
  g_assert_true ((LadderRole *) third == role_at (window, 1));
  /* … shown as a heading, which is not selected by clicking it. */
  heading = find_widget (role_list (window), GTK_TYPE_LABEL, label_says, "Levels");
  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_has_css_class (heading, "heading"));
  gtk_widget_activate_action (heading, "listitem.select", "(bb)", FALSE, FALSE);
  spin (50);
  g_assert_true (selected_in_sidebar (window) == NULL);
  g_assert_null (ladder_role_editor_get_role (role_editor (window)));

  close_without_saving (window);
}

/* The first scrolled window of @editor: the form's. */
static GtkAdjustment *
form_adjustment (LadderRoleEditor *editor)
{
  GtkWidget *scroller = find_widget (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW, NULL, NULL);

  g_assert_nonnull (scroller);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* The text a bullet's view shows for @markdown: its words, without the
 * Markdown of its formatting, or the Markdown itself when it is not
 * shown formatted. */
static char *
shown_text (const char *markdown)
{
  g_autoptr (GPtrArray) spans = ladder_inline_parse (markdown, NULL);

  return spans != NULL ? ladder_inline_spans_to_text (spans) : g_strdup (markdown);
}

/* Every bullet of the role at @position has a row showing its text, with
 * the cursor at its start. */
static void
assert_rows_show_role (LadderWindow *window, guint position)
{
  LadderRole *role = role_at (window, position);

  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role);
  for (int list = LADDER_BULLET_LIST_RESPONSIBILITIES; list <= LADDER_BULLET_LIST_REQUIREMENTS;
       list++)
    {
      GListModel         *bullets = ladder_role_get_bullets (role, (LadderBulletList) list);
      LadderBulletEditor *editor = bullet_editor (window, (LadderBulletList) list);

      for (guint i = 0; i < g_list_model_get_n_items (bullets); i++)
        {
          g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);
          GtkWidget       *view = ladder_bullet_editor_get_entry (editor, i);
          g_autofree char *expected = shown_text (ladder_bullet_get_text (bullet));
          g_autofree char *text = NULL;
          GtkTextIter      cursor;
          GtkTextBuffer   *buffer;

          g_assert_nonnull (view);
          text = text_view_text (view);
          g_assert_cmpstr (text, ==, expected);
          buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
          gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
          g_assert_cmpint (gtk_text_iter_get_offset (&cursor), ==, 0);
        }
      g_assert_null (ladder_bullet_editor_get_entry (editor, g_list_model_get_n_items (bullets)));
    }
}

/* Going from role to role, a role's rows (made anew or kept from the role
 * shown before) show its own bullets and change nothing; the focus stays
 * out of the bullets of a role it was not moved to, and text typed after
 * reaches only the bullet typed in. */
static void
test_rows_follow_role (void)
{
  LadderWindow      *window = open_real_page ();
  LadderDocument    *document = ladder_window_get_document (window);
  g_autofree char   *page = page_of (window);
  static const guint order[] = { 0, 1, 2, 1, 0, 2, 0 };
  guint              with_bullets[2] = { 0, 0 };
  g_autofree char   *first_before = NULL;
  LadderBullet      *first, *typed_in;
  GtkWidget         *view;
  GtkTextBuffer     *buffer;
  GtkTextIter        end;
  g_autofree char   *typed = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family_of (window))), >=, 3);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      pick_role (window, order[i]);
      assert_rows_show_role (window, order[i]);
    }
  g_assert_false (ladder_document_get_modified (document));
  g_assert_false (ladder_history_get_can_undo (ladder_document_get_history (document)));
  {
    g_autofree char *after = page_of (window);

    g_assert_cmpstr (after, ==, page);
  }

  /* The focus in the first responsibility of a role, then another role
   * shown: its first responsibility does not have it. */
  for (guint i = 0; i < G_N_ELEMENTS (with_bullets); i++)
    for (with_bullets[i] = i > 0 ? with_bullets[i - 1] + 1 : 0;
         with_bullets[i] < g_list_model_get_n_items (ladder_family_get_roles (family_of (window)))
         && g_list_model_get_n_items (
                ladder_role_get_responsibilities (role_at (window, with_bullets[i])))
                == 0;
         with_bullets[i]++)
      ;
  g_assert_cmpuint (with_bullets[1], <,
                    g_list_model_get_n_items (ladder_family_get_roles (family_of (window))));
  pick_role (window, with_bullets[0]);
  first = g_list_model_get_item (
      ladder_role_get_responsibilities (role_at (window, with_bullets[0])), 0);
  first_before = g_strdup (ladder_bullet_get_text (first));
  view = ladder_bullet_editor_get_entry (
      bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES), 0);
  gtk_widget_grab_focus (view);
  g_assert_true (gtk_widget_has_focus (view));
  ladder_window_select_role (window, with_bullets[1]);
  spin (100);
  assert_rows_show_role (window, with_bullets[1]);
  view = ladder_bullet_editor_get_entry (
      bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES), 0);
  g_assert_false (gtk_widget_has_focus (view));

  /* Typed into the new role's first responsibility: that bullet changes,
   * the one shown in that place before does not. */
  typed_in = g_list_model_get_item (
      ladder_role_get_responsibilities (role_at (window, with_bullets[1])), 0);
  typed = g_strconcat (ladder_bullet_get_text (typed_in), " more", NULL);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_widget_grab_focus (view);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, " more", -1, TRUE);
  spin (50);
  g_assert_cmpstr (ladder_bullet_get_text (typed_in), ==, typed);
  g_assert_cmpstr (ladder_bullet_get_text (first), ==, first_before);
  g_assert_true (ladder_document_get_modified (document));

  g_object_unref (first);
  g_object_unref (typed_in);
  close_without_saving (window);
}

/* Another role's form starts at its title, wherever the last one was. */
static void
test_role_switch_starts_at_top (void)
{
  LadderWindow  *window = open_real_page ();
  GtkAdjustment *adjustment;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 500);
  gtk_window_present (GTK_WINDOW (window));
  pick_role (window, 1);
  adjustment = form_adjustment (role_editor (window));
  /* Laid out in idle time: slower under a sanitizer (bounded). */
  for (guint i = 0;
       i < 200
       && gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) <= 100;
       i++)
    spin (50);
  g_assert_cmpfloat (
      gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >, 100);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 100);

  pick_role (window, 2);
  spin (200);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 2));
  g_assert_cmpfloat (gtk_adjustment_get_value (form_adjustment (role_editor (window))), ==,
                     gtk_adjustment_get_lower (form_adjustment (role_editor (window))));

  close_without_saving (window);
}

static gboolean
focus_within (LadderWindow *window, GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* F6 goes sidebar, form, preview and round again; Shift+F6 back. */
static void
test_f6_cycles_panes (void)
{
  LadderWindow *window = open_real_page ();
  GtkWidget    *preview;
  GtkWidget    *sidebar;
  GtkWidget    *form;

  gtk_window_present (GTK_WINDOW (window));
  preview = find_widget (GTK_WIDGET (window), LADDER_TYPE_PREVIEW, NULL, NULL);
  if (preview == NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
      spin (100);
      preview = find_widget (GTK_WIDGET (window), LADDER_TYPE_PREVIEW, NULL, NULL);
    }
  g_assert_nonnull (preview);

  pick_role (window, 3);
  sidebar = GTK_WIDGET (role_list (window));
  form = GTK_WIDGET (role_editor (window));
  gtk_widget_grab_focus (sidebar_row (window, role_at (window, 3)));
  spin (50);
  g_assert_true (focus_within (window, sidebar));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-pane", NULL));
  spin (50);
  g_assert_true (focus_within (window, form));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-pane", NULL);
  spin (50);
  g_assert_true (focus_within (window, preview));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-pane", NULL);
  spin (50);
  /* Back in the sidebar, on the role being edited. */
  g_assert_true (focus_within (window, sidebar));
  g_assert_true (focus_within (window, sidebar_row (window, role_at (window, 3))));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-pane", NULL);
  spin (50);
  g_assert_true (focus_within (window, preview));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-pane", NULL);
  spin (50);
  g_assert_true (focus_within (window, form));

  /* Selecting roles does not change the page. */
  g_assert_false (ladder_document_get_modified (ladder_window_get_document (window)));
  close_without_saving (window);
}

/* A new family: "No Roles" in the sidebar, and a button to add one. */
static void
test_new_family_says_no_roles (void)
{
  LadderWindow *window = ladder_window_new (app);
  GtkWidget    *status;
  GtkWidget    *button;

  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-empty", NULL);
  spin (100);
  g_assert_true (shows_status (window, "No Roles"));
  status = find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, status_titled, "No Roles");
  button = find_widget (status, GTK_TYPE_BUTTON, NULL, NULL);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.add-role");

  g_signal_emit_by_name (button, "clicked");
  spin (100);
  g_assert_false (shows_status (window, "No Roles"));
  g_assert_nonnull (selected_in_sidebar (window));
  /* A new role has no title of the program's making. */
  g_assert_cmpstr (ladder_role_get_title (selected_in_sidebar (window)), ==, "");

  close_without_saving (window);
}

static gboolean
message_dialog_shown (gpointer data)
{
  AdwMessageDialog **dialog = data;
  GListModel        *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *dialog = ADW_MESSAGE_DIALOG (window);
          return TRUE;
        }
    }

  return FALSE;
}

static guint
n_ladder_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint       n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      n += LADDER_IS_WINDOW (window);
    }

  return n;
}

/* The dialog says in a sentence what went wrong and keeps the exact
 * FILE:LINE:COLUMN message behind its expander. */
static void
assert_open_error (AdwMessageDialog *dialog, const char *path)
{
  GtkWidget       *expander = adw_message_dialog_get_extra_child (dialog);
  GtkWidget       *detail;
  g_autofree char *location = g_strdup_printf ("%s:1:", path);

  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open File");
  g_assert_nonnull (
      strstr (adw_message_dialog_get_body (dialog), "“senior-analyst.jobfamily.json”"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not complete"));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), path));

  g_assert_true (GTK_IS_EXPANDER (expander));
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  detail = gtk_expander_get_child (GTK_EXPANDER (expander));
  g_assert_true (GTK_IS_LABEL (detail));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (detail)), location));
}

static char *
broken_file (void)
{
  g_autofree char *folder = g_dir_make_tmp ("ladder-test-XXXXXX", NULL);
  char            *path = g_build_filename (folder, "senior-analyst.jobfamily.json", NULL);

  g_assert_true (g_file_set_contents (
      path, "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : [ { \"title\" : ",
      -1, NULL));
  return path;
}

static void
close_dialog (AdwMessageDialog *dialog)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  spin (50);
  g_assert_null (dialog);
}

/* Opened on its own: a dialog, and no empty window behind it. */
static void
test_open_error_dialog (void)
{
  g_autofree char *path = broken_file ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog = NULL;
  GtkWindow        *window;

  g_assert_cmpuint (n_ladder_windows (), ==, 0);
  window = ladder_application_open_file (app, file);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  g_assert_true (spin_until (message_dialog_shown, &dialog));
  spin (50);
  assert_open_error (dialog, path);
  g_assert_null (window);
  g_assert_cmpuint (n_ladder_windows (), ==, 0);

  close_dialog (dialog);
}

/* Opened beside another file: that window stays as it was, and the
 * dialog belongs to it. */
static void
test_open_error_beside_a_window (void)
{
  g_autofree char *path = broken_file ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow     *window = open_real_page ();
  AdwMessageDialog *dialog = NULL;

  gtk_window_present (GTK_WINDOW (window));
  ladder_application_open_file (app, file);
  g_assert_true (spin_until (message_dialog_shown, &dialog));
  spin (50);
  assert_open_error (dialog, path);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpuint (n_ladder_windows (), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (
                        ladder_document_get_family (ladder_window_get_document (window)))),
                    ==, 8);

  close_dialog (dialog);
  close_without_saving (window);
}

static gboolean
saves (GtkWidget *widget, gconstpointer data)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.save") == 0;
}

/* Whether the header bar's Save is the suggested action. */
static gboolean
save_suggested (LadderWindow *window)
{
  GtkWidget *save = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, saves, NULL);

  g_assert_nonnull (save);
  return gtk_widget_has_css_class (save, "suggested-action");
}

/* Save asks to be pressed when there is something to save, and not
 * before. */
static void
test_suggested_action_follows_changes (void)
{
  LadderWindow *window = open_real_page ();

  gtk_window_present (GTK_WINDOW (window));
  spin (50);
  g_assert_false (save_suggested (window));

  ladder_role_set_job_grade (role_at (window, 0), 4);
  spin (50);
  g_assert_true (save_suggested (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  spin (50);
  g_assert_false (save_suggested (window));

  close_without_saving (window);
}

/* The Extends row keeps the tooltip that says what it is for when the
 * handbook checks mark the form's fields and find nothing in it. */
static void
test_extends_keeps_tooltip (void)
{
  LadderWindow *window = open_real_page ();
  GtkWidget    *extends;

  pick_role (window, 1);
  spin (200);
  extends = find_widget (GTK_WIDGET (role_editor (window)), ADW_TYPE_COMBO_ROW, NULL, NULL);
  g_assert_nonnull (extends);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (extends), ==,
                   "The role whose responsibilities and requirements this one builds on");

  close_without_saving (window);
}

/* The requests sent to the X server so far (the window tests run on X11). */
static unsigned long
x_requests (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  return XNextRequest (gdk_x11_display_get_xdisplay (display));
}

/* A tooltip set where the pointer cannot be over it (a widget in no
 * window yet, a text that does not change) asks the display server
 * nothing: GTK 4.8's own setter asks where the pointer is every time. */
static void
test_tooltip_asks_nothing (void)
{
  LadderWindow *window = open_real_page ();
  GtkWidget    *button = g_object_ref_sink (gtk_button_new ());
  GtkWidget    *in_window = GTK_WIDGET (role_editor (window));
  unsigned long before = x_requests ();

  ladder_tooltip_set_text (button, "Remove Requirement");
  g_assert_cmpuint (x_requests (), ==, before);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove Requirement");
  g_assert_true (gtk_widget_get_has_tooltip (button));
  g_assert_true (gtk_widget_get_visible (button));

  /* An empty text is none, as for GTK. */
  ladder_tooltip_set_text (button, "");
  g_assert_null (gtk_widget_get_tooltip_text (button));
  g_assert_false (gtk_widget_get_has_tooltip (button));
  g_assert_cmpuint (x_requests (), ==, before);

  /* In a window: a new text is set as GTK sets it, the same text again
   * asks nothing. */
  ladder_tooltip_set_text (in_window, "A role");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (in_window), ==, "A role");
  before = x_requests ();
  ladder_tooltip_set_text (in_window, "A role");
  g_assert_cmpuint (x_requests (), ==, before);
  ladder_tooltip_set_text (in_window, NULL);

  /* What this test sees of GTK's own setter. */
  gtk_widget_set_tooltip_text (button, "Remove Requirement");
  g_assert_cmpuint (x_requests (), >, before);

  g_object_unref (button);
  close_without_saving (window);
}

/* The requests GTK's own text views send as they are made, @n of them
 * (GTK 4.8 asks the X server for the keyboard's direction in each). */
static unsigned long
text_view_requests (guint n)
{
  unsigned long before = x_requests ();

  for (guint i = 0; i < n; i++)
    g_object_unref (g_object_ref_sink (gtk_text_view_new ()));
  return x_requests () - before;
}

/* An editor with nothing to show makes its first rows while the window
 * has nothing else to do: a role shown after makes none (no text view
 * made, no request to the X server for one), and its rows show its
 * bullets. */
static void
test_rows_made_ahead (void)
{
  LadderWindow       *window = open_real_page ();
  LadderRole         *role = role_at (window, 2);
  LadderBulletEditor *editor
      = g_object_ref_sink (LADDER_BULLET_EDITOR (ladder_bullet_editor_new ()));
  GListModel   *requirements = ladder_role_get_requirements (role);
  guint         n = g_list_model_get_n_items (requirements);
  unsigned long before;

  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpuint (n, <=, 8);
  ladder_bullet_editor_set_list (editor, LADDER_BULLET_LIST_REQUIREMENTS);
  /* Until the window has nothing left to do (bounded: slower under a
   * sanitizer). */
  {
    gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    spin (100);
    while (g_main_context_pending (NULL) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
  }

  before = x_requests ();
  ladder_bullet_editor_set_role (editor, role);
  g_assert_cmpuint (x_requests () - before, ==, 0);
  g_assert_cmpuint (text_view_requests (n), >, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (requirements, i);
      GtkWidget       *row = ladder_bullet_editor_get_row (editor, i);
      g_autofree char *expected = shown_text (ladder_bullet_get_text (bullet));
      g_autofree char *text = NULL;

      g_assert_nonnull (row);
      text = text_view_text (ladder_bullet_editor_get_entry (editor, i));
      g_assert_cmpstr (text, ==, expected);
      g_assert_nonnull (find_widget (row, GTK_TYPE_BUTTON, tooltip_is, "Remove Requirement"));
    }

  g_object_unref (editor);
  close_without_saving (window);
}

/* Whether every bullet row shown under @widget is as tall as its text
 * needs at the row's width (the text view asked again), counting them in
 * @n_checked. Walks the rows there are: asking the editor for a row makes
 * all of them. */
static gboolean
rows_tall_enough (GtkWidget *widget, guint *n_checked)
{
  gboolean tall_enough = TRUE;

  if (GTK_IS_TEXT_VIEW (widget) && gtk_widget_has_css_class (widget, "bullet-text")
      && gtk_widget_get_mapped (widget))
    {
      int needed;

      gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (widget), &needed,
                          NULL, NULL, NULL);
      (*n_checked)++;
      if (gtk_widget_get_height (widget) < needed)
        {
          g_test_message ("a bullet %d pixels tall, whose text needs %d",
                          gtk_widget_get_height (widget), needed);
          return FALSE;
        }
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    tall_enough &= rows_tall_enough (child, n_checked);

  return tall_enough;
}

typedef struct
{
  LadderWindow *window;
  guint         painted;
  guint         n_checked;
  gboolean      tall_enough;
} FirstFrame;

/* The rows as the first frame painted showed them. */
static void
on_after_paint_check_rows (GdkFrameClock *clock, FirstFrame *first)
{
  if (first->painted++ == 0)
    first->tall_enough
        = rows_tall_enough (GTK_WIDGET (role_editor (first->window)), &first->n_checked);
}

static gboolean
painted_once (gpointer data)
{
  return ((FirstFrame *) data)->painted > 0;
}

/* Picks the role at @position, and checks the rows of the first frame
 * that shows it. */
static void
assert_first_frame_rows (LadderWindow *window, guint position)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  FirstFrame     first = { window, 0, 0, FALSE };
  gulong         handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_check_rows), &first);
  pick_role (window, position);
  g_assert_true (spin_until (painted_once, &first));
  g_signal_handler_disconnect (clock, handler);

  g_assert_cmpuint (first.n_checked, >, 0);
  g_assert_true (first.tall_enough);
  /* The rows the frames after bring in. */
  spin (200);
}

/* The first frame showing a role shows each of its bullets whole, after
 * the family's page (rows made ahead, never laid out before) as after
 * another role (rows kept, laid out with other bullets, shorter or
 * longer): GTK 4.8's text view learns the height of its wrapped text only
 * as it is laid out, and asks for that height in a way GTK drops during
 * layout, so the rows came one line tall, their text cut, until something
 * else laid the form out again (a row of the next frame's, an edit). */
static void
test_rows_laid_out_at_once (void)
{
  LadderWindow *window = open_real_page ();
  gint64        deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  /* Until the window has nothing left to do: its spare rows made. */
  spin (100);
  while (g_main_context_pending (NULL) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  /* Roles of 18, 16, 19 and 18 bullets, most of them of two lines or
   * three at this width, some of one. */
  assert_first_frame_rows (window, 2);
  assert_first_frame_rows (window, 1);
  assert_first_frame_rows (window, 3);
  assert_first_frame_rows (window, 2);

  close_without_saving (window);
}

/* The glyphs drawn under @node (text nodes). */
static void
count_glyphs (GskRenderNode *node, guint *glyphs)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        count_glyphs (gsk_container_node_get_child (node, i), glyphs);
      break;
    case GSK_TRANSFORM_NODE:
      count_glyphs (gsk_transform_node_get_child (node), glyphs);
      break;
    case GSK_OPACITY_NODE:
      count_glyphs (gsk_opacity_node_get_child (node), glyphs);
      break;
    case GSK_COLOR_MATRIX_NODE:
      count_glyphs (gsk_color_matrix_node_get_child (node), glyphs);
      break;
    case GSK_CLIP_NODE:
      count_glyphs (gsk_clip_node_get_child (node), glyphs);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      count_glyphs (gsk_rounded_clip_node_get_child (node), glyphs);
      break;
    case GSK_DEBUG_NODE:
      count_glyphs (gsk_debug_node_get_child (node), glyphs);
      break;
    case GSK_TEXT_NODE:
      *glyphs += gsk_text_node_get_num_glyphs (node);
      break;
    default:
      break;
    }
}

/* Whether the text view @view draws @text: as many glyphs as @text laid
 * out has, spaces aside (a space ending a wrapped line is not drawn).
 * What the view draws is its own layout of the buffer, which GTK keeps
 * apart from the buffer's text. */
static gboolean
view_draws_text (GtkWidget *view, const char *text)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (view);
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (view, text);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint            drawn = 0, glyphs = 0, spaces = 0;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (view),
                          gtk_widget_get_height (view));
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    count_glyphs (node, &drawn);

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      for (int i = 0; run != NULL && i < run->glyphs->num_glyphs; i++)
        {
          glyphs++;
          if (text[run->item->offset + run->glyphs->log_clusters[i]] == ' ')
            spaces++;
        }
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  g_test_message ("%u glyphs drawn for %u (%u spaces) of \"%s\"", drawn, glyphs, spaces, text);
  return drawn <= glyphs && drawn + spaces >= glyphs;
}

/* The responsibilities shown of the role at @position, each drawn with
 * its own text. */
static void
assert_rows_draw_role (LadderWindow *window, guint position)
{
  GListModel         *bullets = ladder_role_get_responsibilities (role_at (window, position));
  LadderBulletEditor *editor = bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
  guint               n_checked = 0;

  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, position));
  for (guint i = 0; i < g_list_model_get_n_items (bullets); i++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);
      GtkWidget       *view = ladder_bullet_editor_get_entry (editor, i);
      g_autofree char *expected = shown_text (ladder_bullet_get_text (bullet));

      if (!gtk_widget_get_mapped (view))
        continue;
      n_checked++;
      g_assert_true (view_draws_text (view, expected));
    }
  g_assert_cmpuint (n_checked, >=, 4);
}

/* Roles picked faster than the window paints (Down pressed twice while
 * the window is busy): the rows of a role shown for no frame, kept for the
 * next role, draw its bullets and not the ones they showed. A text view
 * keeps its own layout of a paragraph; GTK 4.8 lays out the cursor's
 * paragraph as the view is realized, and that layout outlived the text
 * put in the buffer while the view was away from it: the rows drew the
 * bullets of the role passed by, and their remove buttons deleted
 * bullets nobody saw. */
static void
test_rows_draw_their_bullets (void)
{
  LadderWindow *window = open_real_page ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  pick_role (window, 1);

  /* Role 2 for no frame, then role 3. */
  sidebar_pick_role (window, 2);
  pick_role (window, 3);
  spin (200);
  assert_rows_draw_role (window, 3);

  /* Down, Down, then a click: role 5 for no frame, then role 4 (a few
   * rows taken, the others kept), then role 6. */
  pick_role (window, 1);
  sidebar_pick_role (window, 5);
  pick_role (window, 4);
  pick_role (window, 6);
  spin (200);
  assert_rows_draw_role (window, 6);

  close_without_saving (window);
}

/* The border nodes under @node, each with its four sides' colours the
 * same (@uneven counts those that differ). */
static void
count_borders (GskRenderNode *node, guint *borders, guint *uneven)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        count_borders (gsk_container_node_get_child (node, i), borders, uneven);
      break;
    case GSK_TRANSFORM_NODE:
      count_borders (gsk_transform_node_get_child (node), borders, uneven);
      break;
    case GSK_OPACITY_NODE:
      count_borders (gsk_opacity_node_get_child (node), borders, uneven);
      break;
    case GSK_COLOR_MATRIX_NODE:
      count_borders (gsk_color_matrix_node_get_child (node), borders, uneven);
      break;
    case GSK_CLIP_NODE:
      count_borders (gsk_clip_node_get_child (node), borders, uneven);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      count_borders (gsk_rounded_clip_node_get_child (node), borders, uneven);
      break;
    case GSK_SHADOW_NODE:
      count_borders (gsk_shadow_node_get_child (node), borders, uneven);
      break;
    case GSK_DEBUG_NODE:
      count_borders (gsk_debug_node_get_child (node), borders, uneven);
      break;
    case GSK_BORDER_NODE:
      {
        const GdkRGBA *colors = gsk_border_node_get_colors (node);

        (*borders)++;
        if (!gdk_rgba_equal (&colors[0], &colors[1]) || !gdk_rgba_equal (&colors[0], &colors[2])
            || !gdk_rgba_equal (&colors[0], &colors[3]))
          (*uneven)++;
      }
      break;
    default:
      break;
    }
}

/* The lines between a boxed list's rows are drawn in one colour on all
 * four sides of each row (only the bottom has a width): GTK 4.8's cairo
 * renderer paints a border whose sides differ in colour through a mesh
 * gradient over the row's whole area, which was a sixth of the work of
 * showing a role of the large family. */
static void
test_row_borders_one_colour (void)
{
  LadderWindow *window = open_real_page ();
  guint         borders = 0, uneven = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  pick_role (window, 2);
  assert_rows_show_role (window, 2);
  spin (100);
  {
    g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
    g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
    g_autoptr (GskRenderNode) node = NULL;

    gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (GTK_WIDGET (window)),
                            gtk_widget_get_height (GTK_WIDGET (window)));
    node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    g_assert_nonnull (node);
    count_borders (node, &borders, &uneven);
  }
  /* The form's fields and bullets are rows of boxed lists. */
  g_assert_cmpuint (borders, >=, 5);
  g_assert_cmpuint (uneven, ==, 0);

  close_without_saving (window);
}

/* A role's rows are made, each with the tooltips of its handle, its
 * remove button and what the checks found in it, without a round trip to
 * the display server for them: three a row before (a role of 60 bullets,
 * 180). The rows ask only what their text views ask. */
static void
test_rows_ask_nothing (void)
{
  LadderWindow       *window = open_real_page ();
  LadderRole         *role = role_at (window, 2);
  LadderBulletEditor *editor
      = g_object_ref_sink (LADDER_BULLET_EDITOR (ladder_bullet_editor_new ()));
  GListModel *requirements = ladder_role_get_requirements (role);
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  unsigned long before;

  g_assert_cmpuint (g_list_model_get_n_items (requirements), >=, 3);
  g_ptr_array_add (problems,
                   ladder_lint_problem_new ("test", LADDER_LINT_WARNING, g_strdup ("Too vague"), 2,
                                            LADDER_LINT_FIELD_REQUIREMENTS, 1, 1, 1, 1, 0));
  ladder_bullet_editor_set_list (editor, LADDER_BULLET_LIST_REQUIREMENTS);
  ladder_bullet_editor_set_problems (editor, problems);

  before = x_requests ();
  ladder_bullet_editor_set_role (editor, role);
  g_assert_cmpuint (x_requests () - before, ==,
                    text_view_requests (g_list_model_get_n_items (requirements)));

  /* Every row is there, with its tooltips. */
  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      GtkWidget *row = ladder_bullet_editor_get_row (editor, i);

      g_assert_nonnull (row);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, i == 1 ? "Too vague" : NULL);
      g_assert_nonnull (find_widget (row, GTK_TYPE_BUTTON, tooltip_is, "Remove Requirement"));
      g_assert_true (gtk_widget_get_visible (row));
    }

  g_object_unref (editor);
  close_without_saving (window);
}

typedef struct
{
  guint removed;
  guint added;
} Changes;

static void
on_choices_changed (GListModel *model, guint position, guint removed, guint added, Changes *changes)
{
  changes->removed += removed;
  changes->added += added;
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} ModelSize;

static gboolean
has_n_items (gpointer data)
{
  ModelSize *size = data;

  return g_list_model_get_n_items (size->model) == size->n_items;
}

/* The title a choice shows, as the combo row shows it. */
static char *
choice_title (AdwComboRow *extends, guint position)
{
  g_autoptr (GObject) item = g_list_model_get_item (adw_combo_row_get_model (extends), position);
  g_auto (GValue) value = G_VALUE_INIT;

  g_assert_true (gtk_expression_evaluate (adw_combo_row_get_expression (extends), item, &value));
  return g_value_dup_string (&value);
}

/* The Extends choices are "None" and every other role by its title, and
 * follow the role shown without being made anew: showing the next role
 * changes the one or two choices that differ, not all of them (a family
 * of 2,000 roles copied 1,999 titles for each role shown). A choice picked
 * is the role's "extends"; the choices moving under it are not a pick. */
static void
test_extends_choices_follow_role (void)
{
  LadderWindow *window = open_real_page ();
  GListModel   *roles
      = ladder_family_get_roles (ladder_document_get_family (ladder_window_get_document (window)));
  guint        n_roles = g_list_model_get_n_items (roles);
  Changes      changes = { 0, 0 };
  AdwComboRow *extends;
  GListModel  *choices;

  g_assert_cmpuint (n_roles, >=, 4);
  /* Made while the window had nothing else to do, before any role is
   * shown: showing the first one only takes it out. */
  extends = ADW_COMBO_ROW (
      find_any_widget (GTK_WIDGET (role_editor (window)), ADW_TYPE_COMBO_ROW, NULL, NULL));
  choices = adw_combo_row_get_model (extends);
  {
    ModelSize all = { choices, n_roles + 1 };

    g_assert_true (spin_until (has_n_items, &all));
  }
  g_signal_connect (choices, "items-changed", G_CALLBACK (on_choices_changed), &changes);
  pick_role (window, 1);
  spin (100);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  g_signal_handlers_disconnect_by_data (choices, &changes);
  changes = (Changes){ 0, 0 };
  g_assert_true (adw_combo_row_get_model (extends) == choices);
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, n_roles);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autofree char *title = choice_title (extends, i);

      g_assert_cmpstr (title, ==,
                       i == 0 ? "None" : ladder_role_get_title (role_at (window, i == 1 ? 0 : i)));
    }

  g_signal_connect (choices, "items-changed", G_CALLBACK (on_choices_changed), &changes);
  pick_role (window, 2);
  spin (100);
  g_assert_true (adw_combo_row_get_model (extends) == choices);
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, n_roles);
  g_assert_cmpuint (changes.removed, <=, 2);
  g_assert_cmpuint (changes.added, <=, 2);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autofree char *title = choice_title (extends, i);

      g_assert_cmpstr (title, !=, ladder_role_get_title (role_at (window, 2)));
    }

  /* Picked: the role extends the choice's title. */
  adw_combo_row_set_selected (extends, 1);
  spin (20);
  g_assert_cmpstr (ladder_role_get_extends (role_at (window, 2)), ==,
                   ladder_role_get_title (role_at (window, 0)));
  /* A role added before it moves the choice, not the role's "extends". */
  {
    g_autoptr (LadderRole) added = ladder_role_new ("A role added first");
    g_autofree char *shown = NULL;

    ladder_family_insert_role (ladder_document_get_family (ladder_window_get_document (window)), 0,
                               added);
    spin (20);
    g_assert_cmpstr (ladder_role_get_extends (role_at (window, 3)), ==,
                     ladder_role_get_title (role_at (window, 1)));
    shown = choice_title (extends, adw_combo_row_get_selected (extends));
    g_assert_cmpstr (shown, ==, ladder_role_get_title (role_at (window, 1)));
  }
  adw_combo_row_set_selected (extends, 0);
  spin (20);
  g_assert_cmpstr (ladder_role_get_extends (role_at (window, 3)), ==, "");

  g_signal_handlers_disconnect_by_func (choices, on_choices_changed, &changes);
  close_without_saving (window);
}

static gboolean
preferences_row_titled (GtkWidget *widget, gconstpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Renaming a role that another extends: the other's Extends choice shows
 * the new title, the page says so, and one undo puts both back (the link
 * was lost on saving, and the choice showed "None"). */
static void
test_extends_follows_rename (void)
{
  LadderWindow    *window = open_real_page ();
  LadderRole      *extended = role_at (window, 0);
  LadderRole      *extending = role_at (window, 2);
  g_autofree char *old_title = g_strdup (ladder_role_get_title (extended));
  g_autofree char *page = NULL;
  g_autofree char *shown = NULL;
  AdwComboRow     *extends;
  GtkWidget       *title_row;

  pick_role (window, 2);
  extends = ADW_COMBO_ROW (
      find_any_widget (GTK_WIDGET (role_editor (window)), ADW_TYPE_COMBO_ROW, NULL, NULL));
  adw_combo_row_set_selected (extends, 1);
  spin (20);
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, old_title);

  pick_role (window, 0);
  title_row = find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW,
                           preferences_row_titled, "_Title");
  g_assert_nonnull (title_row);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Partner Program Associate");
  spin (20);
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "Partner Program Associate");
  page = page_of (window);
  g_assert_nonnull (
      strstr (page, "Extends that of the Partner Program Associate responsibilities"));

  pick_role (window, 2);
  shown = choice_title (extends, adw_combo_row_get_selected (extends));
  g_assert_cmpstr (shown, ==, "Partner Program Associate");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin (20);
  g_assert_cmpstr (ladder_role_get_title (extended), ==, old_title);
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, old_title);
  /* The undo shows the role it renamed back. */
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == extended);
  pick_role (window, 2);
  g_clear_pointer (&shown, g_free);
  shown = choice_title (extends, adw_combo_row_get_selected (extends));
  g_assert_cmpstr (shown, ==, old_title);

  close_without_saving (window);
}

static gboolean
shows_family_page (LadderWindow *window)
{
  LadderRoleEditor *editor = role_editor (window);

  return editor == NULL || ladder_role_editor_get_role (editor) == NULL;
}

/* Undo and redo show what they change: a bullet edited in another role,
 * undone, shows that role; the family's intro, its page; a role deleted
 * and brought back, that role. One Ctrl+Z too many undid an edit out of
 * sight, and the form went on showing a role that had not changed. */
static void
test_undo_shows_what_it_changes (void)
{
  LadderWindow *window = open_real_page ();
  LadderRole   *first = role_at (window, 1);
  LadderRole   *third = role_at (window, 2);
  g_autoptr (LadderBullet) bullet = g_list_model_get_item (
      ladder_role_get_bullets (first, LADDER_BULLET_LIST_RESPONSIBILITIES), 0);
  g_autofree char *text = g_strdup (ladder_bullet_get_text (bullet));

  pick_role (window, 1);
  ladder_bullet_set_text (bullet, "Edited out of sight later");
  ladder_history_seal (ladder_document_get_history (ladder_window_get_document (window)));
  pick_role (window, 2);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == third);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin (50);
  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, text);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == first);
  g_assert_true (sidebar_selected_role (window) == first);

  /* Redo too. */
  pick_role (window, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  spin (50);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == first);

  /* The family's intro: its page. */
  ladder_family_set_intro (family_of (window), "An intro");
  ladder_history_seal (ladder_document_get_history (ladder_window_get_document (window)));
  pick_role (window, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin (50);
  g_assert_true (shows_family_page (window));

  /* A role deleted, shown again when the undo brings it back. */
  pick_role (window, 2);
  g_object_ref (third);
  ladder_family_remove_role (family_of (window), 2);
  ladder_history_seal (ladder_document_get_history (ladder_window_get_document (window)));
  pick_role (window, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin (50);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == third);
  g_object_unref (third);

  close_without_saving (window);
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* Typing in a bullet does not go over the sidebar's rows to make their
 * group headings anew (every row of a 2,000-role family, for each key);
 * a change of what the headings show does. */
static void
test_bullet_edit_keeps_headings (void)
{
  LadderWindow *window = open_real_page ();
  LadderFamily *family = ladder_document_get_family (ladder_window_get_document (window));
  GListModel   *bullets;
  guint         updates = 0;

  pick_role (window, 1);
  spin (100);
  g_signal_connect (sidebar_selection (window), "items-changed", G_CALLBACK (count_items_changed),
                    &updates);
  updates = 0;
  bullets = ladder_role_get_responsibilities (role_at (window, 1));
  g_assert_cmpuint (g_list_model_get_n_items (bullets), >, 0);
  {
    g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, 0);

    ladder_bullet_set_text (bullet, "Typed in the benchmark's way");
    ladder_role_set_title (role_at (window, 1), "A title typed");
  }
  spin (50);
  g_assert_cmpuint (updates, ==, 0);

  /* A part's heading is what a group heading shows. */
  {
    GListModel *sections = ladder_family_get_sections (family);

    for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
      {
        g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

        if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
          {
            g_autofree char *heading
                = g_strconcat (ladder_section_get_heading (section), " (renamed)", NULL);

            ladder_section_set_heading (section, heading);
            break;
          }
      }
  }
  spin (50);
  g_assert_cmpuint (updates, >, 0);

  g_signal_handlers_disconnect_by_func (sidebar_selection (window), count_items_changed, &updates);
  close_without_saving (window);
}

/* Tab, as GTK hands it to the role list's key handlers. */
static void
press_tab (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
    }

  if (!handled)
    gtk_widget_child_focus (GTK_WIDGET (gtk_widget_get_root (widget)), GTK_DIR_TAB_FORWARD);
  spin (50);
}

/* The role list is one Tab stop: Tab from a role leaves the list, not
 * onto the next role. */
static void
test_role_list_is_one_tab_stop (void)
{
  LadderWindow *window = open_real_page ();
  GtkWidget    *focus;

  gtk_window_present (GTK_WINDOW (window));
  pick_role (window, 1);
  gtk_widget_grab_focus (sidebar_row (window, role_at (window, 1)));
  spin (50);
  g_assert_true (focus_within (window, GTK_WIDGET (role_list (window))));

  press_tab (GTK_WIDGET (role_list (window)));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_false (focus_within (window, GTK_WIDGET (role_list (window))));

  close_without_saving (window);
}

static gboolean
focus_on_shown_role (gpointer data)
{
  LadderWindow *window = data;
  LadderRole   *shown = ladder_role_editor_get_role (role_editor (window));
  GtkWidget    *row = shown != NULL ? sidebar_row (window, shown) : NULL;

  return row != NULL && focus_within (window, row);
}

/* Where the focus is, from the window down, for a failure's message. */
static char *
describe_focus (LadderWindow *window)
{
  GString   *path = g_string_new (NULL);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_string_prepend (path, G_OBJECT_TYPE_NAME (widget));
      g_string_prepend (path, " > ");
    }

  if (focus != NULL && gtk_widget_get_first_child (focus) != NULL
      && LADDER_IS_ROLE_ROW (gtk_widget_get_first_child (focus)))
    g_string_append_printf (path, " (the row of \"%s\")",
                            ladder_role_get_title (ladder_role_row_get_role (
                                LADDER_ROLE_ROW (gtk_widget_get_first_child (focus)))));

  return g_string_free (path, FALSE);
}

static void
collect_inscriptions (GtkWidget *widget, GString *texts)
{
  if (GTK_IS_INSCRIPTION (widget))
    g_string_append_printf (texts, "%s%s", texts->len > 0 ? " / " : "",
                            gtk_inscription_get_text (GTK_INSCRIPTION (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_inscriptions (child, texts);
}

/* The texts a role's row shows, title and grade, as "title / grade". */
static char *
row_texts (LadderRole *role)
{
  GtkWidget *row = g_object_ref_sink (ladder_role_row_new (role));
  GString   *texts = g_string_new (NULL);

  collect_inscriptions (row, texts);
  g_object_unref (row);

  return g_string_free (texts, FALSE);
}

/* A role the page gave no heading is "All Levels" only when it has no
 * grade: the one role of a page about one role ("The Associate Backend
 * Engineer is a grade 5") shows its title and grade. Before, it read "All
 * Levels, shared by all levels", beside a second role added to the page. */
static void
test_page_role_row (void)
{
  g_autoptr (LadderRole) role = ladder_role_new ("Associate Backend Engineer");
  g_autofree char *shared = NULL;
  g_autofree char *graded = NULL;

  ladder_role_set_heading_level (role, 0);
  shared = row_texts (role);
  g_assert_cmpstr (shared, ==, "All Levels / Shared by all levels");

  ladder_role_set_job_grade (role, 5);
  graded = row_texts (role);
  g_assert_cmpstr (graded, ==, "Associate Backend Engineer / Grade 5");
}

/* A title whose heading holds HTML reads as the page shows it: the row
 * showed "<a name="Gitaly"></a>Cluster". */
static void
test_role_row_without_html (void)
{
  g_autoptr (LadderRole) role = ladder_role_new ("<a name=\"Gitaly\"></a>Cluster");
  g_autoptr (LadderRole) tags_only = ladder_role_new ("<br>");
  g_autofree char *texts = NULL;
  g_autofree char *kept = NULL;

  ladder_role_set_heading_level (role, 3);
  ladder_role_set_job_grade (role, 7);
  texts = row_texts (role);
  g_assert_cmpstr (texts, ==, "Cluster / Grade 7");

  ladder_role_set_heading_level (tags_only, 3);
  kept = row_texts (tags_only);
  g_assert_cmpstr (kept, ==, "<br> / No grade");
}

/* Tab into the sidebar puts the focus on the role shown, and shows no
 * other: GtkListView gives the focus entering it to the row it last had
 * (the first, at first), and GTK after 4.8 selects that row too. */
static void
test_tab_into_sidebar_keeps_the_role (void)
{
  LadderWindow *window = open_real_page ();
  GtkWidget    *family_row;

  gtk_window_present (GTK_WINDOW (window));
  pick_role (window, 3);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 3));

  /* From the family's row above the list, as Tab from there goes. */
  family_row
      = gtk_widget_get_ancestor (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_says,
                                              ladder_family_get_title (family_of (window))),
                                 GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (family_row);
  g_assert_true (gtk_widget_grab_focus (family_row));
  spin (50);
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  /* The focus is moved to the role's row once GTK has put it in the list
   * (a frame later if the list has yet to make that row). A window that
   * has lost the keyboard focus to another one starts a Tab from its first
   * widget: each window test has a display of its own for that
   * (ladder-own-display.sh), and where the focus went is said here. */
  if (!spin_until (focus_on_shown_role, window))
    {
      g_autofree char *where = describe_focus (window);

      g_test_fail_printf (
          "The focus is at%s; the form shows \"%s\"; the window is %sactive", where,
          ladder_role_get_title (ladder_role_editor_get_role (role_editor (window))),
          gtk_window_is_active (GTK_WINDOW (window)) ? "" : "not ");
      close_without_saving (window);
      return;
    }

  g_assert_true (focus_within (window, role_list (window)));
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 3));
  g_assert_true (selected_in_sidebar (window) == role_at (window, 3));
  g_assert_true (focus_within (window, sidebar_row (window, role_at (window, 3))));

  close_without_saving (window);
}

/* @keyval pressed on @widget's list, as its key handlers take it. */
static void
press_key (GtkWidget *widget, guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  g_assert_true (handled);
  spin (50);
}

/* Up, Down, Home and End go from role to role: the "Levels" heading above
 * the first role is passed over (GTK's own Home would select it, and Up
 * would rest on it). */
static void
test_keys_pass_headings (void)
{
  LadderWindow *window = open_real_page ();

  gtk_window_present (GTK_WINDOW (window));
  pick_role (window, 3);
  g_assert_true (gtk_widget_grab_focus (sidebar_row (window, role_at (window, 3))));
  spin (50);

  press_key (role_list (window), GDK_KEY_Home);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 0));
  g_assert_true (selected_in_sidebar (window) == role_at (window, 0));
  g_assert_true (focus_within (window, sidebar_row (window, role_at (window, 0))));

  /* Up from the first role: nowhere to go. */
  press_key (role_list (window), GDK_KEY_Up);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 0));
  g_assert_true (focus_within (window, sidebar_row (window, role_at (window, 0))));

  press_key (role_list (window), GDK_KEY_Down);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == role_at (window, 1));
  g_assert_true (selected_in_sidebar (window) == role_at (window, 1));
  g_assert_true (focus_within (window, sidebar_row (window, role_at (window, 1))));

  press_key (role_list (window), GDK_KEY_End);
  g_assert_true (
      ladder_role_editor_get_role (role_editor (window))
      == role_at (window,
                  g_list_model_get_n_items (ladder_family_get_roles (family_of (window))) - 1));

  close_without_saving (window);
}

static guint
count_focusable (GtkWidget *widget)
{
  guint n = gtk_widget_get_focusable (widget) && gtk_widget_get_visible (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_focusable (child);

  return n;
}

/* A bullet is one Tab stop, its text: not three (row, text, remove). */
static void
test_bullet_is_one_tab_stop (void)
{
  LadderWindow *window = open_real_page ();
  GtkWidget    *editor;
  GtkWidget    *list;
  guint         n_rows = 0;

  gtk_window_present (GTK_WINDOW (window));
  pick_role (window, 1);
  editor = find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_BULLET_EDITOR, NULL, NULL);
  g_assert_nonnull (editor);
  list = find_widget (editor, GTK_TYPE_LIST_BOX, NULL, NULL);
  g_assert_nonnull (list);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;
      g_assert_cmpuint (count_focusable (row), ==, 1);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, >, 3);

  close_without_saving (window);
}

/* The sidebar's row of the family's second role has its width. */
static gboolean
second_row_laid_out (gpointer window)
{
  GtkWidget *row = sidebar_row (window, role_at (window, 1));

  return row != NULL && gtk_widget_get_width (row) > 0;
}

/* Whether @widget, asked for its tooltip as GTK asks, shows one. */
static gboolean
widget_tooltip_shown (GtkWidget *widget)
{
  g_autoptr (GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_assert_true (gtk_widget_get_has_tooltip (widget));
  g_signal_emit_by_name (widget, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  return shown;
}

static gboolean
tooltip_shown (GtkWidget *row)
{
  GtkWidget *role_row = find_widget (row, LADDER_TYPE_ROLE_ROW, NULL, NULL);

  /* The row's box, and in it the title above the grade. */
  return widget_tooltip_shown (gtk_widget_get_first_child (gtk_widget_get_first_child (role_row)));
}

/* A title too long for the sidebar is cut short, and its row's tooltip has
 * all of it; a title that fits has none. */
static void
test_cut_title_has_tooltip (void)
{
  LadderWindow *window = open_real_page ();
  guint         n_roles = g_list_model_get_n_items (ladder_family_get_roles (family_of (window)));
  LadderRole   *last = role_at (window, n_roles - 1);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (spin_until (second_row_laid_out, window));

  /* "Senior Director, Partner Programs and Enablement" is wider than the
   * sidebar; "Partner Program Manager" is not. */
  g_assert_cmpstr (ladder_role_get_title (last), ==,
                   "Senior Director, Partner Programs and Enablement");
  g_assert_true (tooltip_shown (sidebar_row (window, last)));
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 1)), ==, "Partner Program Manager");
  g_assert_false (tooltip_shown (sidebar_row (window, role_at (window, 1))));

  close_without_saving (window);
}

static GtkWidget *
family_label (LadderWindow *window)
{
  return find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_says,
                      ladder_family_get_title (family_of (window)));
}

/* A family title typed longer than the sidebar does not widen it (the
 * form beside it stays where it is): it is cut short, and its tooltip has
 * all of it. It was laid out whole, the sidebar growing at each letter. */
static void
test_long_family_title_keeps_sidebar_width (void)
{
  LadderWindow *window = open_real_page ();
  GtkWidget    *label;
  GtkWidget    *row;
  int           width;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (spin_until (second_row_laid_out, window));
  spin (100);

  label = family_label (window);
  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
  width = gtk_widget_get_width (row);
  g_assert_cmpint (width, >, 0);
  g_assert_false (widget_tooltip_shown (label));

  ladder_family_set_title (family_of (window),
                           "Partner Program Management for the Americas, Europe, the Middle "
                           "East, Africa and the Asia Pacific region");
  spin (200);

  g_assert_true (family_label (window) == label);
  g_assert_cmpint (gtk_widget_get_width (row), ==, width);
  g_assert_true (widget_tooltip_shown (label));

  close_without_saving (window);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-navigation/filter-keeps-selection", test_filter_keeps_selection);
  g_test_add_func ("/window-navigation/sidebar-groups-roles", test_sidebar_groups_roles);
  g_test_add_func ("/window-navigation/role-switch-starts-at-top", test_role_switch_starts_at_top);
  g_test_add_func ("/window-navigation/rows-follow-role", test_rows_follow_role);
  g_test_add_func ("/window-navigation/f6-cycles-panes", test_f6_cycles_panes);
  g_test_add_func ("/window-navigation/new-family-says-no-roles", test_new_family_says_no_roles);
  g_test_add_func ("/window-navigation/suggested-action-follows-changes",
                   test_suggested_action_follows_changes);
  g_test_add_func ("/window-navigation/extends-keeps-tooltip", test_extends_keeps_tooltip);
  g_test_add_func ("/window-navigation/tooltip-asks-nothing", test_tooltip_asks_nothing);
  g_test_add_func ("/window-navigation/rows-ask-nothing", test_rows_ask_nothing);
  g_test_add_func ("/window-navigation/rows-made-ahead", test_rows_made_ahead);
  g_test_add_func ("/window-navigation/row-borders-one-colour", test_row_borders_one_colour);
  g_test_add_func ("/window-navigation/rows-laid-out-at-once", test_rows_laid_out_at_once);
  g_test_add_func ("/window-navigation/rows-draw-their-bullets", test_rows_draw_their_bullets);
  g_test_add_func ("/window-navigation/extends-choices-follow-role",
                   test_extends_choices_follow_role);
  g_test_add_func ("/window-navigation/extends-follows-rename", test_extends_follows_rename);
  g_test_add_func ("/window-navigation/bullet-edit-keeps-headings",
                   test_bullet_edit_keeps_headings);
  g_test_add_func ("/window-navigation/role-list-is-one-tab-stop", test_role_list_is_one_tab_stop);
  g_test_add_func ("/window-navigation/tab-into-sidebar-keeps-the-role",
                   test_tab_into_sidebar_keeps_the_role);
  g_test_add_func ("/window-navigation/page-role-row", test_page_role_row);
  g_test_add_func ("/window-navigation/role-row-without-html", test_role_row_without_html);
  g_test_add_func ("/window-navigation/keys-pass-headings", test_keys_pass_headings);
  g_test_add_func ("/window-navigation/bullet-is-one-tab-stop", test_bullet_is_one_tab_stop);
  g_test_add_func ("/window-navigation/cut-title-has-tooltip", test_cut_title_has_tooltip);
  g_test_add_func ("/window-navigation/long-family-title-keeps-sidebar-width",
                   test_long_family_title_keeps_sidebar_width);
  g_test_add_func ("/window-navigation/open-error-dialog", test_open_error_dialog);
  g_test_add_func ("/window-navigation/undo-shows-what-it-changes",
                   test_undo_shows_what_it_changes);
  g_test_add_func ("/window-navigation/open-error-beside-a-window",
                   test_open_error_beside_a_window);

  return g_test_run ();
}
