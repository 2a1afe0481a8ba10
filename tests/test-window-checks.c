/* test-window-checks.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The handbook checks in the window: the header counts the problems and
 * opens the checks panel, which lists them (or says there are none);
 * activating one shows its field with the focus in it; a quick fix is one
 * step of the history; an edit is checked after a pause and the count and
 * the fields' marks follow. The pause is measured on a fake clock the
 * tests move on by hand. Needs a display (Xvfb in CI); exits 77 (skipped)
 * where there is none. With LADDER_SCREENSHOT_DIR set, the panel is
 * written there as checks-panel.png.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-checks-panel.h"
#include "ladder-lint-runner-private.h"
#include "ladder-markdown-export.h"
#include "ladder-role-editor.h"
#include "ladder-test-skip.h"
#include "ladder-test-window.h"
#include "ladder-window.h"

static LadderApplication *app;

/* ------------------------------------------------------------------ */
/* A fake clock for the pause                                           */

typedef struct
{
  guint       id;
  guint64     due;
  GSourceFunc func;
  gpointer    data;
} FakeTimeout;

static guint64 clock_now;
static guint   clock_last_id;
static GArray *clock_timeouts;

static guint
fake_add (guint delay, GSourceFunc func, gpointer data, gpointer user_data)
{
  FakeTimeout timeout = { ++clock_last_id, clock_now + delay, func, data };

  g_array_append_val (clock_timeouts, timeout);
  return timeout.id;
}

static void
fake_remove (guint id, gpointer user_data)
{
  for (guint i = 0; i < clock_timeouts->len; i++)
    if (g_array_index (clock_timeouts, FakeTimeout, i).id == id)
      {
        g_array_remove_index (clock_timeouts, i);
        return;
      }

  g_assert_not_reached ();
}

static const LadderLintTimer fake_timer = { fake_add, fake_remove };

static void
clock_advance (guint ms)
{
  clock_now += ms;

  for (guint i = 0; i < clock_timeouts->len;)
    {
      FakeTimeout timeout = g_array_index (clock_timeouts, FakeTimeout, i);

      if (timeout.due > clock_now)
        {
          i++;
          continue;
        }
      g_array_remove_index (clock_timeouts, i);
      timeout.func (timeout.data);
      i = 0;
    }
}

/* ------------------------------------------------------------------ */

/* Runs the main loop until the window's checks are those of its family as
 * it is, within a bound only a hang reaches. */
static void
wait_for_checks (LadderWindow *window)
{
  LadderLintRunner *runner = ladder_window_get_lint_runner (window);
  gint64            deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  clock_advance (0);
  while ((ladder_lint_runner_get_pending (runner) || !ladder_lint_runner_get_current (runner))
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (ladder_lint_runner_get_pending (runner));
  g_assert_true (ladder_lint_runner_get_current (runner));
  /* The rows and marks are made from the problems' notifications. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A copy of the test page @name in a folder of its own. */
static char *
page_copy (const char *name, char **folder_out)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  char *folder = g_dir_make_tmp ("ladder-checks-XXXXXX", &error);
  char *path;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  path = g_build_filename (folder, name, NULL);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, &error));

  if (folder_out != NULL)
    *folder_out = folder;
  else
    g_free (folder);
  return path;
}

/* Opens @path in a window whose checks wait on the fake clock, and waits
 * for the first check. */
