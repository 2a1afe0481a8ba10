/* ladder-window-bench.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"
#include "ladder-bullet-editor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/*
 * The benchmark hook (bench/first-frame): with LADDER_BENCH set, a window
 * that has loaded its document reports, on standard output, when its
 * first frame with the document was painted, then how long selecting the
 * last role takes to reach the screen (its first frame, and the frame that
 * brings the last of its bullets' rows), and letters typed in one of its
 * bullets, then a line's worth of words, each once the window is quiet
 * (every row shown, the handbook checks run, no frame painted for 100 ms:
 * a keystroke made while the first checks of a large family run also
 * waits for the copy of the family they take, and one made while GTK
 * fades a scroll bar in repaints the bar too), and
 * quits once the handbook checks have run. With LADDER_BENCH_CLICK set, the sidebar is first
 * scrolled to the last role, and the role selected once the window is quiet again: a click on
 * its row, which a person makes with the row in sight (without it, the sidebar's list also
 * scrolls to the role, as it does for a role chosen elsewhere: a search result, a change to
 * review). Times are CLOCK_MONOTONIC microseconds, as the bench
 * script reads them. With LADDER_BENCH_IDLE also set, it then leaves the window alone for IDLE_WAIT
 * seconds and counts the frames the frame clock runs in the IDLE_COUNT seconds after (an idle
 * window should run none).
 */

#define IDLE_WAIT 5
#define IDLE_COUNT 3
/* Keystrokes in a bullet: the first makes the document modified (the
 * title, the Save button), the ones after are as most are. Then an edit
 * that makes the bullet a line longer, which lays the form out again (as
 * a keystroke that wraps a line does). */
#define N_KEYSTROKES 6
#define N_EDITS (N_KEYSTROKES + 1)

typedef enum
{
  BENCH_FIRST_FRAME,
  BENCH_SELECT,
  BENCH_SETTLE,
  BENCH_EDIT,
  BENCH_IDLE,
  BENCH_DONE,
} BenchStep;

typedef struct
{
  LadderWindow *window;
  BenchStep     step;
  gint64        started;
  gint64        started_cpu;
  gulong        handler;
  guint         idle_frames;
  gint64        finishing;
  gint64        complete;
  gboolean      idle_reached;
  gboolean      scrolled;
  gint64        last_paint;
  guint         n_edits;
  gint64        edits[N_EDITS];
} Bench;

/* The CPU time (user and system) the process has used, all its threads,
 * and the calling thread alone, in microseconds: beside the wall clock,
 * which the machine's other work moves, what the window's own work took. */
static gint64
process_cpu_us (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC
         + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

static gint64
thread_cpu_us (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static gboolean
finish_when_checked (gpointer data)
{
  Bench         *bench = data;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));

  /* The handbook checks run once the window is idle: the run waits for
   * them (a minute at most), so that the peak memory measured is a
   * session's, checks included. */
  if (bench->window->lint_runner != NULL
      && !ladder_lint_runner_get_current (bench->window->lint_runner)
      && g_get_monotonic_time () - bench->finishing < 60 * G_USEC_PER_SEC)
    return G_SOURCE_CONTINUE;

  bench->step = BENCH_DONE;
  g_signal_handler_disconnect (clock, bench->handler);
  gtk_window_destroy (GTK_WINDOW (bench->window));
  g_free (bench);
  return G_SOURCE_REMOVE;
}

static void
finish (Bench *bench)
{
  bench->step = BENCH_DONE;
  bench->finishing = g_get_monotonic_time ();
  g_timeout_add (20, finish_when_checked, bench);
}

static gboolean
on_idle_counted (gpointer data)
{
  Bench *bench = data;

  printf ("idle-seconds %d\nidle-frames %u\n", IDLE_COUNT, bench->idle_frames);
  fflush (stdout);
  finish (bench);
  return G_SOURCE_REMOVE;
}

static gboolean
on_idle_waited (gpointer data)
{
  Bench *bench = data;

  bench->step = BENCH_IDLE;
  bench->idle_frames = 0;
  g_timeout_add_seconds (IDLE_COUNT, on_idle_counted, bench);
  return G_SOURCE_REMOVE;
}

