/* test-window-nested.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A bullet with a nested list under it, read from a real page and shown
 * as its Markdown: Enter continues the nested list as an editor of that
 * Markdown would, and leaves it on an empty last item; Enter in the
 * bullet's own text ends the bullet, the nested list going along with the
 * text after the cursor; Backspace and Delete join bullets only at the
 * bullet's very start and end. Keys are pressed through the shortcuts the
 * focused widget and its ancestors hold. Needs a display (Xvfb in CI);
 * exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-test-window.h"
#include "ladder-text-binding.h"
#include "ladder-window.h"

static LadderApplication *app;

/* The bullet of the Senior role with a nested list, as the model holds it:
 * the nested items without the indentation they have on the page. */
#define NESTED                                                                                     \
  "In collaboration with partner leaders at designated partners, develop a joint partnership "     \
  "strategy and GTM plan that includes investments in:\n"                                          \
  "- Practice Development\n"                                                                       \
  "- Co-selling\n"                                                                                 \
  "- Sourcing GitLab business, and\n"                                                              \
  "- Developing industry and cloud-based solutions."
#define SENIOR "Senior Partner Territory Manager"

static LadderWindow *
open_path (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));

  g_assert_true (spin_until_shows (window, file));
  spin (50);
  return window;
}

/* A copy of the page tests/data/@name in a window. */
static LadderWindow *
open_data_page (const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *base = g_path_get_basename (name);
  g_autofree char *path = copy_to_temp (source, base);

  return open_path (path);
}

static gboolean
has_responsibility (LadderRole *role, const char *start)
{
  GListModel *bullets = ladder_role_get_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES);

  for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, b);

      if (g_str_has_prefix (ladder_bullet_get_text (bullet), start))
        return TRUE;
    }

  return FALSE;
}

/* Shows the first role titled @title (any when NULL) with a responsibility
 * that begins with @start, and returns its responsibilities' editor. */
static LadderBulletEditor *
show_role (LadderWindow *window, const char *title, const char *start)
{
  GListModel *roles = ladder_family_get_roles (family_of (window));

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      LadderRole *role = role_at (window, r);

      if ((title == NULL || g_strcmp0 (ladder_role_get_title (role), title) == 0)
          && has_responsibility (role, start))
        {
          sidebar_pick_role (window, r);
          spin (50);
          return bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
        }
    }

  g_assert_not_reached ();
}

static GListModel *
responsibilities (LadderWindow *window)
{
  LadderRole *role = ladder_role_editor_get_role (role_editor (window));

  return ladder_role_get_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES);
}

static const char *
bullet_text (LadderWindow *window, guint position)
{
  g_autoptr (LadderBullet) bullet = g_list_model_get_item (responsibilities (window), position);

  g_assert_nonnull (bullet);
  return ladder_bullet_get_text (bullet);
}

/* Where the bullet that begins with @start is in the list shown. */
static guint
find_bullet (LadderWindow *window, const char *start)
{
  GListModel *bullets = responsibilities (window);

  for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
    if (g_str_has_prefix (bullet_text (window, b), start))
      return b;

  g_assert_not_reached ();
}

/* The character offset in @text just after its first @needle. */
static int
offset_after (const char *text, const char *needle)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return (int) g_utf8_strlen (text, found - text + (gssize) strlen (needle));
}

static GtkWidget *
focus_of (LadderWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* As typed where the cursor is: one user action, as a key is. */
static void
type_text (LadderWindow *window, const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus_of (window)));

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
  gtk_text_buffer_end_user_action (buffer);
  spin (20);
}

static void
undo (LadderWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin (20);
}

/* @page with @line inserted after the first @after that follows @from. */
static char *
page_with_line (const char *page, const char *from, const char *after, const char *line)
{
  const char *role = strstr (page, from);
  const char *found = role != NULL ? strstr (role, after) : NULL;
  gsize       at;

  g_assert_nonnull (found);
  at = (gsize) (found - page) + strlen (after);
  return g_strdup_printf ("%.*s%s%s", (int) at, page, line, page + at);
}

