/* test-window-form.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * What a person types in the family's and a role's forms reaches the page,
 * however the person goes on: saving or closing from the keyboard with the
 * focus still in a field. Needs a display (Xvfb in CI); exits 77 (skipped)
 * where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-entry-row.h"
#include "ladder-family-editor.h"
#include "ladder-test-window.h"
#include "ladder-window.h"

static LadderApplication *app;

#define PAGE "partner-program-manager.md"
#define ROLE 1
#define ROLE_TITLE "Partner Program Manager"

/* A copy of the page tests/data/PAGE in a window; its path in @path. */
static LadderWindow *
open_page (char **path)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", PAGE, NULL);
  g_autoptr (GFile) file = NULL;
  LadderWindow *window;

  *path = copy_to_temp (source, PAGE);
  file = g_file_new_for_path (*path);
  window = LADDER_WINDOW (ladder_application_open_file (app, file));
  g_assert_true (spin_until_shows (window, file));
  spin (50);

  return window;
}

/* The grade's field of the role at ROLE, with the focus, showing @typed
 * as typed there: not taken yet (it is on Enter or on leaving the field). */
static GtkWidget *
type_grade (LadderWindow *window, const char *typed)
{
  GtkWidget *grade;

  g_assert_cmpstr (ladder_role_get_title (role_at (window, ROLE)), ==, ROLE_TITLE);
  sidebar_pick_role (window, ROLE);
  spin (50);
  grade = find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_SPIN_BUTTON, NULL, NULL);
  g_assert_nonnull (grade);
  gtk_widget_grab_focus (grade);
  gtk_editable_set_text (GTK_EDITABLE (grade), typed);
  spin (20);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), grade));
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, ROLE)), ==, 6);

  return grade;
}

static void
on_modified (LadderDocument *document, GParamSpec *pspec, gboolean *saved)
{
  *saved = !ladder_document_get_modified (document);
}

/* A tester typed a grade and pressed Ctrl+S: the window said it was saved,
 * the field showed 9, and the page still said grade 6. */
static void
test_typed_grade_is_saved (void)
{
  g_autofree char *path = NULL;
  LadderWindow    *window = open_page (&path);
  LadderDocument  *document = ladder_window_get_document (window);
  g_autofree char *contents = NULL;
  gboolean         saved = FALSE;
  gint64           deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  type_grade (window, "9");
  g_signal_connect (document, "notify::modified", G_CALLBACK (on_modified), &saved);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (!saved && g_get_monotonic_time () < deadline)
    spin (20);
  g_signal_handlers_disconnect_by_data (document, &saved);

  g_assert_true (saved);
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, ROLE)), ==, 9);
  contents = contents_of (path);
  g_assert_nonnull (strstr (contents, "The " ROLE_TITLE " is a [grade 9]("));
  g_assert_null (strstr (contents, "The " ROLE_TITLE " is a [grade 6]("));

  close_without_saving (window);
}

/* A grade typed, then Ctrl+W: the window closed without asking, and the
 * grade was lost. */
static void
test_typed_grade_asks_on_close (void)
{
  g_autofree char  *path = NULL;
  LadderWindow     *window = open_page (&path);
  AdwMessageDialog *dialog;

  type_grade (window, "9");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  spin (50);

  g_assert_nonnull (window);
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  respond (dialog, "cancel");
  g_assert_nonnull (window);
  g_object_remove_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  close_without_saving (window);
}

/* A grade typed, then Ctrl+D: the duplicate got the grade and the role it
 * was typed in kept its old one; Ctrl+plus lost it. The role it was typed
 * in takes it, before the role is copied or another added. */
static void
test_typed_grade_stays_with_its_role (void)
{
  g_autofree char *path = NULL;
  g_autofree char *other_path = NULL;
  LadderWindow    *window = open_page (&path);
  GListModel      *roles = ladder_family_get_roles (family_of (window));
  guint            n_roles = g_list_model_get_n_items (roles);

  type_grade (window, "9");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-role", NULL);
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n_roles + 1);
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, ROLE)), ==, 9);
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, ROLE + 1)), ==, 9);
  close_without_saving (window);

  window = open_page (&other_path);
  roles = ladder_family_get_roles (family_of (window));
  type_grade (window, "9");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-role", NULL);
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n_roles + 1);
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, ROLE)), ==, 9);
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, ROLE + 1)), ==, LADDER_GRADE_NONE);
  close_without_saving (window);
}