static void
edit_a_bullet (Bench *bench)
{
  LadderFamily *family = ladder_document_get_family (ladder_window_get_document (bench->window));
  GListModel   *roles = ladder_family_get_roles (family);
  guint         n_roles = g_list_model_get_n_items (roles);

  bench->step = BENCH_EDIT;
  bench->started = g_get_monotonic_time ();
  if (n_roles > 0)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, n_roles - 1);
      GListModel *bullets = ladder_role_get_responsibilities (role);
      g_autoptr (LadderBullet) bullet
          = g_list_model_get_n_items (bullets) > 0 ? g_list_model_get_item (bullets, 0) : NULL;

      /* A letter typed at the end of the bullet, or a line's worth of
       * words. */
      if (bullet != NULL)
        {
          g_autofree char *text = g_strconcat (
              ladder_bullet_get_text (bullet),
              bench->n_edits < N_KEYSTROKES
                  ? "x"
                  : " and a line's worth of words more, typed at the end of the bullet",
              NULL);

          ladder_bullet_set_text (bullet, text);
        }
    }
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
}

/* Whether every bullet of the role shown has its row (a role's rows come
 * over a few frames: ladder-bullet-editor.c). */
static gboolean
rows_all_shown (GtkWidget *widget)
{
  if (LADDER_IS_BULLET_EDITOR (widget))
    {
      LadderBulletEditor *editor = LADDER_BULLET_EDITOR (widget);
      LadderRole         *role = ladder_bullet_editor_get_role (editor);
      GtkWidget          *list = gtk_widget_get_first_child (gtk_widget_get_first_child (widget));
      guint               n_rows = 0;

      for (GtkWidget *row = list != NULL ? gtk_widget_get_first_child (list) : NULL; row != NULL;
           row = gtk_widget_get_next_sibling (row))
        n_rows += GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_visible (row);

      return role == NULL || !GTK_IS_LIST_BOX (list)
             || n_rows
                    == g_list_model_get_n_items (ladder_role_get_bullets (
                        role, (LadderBulletList) ladder_bullet_editor_get_list (editor)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!rows_all_shown (child))
      return FALSE;

  return TRUE;
}

static int
compare_times (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The first keystroke, the median and slowest of the others, and the
 * edit a line longer. */
static void
print_edits (Bench *bench)
{
  gint64 later[N_KEYSTROKES - 1];

  memcpy (later, bench->edits + 1, sizeof later);
  qsort (later, G_N_ELEMENTS (later), sizeof later[0], compare_times);
  printf ("edit-us %" G_GINT64_FORMAT "\n", bench->edits[0]);
  printf ("next-edit-median-us %" G_GINT64_FORMAT "\n", later[G_N_ELEMENTS (later) / 2]);
  printf ("next-edit-max-us %" G_GINT64_FORMAT "\n", later[G_N_ELEMENTS (later) - 1]);
  printf ("line-edit-us %" G_GINT64_FORMAT "\n", bench->edits[N_KEYSTROKES]);
  fflush (stdout);
}

/* Quiet: the checks run, and no frame painted in the last 100 ms (an
 * animation, such as the scroll bar GTK shows after a scroll and fades
 * out seconds later, paints a frame at each tick). */
static gboolean
is_quiet (Bench *bench)
{
  return g_get_monotonic_time () - bench->last_paint >= 100 * 1000
         && (bench->window->lint_runner == NULL
             || ladder_lint_runner_get_current (bench->window->lint_runner));
}

static gboolean
edit_when_quiet (gpointer data)
{
  Bench *bench = data;

  if (bench->complete == 0 || !is_quiet (bench))
    return G_SOURCE_CONTINUE;

  edit_a_bullet (bench);
  return G_SOURCE_REMOVE;
}

static void
select_last_role (Bench *bench)
{
  LadderFamily *family = ladder_document_get_family (ladder_window_get_document (bench->window));
  guint         n_roles = g_list_model_get_n_items (ladder_family_get_roles (family));

  bench->step = BENCH_SELECT;
  bench->started = g_get_monotonic_time ();
  bench->started_cpu = thread_cpu_us ();
  if (n_roles > 0)
    ladder_window_select_role (bench->window, n_roles - 1);
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
}

static gboolean
on_idle_reached (gpointer data)
{
  Bench *bench = data;

  bench->idle_reached = TRUE;
  return G_SOURCE_REMOVE;
}

/* The last role is selected as a person would, once the window is quiet:
 * its first checks run, and the work it leaves for when it has nothing
 * else to do done (an idle below every other idle's priority has run). */
static gboolean
select_when_quiet (gpointer data)
{
  Bench *bench = data;

  if (!bench->idle_reached || !is_quiet (bench))
    return G_SOURCE_CONTINUE;

  if (g_getenv ("LADDER_BENCH_CLICK") != NULL && !bench->scrolled)
    {
      GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (bench->window->role_list));
      guint       n_rows = rows != NULL ? g_list_model_get_n_items (rows) : 0;

      bench->scrolled = TRUE;
      if (n_rows > 0)
        gtk_widget_activate_action (GTK_WIDGET (bench->window->role_list), "list.scroll-to-item",
                                    "u", n_rows - 1);
      /* Quiet again: the scrolled list painted, and no frame for 100 ms. */
      bench->last_paint = g_get_monotonic_time ();
      return G_SOURCE_CONTINUE;
    }

  select_last_role (bench);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock *clock, Bench *bench)
{
  gint64 now = g_get_monotonic_time ();

  bench->last_paint = now;

  switch (bench->step)
    {
    case BENCH_FIRST_FRAME:
      printf ("first-frame %" G_GINT64_FORMAT "\n", now);
      printf ("first-frame-cpu-us %" G_GINT64_FORMAT "\n", process_cpu_us ());
      /* Counting the instructions to the first frame (callgrind): no more. */
      if (g_getenv ("LADDER_BENCH_FIRST_FRAME_ONLY") != NULL)
        {
          fflush (stdout);
          _exit (0);
        }
      bench->step = BENCH_SETTLE;
      g_idle_add_full (G_PRIORITY_LOW + 100, on_idle_reached, bench, NULL);
      g_timeout_add (20, select_when_quiet, bench);
      break;

    case BENCH_SELECT:
      /* Where it began and ended on the monotonic clock, to find it in a
       * profile (perf record -k mono). */
      printf ("select-last-role-from %" G_GINT64_FORMAT "\n", bench->started);
      printf ("select-last-role-to %" G_GINT64_FORMAT "\n", now);
      printf ("select-last-role-us %" G_GINT64_FORMAT "\n", now - bench->started);
      printf ("select-last-role-cpu-us %" G_GINT64_FORMAT "\n",
              thread_cpu_us () - bench->started_cpu);
      bench->step = BENCH_SETTLE;
      g_timeout_add (10, edit_when_quiet, bench);
      G_GNUC_FALLTHROUGH;

    case BENCH_SETTLE:
      if (bench->started != 0 && bench->complete == 0
          && rows_all_shown (GTK_WIDGET (_ladder_window_role_editor (bench->window))))
        {
          bench->complete = now;
          printf ("role-complete-us %" G_GINT64_FORMAT "\n", now - bench->started);
        }
      break;

    case BENCH_EDIT:
      bench->edits[bench->n_edits++] = now - bench->started;
      if (bench->n_edits < N_EDITS)
        {
          bench->step = BENCH_SETTLE;
          g_timeout_add (10, edit_when_quiet, bench);
          break;
        }
      print_edits (bench);
      if (g_getenv ("LADDER_BENCH_IDLE") != NULL)
        {
          /* Frames painted while waiting are not counted. */
          bench->step = BENCH_DONE;
          g_timeout_add_seconds (IDLE_WAIT, on_idle_waited, bench);
        }
      else
        {
          finish (bench);
        }
      break;

    case BENCH_IDLE:
      bench->idle_frames++;
      break;

    case BENCH_DONE:
    default:
      break;
    }
}

void
ladder_window_start_benchmark (LadderWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  Bench         *bench;

  if (clock == NULL)
    return;

  bench = g_new0 (Bench, 1);
  bench->window = window;
  bench->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), bench);
  gtk_widget_queue_draw (GTK_WIDGET (window));
}
