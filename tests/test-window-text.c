/* test-window-text.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The window's text as a word processor's: Enter, Backspace and pasting in
 * bullets, each one step of the document's history; the preview keeping
 * its place and following the selection; deleting a bullet or a section
 * with an Undo in a toast; bullets shown formatted and written back byte
 * for byte (the whole corpus); the link popover. Keys are pressed through
 * the shortcuts the focused widget and its ancestors hold, as GTK's capture
 * phase takes them. Needs a display (Xvfb in CI); exits 77 (skipped) where
 * there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-entry-row.h"
#include "ladder-family-editor.h"
#include "ladder-inline.h"
#include "ladder-link-popover.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-preview.h"
#include "ladder-rich-text.h"
#include "ladder-role-editor.h"
#include "ladder-role-row.h"
#include "ladder-test-skip.h"
#include "ladder-markdown-view.h"
#include "ladder-test-window.h"
#include "ladder-text-binding.h"
#include "ladder-window.h"

static LadderApplication *app;

/* ------------------------------------------------------------------ */
/* The window                                                           */

static LadderWindow *
open_path (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  gint64        deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!document_is (window, file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (document_is (window, file));

  spin (50);
  return window;
}

static LadderWindow *
open_example (void)
{
  g_autofree char *source = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);
  g_autofree char *path = copy_to_temp (source, "pmm.jobfamily.json");

  return open_path (path);
}

/* A real handbook page with eight roles (tests/data/README.md). */
static LadderWindow *
open_real_page (void)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autofree char *path = copy_to_temp (source, "partner-program-manager.md");

  return open_path (path);
}

static void
undo (LadderWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin (20);
}

/* As a click on the role's row in the sidebar. */
static void
pick_role (LadderWindow *window, guint position)
{
  sidebar_pick_role (window, position);
  spin (50);
}

static GListModel *
requirements_of (LadderWindow *window, guint role)
{
  return ladder_role_get_requirements (role_at (window, role));
}

static const char *
bullet_text (GListModel *bullets, guint position)
{
  g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, position);

  g_assert_nonnull (bullet);
  return ladder_bullet_get_text (bullet);
}

static GtkWidget *
focus_of (LadderWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* ------------------------------------------------------------------ */
/* Lists                                                                */

/* Enter inside a bullet ends it there: the text after the cursor starts
 * the next bullet, which has the focus, at its start. One undo joins them
 * again. Enter at a bullet's end starts an empty one. */
static void
test_enter_splits_bullet (void)
{
  LadderWindow       *window = open_example ();
  LadderBulletEditor *editor;
  GListModel         *requirements = requirements_of (window, 0);
  guint               n = g_list_model_get_n_items (requirements);
  g_autofree char    *original = g_strdup (bullet_text (requirements, 0));
  g_autofree char    *page = page_of (window);
  GtkWidget          *view;

  g_assert_cmpstr (original, ==, "8-10 years of product marketing experience.");
  pick_role (window, 0);
  editor = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);

  view = ladder_bullet_editor_get_entry (editor, 0);
  place_cursor (view, (int) strlen ("8-10 years "));
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));

  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n + 1);
  g_assert_cmpstr (bullet_text (requirements, 0), ==, "8-10 years");
  g_assert_cmpstr (bullet_text (requirements, 1), ==, "of product marketing experience.");
  g_assert_true (focus_of (window) == ladder_bullet_editor_get_entry (editor, 1));
  g_assert_cmpint (cursor_offset (focus_of (window)), ==, 0);
  {
    g_autofree char *split = page_of (window);

    g_assert_nonnull (strstr (split, "\n- 8-10 years\n- of product marketing experience.\n"));
  }

  /* One step of the document's history. */
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n);
  g_assert_cmpstr (bullet_text (requirements, 0), ==, original);
  {
    g_autofree char *back = page_of (window);

    g_assert_cmpstr (back, ==, page);
  }

  /* At the end: an empty bullet after, with the focus. */
  view = ladder_bullet_editor_get_entry (editor, 0);
  place_cursor (view, -1);
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n + 1);
  g_assert_cmpstr (bullet_text (requirements, 0), ==, original);
  g_assert_cmpstr (bullet_text (requirements, 1), ==, "");
  g_assert_true (focus_of (window) == ladder_bullet_editor_get_entry (editor, 1));

  /* Typed into, it is a bullet like any. */
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus_of (window))),
                                    "Curious", -1);
  g_assert_cmpstr (bullet_text (requirements, 1), ==, "Curious");

  close_without_saving (window);
}

/* Backspace in an empty bullet removes it and puts the cursor at the end
 * of the one before; one undo brings it back. Backspace elsewhere in a
 * bullet is left to the text. */
static void
test_backspace_removes_empty_bullet (void)
{
  LadderWindow       *window = open_example ();
  LadderBulletEditor *editor;
  GListModel         *requirements = requirements_of (window, 0);
  guint               n = g_list_model_get_n_items (requirements);
  g_autofree char    *page = page_of (window);
  g_autofree char    *second = g_strdup (bullet_text (requirements, 1));
  GtkWidget          *view;

  pick_role (window, 0);
  editor = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);

  /* An empty bullet after the second, by Enter at its end. */
  place_cursor (ladder_bullet_editor_get_entry (editor, 1), -1);
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n + 1);
  g_assert_cmpstr (bullet_text (requirements, 2), ==, "");

  g_assert_true (press_shortcut (window, GDK_KEY_BackSpace, 0));
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n);
  g_assert_cmpstr (bullet_text (requirements, 1), ==, second);
  view = ladder_bullet_editor_get_entry (editor, 1);
  g_assert_true (focus_of (window) == view);
  g_assert_cmpint (cursor_offset (view), ==, g_utf8_strlen (second, -1));
  {
    g_autofree char *now = page_of (window);

    g_assert_cmpstr (now, ==, page);
  }

  /* Undone: the empty bullet is back, and undone again, it never was. */
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n + 1);
  g_assert_cmpstr (bullet_text (requirements, 2), ==, "");
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n);

  /* Not at a bullet's start: the key is the text's, deleting a letter. */
  place_cursor (ladder_bullet_editor_get_entry (editor, 1), 3);
  press_shortcut (window, GDK_KEY_BackSpace, 0);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n);
  {
    g_autofree char *expected = g_strconcat ("Exerience", second + strlen ("Experience"), NULL);

    g_assert_cmpstr (bullet_text (requirements, 1), ==, expected);
  }
  undo (window);
  g_assert_cmpstr (bullet_text (requirements, 1), ==, second);

  /* At the first bullet's start: nothing before to go to. */
  place_cursor (ladder_bullet_editor_get_entry (editor, 0), 0);
  press_shortcut (window, GDK_KEY_BackSpace, 0);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n);
  {
    g_autofree char *now = page_of (window);

    g_assert_cmpstr (now, ==, page);
  }

  close_without_saving (window);
}