static void
assert_page_is (LadderWindow *window, const char *expected)
{
  g_autofree char *page = page_of (window);

  g_assert_cmpstr (page, ==, expected);
}

/* The tester's case: Enter at the end of "- Co-selling" and text typed
 * make exactly one new nested item on the page. It split the bullet: the
 * items after the cursor went to a new bullet, and the text typed came
 * after its marker ("- - New nested"). */
static void
test_enter_continues_nested_list (void)
{
  LadderWindow       *window = open_data_page ("partner-territory-manager.md");
  LadderBulletEditor *editor = show_role (window, SENIOR, NESTED);
  guint               position = find_bullet (window, "In collaboration with partner leaders");
  guint               n = g_list_model_get_n_items (responsibilities (window));
  g_autofree char    *page = page_of (window);
  g_autofree char    *expected = NULL;
  GtkWidget          *view = ladder_bullet_editor_get_entry (editor, position);

  g_assert_cmpstr (bullet_text (window, position), ==, NESTED);
  /* Shown as its Markdown: the nested items are lines of the text. */
  g_assert_false (ladder_text_binding_is_rich (GTK_TEXT_VIEW (view)));

  place_cursor (view, offset_after (NESTED, "- Co-selling"));
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));

  g_assert_cmpuint (g_list_model_get_n_items (responsibilities (window)), ==, n);
  g_assert_cmpstr (bullet_text (window, position), ==,
                   "In collaboration with partner leaders at designated partners, develop a joint "
                   "partnership strategy and GTM plan that includes investments in:\n"
                   "- Practice Development\n"
                   "- Co-selling\n"
                   "- \n"
                   "- Sourcing GitLab business, and\n"
                   "- Developing industry and cloud-based solutions.");
  view = ladder_bullet_editor_get_entry (editor, position);
  g_assert_true (focus_of (window) == view);
  g_assert_cmpint (cursor_offset (view), ==, offset_after (NESTED, "- Co-selling\n- "));

  type_text (window, "New nested");
  expected = page_with_line (page, "### " SENIOR "\n", "  - Co-selling\n", "  - New nested\n");
  assert_page_is (window, expected);

  /* The text typed, then the new line, each undone on its own. */
  undo (window);
  undo (window);
  g_assert_cmpstr (bullet_text (window, position), ==, NESTED);
  assert_page_is (window, page);

  /* Shift+Enter too. */
  place_cursor (ladder_bullet_editor_get_entry (editor, position),
                offset_after (NESTED, "- Practice Development"));
  g_assert_true (press_shortcut (window, GDK_KEY_Return, GDK_SHIFT_MASK));
  g_assert_cmpuint (g_list_model_get_n_items (responsibilities (window)), ==, n);
  type_text (window, "Enablement");
  g_free (expected);
  expected
      = page_with_line (page, "### " SENIOR "\n", "  - Practice Development\n", "  - Enablement\n");
  assert_page_is (window, expected);

  close_without_saving (window);
}

/* Enter at the end of the bullet's own text, just above its nested list:
 * the list's first item, the list staying under its bullet (it went to a
 * bullet of its own, after an empty line). In an item's marker: a new item
 * above, the cursor staying with the item's text. */
static void
test_enter_above_nested_list (void)
{
  LadderWindow       *window = open_data_page ("partner-territory-manager.md");
  LadderBulletEditor *editor = show_role (window, SENIOR, NESTED);
  guint               position = find_bullet (window, "In collaboration with partner leaders");
  guint               n = g_list_model_get_n_items (responsibilities (window));
  g_autofree char    *page = page_of (window);
  g_autofree char    *expected = NULL;
  GtkWidget          *view;

  place_cursor (ladder_bullet_editor_get_entry (editor, position),
                offset_after (NESTED, "investments in:"));
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  g_assert_cmpuint (g_list_model_get_n_items (responsibilities (window)), ==, n);
  view = ladder_bullet_editor_get_entry (editor, position);
  g_assert_true (focus_of (window) == view);
  g_assert_cmpint (cursor_offset (view), ==, offset_after (NESTED, "investments in:\n- "));
  type_text (window, "Alliances");
  expected = page_with_line (page, "### " SENIOR "\n", "investments in:\n", "  - Alliances\n");
  assert_page_is (window, expected);
  undo (window);
  undo (window);
  assert_page_is (window, page);

  /* Before the marker of "- Co-selling". */
  place_cursor (ladder_bullet_editor_get_entry (editor, position),
                offset_after (NESTED, "Development\n"));
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  g_assert_cmpuint (g_list_model_get_n_items (responsibilities (window)), ==, n);
  view = ladder_bullet_editor_get_entry (editor, position);
  g_assert_cmpint (cursor_offset (view), ==, offset_after (NESTED, "Development\n- ") + 3);
  g_free (expected);
  expected = page_with_line (page, "### " SENIOR "\n", "  - Practice Development\n", "  - \n");
  assert_page_is (window, expected);

  close_without_saving (window);
}

