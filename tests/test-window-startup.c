/* test-window-startup.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A file named on the command line is read while the application starts
 * (ladder-preload.c): the window made for it takes what was read, whether
 * the reading ended before the window asked or after, always from the
 * main loop; a file that cannot be read gets the same dialog as one read
 * by the window; a reading nobody takes ends without a trace. Needs a
 * display (Xvfb in CI); exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-document.h"
#include "ladder-preload.h"
#include "ladder-test-window.h"
#include "ladder-window.h"

static LadderApplication *app;

static char *
example_copy (void)
{
  g_autofree char *source = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);

  return copy_to_temp (source, "pmm.jobfamily.json");
}

typedef struct
{
  gboolean        called;
  LadderDocument *document;
  GError         *error;
} Delivered;

static void
on_delivered (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Delivered *delivered = user_data;

  g_assert_false (delivered->called);
  delivered->called = TRUE;
  delivered->document = g_object_ref (LADDER_DOCUMENT (object));
  ladder_document_load_finish (delivered->document, result, &delivered->error);
}

static gboolean
was_delivered (gpointer data)
{
  return ((Delivered *) data)->called;
}

static void
assert_example (LadderDocument *document)
{
  LadderFamily *family = ladder_document_get_family (document);

  g_assert_cmpstr (ladder_family_get_title (family), ==, "Product Marketing Management");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), >, 0);
  g_assert_false (ladder_document_get_modified (document));
}

/* Asked for before the reading ends, and after: the document comes from
 * the main loop both times, never from within the asking. */
static void
test_preload_delivers_from_the_main_loop (void)
{
  g_autofree char *path = example_copy ();
  g_autoptr (GFile) file = g_file_new_for_path (path);

  for (int read_first = 0; read_first < 2; read_first++)
    {
      LadderPreload *preload = ladder_preload_start (file);
      Delivered      delivered = { 0 };

      g_assert_true (ladder_preload_is_for (preload, file));
      if (read_first)
        spin (300);
      ladder_preload_deliver (preload, on_delivered, &delivered);
      g_assert_false (delivered.called);

      g_assert_true (spin_until (was_delivered, &delivered));
      g_assert_no_error (delivered.error);
      g_assert_true (g_file_equal (ladder_document_get_file (delivered.document), file));
      assert_example (delivered.document);
      g_clear_object (&delivered.document);
    }
}

/* A reading nobody takes, freed while it runs and after it ended: the one
 * still running ends unheard (the sanitizers' run checks that nothing is
 * used after it is freed). */
static void
test_preload_not_taken (void)
{
  g_autofree char *path = example_copy ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderPreload *running = ladder_preload_start (file);
  LadderPreload *ended = ladder_preload_start (file);

  ladder_preload_free (running);
  spin (300);
  ladder_preload_free (ended);
  spin (50);
}

static void
on_saved_notify (GObject *object, GParamSpec *pspec, gpointer user_data)
{
  if (!ladder_document_get_modified (LADDER_DOCUMENT (object)))
    *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* The window opened on a file read while starting shows it, and saves it
 * over the file without taking it for a file changed on disk. */
static void
test_window_takes_the_preload (void)
{
  g_autofree char *path = example_copy ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  LadderWindow    *window;
  LadderDocument  *document;
  gboolean         saved = FALSE;

  ladder_application_preload (app, file);
  window = LADDER_WINDOW (ladder_application_open_file (app, file));
  g_assert_true (spin_until_shows (window, file));
  document = ladder_window_get_document (window);
  assert_example (document);

  ladder_role_set_job_grade (role_at (window, 0), 14);
  g_signal_connect (document, "notify::modified", G_CALLBACK (on_saved_notify), &saved);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (spin_until (is_true, &saved));
  g_assert_null (find_dialog ());
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"job_grade\" : 14"));

  g_signal_handlers_disconnect_by_data (document, &saved);
  close_without_saving (window);
}

static gboolean
dialog_shown (gpointer data)
{
  AdwMessageDialog **dialog = data;

  *dialog = find_dialog ();
  return *dialog != NULL && gtk_widget_get_visible (GTK_WIDGET (*dialog));
}

/* A broken file read while starting: the dialog a window's own reading
 * gives, with the FILE:LINE:COLUMN detail, and no empty window. */
static void
test_broken_preload_gets_the_dialog (void)
{
  g_autofree char *folder = g_dir_make_tmp ("ladder-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "senior-analyst.jobfamily.json", NULL);
  g_autofree char *location = g_strdup_printf ("%s:1:", path);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog = NULL;
  GtkWidget        *expander;
  GtkWindow        *window;

  g_assert_true (g_file_set_contents (
      path, "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : [ { \"title\" : ",
      -1, NULL));
  ladder_application_preload (app, file);
  spin (300);
  window = ladder_application_open_file (app, file);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  g_assert_true (spin_until (dialog_shown, &dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open File");
  expander = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EXPANDER (expander));
  g_assert_true (g_str_has_prefix (
      gtk_label_get_label (GTK_LABEL (gtk_expander_get_child (GTK_EXPANDER (expander)))),
      location));
  spin (50);
  g_assert_null (window);

  respond (dialog, "close");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-startup/preload-delivers-from-the-main-loop",
                   test_preload_delivers_from_the_main_loop);
  g_test_add_func ("/window-startup/preload-not-taken", test_preload_not_taken);
  g_test_add_func ("/window-startup/window-takes-the-preload", test_window_takes_the_preload);
  g_test_add_func ("/window-startup/broken-preload-gets-the-dialog",
                   test_broken_preload_gets_the_dialog);

  return g_test_run ();
}
