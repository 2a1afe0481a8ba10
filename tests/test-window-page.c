/* test-window-page.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The window with a handbook page, a family folder and a Ladder file with
 * its page (issue 9): Save writes the page itself (only the edited lines,
 * no Ladder file beside it), the title is the page's name, another
 * program's change asks as for a Ladder file; a Ladder file whose page
 * lacks its changes says so, suggests Export, and the close dialog says
 * so; "Review Changes" lists exactly the changes made since the last
 * commit, and each jumps to its place. Needs a display (Xvfb in CI);
 * exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-markdown-import.h"
#include "ladder-review-dialog.h"
#include "ladder-role-editor.h"
#include "ladder-test-git.h"
#include "ladder-test-skip.h"
#include "ladder-test-window.h"
#include "ladder-window.h"

#define NEW_BULLET "Writes clearly for technical and business readers"

static LadderApplication *app;

/* The test page as NAME under a new folder (in SUBFOLDER, if given). */
static char *
page_copy (const char *subfolder, const char *name, char **root_out)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "product-marketing-management.md", NULL);
  g_autofree char *text = contents_of (source);
  g_autofree char *root = g_dir_make_tmp ("ladder-test-page-XXXXXX", NULL);
  g_autofree char *relative
      = subfolder != NULL ? g_build_filename (subfolder, name, NULL) : g_strdup (name);

  ladder_test_write (root, relative, text, -1);
  if (root_out != NULL)
    *root_out = g_strdup (root);
  return g_build_filename (root, relative, NULL);
}

static LadderWindow *
open_path (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  gint64        deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!ladder_document_has_file (ladder_window_get_document (window), file)
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (ladder_document_has_file (ladder_window_get_document (window), file));
  spin (50);
  return window;
}

/* The Director's grade 10 → 12, and a requirement added at the end. */
static void
edit_grade_and_bullet (LadderWindow *window)
{
  LadderRole *director = role_at (window, 1);
  g_autoptr (LadderBullet) bullet = ladder_bullet_new (NEW_BULLET);

  ladder_role_set_job_grade (director, 12);
  ladder_role_append_bullet (director, LADDER_BULLET_LIST_REQUIREMENTS, bullet);
}

static void
collect_widgets (GtkWidget *root, GType type, GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

static gboolean
has_action (GtkWidget *widget, gconstpointer action)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The header bar's button for @action (win.save, win.export). */
static GtkWidget *
button_for (LadderWindow *window, const char *action)
{
  GtkWidget *button = find_any_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_action, action);

  g_assert_nonnull (button);
  return button;
}

static gboolean
shown_with_action (GtkWidget *widget, gconstpointer action)
{
  return has_action (widget, action) && gtk_widget_get_mapped (widget);
}

/* The button for @action a person sees in the header, whichever of its
 * forms (words, or an icon where they do not fit) is shown. */
static GtkWidget *
shown_button_for (LadderWindow *window, const char *action)
{
  return find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, shown_with_action, action);
}

