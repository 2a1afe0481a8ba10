/* test-window-review.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * "Review Changes" compares the document with the last commit as it is
 * now: a commit made outside Ladder (`git commit` in a terminal) while the
 * dialog is open, or between two openings, is what the edits are compared
 * with from then on. The commits are made with libgit2, as git would make
 * them. Needs a display (Xvfb in CI); exits 77 (skipped) where there is
 * none.
 */

#include "config.h"

#include <adwaita.h>

#include "ladder-application.h"
#include "ladder-review-dialog.h"
#include "ladder-test-git.h"
#include "ladder-test-window.h"
#include "ladder-window.h"

static LadderApplication *app;

#define PAGE "job-families/pmm.md"

/* The test page, committed in a new checkout at @root_out. */
static GgitRepository *
committed_page (char **root_out)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "product-marketing-management.md", NULL);
  g_autofree char *text = contents_of (source);
  const char      *paths[] = { PAGE, NULL };
  GgitRepository  *repository;

  *root_out = g_dir_make_tmp ("ladder-test-review-XXXXXX", NULL);
  ladder_test_write (*root_out, PAGE, text, -1);
  repository = ladder_test_git_init (*root_out);
  ladder_test_git_stage (repository, paths);
  ladder_test_git_commit (repository, "The page");
  return repository;
}

static LadderWindow *
open_page (const char *root)
{
  g_autofree char *path = g_build_filename (root, PAGE, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));

  g_assert_true (spin_until_shows (window, file));
  spin (50);
  return window;
}

/* The Director's grade, saved to the page. */
static void
save_grade (LadderWindow *window, int grade)
{
  LadderDocument *document = ladder_window_get_document (window);
  gint64          deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  ladder_role_set_job_grade (role_at (window, 1), grade);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  spin (20);
  while ((ladder_document_get_busy (document) || ladder_document_get_modified (document))
         && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_false (ladder_document_get_modified (document));
}

/* The page as saved, committed (`git commit -a`). */
static void
commit_page (GgitRepository *repository, const char *message)
{
  const char *paths[] = { PAGE, NULL };

  ladder_test_git_stage (repository, paths);
  ladder_test_git_commit (repository, message);
}

static guint
n_changes (LadderReviewDialog *dialog)
{
  GPtrArray *changes = ladder_review_dialog_get_changes (dialog);

  return changes != NULL ? changes->len : G_MAXUINT;
}

typedef struct
{
  LadderReviewDialog *dialog;
  guint               n_changes;
} Expected;

static gboolean
shows (gpointer data)
{
  Expected *expected = data;

  return !ladder_review_dialog_get_busy (expected->dialog)
         && n_changes (expected->dialog) == expected->n_changes;
}

/* Waits, ten seconds at most, until @dialog lists @expected changes. */
static void
assert_shows (LadderReviewDialog *dialog, guint expected)
{
  Expected wait = { dialog, expected };

  spin_until (shows, &wait);
  g_assert_false (ladder_review_dialog_get_busy (dialog));
  g_assert_cmpuint (n_changes (dialog), ==, expected);
}

/* A commit made while the dialog is open: the list follows it. */
static void
test_commit_while_open (void)
{
  g_autofree char *root = NULL;
  g_autoptr (GgitRepository) repository = committed_page (&root);
  LadderWindow       *window = open_page (root);
  LadderReviewDialog *dialog;

  save_grade (window, 12);
  dialog = LADDER_REVIEW_DIALOG (ladder_window_review_changes (window));
  assert_shows (dialog, 1);

  commit_page (repository, "Director: grade 12");
  assert_shows (dialog, 0);

  /* And the next one. */
  save_grade (window, 13);
  assert_shows (dialog, 1);
  commit_page (repository, "Director: grade 13");
  assert_shows (dialog, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_without_saving (window);
  ladder_test_remove_tree (root);
}

/* A commit made between two openings, the dialog closed or left open
 * behind the window: opened again, it compares with the new commit. */
static void
test_commit_between_openings (void)
{
  g_autofree char *root = NULL;
  g_autoptr (GgitRepository) repository = committed_page (&root);
  LadderWindow       *window = open_page (root);
  LadderReviewDialog *dialog;

  save_grade (window, 12);
  dialog = LADDER_REVIEW_DIALOG (ladder_window_review_changes (window));
  assert_shows (dialog, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  commit_page (repository, "Director: grade 12");
  dialog = LADDER_REVIEW_DIALOG (ladder_window_review_changes (window));
  assert_shows (dialog, 0);

  /* Left open: opening it again compares again at once, without waiting
   * for the checkout to be seen to change. */
  save_grade (window, 13);
  assert_shows (dialog, 1);
  commit_page (repository, "Director: grade 13");
  g_assert_true (LADDER_REVIEW_DIALOG (ladder_window_review_changes (window)) == dialog);
  g_assert_true (ladder_review_dialog_get_busy (dialog));
  assert_shows (dialog, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_without_saving (window);
  ladder_test_remove_tree (root);
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = NULL;

  g_test_init (&argc, &argv, NULL);

  /* A home of its own: recent files, drafts and git's configuration. */
  ladder_test_isolate_home ("ladder-test-review-home-XXXXXX");
  home = g_dir_make_tmp ("ladder-test-review-state-XXXXXX", NULL);
  app = start_window_test (home, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();

  g_test_add_func ("/window-review/commit-while-open", test_commit_while_open);
  g_test_add_func ("/window-review/commit-between-openings", test_commit_between_openings);

  return g_test_run ();
}