static gboolean
is_entry_row_titled (GtkWidget *widget, gconstpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A title pasted as copied from a page or a mail, with its line end
 * (triple-clicking a line copies it so): the page's heading became
 * "## Staff Partner Program Manager&#10;", and so did each sentence that
 * names the role. A field of one line takes one line. */
static void
test_pasted_title_is_one_line (void)
{
  g_autofree char *path = NULL;
  LadderWindow    *window = open_page (&path);
  GdkClipboard    *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());
  GtkWidget       *row;
  GtkWidget       *text;
  g_autofree char *page = NULL;

  sidebar_pick_role (window, ROLE);
  spin (50);
  row = find_widget (GTK_WIDGET (role_editor (window)), LADDER_TYPE_ENTRY_ROW, is_entry_row_titled,
                     "_Title");
  g_assert_nonnull (row);
  text = find_widget (row, GTK_TYPE_TEXT, NULL, NULL);
  g_assert_nonnull (text);
  gtk_widget_grab_focus (text);
  gtk_editable_select_region (GTK_EDITABLE (text), 0, -1);

  gdk_clipboard_set_text (clipboard, "Staff Partner\r\nProgram Manager\n");
  spin (20);
  g_assert_true (press_shortcut (window, GDK_KEY_v, GDK_CONTROL_MASK));
  for (guint i = 0;
       i < 100 && g_strcmp0 (ladder_role_get_title (role_at (window, ROLE)), ROLE_TITLE) == 0; i++)
    spin (20);

  g_assert_cmpstr (ladder_role_get_title (role_at (window, ROLE)), ==,
                   "Staff Partner Program Manager");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Staff Partner Program Manager");
  page = page_of (window);
  g_assert_nonnull (strstr (page, "\n## Staff Partner Program Manager\n"));
  g_assert_null (strstr (page, "&#10;"));

  close_without_saving (window);
}

static gboolean
is_sections_list (GtkWidget *widget, gconstpointer data)
{
  GtkWidget *first = gtk_widget_get_first_child (widget);

  return first != NULL && ADW_IS_EXPANDER_ROW (first);
}

/* The section rows of @window's family form. */
static GPtrArray *
section_rows (LadderWindow *window)
{
  GtkWidget *editor;
  GtkWidget *list;
  GPtrArray *rows = g_ptr_array_new ();

  ladder_window_show_family (window);
  spin (50);
  editor = find_widget (GTK_WIDGET (window), LADDER_TYPE_FAMILY_EDITOR, NULL, NULL);
  g_assert_nonnull (editor);
  list = find_widget (editor, GTK_TYPE_LIST_BOX, is_sections_list, NULL);
  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_EXPANDER_ROW (row))
      g_ptr_array_add (rows, row);

  return rows;
}

/* The page's roles have no heading of their own (they follow its "Levels"
 * section at its level): their row in the family form offered a Heading
 * and a text. A heading typed there was never written (the window said
 * saved; the page reopened without it), and text typed there was read
 * back as the "Levels" section's. The row offers nothing to type in. */
static void
test_roles_without_heading_offer_no_fields (void)
{
  g_autofree char *path = NULL;
  LadderWindow    *window = open_page (&path);
  g_autoptr (GPtrArray) rows = section_rows (window);
  GListModel *sections = ladder_family_get_sections (family_of (window));
  g_autoptr (LadderSection) roles = g_list_model_get_item (sections, 1);
  GtkWidget *row;

  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (sections));
  g_assert_cmpint (ladder_section_get_kind (roles), ==, LADDER_SECTION_ROLES);
  g_assert_cmpint (ladder_section_get_level (roles), ==, 0);

  row = g_ptr_array_index (rows, 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  spin (50);
  g_assert_null (find_any_widget (row, GTK_TYPE_TEXT_VIEW, NULL, NULL));
  g_assert_null (find_any_widget (row, GTK_TYPE_EDITABLE, NULL, NULL));

  /* A section with a heading of its own is edited as before. */
  row = g_ptr_array_index (rows, 2);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  spin (50);
  g_assert_nonnull (find_widget (row, GTK_TYPE_TEXT_VIEW, NULL, NULL));

  close_without_saving (window);
}

/* Tab, pressed to go on to the next field as everywhere else in the form,
 * typed a tab in the introduction or a section's text: the line ended in
 * an invisible tab on the page (at a line's start, it made the line a code
 * block). The Markdown fields leave Tab to move the focus, as the bullets
 * do. */