/* Enter on an empty last item leaves the nested list, as a word processor
 * does: the empty item goes, and the next bullet starts, with the focus. */
static void
test_enter_twice_leaves_nested_list (void)
{
  LadderWindow       *window = open_data_page ("partner-territory-manager.md");
  LadderBulletEditor *editor = show_role (window, SENIOR, NESTED);
  guint               position = find_bullet (window, "In collaboration with partner leaders");
  guint               n = g_list_model_get_n_items (responsibilities (window));
  g_autofree char    *page = page_of (window);
  g_autofree char    *next = g_strdup (bullet_text (window, position + 1));

  place_cursor (ladder_bullet_editor_get_entry (editor, position), -1);
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  g_assert_cmpstr (bullet_text (window, position), ==, NESTED "\n- ");
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));

  g_assert_cmpuint (g_list_model_get_n_items (responsibilities (window)), ==, n + 1);
  g_assert_cmpstr (bullet_text (window, position), ==, NESTED);
  g_assert_cmpstr (bullet_text (window, position + 1), ==, "");
  g_assert_cmpstr (bullet_text (window, position + 2), ==, next);
  g_assert_true (focus_of (window) == ladder_bullet_editor_get_entry (editor, position + 1));

  type_text (window, "Curious");
  g_assert_cmpstr (bullet_text (window, position + 1), ==, "Curious");
  {
    g_autofree char *expected
        = page_with_line (page, "### " SENIOR "\n",
                          "  - Developing industry and cloud-based solutions.\n", "- Curious\n");

    assert_page_is (window, expected);
  }

  undo (window);
  undo (window);
  g_assert_cmpstr (bullet_text (window, position), ==, NESTED "\n- ");
  undo (window);
  assert_page_is (window, page);

  close_without_saving (window);
}

/* Enter inside the bullet's own text ends the bullet there, as in any
 * other: the text after the cursor starts the next bullet and takes the
 * nested list along; the space at the split goes. */
static void
test_enter_in_own_text_splits (void)
{
  LadderWindow       *window = open_data_page ("partner-territory-manager.md");
  LadderBulletEditor *editor = show_role (window, SENIOR, NESTED);
  guint               position = find_bullet (window, "In collaboration with partner leaders");
  guint               n = g_list_model_get_n_items (responsibilities (window));
  g_autofree char    *page = page_of (window);

  place_cursor (ladder_bullet_editor_get_entry (editor, position),
                offset_after (NESTED, "designated partners, "));
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));

  g_assert_cmpuint (g_list_model_get_n_items (responsibilities (window)), ==, n + 1);
  g_assert_cmpstr (bullet_text (window, position), ==,
                   "In collaboration with partner leaders at designated partners,");
  g_assert_cmpstr (bullet_text (window, position + 1), ==,
                   strstr (NESTED, "develop a joint partnership"));
  g_assert_true (focus_of (window) == ladder_bullet_editor_get_entry (editor, position + 1));
  g_assert_cmpint (cursor_offset (focus_of (window)), ==, 0);

  undo (window);
  assert_page_is (window, page);

  close_without_saving (window);
}

/* A bullet wrapped over two lines on the page, with no nested list, is
 * ended at a line's end like any: the line break does not start the next
 * bullet (it began with an empty line). */
