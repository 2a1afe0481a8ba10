/* test-window-bounded.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * What the window does with pages too costly to lay out (issue 11): the
 * preview of a page that libcmark would read in quadratic time, or in
 * gigabytes, is its Markdown shown as text, with a notice; no line the
 * preview's text views get is longer than they lay out in bounded time;
 * a page opened as Markdown text says so in a banner. Each check is on
 * what was done (the path the preview chose, the lines it made), never on
 * how long it took. A role of many bullets shows its first rows in the
 * frame that shows it, the others in the frames after. Needs a display
 * (Xvfb in CI); exits 77 without one.
 */

#include "config.h"

#include <adwaita.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-family-editor.h"
#include "ladder-import-banner.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-render.h"
#include "ladder-preview.h"
#include "ladder-test-window.h"
#include "ladder-window.h"

static LadderApplication *app;

static char *
write_temporary (const char *name, const char *contents, gssize length)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("ladder-test-XXXXXX", &error);
  char            *path;

  g_assert_no_error (error);
  path = g_build_filename (folder, name, NULL);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* Opens @path and waits until it is loaded. */
static LadderWindow *
open_path (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  gint64        deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (ladder_document_get_file (ladder_window_get_document (window)) == NULL
         && ladder_document_get_export_file (ladder_window_get_document (window)) == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (ladder_window_shows_file (window, file));
  spin (50);
  return window;
}

static LadderWindow *
open_example (void)
{
  g_autofree char *source = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize            length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  path = write_temporary ("pmm.jobfamily.json", contents, (gssize) length);
  return open_path (path);
}

static void
close_window (LadderWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
  g_assert_null (window);
}

static GtkWidget *
find_widget_except (GtkWidget *root, GType type, GType not_type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (not_type == G_TYPE_NONE || !G_TYPE_CHECK_INSTANCE_TYPE (root, not_type)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_except (child, type, not_type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static LadderPreview *
show_preview (LadderWindow *window)
{
  LadderPreview *preview
      = LADDER_PREVIEW (find_widget_except (GTK_WIDGET (window), LADDER_TYPE_PREVIEW, G_TYPE_NONE));

  if (!gtk_widget_get_visible (GTK_WIDGET (preview)))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (preview)));
  return preview;
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The longest line of @view's text, in characters. */
static glong
longest_line (GtkTextView *view)
{
  g_autofree char *text = buffer_text (view);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  glong longest = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    longest = MAX (longest, g_utf8_strlen (lines[i], -1));

  return longest;
}

static GtkTextView *
rendered_view (LadderPreview *preview)
{
  return GTK_TEXT_VIEW (
      find_widget_except (GTK_WIDGET (preview), GTK_TYPE_TEXT_VIEW, GTK_SOURCE_TYPE_VIEW));
}

static GtkTextView *
source_view (LadderPreview *preview)
{
  return GTK_TEXT_VIEW (
      find_widget_except (GTK_WIDGET (preview), GTK_SOURCE_TYPE_VIEW, G_TYPE_NONE));
}

static gboolean
notice_shown (LadderPreview *preview)
{
  GtkRevealer *notice
      = GTK_REVEALER (find_widget_except (GTK_WIDGET (preview), GTK_TYPE_REVEALER, G_TYPE_NONE));

  return gtk_revealer_get_reveal_child (notice);
}

/* What the preview shows must be the page, and no line of either view
 * longer than the bound. */
static void
check_preview_shows_page (LadderWindow *window, LadderPreview *preview)
{
  g_autoptr (GString) page = ladder_markdown_export (family_of (window), LADDER_EXPORT_DEFAULT);
  g_autofree char *markdown = ladder_preview_dup_markdown (preview);

  g_assert_cmpstr (markdown, ==, page->str);
  g_assert_cmpint (longest_line (rendered_view (preview)), <=, LADDER_MARKDOWN_RENDER_MAX_LINE);
  g_assert_cmpint (longest_line (source_view (preview)), <=, LADDER_MARKDOWN_RENDER_MAX_LINE);
}

static char *
repeated (const char *unit, gsize times)
{
  GString *out = g_string_sized_new (strlen (unit) * times);

  for (gsize i = 0; i < times; i++)
    g_string_append (out, unit);
  return g_string_free (out, FALSE);
}

/* A bullet of 240 KB of "![[]()", which libcmark 0.30 reads in quadratic
 * time (it froze the preview for minutes): shown as text, at once. */
static void
test_preview_quadratic_bullet (void)
{
  LadderWindow  *window = open_example ();
  LadderPreview *preview = show_preview (window);
  g_autoptr (LadderRole) role
      = g_list_model_get_item (ladder_family_get_roles (family_of (window)), 1);
  g_autoptr (LadderBullet) bullet = g_list_model_get_item (
      ladder_role_get_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES), 0);
  g_autofree char *original = g_strdup (ladder_bullet_get_text (bullet));
  g_autofree char *hostile = repeated ("![[]()", 240 * 1000 / 6);

  ladder_preview_update_now (preview);
  g_assert_false (ladder_preview_get_shown_as_text (preview));
  g_assert_false (notice_shown (preview));

  ladder_bullet_set_text (bullet, hostile);
  ladder_preview_update_now (preview);

  g_assert_true (ladder_preview_get_shown_as_text (preview));
  g_assert_true (notice_shown (preview));
  check_preview_shows_page (window, preview);
  {
    g_autofree char *shown = buffer_text (rendered_view (preview));

    /* As it is written, not laid out. */
    g_assert_nonnull (strstr (shown, "- ![[]()![[]()"));
  }

  /* Back to a bullet of a few words: laid out again. */
  ladder_bullet_set_text (bullet, original);
  ladder_preview_update_now (preview);
  g_assert_false (ladder_preview_get_shown_as_text (preview));
  g_assert_false (notice_shown (preview));
  check_preview_shows_page (window, preview);

  close_window (window);
}

/* A section body of a megabyte of "[" (ten megabytes took the window to
 * 2.5 GB): above the importer's memory bound, shown as text, in lines no
 * longer than a text view lays out quickly. */
static void
test_preview_brackets (void)
{
  LadderWindow  *window = open_example ();
  LadderPreview *preview = show_preview (window);
  g_autoptr (LadderSection) section
      = g_list_model_get_item (ladder_family_get_sections (family_of (window)), 1);
  g_autofree char *brackets = repeated ("[", 1024 * 1024);

  ladder_section_set_body (section, brackets);
  ladder_preview_update_now (preview);

  g_assert_true (ladder_preview_get_shown_as_text (preview));
  g_assert_true (notice_shown (preview));
  check_preview_shows_page (window, preview);

  close_window (window);
}

/* A long line of plain text is laid out, but cut: GtkTextView takes
 * seconds for a 100,000-character line without a space. */
static void
test_preview_long_line (void)
{
  LadderWindow  *window = open_example ();
  LadderPreview *preview = show_preview (window);
  g_autoptr (LadderSection) section
      = g_list_model_get_item (ladder_family_get_sections (family_of (window)), 1);
  g_autofree char *line = repeated ("x", 100 * 1000);

  ladder_section_set_body (section, line);
  ladder_preview_update_now (preview);

  g_assert_false (ladder_preview_get_shown_as_text (preview));
  g_assert_true (notice_shown (preview));
  check_preview_shows_page (window, preview);

  close_window (window);
}

/* A page opened as Markdown text says so; a page read into fields does
 * not. */
/* Whether the family's introduction is highlighted as Markdown, once the
 * window has read the Markdown definition (when it has nothing else to
 * do). */
static gboolean
intro_highlighted (LadderWindow *window)
{
  GtkWidget *editor = find_widget (GTK_WIDGET (window), LADDER_TYPE_FAMILY_EDITOR, NULL, NULL);
  GtkWidget *view = find_widget (editor, GTK_SOURCE_TYPE_VIEW, NULL, NULL);

  g_assert_nonnull (view);
  spin (200);
  return gtk_source_buffer_get_language (
             GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))))
         != NULL;
}