static void
test_tab_leaves_markdown_fields (void)
{
  g_autofree char *path = NULL;
  LadderWindow    *window = open_page (&path);
  g_autoptr (GPtrArray) rows = section_rows (window);
  GtkWidget *editor = find_widget (GTK_WIDGET (window), LADDER_TYPE_FAMILY_EDITOR, NULL, NULL);
  GtkWidget *intro = find_widget (editor, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  GtkWidget *row = g_ptr_array_index (rows, 2);
  GtkWidget *text;

  g_assert_nonnull (intro);
  g_assert_false (gtk_text_view_get_accepts_tab (GTK_TEXT_VIEW (intro)));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  spin (50);
  text = find_widget (row, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  g_assert_nonnull (text);
  g_assert_false (gtk_text_view_get_accepts_tab (GTK_TEXT_VIEW (text)));

  close_without_saving (window);
}

/* Add Section put its row last, closed, often below what the window shows:
 * a person saw nothing happen, clicked again, and saved a bare "##" line
 * for each click. The new section opens with the focus in its heading. */
static void
test_added_section_takes_the_focus (void)
{
  g_autofree char *path = NULL;
  LadderWindow    *window = open_page (&path);
  g_autoptr (GPtrArray) before = section_rows (window);
  g_autoptr (GPtrArray) after = NULL;
  GtkWidget *editor = find_widget (GTK_WIDGET (window), LADDER_TYPE_FAMILY_EDITOR, NULL, NULL);
  GtkWidget *row;
  GtkWidget *heading;

  g_assert_true (gtk_widget_activate_action (editor, "family.add-section", NULL));
  spin (100);
  after = section_rows (window);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  row = g_ptr_array_index (after, after->len - 1);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  heading = find_widget (row, LADDER_TYPE_ENTRY_ROW, NULL, NULL);
  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), heading));

  close_without_saving (window);
}

/* Whether @widget, drawn as the window draws it, is in the colour of
 * errors at its left edge, halfway down. */
static gboolean
left_edge_is_red (GtkWidget *widget)
{
  int          w = gtk_widget_get_width (widget);
  int          h = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree guchar *data = NULL;
  const guchar      *pixel;

  g_assert_cmpint (w, >, 4);
  g_assert_cmpint (h, >, 4);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  data = g_malloc ((gsize) w * (gsize) h * 4);
  gdk_texture_download (texture, data, (gsize) w * 4);
  /* Cairo's ARGB32: blue, green, red, alpha in memory. */
  pixel = data + ((gsize) (h / 2) * (gsize) w + 1) * 4;

  return pixel[2] > 120 && pixel[2] > 2 * pixel[1] && pixel[2] > 2 * pixel[0];
}

/* A link that may not be published, typed in the introduction (say, a
 * "javascript:" link pasted from elsewhere): the field refused it and
 * every letter typed after it, and showed nothing of that. A tester typed
 * on, saved, and the page had the introduction cut at the link, the window
 * saying all was saved. The field shows the refusal, as a row with an
 * error does. */
static void
test_refused_text_is_shown (void)
{
  g_autofree char *path = NULL;
  LadderWindow    *window = open_page (&path);
  GtkWidget       *editor;
  GtkWidget       *intro;
  GtkTextBuffer   *buffer;
  GtkTextIter      end;

  ladder_window_show_family (window);
  spin (50);
  editor = find_widget (GTK_WIDGET (window), LADDER_TYPE_FAMILY_EDITOR, NULL, NULL);
  intro = find_widget (editor, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  g_assert_nonnull (intro);
  g_assert_false (left_edge_is_red (intro));

  gtk_widget_grab_focus (intro);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (intro));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, " See [x](javascript:alert(1)) and more.", -1,
                                      TRUE);
  spin (100);

  g_assert_null (strstr (ladder_family_get_intro (family_of (window)), "and more"));
  g_assert_true (gtk_widget_has_css_class (intro, "error"));
  g_assert_true (left_edge_is_red (intro));

  close_without_saving (window);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-form/typed-grade-is-saved", test_typed_grade_is_saved);
  g_test_add_func ("/window-form/typed-grade-asks-on-close", test_typed_grade_asks_on_close);

  g_test_add_func ("/window-form/typed-grade-stays-with-its-role",
                   test_typed_grade_stays_with_its_role);
  g_test_add_func ("/window-form/pasted-title-is-one-line", test_pasted_title_is_one_line);
  g_test_add_func ("/window-form/roles-without-heading-offer-no-fields",
                   test_roles_without_heading_offer_no_fields);

  g_test_add_func ("/window-form/tab-leaves-markdown-fields", test_tab_leaves_markdown_fields);

  g_test_add_func ("/window-form/added-section-takes-the-focus",
                   test_added_section_takes_the_focus);

  g_test_add_func ("/window-form/refused-text-is-shown", test_refused_text_is_shown);

  return g_test_run ();
}