static void
test_enter_at_wrapped_line_end_splits (void)
{
  LadderWindow       *window = open_data_page ("layout/engineering__backend-engineer.md");
  const char         *wrapped = "Develop features and improvements to the GitLab product in a "
                                "secure,\nwell-tested, and performant way";
  LadderBulletEditor *editor = show_role (window, NULL, wrapped);
  guint               position = find_bullet (window, "Develop features and improvements");

  g_assert_cmpstr (bullet_text (window, position), ==, wrapped);
  place_cursor (ladder_bullet_editor_get_entry (editor, position),
                offset_after (wrapped, "secure,"));
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  g_assert_cmpstr (bullet_text (window, position), ==,
                   "Develop features and improvements to the GitLab product in a secure,");
  g_assert_cmpstr (bullet_text (window, position + 1), ==, "well-tested, and performant way");

  close_without_saving (window);
}

/* Backspace and Delete inside the nested list, and at the ends of the
 * bullet's lines, are the text's: no bullet is joined. At the bullet's
 * very start Backspace joins it to the one before, and at its very end
 * Delete joins the next one to its last item, as in a word processor. */
static void
test_backspace_and_delete_around_nested_list (void)
{
  LadderWindow       *window = open_data_page ("partner-territory-manager.md");
  LadderBulletEditor *editor = show_role (window, SENIOR, NESTED);
  guint               position = find_bullet (window, "In collaboration with partner leaders");
  guint               n = g_list_model_get_n_items (responsibilities (window));
  g_autofree char    *page = page_of (window);
  g_autofree char    *previous = g_strdup (bullet_text (window, position - 1));
  g_autofree char    *next = g_strdup (bullet_text (window, position + 1));
  GtkWidget          *view;
  /* Where the cursor is put: after each of these. */
  const char *inner[] = { "investments in:", "investments in:\n", "- Co-selling", "- Co-selling\n",
                          "- Co-selling\n- " };

  /* The text view's own keys: a character goes, the one before the
   * cursor or the one after. */
  for (guint i = 0; i < G_N_ELEMENTS (inner); i++)
    for (int key = 0; key < 2; key++)
      {
        int              cursor = offset_after (NESTED, inner[i]);
        int              gone = key == 0 ? cursor - 1 : cursor;
        const char      *from = g_utf8_offset_to_pointer (NESTED, gone);
        g_autofree char *expected
            = g_strdup_printf ("%.*s%s", (int) (from - NESTED), NESTED, g_utf8_next_char (from));

        place_cursor (ladder_bullet_editor_get_entry (editor, position), cursor);
        g_assert_true (press_shortcut (window, key == 0 ? GDK_KEY_BackSpace : GDK_KEY_Delete, 0));
        g_assert_cmpuint (g_list_model_get_n_items (responsibilities (window)), ==, n);
        g_assert_cmpstr (bullet_text (window, position), ==, expected);
        undo (window);
        assert_page_is (window, page);
      }

  /* At its start, after a bullet made bold in part: the cursor where the
   * two meet, in the Markdown the joined bullet shows (it was put as many
   * characters before as the bold's asterisks). */
  {
    GtkWidget       *before = ladder_bullet_editor_get_entry (editor, position - 1);
    GtkTextBuffer   *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (before));
    GtkTextIter      start, end;
    g_autofree char *bold = g_strconcat ("**Coordinate**", previous + strlen ("Coordinate"), NULL);
    g_autofree char *joined = g_strconcat (bold, " ", NESTED, NULL);

    g_assert_true (g_str_has_prefix (previous, "Coordinate "));
    gtk_text_buffer_get_iter_at_offset (buffer, &start, 0);
    gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) strlen ("Coordinate"));
    gtk_widget_grab_focus (before);
    gtk_text_buffer_select_range (buffer, &start, &end);
    g_assert_true (gtk_widget_activate_action (before, "bullet.bold", NULL));
    spin (20);
    g_assert_cmpstr (bullet_text (window, position - 1), ==, bold);

    place_cursor (ladder_bullet_editor_get_entry (editor, position), 0);
    g_assert_true (press_shortcut (window, GDK_KEY_BackSpace, 0));
    g_assert_cmpuint (g_list_model_get_n_items (responsibilities (window)), ==, n - 1);
    g_assert_cmpstr (bullet_text (window, position - 1), ==, joined);
    view = ladder_bullet_editor_get_entry (editor, position - 1);
    g_assert_true (focus_of (window) == view);
    g_assert_cmpint (cursor_offset (view), ==, g_utf8_strlen (bold, -1) + 1);
    undo (window);
    undo (window);
    assert_page_is (window, page);
  }

  /* At its very end: the next bullet goes on its last item. */
  place_cursor (ladder_bullet_editor_get_entry (editor, position), -1);
  g_assert_true (press_shortcut (window, GDK_KEY_Delete, 0));
  g_assert_cmpuint (g_list_model_get_n_items (responsibilities (window)), ==, n - 1);
  {
    g_autofree char *joined = g_strconcat (NESTED, " ", next, NULL);

    g_assert_cmpstr (bullet_text (window, position), ==, joined);
  }
  g_assert_cmpint (cursor_offset (ladder_bullet_editor_get_entry (editor, position)), ==,
                   g_utf8_strlen (NESTED, -1) + 1);
  undo (window);
  assert_page_is (window, page);

  close_without_saving (window);
}