static AdwWindowTitle *
title_of (LadderWindow *window)
{
  GtkWidget *title = find_any_widget (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL, NULL);
  GPtrArray *titles = g_ptr_array_new ();

  /* The content's title, not the sidebar's ("Roles"). */
  collect_widgets (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, titles);
  for (guint i = 0; i < titles->len; i++)
    if (g_strcmp0 (adw_window_title_get_title (g_ptr_array_index (titles, i)), "Roles") != 0)
      title = g_ptr_array_index (titles, i);
  g_ptr_array_unref (titles);

  return ADW_WINDOW_TITLE (title);
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (find_dialog () == NULL && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_nonnull (find_dialog ());
  return find_dialog ();
}

static void
wait_until_saved (LadderDocument *document)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  spin (20);
  while ((ladder_document_get_busy (document) || ladder_document_get_modified (document))
         && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_false (ladder_document_get_modified (document));
}

static guint
n_entries (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

/* The lines of @after that are not in @before, and the other way round,
 * by a longest common subsequence of lines. */
static void
diff_lines (const char *before, const char *after, GPtrArray *removed, GPtrArray *added)
{
  g_auto (GStrv) a = g_strsplit (before, "\n", -1);
  g_auto (GStrv) b = g_strsplit (after, "\n", -1);
  guint             n = g_strv_length (a), m = g_strv_length (b);
  g_autofree guint *lcs = g_new0 (guint, (gsize) (n + 1) * (m + 1));
  guint             i = 0, j = 0;

#define LCS(x, y) lcs[(gsize) (x) * (m + 1) + (y)]
  for (guint x = n; x-- > 0;)
    for (guint y = m; y-- > 0;)
      LCS (x, y) = g_str_equal (a[x], b[y]) ? LCS (x + 1, y + 1) + 1
                                            : MAX (LCS (x + 1, y), LCS (x, y + 1));

  while (i < n || j < m)
    {
      if (i < n && j < m && g_str_equal (a[i], b[j]))
        i++, j++;
      else if (j < m && (i == n || LCS (i, j + 1) >= LCS (i + 1, j)))
        g_ptr_array_add (added, g_strdup (b[j++]));
      else
        g_ptr_array_add (removed, g_strdup (a[i++]));
    }
#undef LCS
}

static void
assert_only_grade_and_bullet_changed (const char *before, const char *after)
{
  g_autoptr (GPtrArray) removed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) added = g_ptr_array_new_with_free_func (g_free);

  diff_lines (before, after, removed, added);
  g_assert_cmpuint (removed->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (removed, 0), "[grade 10]"));
  g_assert_cmpuint (added->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (added, 0), "[grade 12]"));
  g_assert_cmpstr (g_ptr_array_index (added, 1), ==, "- " NEW_BULLET);
}

/* ------------------------------------------------------------------ */
/* A page                                                               */

/* Save on a page writes the page, in place: only the edited lines
 * change, no Ladder file is written beside it, and nothing is asked. */