/* A bullet split at a space and joined back by Backspace is the bullet it
 * was; two bullets joined by Delete keep a space between them. The space
 * at the split was lost ("projects,as needed"), and Delete made
 * "experience.Experience". */
static void
test_join_keeps_words_apart (void)
{
  LadderWindow       *window = open_example ();
  LadderBulletEditor *editor;
  GListModel         *requirements = requirements_of (window, 0);
  guint               n = g_list_model_get_n_items (requirements);
  g_autofree char    *first = g_strdup (bullet_text (requirements, 0));
  g_autofree char    *second = g_strdup (bullet_text (requirements, 1));
  g_autofree char    *together = g_strconcat (first, " ", second, NULL);
  GtkWidget          *view;

  pick_role (window, 0);
  editor = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);

  place_cursor (ladder_bullet_editor_get_entry (editor, 0), (int) strlen ("8-10 years"));
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n + 1);
  g_assert_true (press_shortcut (window, GDK_KEY_BackSpace, 0));
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n);
  g_assert_cmpstr (bullet_text (requirements, 0), ==, first);
  view = ladder_bullet_editor_get_entry (editor, 0);
  g_assert_cmpint (cursor_offset (view), ==, (int) strlen ("8-10 years "));

  place_cursor (ladder_bullet_editor_get_entry (editor, 0), -1);
  g_assert_true (press_shortcut (window, GDK_KEY_Delete, 0));
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n - 1);
  g_assert_cmpstr (bullet_text (requirements, 0), ==, together);

  close_without_saving (window);
}

static void
wait_for_bullets (GListModel *bullets, guint n)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (bullets) != n && g_get_monotonic_time () < deadline)
    spin (10);

  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, n);
}

/* Lines pasted into a bullet become bullets: the first joins the text
 * before the cursor, the last the text after it, list markers copied with
 * them go. All of it is one undo. */
static void
test_paste_lines_makes_bullets (void)
{
  LadderWindow       *window = open_example ();
  LadderBulletEditor *editor;
  GListModel         *requirements = requirements_of (window, 0);
  guint               n = g_list_model_get_n_items (requirements);
  g_autofree char    *page = page_of (window);
  GdkClipboard       *clipboard;
  GtkWidget          *view;

  pick_role (window, 0);
  editor = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  view = ladder_bullet_editor_get_entry (editor, 0);
  place_cursor (view, (int) strlen ("8-10 years"));

  clipboard = gtk_widget_get_clipboard (view);
  gdk_clipboard_set_text (clipboard,
                          " (or more)\n- Knows **Git**\n\n• Writes well\r\n2. Reads well\nand");
  g_signal_emit_by_name (view, "paste-clipboard");
  wait_for_bullets (requirements, n + 4);

  g_assert_cmpstr (bullet_text (requirements, 0), ==, "8-10 years (or more)");
  /* What is pasted into formatted text is text, as what is typed. */
  g_assert_cmpstr (bullet_text (requirements, 1), ==, "Knows \\*\\*Git\\*\\*");
  g_assert_cmpstr (bullet_text (requirements, 2), ==, "Writes well");
  /* A numbered list's number goes as a bullet's marker does (it was kept,
   * escaped: "2\\. Reads well"). */
  g_assert_cmpstr (bullet_text (requirements, 3), ==, "Reads well");
  g_assert_cmpstr (bullet_text (requirements, 4), ==, "and of product marketing experience.");
  g_assert_true (focus_of (window) == ladder_bullet_editor_get_entry (editor, 4));
  g_assert_cmpint (cursor_offset (focus_of (window)), ==, 3);

  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n);
  {
    g_autofree char *back = page_of (window);

    g_assert_cmpstr (back, ==, page);
  }

  /* One line pasted stays in the bullet. */
  place_cursor (ladder_bullet_editor_get_entry (editor, 0), 0);
  gdk_clipboard_set_text (clipboard, "About ");
  g_signal_emit_by_name (ladder_bullet_editor_get_entry (editor, 0), "paste-clipboard");
  for (guint i = 0; i < 200 && !g_str_has_prefix (bullet_text (requirements, 0), "About"); i++)
    spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n);
  g_assert_cmpstr (bullet_text (requirements, 0), ==,
                   "About 8-10 years of product marketing experience.");

  close_without_saving (window);
}

/* ------------------------------------------------------------------ */
/* The preview                                                          */

static LadderPreview *
preview_of (LadderWindow *window)
{
  return LADDER_PREVIEW (
      find_widget_full (GTK_WIDGET (window), LADDER_TYPE_PREVIEW, NULL, NULL, FALSE));
}

static gboolean
is_rendered_view (GtkWidget *widget, gconstpointer data)
{
  return !GTK_SOURCE_IS_VIEW (widget);
}

static GtkTextView *
rendered_view (LadderWindow *window)
{
  return GTK_TEXT_VIEW (find_widget_full (GTK_WIDGET (preview_of (window)), GTK_TYPE_TEXT_VIEW,
                                          is_rendered_view, NULL, FALSE));
}

static GtkTextView *
source_view (LadderWindow *window)
{
  return GTK_TEXT_VIEW (
      find_widget_full (GTK_WIDGET (preview_of (window)), GTK_SOURCE_TYPE_VIEW, NULL, NULL, FALSE));
}

static void
show_preview_page (LadderWindow *window, const char *name)
{
  GtkStack *stack
      = GTK_STACK (find_widget (GTK_WIDGET (preview_of (window)), GTK_TYPE_STACK, NULL, NULL));

  gtk_stack_set_visible_child_name (stack, name);
  spin (100);
}

static double
scrolled_to (GtkTextView *view)
{
  return gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)));
}

/* What @view shows at its top: the line there, and how far below the top
 * of the view its own top is. The adjustment's value is not that: GTK
 * first takes the lines above for one line each, and moves the value as
 * it lays them out for what they are, the text shown staying put. */
typedef struct
{
  int line;
  int offset;
} TopLine;