static LadderWindow *
open_path (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  gint64        deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  ladder_lint_runner_set_timer (ladder_window_get_lint_runner (window), &fake_timer, NULL);
  while (!document_is (window, file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (document_is (window, file));

  wait_for_checks (window);
  return window;
}

static void
close_window (LadderWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
  g_assert_null (window);
  g_assert_cmpuint (clock_timeouts->len, ==, 0);
}

static gboolean
is_bullet_list (GtkWidget *widget, gconstpointer list)
{
  return ladder_bullet_editor_get_list (LADDER_BULLET_EDITOR (widget)) == GPOINTER_TO_INT (list);
}

static LadderChecksPanel *
panel_of (LadderWindow *window)
{
  return LADDER_CHECKS_PANEL (
      find_any_widget (GTK_WIDGET (window), LADDER_TYPE_CHECKS_PANEL, NULL, NULL));
}

static const char *
count_shown (LadderWindow *window)
{
  GtkWidget *label
      = find_any_widget (GTK_WIDGET (checks_button_of (window)), GTK_TYPE_LABEL, NULL, NULL);

  return gtk_label_get_label (GTK_LABEL (label));
}

static guint
n_problems (LadderWindow *window)
{
  return g_list_model_get_n_items (
      ladder_lint_runner_get_problems (ladder_window_get_lint_runner (window)));
}

static LadderLintProblem *
problem_at (LadderWindow *window, guint position)
{
  LadderLintProblem *problem = g_list_model_get_item (
      ladder_lint_runner_get_problems (ladder_window_get_lint_runner (window)), position);

  g_object_unref (problem);
  return problem;
}

/* The position of the first problem of @rule with a role, a field and an
 * index as given (-2: any index, and a quick fix). */
static guint
find_problem (LadderWindow *window, const char *rule, LadderLintField field, int index)
{
  for (guint i = 0; i < n_problems (window); i++)
    {
      LadderLintProblem *problem = problem_at (window, i);

      if (g_str_equal (ladder_lint_problem_get_rule_id (problem), rule)
          && ladder_lint_problem_get_role (problem) >= 0
          && ladder_lint_problem_get_field (problem) == field
          && (index == -2 ? ladder_lint_problem_get_fix_label (problem) != NULL
                          : ladder_lint_problem_get_index (problem) == index))
        return i;
    }

  g_assert_not_reached ();
}

static guint
count_rule (LadderWindow *window, const char *rule)
{
  guint count = 0;

  for (guint i = 0; i < n_problems (window); i++)
    count += g_str_equal (ladder_lint_problem_get_rule_id (problem_at (window, i)), rule);

  return count;
}

static void
save_screenshot (LadderWindow *window, const char *name)
{
  const char *folder = g_getenv ("LADDER_SCREENSHOT_DIR");
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int              width, height;

  if (folder == NULL)
    return;

  spin (200);
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (folder, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Runs the main loop until @widget has been laid out, and what was due
 * after that has run; within a bound only a hang reaches. */
static void
wait_for_layout (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (gtk_widget_get_height (widget) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (gtk_widget_get_height (widget), >, 0);

  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
count_frame (guint *count)
{
  (*count)++;
}

/* Runs the main loop until @window has painted @n frames, within a bound
 * only a hang reaches. */
static void
wait_for_frames (GtkWidget *window, guint n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64         deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint          painted = 0;
  gulong         handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (count_frame), &painted);
  while (painted < n && g_get_monotonic_time () < deadline)
    {
      gtk_widget_queue_draw (window);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, handler);
  g_assert_cmpuint (painted, >=, n);
}

/* ------------------------------------------------------------------ */

/* A real page: the header counts its problems, its toggle opens the
 * panel, and the panel has a row per problem, saying what and where. */
static void
test_panel_lists_problems (void)
{
  g_autofree char   *path = page_copy ("partner-program-manager.md", NULL);
  LadderWindow      *window = open_path (path);
  LadderLintRunner  *runner = ladder_window_get_lint_runner (window);
  LadderChecksPanel *panel = panel_of (window);
  GtkToggleButton   *button = checks_button_of (window);
  AdwFlap           *flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (panel), ADW_TYPE_FLAP));
  g_autofree char   *count = NULL;
  guint              n = n_problems (window);
  guint              gitlab;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpuint (n, >, 20);
  count = g_strdup_printf ("%u", n);
  g_assert_cmpstr (count_shown (window), ==, count);
  g_assert_cmpuint (ladder_lint_runner_get_n_errors (runner), >, 0);
  g_assert_cmpuint (
      ladder_lint_runner_get_n_errors (runner) + ladder_lint_runner_get_n_warnings (runner), ==, n);

  /* Closed until asked for: out of sight, neither measured nor in the
   * accessibility tree. */
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panel)));
  g_assert_null (ladder_checks_panel_get_row (panel, 0));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (gtk_toggle_button_get_active (button));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  /* Beside the form: the window is wide enough for both. */
  g_assert_false (adw_flap_get_folded (flap));
  wait_for_layout (GTK_WIDGET (panel));

  for (guint i = 0; i < n; i++)
    {
      LadderLintProblem *problem = problem_at (window, i);
      GtkWidget         *row = ladder_checks_panel_get_row (panel, i);
      g_autofree char   *place = ladder_checks_describe_place (family_of (window), problem);

      g_assert_nonnull (row);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       ladder_lint_problem_get_message (problem));
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), place));
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                ladder_lint_problem_get_rule_id (problem)));
      g_assert_cmpstr (
          gtk_image_get_icon_name (GTK_IMAGE (find_any_widget (row, GTK_TYPE_IMAGE, NULL, NULL))),
          ==,
          ladder_lint_problem_get_severity (problem) == LADDER_LINT_ERROR
              ? "dialog-error-symbolic"
              : "dialog-warning-symbolic");
    }
  g_assert_null (ladder_checks_panel_get_row (panel, n));

  /* A place names the role and the bullet. */
  gitlab = find_problem (window, "doubled-space", LADDER_LINT_FIELD_RESPONSIBILITIES, 9);
  {
    g_autofree char *place
        = ladder_checks_describe_place (family_of (window), problem_at (window, gitlab));

    g_assert_cmpstr (place, ==, "Partner Program Manager › Responsibilities › 10, line 55");
  }

  save_screenshot (window, "checks-panel.png");

  /* Closed again: hidden once it has slid away. */
  g_signal_emit_by_name (button, "clicked");
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_cmpfloat (adw_flap_get_reveal_progress (flap), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panel)));
  close_window (window);
}

