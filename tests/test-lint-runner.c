/* test-lint-runner.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The checks of a family being edited (LadderLintRunner): they find what
 * `ladder_linter_check ()` finds, on a copy checked in a thread; they wait
 * for a pause after the last change, and never keep a result the family
 * has changed since; they read the `.ladder.json` of the page's folder,
 * and say when it cannot be read. The pause is never waited for: it is
 * measured on a fake clock that the tests move on by hand.
 */

#include <glib/gstdio.h>
#include <string.h>

#include "ladder-lint-runner-private.h"
#include "ladder-markdown-import.h"

static LadderLinter *linter;

/* ------------------------------------------------------------------ */
/* A fake clock: timeouts fire only when a test moves the clock on.    */

typedef struct
{
  guint       id;
  guint64     due;
  GSourceFunc func;
  gpointer    data;
} FakeTimeout;

typedef struct
{
  guint64 now;
  guint   last_id;
  GArray *timeouts;
} FakeClock;

static guint
fake_add (guint delay, GSourceFunc func, gpointer data, gpointer user_data)
{
  FakeClock  *clock = user_data;
  FakeTimeout timeout = { ++clock->last_id, clock->now + delay, func, data };

  g_array_append_val (clock->timeouts, timeout);
  return timeout.id;
}

static void
fake_remove (guint id, gpointer user_data)
{
  FakeClock *clock = user_data;

  for (guint i = 0; i < clock->timeouts->len; i++)
    if (g_array_index (clock->timeouts, FakeTimeout, i).id == id)
      {
        g_array_remove_index (clock->timeouts, i);
        return;
      }

  g_assert_not_reached ();
}

static const LadderLintTimer fake_timer = { fake_add, fake_remove };

static void
fake_clock_init (FakeClock *clock)
{
  clock->now = 1000;
  clock->last_id = 0;
  clock->timeouts = g_array_new (FALSE, FALSE, sizeof (FakeTimeout));
}

static void
fake_clock_clear (FakeClock *clock)
{
  g_clear_pointer (&clock->timeouts, g_array_unref);
}

/* Moves the clock on by @ms, firing what falls due in that time. */
static void
fake_clock_advance (FakeClock *clock, guint ms)
{
  clock->now += ms;

  for (guint i = 0; i < clock->timeouts->len;)
    {
      FakeTimeout timeout = g_array_index (clock->timeouts, FakeTimeout, i);

      if (timeout.due > clock->now)
        {
          i++;
          continue;
        }
      g_array_remove_index (clock->timeouts, i);
      g_assert_false (timeout.func (timeout.data));
      i = 0;
    }
}

static FakeClock the_clock;

static LadderFamily *
import_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize            length;
  LadderFamily    *family;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  family = ladder_markdown_import (contents, length, path, &error);
  g_assert_no_error (error);
  return family;
}

/* A copy of the test page @name in a folder of its own. */
static char *
page_copy (const char *name, char **folder_out)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  char *folder = g_dir_make_tmp ("ladder-runner-XXXXXX", &error);
  char *path;
  gsize length;

  g_assert_no_error (error);
  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, name, NULL);
  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);

  *folder_out = folder;
  return path;
}

/* Until no check of any runner is left in a thread, cancelled ones too. */
static void
wait_for_threads (void)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (ladder_lint_runner_get_n_running_checks () > 0 && g_get_monotonic_time () < deadline)
    {
      /* The last reference to a check may go in its thread, after its
       * end has been dispatched here: poll rather than block. */
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  g_assert_cmpuint (ladder_lint_runner_get_n_running_checks (), ==, 0);
}

/* Iterates the main loop until nothing is pending, within a bound that
 * only a hang reaches. */
static void
wait_for_checks (LadderLintRunner *runner)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  /* A family newly given is checked at once (a pause of 0). */
  fake_clock_advance (&the_clock, 0);
  while (ladder_lint_runner_get_pending (runner) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (ladder_lint_runner_get_pending (runner));
  wait_for_threads ();
}