static TopLine
top_line (GtkTextView *view)
{
  GdkRectangle visible;
  GtkTextIter  iter;
  int          line_top;
  TopLine      top;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_line_at_y (view, &iter, visible.y, &line_top);
  top.line = gtk_text_iter_get_line (&iter);
  top.offset = line_top - visible.y;
  return top;
}

/* Whether @view shows at its top what it showed at @kept. */
static gboolean
keeps_top (GtkTextView *view, TopLine kept)
{
  TopLine now = top_line (view);

  if (now.line != kept.line || now.offset != kept.offset)
    g_test_message ("line %d at %d px from the top, was line %d at %d px", now.line, now.offset,
                    kept.line, kept.offset);
  return now.line == kept.line && now.offset == kept.offset;
}

/* Waits (within a bound) until @view has stopped moving: what it shows at
 * its top has stayed the same for a few tenths of a second. A view
 * brought to a line goes on laying out its text in idle time, and scrolls
 * again once the line's place is known. */
static TopLine
wait_until_still (GtkTextView *view)
{
  TopLine top = top_line (view);

  for (guint still = 0, i = 0; still < 6 && i < 200; i++)
    {
      TopLine now;

      spin (50);
      now = top_line (view);
      still = now.line == top.line && now.offset == top.offset ? still + 1 : 0;
      top = now;
    }

  return top;
}

/* The first line of @view that is @text (or a Markdown heading of it). */
static void
find_line (GtkTextView *view, const char *text, GtkTextIter *line)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter    end;

  for (gtk_text_buffer_get_start_iter (buffer, line);;)
    {
      g_autofree char *content = NULL;
      const char      *bare;

      end = *line;
      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      content = gtk_text_iter_get_slice (line, &end);
      bare = content;
      while (*bare == '#')
        bare++;
      if (bare != content && *bare == ' ')
        bare++;
      if (g_str_equal (content, text) || g_str_equal (bare, text))
        return;

      g_assert_true (gtk_text_iter_forward_line (line));
    }
}

/* Where @iter's line is shown in @view, from the top of what is on screen
 * (negative: above it). */
static int
position_of (GtkTextView *view, const GtkTextIter *iter)
{
  GdkRectangle visible;
  int          y, height;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_line_yrange (view, iter, &y, &height);

  return y - visible.y;
}

static int
line_position (GtkTextView *view, const char *text)
{
  GtkTextIter line;

  find_line (view, text, &line);
  return position_of (view, &line);
}

/* Whether @text, the first time it comes after the line @heading, is on
 * screen in @view. */
/* Whether the line of @iter is on screen in @view, whole. The space
 * above a heading may be off it. */
static gboolean
iter_is_shown (GtkTextView *view, const GtkTextIter *iter)
{
  GdkRectangle visible, location;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, iter, &location);
  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

static gboolean
is_shown (GtkTextView *view, const char *text)
{
  GtkTextIter line;

  find_line (view, text, &line);
  return iter_is_shown (view, &line);
}

static gboolean
is_shown_after (GtkTextView *view, const char *heading, const char *text)
{
  GtkTextIter line, match;

  find_line (view, heading, &line);
  g_assert_true (gtk_text_iter_forward_search (&line, text, 0, &match, NULL, NULL));
  return iter_is_shown (view, &match);
}

/* Waits (up to a bound: the views lay their text out in idle time, slower
 * under a sanitizer) for the line @text to come to the top of @view. */
static void
wait_for_top (GtkTextView *view, const char *text)
{
  for (guint i = 0; i < 200 && !(is_shown (view, text) && line_position (view, text) < 50); i++)
    spin (50);
}

/* Lets the preview update and the views lay out and scroll. */
static void
let_preview_settle (LadderWindow *window)
{
  ladder_preview_update_now (preview_of (window));
  spin (300);
}

/* Selecting a role brings its heading to the top of both views of the
 * preview; an edit keeps the place; a field taking the focus brings its
 * line into view. */
static void
test_preview_follows_selection (void)
{
  LadderWindow    *window = open_real_page ();
  LadderRole      *late = role_at (window, 6);
  g_autofree char *heading = g_strdup (ladder_role_get_title (late));
  GtkTextView     *rendered, *source;
  GListModel      *requirements;
  TopLine          kept, kept_source;
  guint            last;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  rendered = rendered_view (window);
  if (!gtk_widget_get_visible (GTK_WIDGET (preview_of (window))))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
  let_preview_settle (window);
  source = source_view (window);
  /* Shown first, the page is shown from its start. */
  g_assert_cmpfloat (scrolled_to (rendered), <, 50.0);
  ladder_window_show_family (window);
  let_preview_settle (window);
  g_assert_cmpfloat (scrolled_to (rendered), <, 50.0);
  g_assert_cmpint (line_position (rendered, ladder_family_get_title (family_of (window))), <, 50);

  pick_role (window, 6);
  let_preview_settle (window);
  wait_for_top (rendered, heading);
  g_assert_cmpfloat (scrolled_to (rendered), >, 0.0);
  g_assert_true (is_shown (rendered, heading));
  g_assert_cmpint (line_position (rendered, heading), <, 50);

  show_preview_page (window, "markdown");
  wait_for_top (source, heading);
  g_assert_cmpfloat (scrolled_to (source), >, 0.0);
  g_assert_true (is_shown (source, heading));
  g_assert_cmpint (line_position (source, heading), <, 50);

  /* An edit of that role, and of another: both views stay where they are. */
  kept_source = wait_until_still (source);
  show_preview_page (window, "page");
  kept = wait_until_still (rendered);
  show_preview_page (window, "markdown");
  ladder_role_set_job_grade (late, 11);
  ladder_role_set_title (role_at (window, 7), "Senior Director, Partner Programs");
  let_preview_settle (window);
  g_assert_true (keeps_top (source, kept_source));
  show_preview_page (window, "page");
  g_assert_true (keeps_top (rendered, kept));
  g_assert_true (is_shown (rendered, heading));

  /* Scrolled away by hand, then a requirement's text taking the focus:
   * its line comes into view. */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (rendered)), 0.0);
  spin (100);
  requirements = requirements_of (window, 6);
  last = g_list_model_get_n_items (requirements) - 1;
  {
    /* The bullet as the rendered page shows it: its first words. */
    g_autoptr (GPtrArray) spans = ladder_inline_parse (bullet_text (requirements, last), NULL);
    g_autofree char *text = ladder_inline_spans_to_text (spans);
    g_autofree char *words = g_utf8_substring (text, 0, 20);

    g_assert_false (is_shown_after (rendered, heading, words));
    place_cursor (ladder_bullet_editor_get_entry (
                      bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS), last),
                  -1);
    for (guint i = 0; i < 200 && !is_shown_after (rendered, heading, words); i++)
      spin (50);
    g_assert_true (is_shown_after (rendered, heading, words));

    /* Typing in it keeps it there. */
    kept = wait_until_still (rendered);
    gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus_of (window))),
                                      " Always.", -1);
    let_preview_settle (window);
    g_assert_true (is_shown_after (rendered, heading, words));
    g_assert_true (keeps_top (rendered, kept));
  }

  /* A role selected while the preview is hidden: shown, the preview
   * opens at its heading. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
  pick_role (window, 3);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
  wait_for_top (rendered, ladder_role_get_title (role_at (window, 3)));
  g_assert_true (is_shown (rendered, ladder_role_get_title (role_at (window, 3))));
  g_assert_cmpint (line_position (rendered, ladder_role_get_title (role_at (window, 3))), <, 50);

  /* The family shown: the top of the page. */
  ladder_window_show_family (window);
  let_preview_settle (window);
  g_assert_cmpfloat (scrolled_to (rendered), <, 50.0);

  close_without_saving (window);
}