/* With every rule off, the panel says there is nothing to fix. */
static void
test_panel_empty_state (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = page_copy ("partner-program-manager.md", &folder);
  g_autofree char *settings = g_build_filename (folder, ".ladder.json", NULL);
  g_autoptr (GString) json = g_string_new ("{ \"rules\": {");
  const LadderLintRule *rules;
  guint                 n_rules;
  LadderWindow         *window;
  GtkStack             *stack;

  rules = ladder_lint_get_rules (&n_rules);
  for (guint i = 0; i < n_rules; i++)
    g_string_append_printf (json, "%s\"%s\": \"off\"", i > 0 ? ", " : " ", rules[i].id);
  g_string_append (json, " } }\n");
  g_assert_true (g_file_set_contents (settings, json->str, -1, NULL));

  window = open_path (path);
  g_assert_cmpuint (n_problems (window), ==, 0);
  g_assert_cmpstr (count_shown (window), ==, "0");
  stack = GTK_STACK (find_any_widget (GTK_WIDGET (panel_of (window)), GTK_TYPE_STACK, NULL, NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (
      adw_status_page_get_title (ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack))), ==,
      "No Problems");

  close_window (window);
  g_assert_cmpint (g_unlink (settings), ==, 0);
}

/* Activating a problem's row shows its role, with the focus in its
 * bullet and the problem's words selected. */