static LadderLintRunner *
runner_for (LadderFamily *family, const char *path)
{
  LadderLintRunner *runner = ladder_lint_runner_new ();

  ladder_lint_runner_set_timer (runner, &fake_timer, &the_clock);
  ladder_lint_runner_set_delay (runner, 500);
  ladder_lint_runner_set_path (runner, path);
  ladder_lint_runner_set_family (runner, family);
  return runner;
}

/* The first responsibility of the family's roles. */
static LadderBullet *
first_bullet (LadderFamily *family)
{
  GListModel *roles = ladder_family_get_roles (family);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      GListModel *bullets = ladder_role_get_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES);

      if (g_list_model_get_n_items (bullets) > 0)
        {
          g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, 0);

          /* Held by the role's list. */
          return bullet;
        }
    }

  g_assert_not_reached ();
}

static char *
describe (LadderLintProblem *problem)
{
  return g_strdup_printf (
      "%u:%u %s %s %d/%s/%d %d+%d [%s] %s", ladder_lint_problem_get_line (problem),
      ladder_lint_problem_get_column (problem), ladder_lint_problem_get_rule_id (problem),
      ladder_lint_severity_to_string (ladder_lint_problem_get_severity (problem)),
      ladder_lint_problem_get_role (problem),
      ladder_lint_field_to_string (ladder_lint_problem_get_field (problem)),
      ladder_lint_problem_get_index (problem), ladder_lint_problem_get_field_offset (problem),
      ladder_lint_problem_get_field_length (problem), ladder_lint_problem_get_fix_label (problem),
      ladder_lint_problem_get_message (problem));
}

static guint
count_rule (GListModel *problems, const char *rule)
{
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr (LadderLintProblem) problem = g_list_model_get_item (problems, i);

      count += g_str_equal (ladder_lint_problem_get_rule_id (problem), rule);
    }

  return count;
}

/* The copy checked in the thread is the family: every problem is the
 * one a check of the family itself finds, in the same order. */
static void
test_same_as_check (void)
{
  const char *pages[] = { "partner-program-manager.md", "product-marketing-management.md" };

  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", pages[p], NULL);
      g_autoptr (LadderFamily) family = import_file (path);
      g_autoptr (LadderLintRunner) runner = runner_for (family, NULL);
      g_autoptr (GPtrArray) expected = ladder_linter_check (linter, family, NULL, NULL);
      GListModel *problems = ladder_lint_runner_get_problems (runner);
      guint       n_errors = 0;

      wait_for_checks (runner);
      g_assert_true (ladder_lint_runner_get_current (runner));
      g_assert_cmpuint (expected->len, >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (problems), ==, expected->len);
      for (guint i = 0; i < expected->len; i++)
        {
          g_autoptr (LadderLintProblem) problem = g_list_model_get_item (problems, i);
          g_autofree char *got = describe (problem);
          g_autofree char *want = describe (g_ptr_array_index (expected, i));

          g_assert_cmpstr (got, ==, want);
          n_errors += ladder_lint_problem_get_severity (problem) == LADDER_LINT_ERROR;
        }
      g_assert_cmpuint (ladder_lint_runner_get_n_errors (runner), ==, n_errors);
      g_assert_cmpuint (ladder_lint_runner_get_n_warnings (runner), ==, expected->len - n_errors);
    }
}

static void
count_signal (guint *count)
{
  (*count)++;
}

/* A change waits for the pause: the problems stay those of before, marked
 * as not current, until the check runs. Each further change within the
 * pause starts it again: typing that never stops for the pause is never
 * checked, and one check follows the last key. */