/* ------------------------------------------------------------------ */
/* Deleting                                                             */

/* The toast saying @message, then its Undo clicked. */
static void
assert_toast_and_undo (LadderWindow *window, const char *message)
{
  GtkWidget *button = NULL;
  gint64     deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((button = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, button_labelled, "_Undo"))
             == NULL
         && g_get_monotonic_time () < deadline)
    spin (20);

  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_says, message));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spin (50);
}

/* Deleting a bullet says so in a toast, whose Undo brings the very bullet
 * back at its place, also after another edit. */
static void
test_delete_bullet_toast (void)
{
  LadderWindow       *window = open_example ();
  LadderBulletEditor *editor;
  GListModel         *requirements = requirements_of (window, 0);
  guint               n = g_list_model_get_n_items (requirements);
  g_autofree char    *page = page_of (window);
  g_autoptr (LadderBullet) deleted = g_list_model_get_item (requirements, 1);
  g_autofree char *message = g_strdup_printf ("“%s” deleted", ladder_bullet_get_text (deleted));
  g_autofree char *title = g_strdup (ladder_role_get_title (role_at (window, 1)));
  GtkWidget       *remove;

  pick_role (window, 0);
  editor = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  remove = find_widget (ladder_bullet_editor_get_row (editor, 1), GTK_TYPE_BUTTON, tooltip_is,
                        "Remove Requirement");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n - 1);

  /* Another edit since: the Undo still brings back the bullet, at its
   * place, and the edit stays. */
  ladder_role_set_title (role_at (window, 1), "Principal Product Marketing Manager");
  assert_toast_and_undo (window, message);

  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n);
  {
    g_autoptr (LadderBullet) back = g_list_model_get_item (requirements, 1);

    g_assert_true (back == deleted);
  }
  g_assert_cmpstr (ladder_role_get_title (role_at (window, 1)), ==,
                   "Principal Product Marketing Manager");
  ladder_role_set_title (role_at (window, 1), title);
  {
    g_autofree char *now = page_of (window);

    g_assert_cmpstr (now, ==, page);
  }

  close_without_saving (window);
}

static gboolean
is_row_titled (GtkWidget *widget, gconstpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A section row's own rows are made as it is first opened (a page shows
 * its sections closed), and then hidden while it is closed, not only out
 * of sight (GTK lays out what a closed row keeps): shown as it opens,
 * hidden again once it has closed; what is typed there stays. */
static void
test_closed_section_rows_hidden (void)
{
  LadderWindow  *window = open_real_page ();
  GListModel    *sections = ladder_family_get_sections (family_of (window));
  LadderSection *section = NULL;
  GtkWidget     *row, *heading;

  for (guint i = 1; i < g_list_model_get_n_items (sections) && section == NULL; i++)
    {
      g_autoptr (LadderSection) candidate = g_list_model_get_item (sections, i);

      if (*ladder_section_get_heading (candidate) != '\0')
        section = candidate;
    }
  g_assert_nonnull (section);

  ladder_window_show_family (window);
  spin (50);
  row = find_widget (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW, is_row_titled,
                     ladder_section_get_heading (section));
  g_assert_nonnull (row);
  g_assert_null (find_any_widget (row, LADDER_TYPE_ENTRY_ROW, is_row_titled, "Heading"));
  g_assert_null (find_any_widget (row, GTK_SOURCE_TYPE_VIEW, NULL, NULL));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  heading = find_any_widget (row, LADDER_TYPE_ENTRY_ROW, is_row_titled, "Heading");
  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_get_visible (heading));
  g_assert_nonnull (find_any_widget (row, GTK_SOURCE_TYPE_VIEW, NULL, NULL));
  spin (100);
  g_assert_true (gtk_widget_get_mapped (heading));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (heading)), ==,
                   ladder_section_get_heading (section));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  spin (300);
  g_assert_false (gtk_widget_get_visible (heading));

  close_without_saving (window);
}

/* A section's Delete button is inside its expanded row; deleting says so
 * in a toast whose Undo brings the section back whole, at its place. */
static void
test_delete_section_toast (void)
{
  LadderWindow    *window = open_real_page ();
  GListModel      *sections = ladder_family_get_sections (family_of (window));
  guint            n = g_list_model_get_n_items (sections);
  g_autofree char *page = page_of (window);
  g_autoptr (LadderSection) deleted = NULL;
  g_autofree char *message = NULL;
  GtkWidget       *row, *button;
  guint            position = G_MAXUINT;

  /* A section with a heading of its own, not the roles'. */
  for (guint i = 0; i < n && position == G_MAXUINT; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      if (ladder_section_get_heading (section) != NULL
          && *ladder_section_get_heading (section) != '\0' && i > 0)
        position = i;
    }
  g_assert_cmpuint (position, <, n);
  deleted = g_list_model_get_item (sections, position);
  message = g_strdup_printf ("“%s” deleted", ladder_section_get_heading (deleted));

  ladder_window_show_family (window);
  spin (50);
  row = find_widget (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW, is_row_titled,
                     ladder_section_get_heading (deleted));
  g_assert_nonnull (row);

  /* Folded, the row shows no Delete button; expanded, it holds one. */
  g_assert_null (find_widget (row, GTK_TYPE_BUTTON, button_labelled, "Delete Section"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  spin (100);
  button = find_widget (row, GTK_TYPE_BUTTON, button_labelled, "Delete Section");
  g_assert_nonnull (button);

  g_signal_emit_by_name (button, "clicked");
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, n - 1);

  assert_toast_and_undo (window, message);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, n);
  {
    g_autoptr (LadderSection) back = g_list_model_get_item (sections, position);
    g_autofree char *now = page_of (window);

    g_assert_true (back == deleted);
    g_assert_cmpstr (now, ==, page);
  }

  close_without_saving (window);
}