static void
test_save_writes_page (void)
{
  g_autofree char *root = NULL;
  g_autofree char *path = page_copy (NULL, "pmm.md", &root);
  g_autofree char *before = contents_of (path);
  g_autofree char *after = NULL;
  LadderWindow    *window = open_path (path);
  LadderDocument  *document = ladder_window_get_document (window);

  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_PAGE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "pmm.md");
  /* A page has no separate export: Save writes it. */
  g_assert_false (gtk_widget_get_visible (button_for (window, "win.export")));
  /* Nothing to save yet: nothing asks to be pressed. */
  g_assert_false (gtk_widget_has_css_class (button_for (window, "win.save"), "suggested-action"));

  edit_grade_and_bullet (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• pmm.md");
  g_assert_true (gtk_widget_has_css_class (button_for (window, "win.save"), "suggested-action"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_until_saved (document);
  g_assert_null (find_dialog ());
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "pmm.md");

  after = contents_of (path);
  assert_only_grade_and_bullet_changed (before, after);
  g_assert_cmpuint (n_entries (root), ==, 1);

  close_without_saving (window);
}

/* Another program changed the page: saving asks as for a Ladder file
 * (Reload or Save Over), and Reload reads the page again. */
static void
test_page_changed_on_disk (void)
{
  g_autofree char  *path = page_copy (NULL, "pmm.md", NULL);
  g_autofree char  *before = contents_of (path);
  g_autofree char  *pulled = g_strconcat (before, "\nA line from a git pull.\n", NULL);
  g_autofree char  *after = NULL;
  LadderWindow     *window = open_path (path);
  LadderDocument   *document = ladder_window_get_document (window);
  AdwMessageDialog *dialog;
  gint64            deadline;

  edit_grade_and_bullet (window);
  g_assert_true (g_file_set_contents (path, pulled, -1, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "File Changed on Disk");
  g_assert_true (adw_message_dialog_has_response (dialog, "reload"));
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  after = contents_of (path);
  g_assert_cmpstr (after, ==, pulled);

  respond (dialog, "reload");
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (ladder_window_get_document (window) == document && g_get_monotonic_time () < deadline)
    spin (20);
  document = ladder_window_get_document (window);
  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_PAGE);
  g_assert_false (ladder_document_get_modified (document));
  g_assert_cmpint (ladder_role_get_job_grade (role_at (window, 1)), ==, 10);

  close_without_saving (window);
}

/* ------------------------------------------------------------------ */
/* A Ladder file and its page                                           */

/* The example as a Ladder file, exported to pmm.md beside it. */
static LadderWindow *
open_exported_example (char **page_out)
{
  g_autofree char *source = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);
  g_autofree char *text = contents_of (source);
  g_autofree char *root = g_dir_make_tmp ("ladder-test-page-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (root, "pmm.jobfamily.json", NULL);
  g_autofree char *page = g_build_filename (root, "pmm.md", NULL);
  g_autoptr (GFile) page_file = g_file_new_for_path (page);
  LadderWindow *window;
  gboolean      exported = FALSE;

  ladder_test_write (root, "pmm.jobfamily.json", text, -1);
  window = open_path (path);
  ladder_document_export_async (ladder_window_get_document (window), page_file, NULL,
                                on_exported_done, &exported);
  while (!exported)
    g_main_context_iteration (NULL, TRUE);

  *page_out = g_steal_pointer (&page);
  return window;
}

/* A Ladder file's page out of date: the subtitle says so and Export is
 * the suggested action, saved or not, until the page is exported; Save
 * is suggested only while there is something to save. */
static void
test_page_out_of_date (void)
{
  g_autofree char *page = NULL;
  LadderWindow    *window = open_exported_example (&page);
  LadderDocument  *document = ladder_window_get_document (window);
  GtkWidget       *save = button_for (window, "win.save");
  GtkWidget *export = button_for (window, "win.export");
  g_autofree char *folder = g_path_get_dirname (page);
  g_autofree char *exported = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "pmm");
  g_assert_true (gtk_widget_get_visible (export));
  g_assert_false (ladder_document_get_page_out_of_date (document));
  g_assert_cmpstr (adw_window_title_get_subtitle (title_of (window)), ==, folder);
  g_assert_false (gtk_widget_has_css_class (save, "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (export, "suggested-action"));

  ladder_role_set_job_grade (role_at (window, 1), 12);
  g_assert_true (ladder_document_get_page_out_of_date (document));
  g_assert_cmpstr (adw_window_title_get_subtitle (title_of (window)), ==,
                   "Page not exported since the last change");
  g_assert_true (gtk_widget_has_css_class (export, "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (save, "suggested-action"));

  /* Saved, the page still lacks the change. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_until_saved (document);
  g_assert_true (ladder_document_get_page_out_of_date (document));
  g_assert_true (gtk_widget_has_css_class (export, "suggested-action"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (ladder_document_get_page_out_of_date (document) && g_get_monotonic_time () < deadline)
      spin (20);
  }
  g_assert_false (ladder_document_get_page_out_of_date (document));
  g_assert_cmpstr (adw_window_title_get_subtitle (title_of (window)), ==, folder);
  g_assert_false (gtk_widget_has_css_class (save, "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (export, "suggested-action"));
  exported = contents_of (page);
  g_assert_nonnull (strstr (exported, "[grade 12]"));

  close_without_saving (window);
}

/* Closing a Ladder file whose page is out of date says so: with unsaved
 * changes, in the "Save Changes?" dialog; with everything saved, in a
 * dialog of its own whose Export writes the page and closes. */
static void
test_close_mentions_page (void)
{
  g_autofree char  *page = NULL;
  LadderWindow     *window = open_exported_example (&page);
  LadderDocument   *document = ladder_window_get_document (window);
  AdwMessageDialog *dialog;
  g_autofree char  *exported = NULL;
  gint64            deadline;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  ladder_role_set_job_grade (role_at (window, 1), 12);
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“pmm.md” was not exported"));
  respond (dialog, "cancel");
  g_assert_nonnull (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_until_saved (document);
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export the Page?");
  g_assert_true (adw_message_dialog_has_response (dialog, "export"));
  adw_message_dialog_response (dialog, "export");
  gtk_window_close (GTK_WINDOW (dialog));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (window != NULL && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_null (window);
  exported = contents_of (page);
  g_assert_nonnull (strstr (exported, "[grade 12]"));
}

/* A Ladder file reopened knows its page: saved but not exported, it
 * opens saying the page is out of date, with Export suggested; closing
 * asks to export; Export writes the page it knows without asking where. */
static void
test_reopened_knows_page (void)
{
  g_autofree char  *page = NULL;
  LadderWindow     *window = open_exported_example (&page);
  LadderDocument   *document = ladder_window_get_document (window);
  g_autofree char  *folder = g_path_get_dirname (page);
  g_autofree char  *path = g_build_filename (folder, "pmm.jobfamily.json", NULL);
  AdwMessageDialog *dialog;
  g_autofree char  *exported = NULL;
  GtkWidget *export;
  gint64 deadline;

  ladder_role_set_job_grade (role_at (window, 1), 12);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_until_saved (document);
  close_without_saving (window);

  window = open_path (path);
  document = ladder_window_get_document (window);
  export = button_for (window, "win.export");
  g_assert_false (ladder_document_get_modified (document));
  g_assert_true (ladder_document_get_page_out_of_date (document));
  g_assert_cmpstr (adw_window_title_get_subtitle (title_of (window)), ==,
                   "Page not exported since the last change");
  g_assert_true (gtk_widget_has_css_class (export, "suggested-action"));
  /* In sight, beside that long subtitle, in a window of the usual width:
   * the words did not fit, and the icon shown instead was Save's alone. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  spin (200);
  export = shown_button_for (window, "win.export");
  g_assert_nonnull (export);
  g_assert_true (gtk_widget_has_css_class (export, "suggested-action"));

  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export the Page?");
  respond (dialog, "cancel");

  /* No file chooser: the page it knows. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (ladder_document_get_page_out_of_date (document) && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  g_assert_cmpstr (adw_window_title_get_subtitle (title_of (window)), ==, folder);
  exported = contents_of (page);
  g_assert_nonnull (strstr (exported, "[grade 12]"));

  close_without_saving (window);
}

/* ------------------------------------------------------------------ */
/* Reviewing                                                            */

static LadderReviewDialog *
wait_for_review (LadderWindow *window)
{
  GtkWindow *dialog = ladder_window_review_changes (window);
  gint64     deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_true (LADDER_IS_REVIEW_DIALOG (dialog));
  spin (20);
  while ((ladder_review_dialog_get_busy (LADDER_REVIEW_DIALOG (dialog))
          || ladder_review_dialog_get_changes (LADDER_REVIEW_DIALOG (dialog)) == NULL)
         && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_false (ladder_review_dialog_get_busy (LADDER_REVIEW_DIALOG (dialog)));
  return LADDER_REVIEW_DIALOG (dialog);
}

static gboolean
row_is_shown (GtkWidget *widget, gconstpointer data)
{
  return gtk_widget_get_mapped (widget);
}

/* A page committed in a checkout, edited: "Review Changes" lists exactly
 * the grade and the new bullet, saved or not, and each row goes to its
 * place in the window. */
static void
test_review_changes (void)
{
  g_autofree char *root = NULL;
  g_autofree char *path = page_copy ("job-families", "pmm.md", &root);
  g_autoptr (GgitRepository) repository = ladder_test_git_init (root);
  const char *paths[] = { "job-families/pmm.md", NULL };
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  LadderWindow       *window;
  LadderReviewDialog *dialog;
  GPtrArray          *changes;
  GtkWidget          *focus;

  ladder_test_git_stage (repository, paths);
  ladder_test_git_commit (repository, "The page");
  window = open_path (path);

  dialog = wait_for_review (window);
  g_assert_cmpuint (ladder_review_dialog_get_changes (dialog)->len, ==, 0);

  /* It follows the edits while it is open. */
  edit_grade_and_bullet (window);
  /* Until it has compared again, the list it shows is out of date: busy. */
  g_assert_true (ladder_review_dialog_get_busy (dialog));
  spin (50);
  dialog = wait_for_review (window);
  changes = ladder_review_dialog_get_changes (dialog);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (((LadderChange *) g_ptr_array_index (changes, 0))->kind, ==,
                   LADDER_CHANGE_GRADE);
  g_assert_cmpint (((LadderChange *) g_ptr_array_index (changes, 1))->kind, ==,
                   LADDER_CHANGE_BULLET_ADDED);

  collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_nonnull (find_any_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, row_is_shown, NULL));

  /* The bullet's row: the Director's form, the new bullet focused. */
  g_signal_emit_by_name (g_ptr_array_index (rows, 1), "activated");
  spin (100);
  {
    LadderRoleEditor *editor = LADDER_ROLE_EDITOR (
        find_any_widget (GTK_WIDGET (window), LADDER_TYPE_ROLE_EDITOR, NULL, NULL));

    g_assert_true (ladder_role_editor_get_role (editor) == role_at (window, 1));
  }
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, LADDER_TYPE_BULLET_EDITOR));
  g_assert_cmpint (ladder_bullet_editor_get_list (LADDER_BULLET_EDITOR (
                       gtk_widget_get_ancestor (focus, LADDER_TYPE_BULLET_EDITOR))),
                   ==, LADDER_BULLET_LIST_REQUIREMENTS);

  /* Saved, not committed: still what a reviewer reads. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_until_saved (ladder_window_get_document (window));
  dialog = wait_for_review (window);
  g_assert_cmpuint (ladder_review_dialog_get_changes (dialog)->len, ==, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_without_saving (window);
  ladder_test_remove_tree (root);
}

/* ------------------------------------------------------------------ */
/* A family folder                                                      */

static char *
level_page (const char *title, int weight, int grade)
{
  return g_strdup_printf (
      "---\ntitle: \"%s\"\nweight: %d\n---\n\n"
      "The %s reports to the [Director, Alliances](/job-families/alliances/).\n\n"
      "### Job Grade\n\n"
      "The %s is a [grade %d](/handbook/total-rewards/compensation/compensation-calculator/).\n\n"
      "### Responsibilities\n\n- Builds relationships with technology partners.\n\n"
      "### Requirements\n\n- Ability to use GitLab\n",
      title, weight, title, title, grade);
}

static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

/* A page about one role, its parts at the top and its grade under "## Job
 * Grade", as many handbook pages are. */
#define ONE_ROLE_PAGE                                                                              \
  "---\ntitle: Associate Widget Engineer\n---\n\n"                                                 \
  "Widget Engineers make widgets.\n\n"                                                             \
  "## Responsibilities\n\n- Make widgets\n\n"                                                      \
  "## Requirements\n\n- Ability to use GitLab\n\n"                                                 \
  "## Job Grade\n\n"                                                                               \
  "The Associate Widget Engineer is a [grade 5](/handbook/total-rewards/compensation/).\n\n"       \
  "## Hiring Process\n\n- A screening call\n"

/* A role added to a page about one role, with or without that role
 * selected, then filled in and saved: the page reopens with both roles as
 * they were made, the first keeping its grade. A new role written one
 * level below the page's "## Job Grade", with nothing selected, read back
 * as part of that heading, and the first role lost its grade. */
static void
test_added_role_reopens (gconstpointer data)
{
  gboolean         select_first = GPOINTER_TO_INT (data);
  g_autofree char *root = g_dir_make_tmp ("ladder-test-page-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *saved = NULL;
  g_autoptr (LadderFamily) reopened = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderBullet) bullet = ladder_bullet_new (NEW_BULLET);
  LadderWindow   *window;
  LadderDocument *document;
  LadderRole     *added;
  GListModel     *roles;

  ladder_test_write (root, "widget-engineer.md", ONE_ROLE_PAGE, -1);
  path = g_build_filename (root, "widget-engineer.md", NULL);
  window = open_path (path);
  document = ladder_window_get_document (window);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family_of (window))), ==, 1);

  if (select_first)
    ladder_window_select_role (window, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-role", NULL);
  spin (20);
  added = role_at (window, 1);
  g_assert_nonnull (added);
  ladder_role_set_title (added, "Widget Engineer");
  ladder_role_set_job_grade (added, 6);
  ladder_role_append_bullet (added, LADDER_BULLET_LIST_RESPONSIBILITIES, bullet);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_until_saved (document);
  saved = contents_of (path);
  g_assert_true (g_str_has_prefix (saved, "---\ntitle: Associate Widget Engineer\n---\n\n"
                                          "Widget Engineers make widgets.\n\n"));

  reopened = ladder_markdown_import (saved, strlen (saved), "widget-engineer.md", &error);
  g_assert_no_error (error);
  roles = ladder_family_get_roles (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  {
    g_autoptr (LadderRole) first = g_list_model_get_item (roles, 0);
    g_autoptr (LadderRole) second = g_list_model_get_item (roles, 1);

    g_assert_cmpstr (ladder_role_get_title (first), ==, "Associate Widget Engineer");
    g_assert_cmpint (ladder_role_get_job_grade (first), ==, 5);
    g_assert_cmpstr (ladder_role_get_title (second), ==, "Widget Engineer");
    g_assert_cmpint (ladder_role_get_job_grade (second), ==, 6);
    g_assert_cmpuint (ladder_role_get_n_bullets (second, LADDER_BULLET_LIST_RESPONSIBILITIES), ==,
                      1);
  }

  close_without_saving (window);
}

/* Roles in two runs at one heading level ("Levels", "Leadership"), and a
 * director written a level higher, in a run of its own. */
#define RUNS_PAGE                                                                                  \
  "---\ntitle: Widget Engineer\n---\n\nWidget Engineers make widgets.\n\n## Levels\n\n"            \
  "### Junior Widget Engineer\n\n#### Junior Widget Engineer Job Grade\n\n"                        \
  "The Junior Widget Engineer is a [grade 5](/handbook/total-rewards/compensation/).\n\n"          \
  "#### Junior Widget Engineer Responsibilities\n\n- Make widgets\n\n"                             \
  "### Senior Widget Engineer\n\n#### Senior Widget Engineer Job Grade\n\n"                        \
  "The Senior Widget Engineer is a [grade 7](/handbook/total-rewards/compensation/).\n\n"          \
  "#### Senior Widget Engineer Responsibilities\n\n- Lead widget work\n\n"                         \
  "## Leadership\n\n### Manager, Widget Engineering\n\n"                                           \
  "#### Manager, Widget Engineering Job Grade\n\n"                                                 \
  "The Manager, Widget Engineering is a [grade 8](/handbook/total-rewards/compensation/).\n\n"     \
  "#### Manager, Widget Engineering Responsibilities\n\n- Hire widget engineers\n\n"               \
  "## Director, Widget Engineering\n\n### Director, Widget Engineering Job Grade\n\n"              \
  "The Director, Widget Engineering is a [grade 10](/handbook/total-rewards/compensation/).\n\n"   \
  "### Director, Widget Engineering Responsibilities\n\n- Set the widget strategy\n\n"             \
  "## Hiring Process\n\n- A screening call\n"

static gboolean
label_mentions (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static char *
titles_of (GListModel *roles)
{
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "", ladder_role_get_title (role));
    }

  return g_string_free (titles, FALSE);
}

/* Move Down takes a role into the next run at its level, and the saved
 * page reopens in that order; one Undo puts it back in its run. A role
 * moved into a run written at another level keeps its place, and a toast
 * says why. Before, both moves were made in the window, and the page
 * reopened with the roles in their old order. */
static void
test_moved_role_reopens (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-test-page-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *order = NULL;
  g_autofree char *reopened_order = NULL;
  g_autoptr (LadderFamily) reopened = NULL;
  LadderWindow   *window;
  LadderDocument *document;
  GListModel     *roles;

  ladder_test_write (root, "widget-engineer.md", RUNS_PAGE, -1);
  path = g_build_filename (root, "widget-engineer.md", NULL);
  window = open_path (path);
  document = ladder_window_get_document (window);
  roles = ladder_family_get_roles (family_of (window));
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);

  /* The manager, into the director's run: refused, and said. */
  ladder_window_select_role (window, 2);
  spin (20);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-role-down", NULL);
  spin (20);
  order = titles_of (roles);
  g_assert_cmpstr (order, ==,
                   "Junior Widget Engineer|Senior Widget Engineer|Manager, Widget "
                   "Engineering|Director, Widget Engineering");
  g_assert_nonnull (
      find_any_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_mentions, "keeps its place"));
  g_assert_false (ladder_document_get_modified (document));

  /* The senior, into the managers' run: moved. */
  ladder_window_select_role (window, 1);
  spin (20);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-role-down", NULL);
  spin (20);
  g_clear_pointer (&order, g_free);
  order = titles_of (roles);
  g_assert_cmpstr (order, ==,
                   "Junior Widget Engineer|Manager, Widget Engineering|Senior Widget "
                   "Engineer|Director, Widget Engineering");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_until_saved (document);
  saved = contents_of (path);
  reopened = ladder_markdown_import (saved, strlen (saved), "widget-engineer.md", NULL);
  g_assert_nonnull (reopened);
  reopened_order = titles_of (ladder_family_get_roles (reopened));
  g_assert_cmpstr (reopened_order, ==, order);
  /* Under "Leadership", after the manager. */
  g_assert_nonnull (strstr (saved, "## Leadership\n\n### Manager, Widget Engineering"));
  g_assert_true (strstr (saved, "### Senior Widget Engineer") > strstr (saved, "## Leadership"));

  /* One Undo: back in its run, and the page as it was. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  spin (20);
  g_clear_pointer (&order, g_free);
  order = titles_of (roles);
  g_assert_cmpstr (order, ==,
                   "Junior Widget Engineer|Senior Widget Engineer|Manager, Widget "
                   "Engineering|Director, Widget Engineering");
  {
    g_autofree char *page = page_of (window);

    g_assert_cmpstr (page, ==, RUNS_PAGE);
  }

  close_without_saving (window);
}

/* A family folder of two levels, as a person keeps one: `_index.md`,
 * `associate.md` and `senior.md` (level_page ()). */
static void
write_partner_folder (const char *folder)
{
  g_autofree char *associate = level_page ("Associate", 10, 6);
  g_autofree char *senior = level_page ("Senior", 20, 7);

  ladder_test_write (folder, "_index.md",
                     "---\ntitle: \"Technology Partner Manager\"\n---\n\nPartners.\n", -1);
  ladder_test_write (folder, "associate.md", associate, -1);
  ladder_test_write (folder, "senior.md", senior, -1);
}

/* A family folder opened by its _index.md: titled by the folder, saved
 * page by page, and another program's change to any of its pages is
 * noticed. */
static void
test_folder (void)
{
  g_autofree char  *root = g_dir_make_tmp ("ladder-test-page-XXXXXX", NULL);
  g_autofree char  *folder = g_build_filename (root, "technology-partner-manager", NULL);
  g_autofree char  *index = g_build_filename (folder, "_index.md", NULL);
  g_autofree char  *senior = level_page ("Senior", 20, 7);
  g_autofree char  *senior_path = g_build_filename (folder, "senior.md", NULL);
  g_autofree char  *after = NULL;
  LadderWindow     *window;
  LadderDocument   *document;
  AdwMessageDialog *dialog;
  gboolean          changed = FALSE;

  write_partner_folder (folder);

  window = open_path (index);
  document = ladder_window_get_document (window);
  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_FOLDER);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "technology-partner-manager");
  g_assert_false (gtk_widget_get_visible (button_for (window, "win.export")));

  ladder_role_set_job_grade (role_at (window, 0), 5);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_until_saved (document);
  after = g_build_filename (folder, "associate.md", NULL);
  {
    g_autofree char *text = contents_of (after);

    g_assert_nonnull (strstr (text, "[grade 5]"));
  }
  g_assert_cmpuint (n_entries (folder), ==, 3);

  /* Any page of the folder, changed by another program: noticed (file
   * monitors report within moments; the deadline only bounds a failure),
   * and a save over it asks. */
  g_signal_connect_swapped (document, "changed-on-disk", G_CALLBACK (set_flag), &changed);
  {
    g_autofree char *pulled = g_strconcat (senior, "\nFrom a git pull.\n", NULL);
    gint64           deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    g_assert_true (g_file_set_contents (senior_path, pulled, -1, NULL));
    while (!changed && g_get_monotonic_time () < deadline)
      spin (20);
    g_assert_true (changed);

    ladder_role_set_job_grade (role_at (window, 1), 8);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
    dialog = wait_for_dialog ();
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "File Changed on Disk");
    respond (dialog, "cancel");
    g_free (after);
    after = contents_of (senior_path);
    g_assert_cmpstr (after, ==, pulled);
  }
  g_signal_handlers_disconnect_by_data (document, &changed);

  close_without_saving (window);
  ladder_test_remove_tree (root);
}

/* The toast saying a file changed on disk goes when the window shows
 * another document: its Reload read again the document shown by then,
 * losing what was typed there (found by using the handbook sidebar). */
static void
test_disk_toast_goes_with_its_document (void)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "product-marketing-management.md", NULL);
  g_autofree char *first_path = copy_to_temp (source, "first.md");
  g_autofree char *second_path = copy_to_temp (source, "second.md");
  g_autoptr (GFile) second = g_file_new_for_path (second_path);
  LadderWindow   *window = open_path (first_path);
  LadderDocument *first = ladder_window_get_document (window);
  GType           toast_type = g_type_from_name ("AdwToastWidget");
  gint64          deadline;

  g_signal_emit_by_name (first, "changed-on-disk");
  spin (100);
  toast_type = g_type_from_name ("AdwToastWidget");
  g_assert_true (toast_type != G_TYPE_INVALID);
  g_assert_nonnull (find_any_widget (GTK_WIDGET (window), toast_type, NULL, NULL));

  ladder_window_load (window, second);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!ladder_document_has_file (ladder_window_get_document (window), second)
         && g_get_monotonic_time () < deadline)
    spin (20);
  ladder_role_set_job_grade (role_at (window, 1), 12);
  spin (300);
  g_assert_null (find_any_widget (GTK_WIDGET (window), toast_type, NULL, NULL));
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));

  close_without_saving (window);
}