static void
test_waits_for_pause (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autoptr (LadderFamily) family = import_file (path);
  g_autoptr (LadderLintRunner) runner = runner_for (family, NULL);
  GListModel   *problems = ladder_lint_runner_get_problems (runner);
  LadderBullet *bullet = first_bullet (family);
  const char   *typed[] = { "T", "Tw", "Two", "Two ", "Two  ", "Two  s", "Two  spaces" };
  guint         before, checked = 0;

  wait_for_checks (runner);
  before = count_rule (problems, "doubled-space");
  g_signal_connect_swapped (runner, "checked", G_CALLBACK (count_signal), &checked);

  /* A key every 400 ms, under the pause of 500 ms. */
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      ladder_bullet_set_text (bullet, typed[i]);
      g_assert_true (ladder_lint_runner_get_pending (runner));
      g_assert_false (ladder_lint_runner_get_current (runner));
      fake_clock_advance (&the_clock, 400);
      g_assert_cmpuint (the_clock.timeouts->len, ==, 1);
      g_assert_cmpuint (ladder_lint_runner_get_n_running_checks (), ==, 0);
    }
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (checked, ==, 0);
  g_assert_cmpuint (count_rule (problems, "doubled-space"), ==, before);

  /* 99 ms later, still within the pause. */
  fake_clock_advance (&the_clock, 99);
  g_assert_cmpuint (ladder_lint_runner_get_n_running_checks (), ==, 0);
  g_assert_true (ladder_lint_runner_get_pending (runner));

  /* The pause ends 500 ms after the last key: one check, of the text as
   * it is. */
  fake_clock_advance (&the_clock, 1);
  g_assert_cmpuint (the_clock.timeouts->len, ==, 0);
  wait_for_checks (runner);
  g_assert_cmpuint (checked, ==, 1);
  g_assert_true (ladder_lint_runner_get_current (runner));
  g_assert_cmpuint (count_rule (problems, "doubled-space"), ==, before + 1);

  /* Nothing more runs while nothing changes. */
  fake_clock_advance (&the_clock, 60 * 1000);
  g_assert_false (ladder_lint_runner_get_pending (runner));
  g_assert_cmpuint (checked, ==, 1);
}

/* run_now () checks without waiting for the pause. */
static void
test_run_now (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autoptr (LadderFamily) family = import_file (path);
  g_autoptr (LadderLintRunner) runner = runner_for (family, NULL);
  GListModel   *problems = ladder_lint_runner_get_problems (runner);
  LadderBullet *bullet = first_bullet (family);
  guint         before;

  wait_for_checks (runner);
  before = count_rule (problems, "doubled-space");
  ladder_bullet_set_text (bullet, "Two  spaces");
  ladder_lint_runner_run_now (runner);
  g_assert_cmpuint (the_clock.timeouts->len, ==, 0);
  wait_for_checks (runner);
  g_assert_true (ladder_lint_runner_get_current (runner));
  g_assert_cmpuint (count_rule (problems, "doubled-space"), ==, before + 1);
}

/* A check that the family changed under is dropped: only the check of
 * the family as it is reaches the problems. */
static void
test_stale_result_dropped (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autoptr (LadderFamily) family = import_file (path);
  g_autoptr (LadderLintRunner) runner = runner_for (family, NULL);
  GListModel   *problems = ladder_lint_runner_get_problems (runner);
  LadderBullet *bullet = first_bullet (family);
  guint         before, checked = 0, problems_changed = 0;

  wait_for_checks (runner);
  before = count_rule (problems, "doubled-space");
  g_signal_connect_swapped (runner, "checked", G_CALLBACK (count_signal), &checked);
  g_signal_connect_swapped (problems, "items-changed", G_CALLBACK (count_signal),
                            &problems_changed);

  /* The first check starts in its thread; the family changes before its
   * result can come back (that needs the main loop). */
  ladder_bullet_set_text (bullet, "One space");
  ladder_lint_runner_run_now (runner);
  ladder_bullet_set_text (bullet, "Two  spaces");
  ladder_lint_runner_run_now (runner);
  wait_for_checks (runner);

  g_assert_cmpuint (checked, ==, 1);
  g_assert_cmpuint (problems_changed, ==, 1);
  g_assert_true (ladder_lint_runner_get_current (runner));
  g_assert_cmpuint (count_rule (problems, "doubled-space"), ==, before + 1);
}