/* ------------------------------------------------------------------ */
/* Markdown prose                                                       */

/* The family's introduction, or the text of the section @heading (its
 * row expanded), shown. */
static GtkWidget *
prose_view (LadderWindow *window, const char *heading)
{
  GtkWidget *editor;
  GtkWidget *row;

  ladder_window_show_family (window);
  spin (50);
  editor = find_widget (GTK_WIDGET (window), LADDER_TYPE_FAMILY_EDITOR, NULL, NULL);
  g_assert_nonnull (editor);
  if (heading == NULL)
    return find_widget (editor, GTK_SOURCE_TYPE_VIEW, NULL, NULL);

  row = find_widget (editor, ADW_TYPE_EXPANDER_ROW, is_row_titled, heading);
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  spin (100);
  return find_widget (row, GTK_SOURCE_TYPE_VIEW, NULL, NULL);
}

/* The first section with a heading and text of its own. */
static LadderSection *
section_with_text (LadderWindow *window)
{
  GListModel *sections = ladder_family_get_sections (family_of (window));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      if (*ladder_section_get_heading (section) != '\0' && ladder_section_get_body (section) != NULL
          && *ladder_section_get_body (section) != '\0')
        return section;
    }

  g_assert_not_reached ();
}

static void
assert_markdown_source (GtkWidget *view, const char *text)
{
  GtkTextBuffer     *buffer;
  GtkSourceLanguage *language;
  GtkTextIter        start, end;
  g_autofree char   *shown = NULL;

  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_assert_true (GTK_SOURCE_IS_BUFFER (buffer));
  language = gtk_source_buffer_get_language (GTK_SOURCE_BUFFER (buffer));
  g_assert_nonnull (language);
  g_assert_cmpstr (gtk_source_language_get_id (language), ==, "ladder-markdown");
  g_assert_true (gtk_source_buffer_get_highlight_syntax (GTK_SOURCE_BUFFER (buffer)));
  g_assert_false (gtk_source_view_get_show_line_numbers (GTK_SOURCE_VIEW (view)));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (view)), ==, GTK_WRAP_WORD_CHAR);
  /* One history, the document's. */
  g_assert_false (gtk_text_buffer_get_enable_undo (buffer));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_cmpstr (shown, ==, text);
}

/* Whether a highlighting tag covers the characters @from to @to of
 * @buffer, and none the character before. */
static gboolean
styled (GtkTextBuffer *buffer, int from, int to)
{
  GtkTextIter before, start, last;
  g_autoptr (GSList) tags_before = NULL;
  g_autoptr (GSList) tags_start = NULL;
  g_autoptr (GSList) tags_last = NULL;

  gtk_text_buffer_get_iter_at_offset (buffer, &before, from - 1);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, from);
  gtk_text_buffer_get_iter_at_offset (buffer, &last, to - 1);
  tags_before = gtk_text_iter_get_tags (&before);
  tags_start = gtk_text_iter_get_tags (&start);
  tags_last = gtk_text_iter_get_tags (&last);

  return tags_before == NULL && tags_start != NULL && tags_last != NULL;
}

/* Ladder's own Markdown definition reads without a warning (a warning
 * would fail the test) and marks what the handbook's prose holds. */
static void
test_markdown_language_highlights (void)
{
  static const char text[]
      = "## Heading\n\n- a **bold** and *em* `code` [link](https://x.org)\n> quoted\n";
  GtkSourceLanguage *language = ladder_markdown_view_get_language ();
  g_autoptr (GtkSourceBuffer) buffer = NULL;
  GtkTextIter start, end;

  g_assert_nonnull (language);
  buffer = gtk_source_buffer_new_with_language (language);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (buffer), text, -1);
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (buffer), &start, &end);
  gtk_source_buffer_ensure_highlight (buffer, &start, &end);

  g_assert_true (styled (GTK_TEXT_BUFFER (buffer), 12, 13)); /* "-" */
  g_assert_true (styled (GTK_TEXT_BUFFER (buffer), 16, 24)); /* "**bold**" */
  g_assert_true (styled (GTK_TEXT_BUFFER (buffer), 29, 33)); /* "*em*" */
  g_assert_true (styled (GTK_TEXT_BUFFER (buffer), 34, 40)); /* "`code`" */
  g_assert_true (styled (GTK_TEXT_BUFFER (buffer), 42, 46)); /* "link" */
  g_assert_true (styled (GTK_TEXT_BUFFER (buffer), 48, 61)); /* the address */
  g_assert_true (styled (GTK_TEXT_BUFFER (buffer), 63, 65)); /* "> " */
}

/* The introduction and a section's text are Markdown source, highlighted,
 * wrapped, without line numbers. */
static void
test_prose_is_highlighted_markdown (void)
{
  LadderWindow    *window = open_real_page ();
  LadderSection   *section = section_with_text (window);
  g_autofree char *page = page_of (window);
  g_autofree char *now = NULL;

  assert_markdown_source (prose_view (window, NULL), ladder_family_get_intro (family_of (window)));
  assert_markdown_source (prose_view (window, ladder_section_get_heading (section)),
                          ladder_section_get_body (section));

  /* Shown, they changed nothing. */
  now = page_of (window);
  g_assert_cmpstr (now, ==, page);
  close_without_saving (window);
}

/* As a key typed: one user action. */
static void
type_text (GtkWidget *view, const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  spin (20);
}

/* Typed text, then Ctrl+Z: the text is back exactly as it was, and a
 * second Ctrl+Z (nothing left in the history) takes nothing more away. */
