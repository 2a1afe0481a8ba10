/* bench-minimal-window.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The floor for Ladder's start-up: the smallest AdwApplication window, a
 * header bar and a label, reporting its first painted frame the way
 * Ladder's benchmark hook does (CLOCK_MONOTONIC microseconds). */

#include <adwaita.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

static void
on_after_paint (GdkFrameClock *clock, GtkWindow *window)
{
  struct rusage usage;

  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  /* The CPU time used so far, as Ladder's hook reports it. */
  getrusage (RUSAGE_SELF, &usage);
  printf ("first-frame-cpu-us %" G_GINT64_FORMAT "\n",
          (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC
              + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
  if (g_getenv ("LADDER_BENCH_FIRST_FRAME_ONLY") != NULL)
    {
      fflush (stdout);
      _exit (0);
    }
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  gtk_window_destroy (window);
}

static void
on_map (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint),
                    window);
}

static void
on_activate (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Minimal window"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr (AdwApplication) app
      = adw_application_new ("io.gitlab.jobladder.LadderBench", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