static void
test_activate_jumps_to_field (void)
{
  g_autofree char   *path = page_copy ("partner-program-manager.md", NULL);
  LadderWindow      *window = open_path (path);
  LadderChecksPanel *panel = panel_of (window);
  guint position = find_problem (window, "doubled-space", LADDER_LINT_FIELD_RESPONSIBILITIES, 9);
  LadderLintProblem *problem = problem_at (window, position);
  GtkWidget         *editor = GTK_WIDGET (role_editor (window));
  g_autoptr (LadderRole) role = g_list_model_get_item (
      ladder_family_get_roles (family_of (window)), (guint) ladder_lint_problem_get_role (problem));
  GtkWidget       *bullets, *entry;
  GtkTextBuffer   *buffer;
  GtkTextIter      start, end;
  g_autofree char *selected = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_emit_by_name (checks_button_of (window), "clicked");
  g_assert_null (ladder_role_editor_get_role (LADDER_ROLE_EDITOR (editor)));
  wait_for_layout (GTK_WIDGET (panel));

  g_signal_emit_by_name (ladder_checks_panel_get_row (panel, position), "activate");

  g_assert_true (ladder_role_editor_get_role (LADDER_ROLE_EDITOR (editor)) == role);
  bullets = find_any_widget (editor, LADDER_TYPE_BULLET_EDITOR, is_bullet_list,
                             GINT_TO_POINTER (LADDER_BULLET_LIST_RESPONSIBILITIES));
  entry = ladder_bullet_editor_get_entry (LADDER_BULLET_EDITOR (bullets), 9);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == entry);
  wait_for_layout (entry);
  wait_for_frames (GTK_WIDGET (window), 3);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, "  ");

  /* The form has scrolled to it. */
  {
    GtkWidget *form = gtk_widget_get_ancestor (
        gtk_widget_get_parent (gtk_widget_get_ancestor (entry, GTK_TYPE_LIST_BOX)),
        GTK_TYPE_SCROLLED_WINDOW);
    double x, y;

    g_assert_nonnull (form);
    g_assert_true (gtk_widget_translate_coordinates (entry, form, 0, 0, &x, &y));
    g_assert_cmpfloat (y, >=, 0);
    g_assert_cmpfloat (y + gtk_widget_get_height (entry), <=, gtk_widget_get_height (form));
  }

  /* The bullet's row is marked, its tooltip says why. */
  {
    GtkWidget *row = gtk_widget_get_ancestor (entry, GTK_TYPE_LIST_BOX_ROW);

    g_assert_true (gtk_widget_has_css_class (row, "warning"));
    g_assert_nonnull (
        strstr (gtk_widget_get_tooltip_text (row), ladder_lint_problem_get_message (problem)));
  }
  save_screenshot (window, "checks-jump.png");

  /* A problem of the whole family shows the family's form. */
  for (guint i = 0; i < n_problems (window); i++)
    if (ladder_lint_problem_get_role (problem_at (window, i)) < 0
        && ladder_lint_problem_get_field (problem_at (window, i)) == LADDER_LINT_FIELD_INTRO)
      {
        g_signal_emit_by_name (ladder_checks_panel_get_row (panel, i), "activate");
        spin (50);
        g_assert_null (ladder_role_editor_get_role (LADDER_ROLE_EDITOR (editor)));
        g_assert_true (GTK_IS_TEXT_VIEW (gtk_root_get_focus (GTK_ROOT (window))));
        break;
      }

  close_window (window);
}

/* The worst severity the checks found in bullet @index of @list of the
 * role at @role (LADDER_LINT_OFF: none). */
static LadderLintSeverity
expected_severity (LadderWindow *window, int role, LadderLintField list, int index)
{
  LadderLintSeverity worst = LADDER_LINT_OFF;

  for (guint i = 0; i < n_problems (window); i++)
    {
      LadderLintProblem *problem = problem_at (window, i);

      if (ladder_lint_problem_get_role (problem) == role
          && ladder_lint_problem_get_field (problem) == list
          && ladder_lint_problem_get_index (problem) == index)
        worst = MAX (worst, ladder_lint_problem_get_severity (problem));
    }

  return worst;
}

/* What the checks say about @list of the role at @role as a whole. */
static char *
expected_list_message (LadderWindow *window, int role, LadderLintField list)
{
  g_autoptr (GString) messages = g_string_new (NULL);

  for (guint i = 0; i < n_problems (window); i++)
    {
      LadderLintProblem *problem = problem_at (window, i);

      if (ladder_lint_problem_get_role (problem) == role
          && ladder_lint_problem_get_field (problem) == list
          && ladder_lint_problem_get_index (problem) < 0)
        {
          if (messages->len > 0)
            g_string_append_c (messages, '\n');
          g_string_append (messages, ladder_lint_problem_get_message (problem));
        }
    }

  return g_string_free (g_steal_pointer (&messages), FALSE);
}