/* Pages of a family folder changed on disk one after another (a `git
 * pull`, `sed -i` replacing a page): one toast offers to reload, whatever
 * the number of changes. Each change dismissed the toast of the one before
 * while it was being shown, and libadwaita 1.2 then freed it twice: the
 * window crashed, losing what was typed since the last draft. */
static void
test_folder_changed_repeatedly (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-test-page-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (root, "technology-partner-manager", NULL);
  g_autofree char *index = g_build_filename (folder, "_index.md", NULL);
  LadderWindow    *window;
  LadderDocument  *document;

  write_partner_folder (folder);

  window = open_path (index);
  document = ladder_window_get_document (window);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);

  /* The toasts' animations, which the tests otherwise leave out. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  for (guint i = 0; i < 6; i++)
    {
      g_signal_emit_by_name (document, "changed-on-disk");
      spin (i * 40);
    }
  spin (1500);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_assert_true (ladder_window_get_document (window) == document);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  close_without_saving (window);
  ladder_test_remove_tree (root);
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = NULL;

  g_test_init (&argc, &argv, NULL);

  /* A home of its own: recent files, drafts and git's configuration. */
  ladder_test_isolate_home ("ladder-test-page-home-XXXXXX");
  home = g_dir_make_tmp ("ladder-test-page-state-XXXXXX", NULL);
  app = start_window_test (home, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-page/save-writes-page", test_save_writes_page);
  g_test_add_func ("/window-page/page-changed-on-disk", test_page_changed_on_disk);
  g_test_add_func ("/window-page/page-out-of-date", test_page_out_of_date);
  g_test_add_func ("/window-page/reopened-knows-page", test_reopened_knows_page);
  g_test_add_func ("/window-page/disk-toast-goes-with-its-document",
                   test_disk_toast_goes_with_its_document);
  g_test_add_func ("/window-page/close-mentions-page", test_close_mentions_page);
  g_test_add_func ("/window-page/review-changes", test_review_changes);
  g_test_add_func ("/window-page/folder", test_folder);
  g_test_add_func ("/window-page/moved-role-reopens", test_moved_role_reopens);
  g_test_add_func ("/window-page/folder-changed-repeatedly", test_folder_changed_repeatedly);
  g_test_add_data_func ("/window-page/added-role-reopens", GINT_TO_POINTER (FALSE),
                        test_added_role_reopens);
  g_test_add_data_func ("/window-page/added-role-beside-selected-reopens", GINT_TO_POINTER (TRUE),
                        test_added_role_reopens);

  return g_test_run ();
}