/* The `.ladder.json` beside the page applies; a broken one is said, with
 * its place, and the rules run at their own severities meanwhile. */
static void
test_settings (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = page_copy ("partner-program-manager.md", &folder);
  g_autofree char *settings = g_build_filename (folder, ".ladder.json", NULL);
  g_autoptr (LadderFamily) family = import_file (path);
  g_autoptr (LadderLintRunner) runner = NULL;
  GListModel *problems;
  guint       all;

  runner = runner_for (family, path);
  problems = ladder_lint_runner_get_problems (runner);
  wait_for_checks (runner);
  g_assert_null (ladder_lint_runner_get_settings_error (runner));
  all = g_list_model_get_n_items (problems);
  g_assert_cmpuint (count_rule (problems, "doubled-space"), >, 0);

  g_assert_true (
      g_file_set_contents (settings, "{ \"rules\": { \"doubled-space\": \"off\" } }\n", -1, NULL));
  ladder_family_set_summary (family, "A summary");
  ladder_lint_runner_run_now (runner);
  wait_for_checks (runner);
  g_assert_null (ladder_lint_runner_get_settings_error (runner));
  g_assert_cmpuint (count_rule (problems, "doubled-space"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (problems), <, all);

  g_assert_true (g_file_set_contents (
      settings, "{\n  \"rules\": { \"no-such-rule\": \"off\" }\n}\n", -1, NULL));
  ladder_family_set_summary (family, "Another summary");
  ladder_lint_runner_run_now (runner);
  wait_for_checks (runner);
  g_assert_nonnull (ladder_lint_runner_get_settings_error (runner));
  g_assert_nonnull (strstr (ladder_lint_runner_get_settings_error (runner), ".ladder.json:2:"));
  g_assert_cmpuint (count_rule (problems, "doubled-space"), >, 0);

  g_assert_cmpint (g_unlink (settings), ==, 0);
  ladder_family_set_summary (family, "A summary again");
  ladder_lint_runner_run_now (runner);
  wait_for_checks (runner);
  g_assert_null (ladder_lint_runner_get_settings_error (runner));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Once checked, nothing is left running or waiting; a runner let go of
 * while its check runs goes at once, its check is cancelled, and the
 * check's end touches nothing of it. */
static void
test_nothing_left (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autoptr (LadderFamily) family = import_file (path);
  LadderLintRunner *runner = runner_for (family, NULL);

  ladder_lint_runner_run_now (runner);
  g_assert_cmpuint (ladder_lint_runner_get_n_running_checks (), ==, 1);
  g_assert_finalize_object (runner);
  wait_for_threads ();
  g_assert_false (g_main_context_pending (NULL));

  /* The family changing after its runner has gone wakes nothing. */
  ladder_family_set_summary (family, "A summary");
  g_assert_cmpuint (the_clock.timeouts->len, ==, 0);

  runner = runner_for (family, NULL);
  wait_for_checks (runner);
  wait_for_threads ();
  g_assert_false (g_main_context_pending (NULL));
  g_assert_cmpuint (the_clock.timeouts->len, ==, 0);
  g_assert_finalize_object (runner);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  linter = ladder_linter_new (NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/lint-runner/same-as-check", test_same_as_check);
  g_test_add_func ("/lint-runner/waits-for-pause", test_waits_for_pause);
  g_test_add_func ("/lint-runner/run-now", test_run_now);
  g_test_add_func ("/lint-runner/stale-result-dropped", test_stale_result_dropped);
  g_test_add_func ("/lint-runner/settings", test_settings);
  g_test_add_func ("/lint-runner/nothing-left", test_nothing_left);

  fake_clock_init (&the_clock);
  status = g_test_run ();
  fake_clock_clear (&the_clock);
  g_clear_object (&linter);
  return status;
}
