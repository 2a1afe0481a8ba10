/* test-window-scroll.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Enter in a bullet low in a long list keeps the form where it was, as a
 * word processor does: the bullet edited and the new one, with the focus,
 * stay in sight. A tester saw the form jump up to the top of the list,
 * the new bullet out of sight below, on Enter in the middle of a bullet,
 * at its end, and twice at the end of a nested list. Keys are pressed
 * through the shortcuts the focused widget and its ancestors hold.
 * Jumping to a field from the checks panel or from a search result
 * leaves it in sight too, however far down its role it is. Needs a
 * display (Xvfb in CI); exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-lint-private.h"
#include "ladder-test-window.h"
#include "ladder-window.h"
#include "ladder-workspace-search.h"

static LadderApplication *app;

#define SENIOR "Senior Partner Territory Manager"
#define NESTED_START "In collaboration with partner leaders"
#define LOW_BULLET "Adopt partner-related best practices."
#define DIRECTOR "Director, Partner Territory Management"
#define ASSOCIATE "Associate Partner Territory Manager"

static LadderWindow *
open_role (const char *title)
{
  return open_data_page_on_role (app, "partner-territory-manager.md", title);
}

/* Where the responsibility that begins with @start is. */
static guint
find_bullet (LadderWindow *window, const char *start)
{
  LadderRole *role = ladder_role_editor_get_role (role_editor (window));
  GListModel *bullets = ladder_role_get_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES);

  for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, b);

      if (g_str_has_prefix (ladder_bullet_get_text (bullet), start))
        return b;
    }

  g_assert_not_reached ();
}

/* The form's viewport: what of the form is in sight. */
static GtkWidget *
form_viewport (LadderWindow *window)
{
  GtkWidget *viewport
      = find_widget (GTK_WIDGET (role_editor (window)), GTK_TYPE_VIEWPORT, NULL, NULL);

  g_assert_nonnull (viewport);
  return viewport;
}

static GtkAdjustment *
form_adjustment (LadderWindow *window)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (form_viewport (window)));
}

/* @widget's place in the viewport's coordinates: 0 is the top of what is
 * in sight. */
static graphene_rect_t
bounds_in_view (LadderWindow *window, GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, form_viewport (window), &bounds));
  return bounds;
}

static void
assert_in_sight (LadderWindow *window, GtkWidget *widget)
{
  graphene_rect_t bounds = bounds_in_view (window, widget);
  double          height = gtk_widget_get_height (form_viewport (window));

  if (g_test_verbose ())
    g_printerr ("row at %g, %g high, in a view %g high\n", bounds.origin.y, bounds.size.height,
                height);
  g_assert_cmpfloat (bounds.size.height, >, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, -0.5);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, height + 0.5);
}

typedef struct
{
  LadderWindow *window;
  guint         position;
} Sighting;

static gboolean
is_in_sight (LadderWindow *window, GtkWidget *widget)
{
  graphene_rect_t bounds;

  return widget != NULL && gtk_widget_compute_bounds (widget, form_viewport (window), &bounds)
         && bounds.size.height > 0 && bounds.origin.y >= -0.5
         && bounds.origin.y + bounds.size.height
                <= gtk_widget_get_height (form_viewport (window)) + 0.5;
}

/* Scrolls the form so that the responsibility at @position is the last
 * row in sight, at the bottom of the view, as where a person types near
 * the bottom of the window; the value of the form's adjustment then. */
static double
scroll_to_bottom_of_view (LadderWindow *window, guint position)
{
  LadderBulletEditor *editor = bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
  GtkWidget          *row = ladder_bullet_editor_get_row (editor, position);
  GtkAdjustment      *adjustment = form_adjustment (window);
  graphene_rect_t     bounds;
  double              value;

  /* On a loaded machine, the rows may still be taking their heights (a
   * text fitted to its width, a group's header): scrolled again until the
   * row stays in sight. */
  for (int tries = 0; tries < 50; tries++)
    {
      spin (100);
      if (tries > 0 && is_in_sight (window, row))
        break;
      bounds = bounds_in_view (window, row);
      value = gtk_adjustment_get_value (adjustment) + bounds.origin.y + bounds.size.height
              - gtk_adjustment_get_page_size (adjustment);
      /* The list is long enough that its row is below the first screen. */
      g_assert_cmpfloat (value, >, 200);
      gtk_adjustment_set_value (adjustment, value);
    }
  assert_in_sight (window, row);

  return gtk_adjustment_get_value (adjustment);
}

static gboolean
rows_in_sight (gpointer data)
{
  Sighting           *sighting = data;
  LadderBulletEditor *editor
      = bullet_editor (sighting->window, LADDER_BULLET_LIST_RESPONSIBILITIES);

  return is_in_sight (sighting->window, ladder_bullet_editor_get_row (editor, sighting->position))
         && is_in_sight (sighting->window,
                         ladder_bullet_editor_get_row (editor, sighting->position - 1));
}

