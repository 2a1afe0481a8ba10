/* test-window-groups.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A list divided into groups by text of the page ("**Partner
 * Management**" above a requirement) shows that text as its groups'
 * headers, as it reads; Alt+Up and Alt+Down take a bullet past a header
 * into the group on the other side, and no other bullet changes group.
 * Before, the form showed no header: a requirement added at the end went
 * under "CREDIT Values" unseen, and Alt+Up on a group's first bullet
 * pulled the bullet above it into the group. Needs a display (Xvfb in
 * CI); exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-test-window.h"
#include "ladder-window.h"

static LadderApplication *app;

#define ASSOCIATE "Associate Partner Territory Manager"
#define FIRST_UNDER_LABEL "Basic experience in partner management"

static LadderWindow *
open_role (const char *title)
{
  return open_data_page_on_role (app, "partner-territory-manager.md", title);
}

/* The lines the header above the row at @position shows, joined by "|";
 * NULL when the row has no header. */
static char *
header_of (LadderBulletEditor *editor, guint position)
{
  GtkWidget *row = ladder_bullet_editor_get_row (editor, position);
  GtkWidget *header;
  GString   *lines = g_string_new (NULL);

  g_assert_nonnull (row);
  header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row));
  if (header == NULL)
    return (g_string_free (lines, TRUE), NULL);

  g_assert_true (gtk_widget_get_visible (header));
  for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (lines, "%s%s", lines->len > 0 ? "|" : "",
                            gtk_label_get_text (GTK_LABEL (child)));

  return g_string_free (lines, FALSE);
}

static const char *
requirement (LadderWindow *window, guint position)
{
  LadderRole *role = ladder_role_editor_get_role (role_editor (window));
  g_autoptr (LadderBullet) bullet = g_list_model_get_item (
      ladder_role_get_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS), position);

  g_assert_nonnull (bullet);
  return ladder_bullet_get_text (bullet);
}

static guint
find_requirement (LadderWindow *window, const char *start)
{
  LadderRole *role = ladder_role_editor_get_role (role_editor (window));
  GListModel *bullets = ladder_role_get_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS);

  for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
    if (g_str_has_prefix (requirement (window, b), start))
      return b;

  g_assert_not_reached ();
}

/* The labels the page gives the Associate's requirements read as the
 * page shows them: without their "**", above the bullet they start. The
 * one written under the list's heading is the role's text, shown above the
 * list to edit (test-window-role-text.c), not again as a header. */
static void
test_headers_show_groups (void)
{
  LadderWindow       *window = open_role (ASSOCIATE);
  LadderBulletEditor *editor = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  guint               under = find_requirement (window, FIRST_UNDER_LABEL);
  g_autofree char    *first = header_of (editor, 0);
  g_autofree char    *second = header_of (editor, 1);
  g_autofree char    *label = header_of (editor, under);
  g_autofree char    *after = header_of (editor, under + 1);

  g_assert_null (first);
  g_assert_null (second);
  g_assert_cmpstr (label, ==, "Partner Management");
  g_assert_null (after);

  close_without_saving (window);
}

static void
step (LadderWindow *window, LadderBulletEditor *editor, const char *action, guint position)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), action, "u", position));
  spin (50);
}

/* Alt+Up on the first requirement under "Partner Management" takes it to
 * the end of the group above: it stays at its place in the list, the
 * header now above the requirement after it; on the page, the label goes
 * below it and nothing else changes. Alt+Down takes it back. */
static void
test_step_past_header (void)
{
  LadderWindow       *window = open_role (ASSOCIATE);
  LadderBulletEditor *editor = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  guint               under = find_requirement (window, FIRST_UNDER_LABEL);
  g_autofree char    *page = page_of (window);
  g_autofree char    *moved = g_strdup (requirement (window, under));
  g_autofree char    *below = g_strdup (requirement (window, under + 1));
  g_autofree char    *above = g_strdup (requirement (window, under - 1));
  g_autofree char    *stepped = NULL;
  g_autofree char    *expected = NULL;
  g_autofree char    *back = NULL;
  g_autofree char    *header = NULL;
  g_autofree char    *none = NULL;
  g_autofree char    *was = g_strdup_printf ("\n\n**Partner Management**\n\n- %s\n", moved);
  g_autofree char    *now = g_strdup_printf ("\n- %s\n\n**Partner Management**\n\n", moved);
  GString            *text = g_string_new (page);

  step (window, editor, "bullets.move-up", under);

  g_assert_cmpstr (requirement (window, under), ==, moved);
  g_assert_cmpstr (requirement (window, under - 1), ==, above);
  g_assert_cmpstr (requirement (window, under + 1), ==, below);
  none = header_of (editor, under);
  header = header_of (editor, under + 1);
  g_assert_null (none);
  g_assert_cmpstr (header, ==, "Partner Management");

  stepped = page_of (window);
  g_assert_true (g_string_replace (text, was, now, 1) == 1);
  expected = g_string_free (text, FALSE);
  g_assert_cmpstr (stepped, ==, expected);

  step (window, editor, "bullets.move-down", under);
  back = page_of (window);
  g_assert_cmpstr (back, ==, page);
  g_assert_cmpstr (requirement (window, under), ==, moved);

  close_without_saving (window);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-groups/headers-show-groups", test_headers_show_groups);
  g_test_add_func ("/window-groups/step-past-header", test_step_past_header);

  return g_test_run ();
}