static void
test_banner (void)
{
  g_autofree char *hostile = repeated ("![[]()", 6000);
  g_autofree char *text
      = g_strconcat ("### Analyst\n\n#### Analyst Responsibilities\n\n- ", hostile, "\n", NULL);
  g_autofree char *path = write_temporary ("quadratic.md", text, -1);
  g_autofree char *page
      = g_test_build_filename (G_TEST_DIST, "data", "product-marketing-management.md", NULL);
  LadderWindow       *window = open_path (path);
  LadderImportBanner *banner = LADDER_IMPORT_BANNER (
      find_widget_except (GTK_WIDGET (window), LADDER_TYPE_IMPORT_BANNER, G_TYPE_NONE));

  g_assert_true (ladder_import_banner_get_revealed (banner));
  g_assert_nonnull (strstr (ladder_import_banner_get_text (banner), "Markdown text"));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family_of (window))), ==, 0);
  /* The page is the family's introduction: a line of 36,000 characters,
   * shown without highlighting (it held the window for four seconds, and
   * GtkSourceView gave up on it with a critical warning in the sanitizers'
   * build). */
  g_assert_false (intro_highlighted (window));
  close_window (window);

  window = open_path (page);
  banner = LADDER_IMPORT_BANNER (
      find_widget_except (GTK_WIDGET (window), LADDER_TYPE_IMPORT_BANNER, G_TYPE_NONE));
  g_assert_false (ladder_import_banner_get_revealed (banner));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family_of (window))), >, 0);
  g_assert_true (intro_highlighted (window));
  close_window (window);
}

static guint
n_rows (LadderBulletEditor *editor)
{
  GtkWidget *list = find_widget (GTK_WIDGET (editor), GTK_TYPE_LIST_BOX, NULL, NULL);
  guint      n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_visible (child);

  return n;
}

typedef struct
{
  LadderBulletEditor *editor;
  guint               n;
} RowCount;

static gboolean
has_rows (gpointer data)
{
  RowCount *count = data;

  return n_rows (count->editor) == count->n;
}