/* After Enter pressed: the new bullet at @position has the focus, and it
 * and the bullet before it are in sight; the form did not scroll up from
 * @value (to the top of the list). */
static void
assert_kept_in_view (LadderWindow *window, guint position, double value)
{
  LadderBulletEditor *editor = bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
  GtkWidget          *focus;
  Sighting            sighting = { window, position };

  /* The rows come into sight in the frames after the key: on a loaded
   * machine, those may take a while. */
  spin (150);
  spin_until (rows_in_sight, &sighting);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == ladder_bullet_editor_get_entry (editor, position));
  g_assert_cmpfloat (gtk_adjustment_get_value (form_adjustment (window)), >=, value - 0.5);
  assert_in_sight (window, ladder_bullet_editor_get_row (editor, position));
  assert_in_sight (window, ladder_bullet_editor_get_row (editor, position - 1));
}

/* The tester's case: Enter in the middle of a bullet splits it, and the
 * second half, with the focus, is in sight below the first. */
static void
test_enter_mid_bullet (void)
{
  LadderWindow       *window = open_role (SENIOR);
  LadderBulletEditor *editor = bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
  guint               position = find_bullet (window, LOW_BULLET);
  double              value = scroll_to_bottom_of_view (window, position);

  place_cursor (ladder_bullet_editor_get_entry (editor, position), 5);
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  assert_kept_in_view (window, position + 1, value);

  close_without_saving (window);
}

/* Enter at the end of a bullet starts a new one, in sight. */
static void
test_enter_at_bullet_end (void)
{
  LadderWindow       *window = open_role (SENIOR);
  LadderBulletEditor *editor = bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
  guint               position = find_bullet (window, LOW_BULLET);
  double              value = scroll_to_bottom_of_view (window, position);

  place_cursor (ladder_bullet_editor_get_entry (editor, position), -1);
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  assert_kept_in_view (window, position + 1, value);

  close_without_saving (window);
}

/* Enter twice at the end of a nested list leaves it for a new bullet, in
 * sight. */
static void
test_enter_twice_after_nested_list (void)
{
  LadderWindow       *window = open_role (SENIOR);
  LadderBulletEditor *editor = bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
  guint               position = find_bullet (window, NESTED_START);
  double              value = scroll_to_bottom_of_view (window, position);

  place_cursor (ladder_bullet_editor_get_entry (editor, position), -1);
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  spin (50);
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  assert_kept_in_view (window, position + 1, value);

  close_without_saving (window);
}

/* The position of the role titled @title. */
static guint
role_position (LadderWindow *window, const char *title)
{
  GListModel *roles = ladder_family_get_roles (family_of (window));

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    if (g_strcmp0 (ladder_role_get_title (role_at (window, r)), title) == 0)
      return r;

  g_assert_not_reached ();
}

/* After a jump to the last requirement of the Director's role (of 33, the
 * longest list of the page): the Director's form shows, the focus is in
 * that bullet, and the bullet and its row are in sight once the rows have
 * been made and have grown to their text. */
static void
assert_jumped_to_last_requirement (LadderWindow *window)
{
  LadderRole         *director = role_at (window, role_position (window, DIRECTOR));
  GListModel         *requirements = ladder_role_get_requirements (director);
  guint               last = g_list_model_get_n_items (requirements) - 1;
  LadderBulletEditor *editor;
  GtkWidget          *entry;

  g_assert_cmpuint (last, >=, 30);
  spin (300);
  g_assert_true (ladder_role_editor_get_role (role_editor (window)) == director);
  editor = bullet_editor (window, LADDER_BULLET_LIST_REQUIREMENTS);
  entry = ladder_bullet_editor_get_entry (editor, last);
  g_assert_nonnull (entry);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == entry);
  assert_in_sight (window, entry);
  assert_in_sight (window, ladder_bullet_editor_get_row (editor, last));
}

/* A problem in the last requirement of a long role, chosen in the checks
 * panel while the form shows the top of another role. */
static void
test_problem_far_down (void)
{
  LadderWindow *window = open_role (ASSOCIATE);
  guint         director = role_position (window, DIRECTOR);
  guint         last
      = g_list_model_get_n_items (ladder_role_get_requirements (role_at (window, director))) - 1;
  g_autoptr (LadderLintProblem) problem = ladder_lint_problem_new (
      "test", LADDER_LINT_WARNING, g_strdup ("Too vague"), (int) director,
      LADDER_LINT_FIELD_REQUIREMENTS, (int) last, 1, 1, 1, 0);

  ladder_window_show_problem (window, problem);
  assert_jumped_to_last_requirement (window);

  /* Again, from the top of the same role's form. */
  gtk_adjustment_set_value (form_adjustment (window), 0);
  gtk_widget_grab_focus (GTK_WIDGET (role_editor (window)));
  spin (100);
  ladder_window_show_problem (window, problem);
  assert_jumped_to_last_requirement (window);

  close_without_saving (window);
}