/* A page with a bullet holding an ordered nested list, indented three
 * spaces as the page's author chose. */
#define ORDERED_PAGE                                                                               \
  "---\ntitle: Associate Widget Engineer\n---\n\n"                                                 \
  "## Responsibilities\n\n"                                                                        \
  "- Make widgets in three steps:\n"                                                               \
  "   1. Cut\n"                                                                                    \
  "   2. Fold\n"                                                                                   \
  "- Ship widgets\n\n"                                                                             \
  "## Requirements\n\n- Ability to use GitLab\n"

/* An ordered nested list goes on numbered, its indentation kept. */
static void
test_enter_continues_ordered_list (void)
{
  g_autofree char    *folder = g_dir_make_tmp ("ladder-nested-XXXXXX", NULL);
  g_autofree char    *path = g_build_filename (folder, "widget-engineer.md", NULL);
  LadderWindow       *window;
  LadderBulletEditor *editor;
  const char         *steps = "Make widgets in three steps:\n 1. Cut\n 2. Fold";
  guint               position;

  g_assert_true (g_file_set_contents (path, ORDERED_PAGE, -1, NULL));
  window = open_path (path);
  editor = show_role (window, NULL, "Make widgets");
  position = find_bullet (window, "Make widgets");
  g_assert_cmpstr (bullet_text (window, position), ==, steps);

  place_cursor (ladder_bullet_editor_get_entry (editor, position), offset_after (steps, "Cut"));
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  type_text (window, "Crease");
  assert_page_is (window, "---\ntitle: Associate Widget Engineer\n---\n\n"
                          "## Responsibilities\n\n"
                          "- Make widgets in three steps:\n"
                          "   1. Cut\n"
                          "   2. Crease\n"
                          "   2. Fold\n"
                          "- Ship widgets\n\n"
                          "## Requirements\n\n- Ability to use GitLab\n");

  close_without_saving (window);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-nested/enter-continues-nested-list", test_enter_continues_nested_list);
  g_test_add_func ("/window-nested/enter-continues-ordered-list",
                   test_enter_continues_ordered_list);
  g_test_add_func ("/window-nested/enter-above-nested-list", test_enter_above_nested_list);
  g_test_add_func ("/window-nested/enter-twice-leaves-nested-list",
                   test_enter_twice_leaves_nested_list);
  g_test_add_func ("/window-nested/enter-in-own-text-splits", test_enter_in_own_text_splits);
  g_test_add_func ("/window-nested/enter-at-wrapped-line-end-splits",
                   test_enter_at_wrapped_line_end_splits);
  g_test_add_func ("/window-nested/backspace-and-delete-around-nested-list",
                   test_backspace_and_delete_around_nested_list);

  return g_test_run ();
}