/* Every bullet row of every role shown is marked with what the checks
 * found in that bullet of that role, and nothing else, and what they found
 * about a list as a whole is shown (the previous role's message is not);
 * returns how many rows are marked. */
static guint
check_every_role_marks (LadderWindow *window)
{
  GListModel *roles = ladder_family_get_roles (family_of (window));
  GtkWidget  *editor = GTK_WIDGET (role_editor (window));
  guint       n_marked = 0;

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);

      ladder_window_select_role (window, r);
      g_assert_true (ladder_role_editor_get_role (LADDER_ROLE_EDITOR (editor)) == role);
      for (int list = LADDER_BULLET_LIST_RESPONSIBILITIES; list <= LADDER_BULLET_LIST_REQUIREMENTS;
           list++)
        {
          LadderBulletEditor *bullets = LADDER_BULLET_EDITOR (find_any_widget (
              editor, LADDER_TYPE_BULLET_EDITOR, is_bullet_list, GINT_TO_POINTER (list)));
          LadderLintField     field = list == LADDER_BULLET_LIST_REQUIREMENTS
                                          ? LADDER_LINT_FIELD_REQUIREMENTS
                                          : LADDER_LINT_FIELD_RESPONSIBILITIES;
          guint               n_bullets
              = g_list_model_get_n_items (ladder_role_get_bullets (role, (LadderBulletList) list));

          for (guint b = 0; b < n_bullets; b++)
            {
              GtkWidget         *row = ladder_bullet_editor_get_row (bullets, b);
              LadderLintSeverity expected = expected_severity (window, (int) r, field, (int) b);

              g_assert_nonnull (row);
              g_assert_cmpint (gtk_widget_has_css_class (row, "error"), ==,
                               expected == LADDER_LINT_ERROR);
              g_assert_cmpint (gtk_widget_has_css_class (row, "warning"), ==,
                               expected == LADDER_LINT_WARNING);
              n_marked += expected != LADDER_LINT_OFF;
            }

          {
            g_autofree char *message = expected_list_message (window, (int) r, field);
            g_autofree char *before
                = r > 0 ? expected_list_message (window, (int) r - 1, field) : g_strdup ("");

            if (*message != '\0')
              g_assert_true (find_widget (editor, GTK_TYPE_LABEL, label_says, message) != NULL);
            if (*before != '\0' && g_strcmp0 (before, message) != 0)
              g_assert_false (find_widget (editor, GTK_TYPE_LABEL, label_says, before) != NULL);
          }
        }
    }

  return n_marked;
}

/* Going from role to role, each shows the marks of its own problems; after
 * an edit the checks find a new problem in, the role shows it too. */
static void
test_marks_follow_role (void)
{
  g_autofree char *path = page_copy ("partner-program-manager.md", NULL);
  LadderWindow    *window = open_path (path);
  GListModel      *roles = ladder_family_get_roles (family_of (window));
  guint            n_roles = g_list_model_get_n_items (roles);
  g_autoptr (LadderRole) last = g_list_model_get_item (roles, n_roles - 1);
  g_autoptr (LadderBullet) bullet
      = g_list_model_get_item (ladder_role_get_responsibilities (last), 0);
  g_autofree char *doubled = NULL;
  guint            before;

  g_assert_cmpuint (n_roles, >=, 2);
  /* The page has problems with a list as a whole, too. */
  {
    gboolean whole_list = FALSE;

    for (guint i = 0; i < n_problems (window); i++)
      whole_list |= ladder_lint_problem_get_index (problem_at (window, i)) < 0
                    && (ladder_lint_problem_get_field (problem_at (window, i))
                            == LADDER_LINT_FIELD_REQUIREMENTS
                        || ladder_lint_problem_get_field (problem_at (window, i))
                               == LADDER_LINT_FIELD_RESPONSIBILITIES);
    g_assert_true (whole_list);
  }
  gtk_window_present (GTK_WINDOW (window));
  before = check_every_role_marks (window);
  g_assert_cmpuint (before, >, 0);

  /* A doubled space in the last role's first bullet: a new problem there. */
  g_assert_cmpint (
      expected_severity (window, (int) n_roles - 1, LADDER_LINT_FIELD_RESPONSIBILITIES, 0), ==,
      LADDER_LINT_OFF);
  doubled = g_strconcat ("Owns  ", ladder_bullet_get_text (bullet), NULL);
  ladder_bullet_set_text (bullet, doubled);
  clock_advance (500);
  wait_for_checks (window);
  g_assert_cmpint (
      expected_severity (window, (int) n_roles - 1, LADDER_LINT_FIELD_RESPONSIBILITIES, 0), !=,
      LADDER_LINT_OFF);
  g_assert_cmpuint (check_every_role_marks (window), ==, before + 1);

  close_window (window);
}