static void
test_prose_undo (void)
{
  LadderWindow    *window = open_real_page ();
  LadderFamily    *family = family_of (window);
  LadderSection   *section = section_with_text (window);
  g_autofree char *page = page_of (window);
  g_autofree char *intro = g_strdup (ladder_family_get_intro (family));
  g_autofree char *body = g_strdup (ladder_section_get_body (section));
  struct
  {
    const char *heading;
    const char *text;
  } fields[] = { { NULL, intro }, { ladder_section_get_heading (section), body } };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget       *view = prose_view (window, fields[i].heading);
      g_autofree char *typed = NULL;
      g_autofree char *shown = NULL;
      g_autofree char *now = NULL;

      place_cursor (view, 0);
      type_text (view, "Typed ");
      typed = g_strconcat ("Typed ", fields[i].text, NULL);
      g_assert_cmpstr (
          i == 0 ? ladder_family_get_intro (family) : ladder_section_get_body (section), ==, typed);

      g_assert_true (press_shortcut (window, GDK_KEY_z, GDK_CONTROL_MASK));
      shown = text_view_text (view);
      g_assert_cmpstr (shown, ==, fields[i].text);
      g_assert_cmpstr (i == 0 ? ladder_family_get_intro (family)
                              : ladder_section_get_body (section),
                       ==, fields[i].text);

      press_shortcut (window, GDK_KEY_z, GDK_CONTROL_MASK);
      g_clear_pointer (&shown, g_free);
      shown = text_view_text (view);
      g_assert_cmpstr (shown, ==, fields[i].text);

      now = page_of (window);
      g_assert_cmpstr (now, ==, page);
    }

  close_without_saving (window);
}

static const char *
scheme_of (GtkWidget *view)
{
  GtkSourceStyleScheme *scheme = gtk_source_buffer_get_style_scheme (
      GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))));

  return scheme != NULL ? gtk_source_style_scheme_get_id (scheme) : NULL;
}

/* The highlighting's scheme follows the light and dark styles as they
 * change. */
static void
test_prose_follows_dark_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  LadderWindow    *window = open_real_page ();
  LadderSection   *section = section_with_text (window);
  GtkWidget       *views[2];

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  views[0] = prose_view (window, NULL);
  views[1] = prose_view (window, ladder_section_get_heading (section));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_assert_cmpstr (scheme_of (views[i]), ==, "Adwaita");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  spin (20);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_assert_cmpstr (scheme_of (views[i]), ==, "Adwaita-dark");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  spin (20);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_assert_cmpstr (scheme_of (views[i]), ==, "Adwaita");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  close_without_saving (window);
}

/* ------------------------------------------------------------------ */
/* Formatting                                                           */

/* A bullet shows its Markdown as formatting: the text without its syntax,
 * with tags. Ctrl+B and Ctrl+I format the selection; Ctrl+K's popover
 * edits a link and removes it; each writes the exporter's Markdown. */
static void
test_bullet_formatting (void)
{
  LadderWindow *window = open_example ();
  GListModel   *requirements = requirements_of (window, 0);
  g_autoptr (LadderBullet) first = g_list_model_get_item (requirements, 0);
  LadderBulletEditor *editor;
  GtkTextBuffer      *buffer;
  GtkWidget          *view;
  GtkTextIter         start, end;
  g_autofree char    *text = NULL;
  LadderLinkPopover  *popover;

  ladder_bullet_set_text (first, "Knows **Git**, _Go_ and [the handbook](/handbook/)");
  pick_role (window, 0);
  editor = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  view = ladder_bullet_editor_get_entry (editor, 0);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_assert_true (ladder_text_binding_is_rich (GTK_TEXT_VIEW (view)));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "Knows Git, Go and the handbook");
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 7);
  g_assert_cmpint (ladder_rich_text_get_style (buffer, &start), ==, LADDER_INLINE_BOLD);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 12);
  g_assert_cmpint (ladder_rich_text_get_style (buffer, &start), ==, LADDER_INLINE_ITALIC);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 20);
  {
    g_autofree char *url = ladder_rich_text_get_link (buffer, &start, NULL, NULL);

    g_assert_cmpstr (url, ==, "/handbook/");
  }

  /* "Knows" made bold, then italic, by their keys. */
  gtk_widget_grab_focus (view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 0);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 5);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (press_shortcut (window, GDK_KEY_b, GDK_CONTROL_MASK));
  g_assert_cmpstr (ladder_bullet_get_text (first), ==,
                   "**Knows** **Git**, _Go_ and [the handbook](/handbook/)");
  undo (window);
  g_assert_cmpstr (ladder_bullet_get_text (first), ==,
                   "Knows **Git**, _Go_ and [the handbook](/handbook/)");
  gtk_widget_grab_focus (view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 0);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 5);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (press_shortcut (window, GDK_KEY_i, GDK_CONTROL_MASK));
  g_assert_cmpstr (ladder_bullet_get_text (first), ==,
                   "_Knows_ **Git**, _Go_ and [the handbook](/handbook/)");
  undo (window);

  /* Ctrl+K in the link: its popover changes the address, then removes
   * the link, keeping its text. */
  gtk_widget_grab_focus (view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 20);
  gtk_text_buffer_place_cursor (buffer, &start);
  g_assert_true (press_shortcut (window, GDK_KEY_k, GDK_CONTROL_MASK));
  popover = LADDER_LINK_POPOVER (
      find_widget_full (gtk_widget_get_parent (view), LADDER_TYPE_LINK_POPOVER, NULL, NULL, FALSE));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  {
    g_autoptr (GPtrArray) entries = g_ptr_array_new ();

    collect_entries (GTK_WIDGET (popover), entries);
    g_assert_cmpuint (entries->len, ==, 2);
    g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, "the handbook");
    g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 1)), ==, "/handbook/");

    /* Refused as the manager's link is: the bullet keeps its link. */
    gtk_editable_set_text (g_ptr_array_index (entries, 1), "javascript:alert(1)");
    g_assert_false (ladder_link_popover_apply (popover));
    g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (entries, 1), "error"));
    g_assert_cmpstr (ladder_bullet_get_text (first), ==,
                     "Knows **Git**, _Go_ and [the handbook](/handbook/)");

    gtk_editable_set_text (g_ptr_array_index (entries, 0), "our handbook");
    gtk_editable_set_text (g_ptr_array_index (entries, 1), "/handbook/values/");
    g_assert_true (ladder_link_popover_apply (popover));
    g_assert_cmpstr (ladder_bullet_get_text (first), ==,
                     "Knows **Git**, _Go_ and [our handbook](/handbook/values/)");
  }
  spin (50);

  gtk_widget_grab_focus (view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 20);
  gtk_text_buffer_place_cursor (buffer, &start);
  g_assert_true (press_shortcut (window, GDK_KEY_k, GDK_CONTROL_MASK));
  popover = LADDER_LINK_POPOVER (
      find_widget_full (gtk_widget_get_parent (view), LADDER_TYPE_LINK_POPOVER, NULL, NULL, FALSE));
  ladder_link_popover_remove (popover);
  spin (50);
  g_assert_cmpstr (ladder_bullet_get_text (first), ==, "Knows **Git**, _Go_ and our handbook");
  undo (window);
  g_assert_cmpstr (ladder_bullet_get_text (first), ==,
                   "Knows **Git**, _Go_ and [our handbook](/handbook/values/)");

  close_without_saving (window);
}