/* A role of 40 responsibilities: the frame that shows it has its first
 * rows, the frames after bring the others, in the bullets' order; a row
 * asked for before it is made is made then, with all those before it. */
static void
test_long_role_shows_its_rows_in_frames (void)
{
  LadderWindow       *window = open_example ();
  LadderRole         *first = role_at (window, 0);
  LadderRole         *second = role_at (window, 1);
  LadderBulletEditor *editor;
  guint               n;

  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  for (LadderRole *role = first; role != NULL; role = role == first ? second : NULL)
    for (guint i = 0; i < 40; i++)
      {
        g_autofree char *text = g_strdup_printf ("Responsibility %u of a long role", i);
        g_autoptr (LadderBullet) bullet = ladder_bullet_new (text);

        ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0, bullet);
      }
  n = g_list_model_get_n_items (ladder_role_get_responsibilities (first));
  g_assert_cmpuint (n, >=, 40);

  ladder_window_select_role (window, 0);
  editor = bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
  g_assert_nonnull (editor);
  g_assert_cmpuint (n_rows (editor), >, 0);
  g_assert_cmpuint (n_rows (editor), <, n);
  {
    RowCount all = { editor, n };

    g_assert_true (spin_until (has_rows, &all));
  }
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr (LadderBullet) bullet
          = g_list_model_get_item (ladder_role_get_responsibilities (first), i);
      GtkTextBuffer *buffer
          = gtk_text_view_get_buffer (GTK_TEXT_VIEW (ladder_bullet_editor_get_entry (editor, i)));
      GtkTextIter      start, end;
      g_autofree char *shown = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_cmpstr (shown, ==, ladder_bullet_get_text (bullet));
    }

  /* The last row asked for at once. */
  ladder_window_select_role (window, 1);
  n = g_list_model_get_n_items (ladder_role_get_responsibilities (second));
  g_assert_cmpuint (n_rows (editor), <, n);
  g_assert_nonnull (ladder_bullet_editor_get_entry (editor, n - 1));
  g_assert_cmpuint (n_rows (editor), ==, n);

  close_window (window);
}

/* A role's form opens at its top: with many responsibilities, the first
 * frame has rows for the responsibilities a screen shows and only one
 * requirement (out of sight below them, and never the list's "no
 * requirements" placeholder); a short list of responsibilities leaves
 * the requirements the rest. Then every row comes. */
static void
test_lists_share_the_first_rows (void)
{
  LadderWindow       *window = open_example ();
  LadderRole         *first = role_at (window, 0);
  LadderRole         *second = role_at (window, 1);
  LadderBulletEditor *responsibilities, *requirements;
  guint               n_first, n_requirements;

  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("Bullet %u of a long role", i);
      g_autoptr (LadderBullet) responsibility = ladder_bullet_new (text);
      g_autoptr (LadderBullet) requirement = ladder_bullet_new (text);
      g_autoptr (LadderBullet) other = ladder_bullet_new (text);

      ladder_role_insert_bullet (first, LADDER_BULLET_LIST_RESPONSIBILITIES, 0, responsibility);
      ladder_role_insert_bullet (first, LADDER_BULLET_LIST_REQUIREMENTS, 0, requirement);
      ladder_role_insert_bullet (second, LADDER_BULLET_LIST_REQUIREMENTS, 0, other);
    }
  while (g_list_model_get_n_items (ladder_role_get_responsibilities (second)) > 2)
    ladder_role_remove_bullet (second, LADDER_BULLET_LIST_RESPONSIBILITIES, 0);

  ladder_window_select_role (window, 0);
  responsibilities = bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
  requirements = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  g_assert_nonnull (responsibilities);
  g_assert_nonnull (requirements);
  n_first = n_rows (responsibilities);
  g_assert_cmpuint (n_first, >, 1);
  g_assert_cmpuint (n_rows (requirements), ==, 1);
  {
    RowCount all
        = { requirements, g_list_model_get_n_items (ladder_role_get_requirements (first)) };

    g_assert_true (spin_until (has_rows, &all));
  }

  /* Two responsibilities: the requirements have the rest of the rows. */
  ladder_window_select_role (window, 1);
  n_requirements = g_list_model_get_n_items (ladder_role_get_requirements (second));
  g_assert_cmpuint (n_rows (responsibilities), ==, 2);
  g_assert_cmpuint (n_rows (requirements), ==, n_first - 2);
  g_assert_cmpuint (n_rows (requirements), <, n_requirements);
  {
    RowCount all = { requirements, n_requirements };

    g_assert_true (spin_until (has_rows, &all));
  }

  close_window (window);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-bounded/preview-quadratic-bullet", test_preview_quadratic_bullet);
  g_test_add_func ("/window-bounded/preview-brackets", test_preview_brackets);
  g_test_add_func ("/window-bounded/preview-long-line", test_preview_long_line);
  g_test_add_func ("/window-bounded/banner", test_banner);
  g_test_add_func ("/window-bounded/long-role-shows-its-rows-in-frames",
                   test_long_role_shows_its_rows_in_frames);
  g_test_add_func ("/window-bounded/lists-share-the-first-rows", test_lists_share_the_first_rows);

  return g_test_run ();
}