/* A role without problems before one with some: each shows its own
 * marks, before and after the checks run again (the problems sorted by
 * role anew, the first role's list empty). */
static void
test_marks_of_a_clean_role (void)
{
  static const char page[]
      = "---\ntitle: \"Widget Engineer\"\n---\n\n## Levels\n\n"
        "### Widget Engineer\n\n"
        "The Widget Engineer is a [grade "
        "6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
        "#### Responsibilities\n\n- Builds widgets for the product.\n\n"
        "#### Requirements\n\n- Ability to use GitLab\n\n"
        "### Senior Widget Engineer\n\n"
        "The Senior Widget Engineer is a [grade "
        "7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
        "#### Responsibilities\n\n- Builds more widgets.\n\n"
        "#### Requirements\n\n- Five years of experience with widgets.\n";
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("ladder-checks-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "widget-engineer.md", NULL);
  LadderWindow    *window;
  g_autoptr (LadderRole) senior = NULL;
  g_autoptr (LadderBullet) bullet = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, page, -1, &error));
  window = open_path (path);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < n_problems (window); i++)
    g_assert_cmpint (ladder_lint_problem_get_role (problem_at (window, i)), !=, 0);
  g_assert_cmpuint (check_every_role_marks (window), ==, 1);

  /* The second role's requirement no longer counts years: checked again. */
  senior = g_list_model_get_item (ladder_family_get_roles (family_of (window)), 1);
  bullet = g_list_model_get_item (ladder_role_get_requirements (senior), 0);
  ladder_bullet_set_text (bullet, "Experience building widgets.");
  clock_advance (500);
  wait_for_checks (window);
  g_assert_cmpuint (check_every_role_marks (window), ==, 0);

  close_window (window);
}

static void
click_fix (LadderWindow *window, guint position)
{
  GtkWidget *row = ladder_checks_panel_get_row (panel_of (window), position);
  GtkWidget *button = find_any_widget (row, GTK_TYPE_BUTTON, NULL, NULL);

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                   ladder_lint_problem_get_fix_label (problem_at (window, position)));
  g_signal_emit_by_name (button, "clicked");
}

/* A quick fix changes the page where the problem is, goes from the panel
 * once checked, and is undone (and redone) as one step. */