/* ------------------------------------------------------------------ */
/* The corpus                                                           */

/* Every bullet of every corpus page, shown in the formatted editor and
 * taken back from it without an edit, is the Markdown it was, byte for
 * byte; so is a letter typed and taken out again. */
static void
test_corpus_round_trip (void)
{
  const char *dir = g_getenv ("LADDER_CORPUS_DIR");
  g_autoptr (GDir) folder = dir != NULL ? g_dir_open (dir, 0, NULL) : NULL;
  guint       pages = 0, bullets = 0, formatted = 0;
  const char *name;

  if (folder == NULL)
    {
      ladder_test_skip_case ("no corpus: set LADDER_CORPUS_DIR to the handbook pages");
      return;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr (LadderFamily) family = NULL;
      g_autoptr (GString) before = NULL;
      g_autoptr (GString) after = NULL;
      GListModel *roles;
      gsize       length;

      if (!g_str_has_suffix (name, ".md"))
        continue;

      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      family = ladder_markdown_import (contents, length, path, NULL);
      if (family == NULL)
        continue;

      pages++;
      before = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
      roles = ladder_family_get_roles (family);
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);

          for (int list = 0; list < 2; list++)
            {
              GListModel *items = ladder_role_get_bullets (role, (LadderBulletList) list);

              for (guint b = 0; b < g_list_model_get_n_items (items); b++)
                {
                  g_autoptr (LadderBullet) bullet = g_list_model_get_item (items, b);
                  g_autofree char *markdown = g_strdup (ladder_bullet_get_text (bullet));
                  GtkWidget       *view = g_object_ref_sink (gtk_text_view_new ());
                  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
                  GtkTextIter      start, end;

                  ladder_text_binding_bind_rich (GTK_TEXT_VIEW (view), G_OBJECT (bullet), "text");
                  bullets++;

                  /* Taken back from the buffer's runs. */
                  if (ladder_text_binding_is_rich (GTK_TEXT_VIEW (view)))
                    {
                      g_autoptr (GPtrArray) spans = ladder_rich_text_get_spans (buffer, NULL, NULL);
                      g_autofree char *back = ladder_inline_edit (markdown, spans, NULL);

                      g_assert_cmpstr (back, ==, markdown);
                      formatted++;
                    }

                  /* A letter typed at the end and taken out. */
                  gtk_text_buffer_get_end_iter (buffer, &end);
                  gtk_text_buffer_insert (buffer, &end, "x", 1);
                  g_assert_cmpstr (ladder_bullet_get_text (bullet), !=, markdown);
                  gtk_text_buffer_get_end_iter (buffer, &end);
                  start = end;
                  gtk_text_iter_backward_char (&start);
                  gtk_text_buffer_delete (buffer, &start, &end);
                  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, markdown);

                  g_object_unref (view);
                }
            }
        }

      after = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
      g_assert_cmpstr (after->str, ==, before->str);
    }

  g_test_message ("%u pages, %u bullets, %u of them shown formatted", pages, bullets, formatted);
  g_assert_cmpuint (pages, >, 100);
  g_assert_cmpuint (formatted, >, bullets * 9 / 10);
}

/* Runs the main loop until nothing is left to do, within a bound only a
 * hang reaches. */