/* A search result in the last requirement of a long role, chosen while
 * the form shows the top of another role. */
static void
test_search_result_far_down (void)
{
  LadderWindow *window = open_role (ASSOCIATE);
  guint         director = role_position (window, DIRECTOR);
  GListModel   *requirements = ladder_role_get_requirements (role_at (window, director));
  guint         last = g_list_model_get_n_items (requirements) - 1;
  g_autoptr (LadderBullet) bullet = g_list_model_get_item (requirements, last);

  ladder_window_show_place (window, (int) director, LADDER_WORKSPACE_FIELD_REQUIREMENT, last,
                            DIRECTOR, ladder_bullet_get_text (bullet));
  assert_jumped_to_last_requirement (window);

  /* Again, from the top of the same role's form. */
  gtk_adjustment_set_value (form_adjustment (window), 0);
  gtk_widget_grab_focus (GTK_WIDGET (role_editor (window)));
  spin (100);
  ladder_window_show_place (window, (int) director, LADDER_WORKSPACE_FIELD_REQUIREMENT, last,
                            DIRECTOR, ladder_bullet_get_text (bullet));
  assert_jumped_to_last_requirement (window);

  close_without_saving (window);
}

/* A change under review in the last requirement of a long role, chosen
 * while the form shows the top of another role. */
static void
test_change_far_down (void)
{
  LadderWindow *window = open_role (ASSOCIATE);
  guint         director = role_position (window, DIRECTOR);
  guint         last
      = g_list_model_get_n_items (ladder_role_get_requirements (role_at (window, director))) - 1;
  LadderChange change = {
    .kind = LADDER_CHANGE_BULLET_EDITED,
    .old_role = (int) director,
    .new_role = (int) director,
    .old_section = -1,
    .new_section = -1,
    .old_list = LADDER_BULLET_LIST_REQUIREMENTS,
    .new_list = LADDER_BULLET_LIST_REQUIREMENTS,
    .old_bullet = (int) last,
    .new_bullet = (int) last,
  };

  ladder_window_show_change (window, &change);
  assert_jumped_to_last_requirement (window);

  close_without_saving (window);
}

/* Once the new bullet has its place in the view, it keeps it while the
 * person types in it, when what stands above it grows: the handbook
 * checks' notes that come after an edit (here, a bullet above made three
 * times as long). Before, the row went down out of sight: on a loaded
 * machine the checks' notes came after the form had brought the row into
 * sight, and window-scroll failed one run in three. A scroll by the
 * person ends it. */
static void
test_row_keeps_place (void)
{
  LadderWindow       *window = open_role (SENIOR);
  LadderBulletEditor *editor = bullet_editor (window, LADDER_BULLET_LIST_RESPONSIBILITIES);
  guint               position = find_bullet (window, LOW_BULLET);
  double              value = scroll_to_bottom_of_view (window, position);
  LadderRole         *role = ladder_role_editor_get_role (role_editor (window));
  g_autoptr (LadderBullet) above = g_list_model_get_item (
      ladder_role_get_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES), position - 3);
  g_autofree char *longer
      = g_strdup_printf ("%s %s %s", ladder_bullet_get_text (above), ladder_bullet_get_text (above),
                         ladder_bullet_get_text (above));
  graphene_rect_t settled, after;
  GtkAdjustment  *adjustment = form_adjustment (window);

  place_cursor (ladder_bullet_editor_get_entry (editor, position), -1);
  g_assert_true (press_shortcut (window, GDK_KEY_Return, 0));
  assert_kept_in_view (window, position + 1, value);
  spin (500);
  settled = bounds_in_view (window, ladder_bullet_editor_get_row (editor, position + 1));

  ladder_bullet_set_text (above, longer);
  spin (300);
  after = bounds_in_view (window, ladder_bullet_editor_get_row (editor, position + 1));
  g_assert_cmpfloat (fabs (after.origin.y - settled.origin.y), <, 0.5);
  assert_in_sight (window, ladder_bullet_editor_get_row (editor, position + 1));

  /* Scrolled by the person: the form stays where they put it. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) - 100);
  value = gtk_adjustment_get_value (adjustment);
  spin (100);
  ladder_bullet_set_text (above, "Short.");
  spin (300);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, value);

  close_without_saving (window);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-scroll/enter-mid-bullet", test_enter_mid_bullet);
  g_test_add_func ("/window-scroll/enter-at-bullet-end", test_enter_at_bullet_end);
  g_test_add_func ("/window-scroll/enter-twice-after-nested-list",
                   test_enter_twice_after_nested_list);
  g_test_add_func ("/window-scroll/problem-far-down", test_problem_far_down);
  g_test_add_func ("/window-scroll/search-result-far-down", test_search_result_far_down);
  g_test_add_func ("/window-scroll/change-far-down", test_change_far_down);
  g_test_add_func ("/window-scroll/row-keeps-place", test_row_keeps_place);

  return g_test_run ();
}