static void
test_fix_is_one_step (void)
{
  g_autofree char *path = page_copy ("partner-program-manager.md", NULL);
  LadderWindow    *window = open_path (path);
  LadderHistory   *history = ladder_document_get_history (ladder_window_get_document (window));
  guint            position
      = find_problem (window, "ability-to-use-gitlab", LADDER_LINT_FIELD_REQUIREMENTS, -2);
  LadderLintProblem *problem = problem_at (window, position);
  g_autoptr (LadderRole) role = g_list_model_get_item (
      ladder_family_get_roles (family_of (window)), (guint) ladder_lint_problem_get_role (problem));
  GListModel      *requirements = ladder_role_get_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS);
  guint            n_requirements = g_list_model_get_n_items (requirements);
  guint            n_gitlab = count_rule (window, "ability-to-use-gitlab");
  guint            n_spaces;
  g_autofree char *before = page_of (window);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_signal_emit_by_name (checks_button_of (window), "clicked");
  wait_for_layout (GTK_WIDGET (panel_of (window)));
  g_assert_false (ladder_history_get_can_undo (history));
  click_fix (window, position);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n_requirements + 1);
  wait_for_checks (window);
  g_assert_cmpuint (count_rule (window, "ability-to-use-gitlab"), ==, n_gitlab - 1);
  after = page_of (window);
  g_assert_nonnull (strstr (after, "Ability to use GitLab"));

  ladder_history_undo (history);
  g_assert_false (ladder_history_get_can_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, n_requirements);
  undone = page_of (window);
  g_assert_cmpstr (undone, ==, before);
  clock_advance (500);
  wait_for_checks (window);
  g_assert_cmpuint (count_rule (window, "ability-to-use-gitlab"), ==, n_gitlab);

  ladder_history_redo (history);
  g_free (undone);
  undone = page_of (window);
  g_assert_cmpstr (undone, ==, after);
  ladder_history_undo (history);

  /* A doubled space: the bullet's text, one step. */
  clock_advance (500);
  wait_for_checks (window);
  n_spaces = count_rule (window, "doubled-space");
  position = find_problem (window, "doubled-space", LADDER_LINT_FIELD_RESPONSIBILITIES, 9);
  click_fix (window, position);
  wait_for_checks (window);
  g_assert_cmpuint (count_rule (window, "doubled-space"), ==, n_spaces - 1);
  g_assert_true (ladder_history_get_can_undo (history));
  ladder_history_undo (history);
  g_assert_false (ladder_history_get_can_undo (history));
  g_free (undone);
  undone = page_of (window);
  g_assert_cmpstr (undone, ==, before);

  close_window (window);
}

/* A fix the family changed under is refused, and says so: nothing is
 * changed. */
static void
test_stale_fix_refused (void)
{
  g_autofree char *path = page_copy ("partner-program-manager.md", NULL);
  LadderWindow    *window = open_path (path);
  guint position = find_problem (window, "doubled-space", LADDER_LINT_FIELD_RESPONSIBILITIES, 9);
  g_autoptr (LadderLintProblem) problem = g_object_ref (problem_at (window, position));
  g_autoptr (LadderRole) role = g_list_model_get_item (
      ladder_family_get_roles (family_of (window)), (guint) ladder_lint_problem_get_role (problem));
  g_autoptr (LadderBullet) bullet = g_list_model_get_item (
      ladder_role_get_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES), 9);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  ladder_bullet_set_text (bullet, "Edited  since");
  before = page_of (window);
  g_assert_false (ladder_window_fix_problem (window, problem));
  after = page_of (window);
  g_assert_cmpstr (after, ==, before);

  clock_advance (500);
  wait_for_checks (window);
  close_window (window);
}

/* Typing is checked after the pause, not before: then the header's count
 * and the field's mark follow. */
static void
test_count_updates_after_edit (void)
{
  g_autofree char  *path = page_copy ("partner-program-manager.md", NULL);
  LadderWindow     *window = open_path (path);
  LadderLintRunner *runner = ladder_window_get_lint_runner (window);
  guint             n = n_problems (window);
  g_autofree char  *count = g_strdup_printf ("%u", n);
  g_autofree char  *more = g_strdup_printf ("%u", n + 1);
  GtkWidget        *editor = GTK_WIDGET (role_editor (window));
  GtkWidget        *bullets, *entry, *row;

  /* The second role's first responsibility has no problem. */
  ladder_window_select_role (window, 1);
  bullets = find_any_widget (editor, LADDER_TYPE_BULLET_EDITOR, is_bullet_list,
                             GINT_TO_POINTER (LADDER_BULLET_LIST_RESPONSIBILITIES));
  entry = ladder_bullet_editor_get_entry (LADDER_BULLET_EDITOR (bullets), 0);
  g_assert_nonnull (entry);
  row = gtk_widget_get_ancestor (entry, GTK_TYPE_LIST_BOX_ROW);
  g_assert_false (gtk_widget_has_css_class (row, "warning"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry)), "Two  spaces", -1);
  g_assert_true (ladder_lint_runner_get_pending (runner));
  clock_advance (499);
  spin (20);
  g_assert_cmpstr (count_shown (window), ==, count);
  g_assert_false (gtk_widget_has_css_class (row, "warning"));

  clock_advance (1);
  wait_for_checks (window);
  g_assert_cmpstr (count_shown (window), ==, more);
  g_assert_true (gtk_widget_has_css_class (row, "warning"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (row));

  /* Undone: back to the count of the page as read, and no mark. */
  ladder_history_undo (ladder_document_get_history (ladder_window_get_document (window)));
  clock_advance (500);
  wait_for_checks (window);
  g_assert_cmpstr (count_shown (window), ==, count);
  g_assert_false (gtk_widget_has_css_class (row, "warning"));

  close_window (window);
}