static void
run_until_idle (void)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_main_context_pending (NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

/* Whether a role has a bullet that goes on over a line break: a nested
 * list ("  - …") under it, or a lazy continuation line. */
static gboolean
has_bullet_over_lines (LadderRole *role)
{
  for (int list = 0; list < 2; list++)
    {
      GListModel *items = ladder_role_get_bullets (role, (LadderBulletList) list);

      for (guint b = 0; b < g_list_model_get_n_items (items); b++)
        {
          g_autoptr (LadderBullet) bullet = g_list_model_get_item (items, b);

          if (strchr (ladder_bullet_get_text (bullet), '\n') != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

/* A bullet read from the page over several lines (a nested list, on 42 of
 * the 211 corpus pages) is shown as it is and stays one bullet: its text,
 * put into the bullet's view, used to be taken for a paste of several
 * lines, and merely showing the role split it into a bullet per line. */
static void
test_corpus_bullets_over_lines_shown_unchanged (void)
{
  const char *dir = g_getenv ("LADDER_CORPUS_DIR");
  g_autoptr (GDir) folder = dir != NULL ? g_dir_open (dir, 0, NULL) : NULL;
  GtkWidget  *window;
  GtkWidget  *box;
  GtkWidget  *editors[2];
  guint       pages = 0, roles_shown = 0;
  const char *name;

  if (folder == NULL)
    {
      ladder_test_skip_case ("no corpus: set LADDER_CORPUS_DIR to the handbook pages");
      return;
    }

  window = gtk_window_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_window_set_child (GTK_WINDOW (window), box);
  for (int list = 0; list < 2; list++)
    {
      editors[list] = ladder_bullet_editor_new ();
      ladder_bullet_editor_set_list (LADDER_BULLET_EDITOR (editors[list]), list);
      gtk_box_append (GTK_BOX (box), editors[list]);
    }
  gtk_window_present (GTK_WINDOW (window));

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr (LadderFamily) family = NULL;
      g_autoptr (LadderHistory) history = NULL;
      g_autoptr (GString) before = NULL;
      g_autoptr (GString) after = NULL;
      GListModel *roles;
      gboolean    shown = FALSE;
      gsize       length;

      if (!g_str_has_suffix (name, ".md"))
        continue;

      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      family = ladder_markdown_import (contents, length, path, NULL);
      if (family == NULL)
        continue;

      before = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
      history = ladder_history_new (family);
      roles = ladder_family_get_roles (family);
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);

          if (!has_bullet_over_lines (role))
            continue;

          for (int list = 0; list < 2; list++)
            {
              ladder_bullet_editor_set_history (LADDER_BULLET_EDITOR (editors[list]), history);
              ladder_bullet_editor_set_role (LADDER_BULLET_EDITOR (editors[list]), role);
            }
          /* A paste would be made when the main loop is idle. */
          run_until_idle ();
          for (int list = 0; list < 2; list++)
            {
              guint n = g_list_model_get_n_items (
                  ladder_role_get_bullets (role, (LadderBulletList) list));

              /* One row per bullet, no more. */
              if (n > 0)
                g_assert_nonnull (
                    ladder_bullet_editor_get_row (LADDER_BULLET_EDITOR (editors[list]), n - 1));
              g_assert_null (
                  ladder_bullet_editor_get_row (LADDER_BULLET_EDITOR (editors[list]), n));
            }
          roles_shown++;
          shown = TRUE;
        }

      for (int list = 0; list < 2; list++)
        {
          ladder_bullet_editor_set_role (LADDER_BULLET_EDITOR (editors[list]), NULL);
          ladder_bullet_editor_set_history (LADDER_BULLET_EDITOR (editors[list]), NULL);
        }
      if (!shown)
        continue;

      g_test_message ("%s", name);
      pages++;
      after = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
      g_assert_cmpstr (after->str, ==, before->str);
      g_assert_false (ladder_history_get_can_undo (history));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_test_message ("%u pages, %u roles with a bullet over several lines", pages, roles_shown);
  g_assert_cmpuint (pages, >=, 30);
}

/* Ctrl+Z with a grade typed and not yet taken takes the typing back: the
 * field shows the role's grade again, and an earlier change (here the
 * intro, out of sight) stays. Undo undid that change instead, and the
 * typed grade was taken on leaving the field. */
static void
test_undo_takes_back_typed_grade (void)
{
  LadderWindow *window = open_example ();
  LadderFamily *family = family_of (window);
  LadderRole   *director = role_at (window, 1);
  GtkWidget    *grade;

  ladder_family_set_intro (family, "An intro typed earlier.");
  sidebar_pick_role (window, 1);
  spin (50);
  grade = find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_SPIN_BUTTON, NULL, NULL);
  g_assert_nonnull (grade);
  g_assert_cmpint (ladder_role_get_job_grade (director), ==, 10);

  gtk_widget_grab_focus (grade);
  gtk_editable_set_text (GTK_EDITABLE (grade), "3");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  spin (20);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (grade)), ==, "10");
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "An intro typed earlier.");

  /* Leaving the field takes nothing; a second Ctrl+Z is the history's. */
  gtk_spin_button_update (GTK_SPIN_BUTTON (grade));
  g_assert_cmpint (ladder_role_get_job_grade (director), ==, 10);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  spin (20);
  g_assert_cmpstr (ladder_family_get_intro (family), !=, "An intro typed earlier.");

  close_without_saving (window);
}

/* Scroll controllers of @widget, capture phase first, as an event meets
 * them: one that handles the turn stops it. */
static gboolean
turn_wheel_over (GtkWidget *widget, double dy)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  GtkPropagationPhase phases[] = { GTK_PHASE_CAPTURE, GTK_PHASE_TARGET, GTK_PHASE_BUBBLE };

  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);
        gboolean handled = FALSE;

        if (!GTK_IS_EVENT_CONTROLLER_SCROLL (controller)
            || gtk_event_controller_get_propagation_phase (controller) != phases[p])
          continue;
        g_signal_emit_by_name (controller, "scroll", 0.0, dy, &handled);
        if (handled)
          return TRUE;
      }

  return FALSE;
}

/* The wheel over the grade's field scrolls the form and leaves the grade,
 * unless the field has the focus: scrolling the form brought the field
 * under the pointer, and the turns left changed the grade unseen. */
static void
test_wheel_over_grade_scrolls (void)
{
  LadderWindow *window = open_example ();
  LadderRole   *director = role_at (window, 1);
  GtkWidget    *grade;

  sidebar_pick_role (window, 1);
  spin (50);
  grade = find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_SPIN_BUTTON, NULL, NULL);
  g_assert_nonnull (grade);
  gtk_widget_grab_focus (GTK_WIDGET (bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES)));
  spin (20);

  g_assert_true (turn_wheel_over (grade, 3));
  g_assert_true (turn_wheel_over (grade, -5));
  spin (20);
  g_assert_cmpint (ladder_role_get_job_grade (director), ==, 10);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (grade)), ==, "10");

  /* In the field, the wheel is the field's. */
  gtk_widget_grab_focus (grade);
  g_assert_true (turn_wheel_over (grade, -1));
  spin (20);
  g_assert_cmpint (ladder_role_get_job_grade (director), ==, 11);

  close_without_saving (window);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-text/enter-splits-bullet", test_enter_splits_bullet);
  g_test_add_func ("/window-text/undo-takes-back-typed-grade", test_undo_takes_back_typed_grade);
  g_test_add_func ("/window-text/wheel-over-grade-scrolls", test_wheel_over_grade_scrolls);
  g_test_add_func ("/window-text/join-keeps-words-apart", test_join_keeps_words_apart);
  g_test_add_func ("/window-text/backspace-removes-empty-bullet",
                   test_backspace_removes_empty_bullet);
  g_test_add_func ("/window-text/paste-lines-makes-bullets", test_paste_lines_makes_bullets);
  g_test_add_func ("/window-text/preview-follows-selection", test_preview_follows_selection);
  g_test_add_func ("/window-text/delete-bullet-toast", test_delete_bullet_toast);
  g_test_add_func ("/window-text/delete-section-toast", test_delete_section_toast);
  g_test_add_func ("/window-text/closed-section-rows-hidden", test_closed_section_rows_hidden);
  g_test_add_func ("/window-text/markdown-language-highlights", test_markdown_language_highlights);
  g_test_add_func ("/window-text/prose-is-highlighted-markdown",
                   test_prose_is_highlighted_markdown);
  g_test_add_func ("/window-text/prose-undo", test_prose_undo);
  g_test_add_func ("/window-text/prose-follows-dark-style", test_prose_follows_dark_style);
  g_test_add_func ("/window-text/bullet-formatting", test_bullet_formatting);
  g_test_add_func ("/window-text/corpus-round-trip", test_corpus_round_trip);
  g_test_add_func ("/window-text/corpus-bullets-over-lines-shown-unchanged",
                   test_corpus_bullets_over_lines_shown_unchanged);

  return g_test_run ();
}