/* Whether some label under @root shows @text (as text, not as markup). */
static gboolean
shows_label_text (GtkWidget *root, const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label_text (child, text))
      return TRUE;

  return FALSE;
}

/* What the checks say quotes the page, and the page may hold "&" or "<":
 * shown under a group's title (Pango markup there), a role titled
 * "Sales & Marketing Manager" was a markup error (a critical warning,
 * and an empty description). */
static void
test_problem_text_is_not_markup (void)
{
  static const char page[]
      = "---\ntitle: \"Sales & Marketing\"\n---\n\n## Levels\n\n"
        "### Sales & Marketing <Lead> Manager\n\n#### Job Grade\n\n"
        "The Sales & Marketing <Lead> Manager is a "
        "[grade "
        "8](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
        "#### Responsibilities\n\n- Leads the team\n\n"
        "#### Requirements\n\n- Ten years of experience\n";
  g_autoptr (GError) error = NULL;
  g_autofree char   *folder = g_dir_make_tmp ("ladder-checks-XXXXXX", &error);
  g_autofree char   *path = g_build_filename (folder, "sales-and-marketing.md", NULL);
  LadderWindow      *window;
  LadderChecksPanel *panel;
  GtkWidget         *form;
  guint              position;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, page, -1, &error));
  window = open_path (path);
  panel = panel_of (window);
  form = GTK_WIDGET (role_editor (window));
  position = find_problem (window, "ability-to-use-gitlab", LADDER_LINT_FIELD_REQUIREMENTS, -1);

  gtk_window_present (GTK_WINDOW (window));
  g_signal_emit_by_name (checks_button_of (window), "clicked");
  wait_for_layout (GTK_WIDGET (panel));
  g_signal_emit_by_name (ladder_checks_panel_get_row (panel, position), "activate");
  spin (50);

  g_assert_nonnull (ladder_role_editor_get_role (LADDER_ROLE_EDITOR (form)));
  g_assert_true (shows_label_text (form, "“Sales & Marketing <Lead> Manager” do not include"));

  close_window (window);
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = NULL;

  g_test_init (&argc, &argv, NULL);

  home = g_dir_make_tmp ("ladder-test-home-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  app = start_window_test (home, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  clock_timeouts = g_array_new (FALSE, FALSE, sizeof (FakeTimeout));
  clock_now = 1000;

  g_test_add_func ("/window-checks/panel-lists-problems", test_panel_lists_problems);
  g_test_add_func ("/window-checks/panel-empty-state", test_panel_empty_state);
  g_test_add_func ("/window-checks/activate-jumps-to-field", test_activate_jumps_to_field);
  g_test_add_func ("/window-checks/marks-follow-role", test_marks_follow_role);
  g_test_add_func ("/window-checks/marks-of-a-clean-role", test_marks_of_a_clean_role);
  g_test_add_func ("/window-checks/fix-is-one-step", test_fix_is_one_step);
  g_test_add_func ("/window-checks/stale-fix-refused", test_stale_fix_refused);
  g_test_add_func ("/window-checks/count-updates-after-edit", test_count_updates_after_edit);
  g_test_add_func ("/window-checks/problem-text-is-not-markup", test_problem_text_is_not_markup);

  return g_test_run ();
}
