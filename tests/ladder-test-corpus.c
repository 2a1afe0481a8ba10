/* ladder-test-corpus.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-test-corpus.h"

#include "ladder-test-skip.h"

const char *
ladder_test_corpus_dir (int *skip_status)
{
  const char *directory = g_getenv ("LADDER_CORPUS_DIR");

  if (directory == NULL || *directory == '\0' || !g_file_test (directory, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *why
          = g_strdup_printf ("no corpus of handbook pages: set LADDER_CORPUS_DIR to a "
                             "folder of job-family pages (%s not found)",
                             directory ? directory : "(unset)");

      *skip_status = ladder_test_skip_status (why);
      return NULL;
    }

  return directory;
}

static void
page_free (gpointer data)
{
  LadderTestPage *page = data;

  g_free (page->name);
  g_free (page->text);
  g_free (page);
}

static int
compare_pages (gconstpointer a, gconstpointer b)
{
  const LadderTestPage *const *first = a;
  const LadderTestPage *const *second = b;

  return g_strcmp0 ((*first)->name, (*second)->name);
}

GPtrArray *
ladder_test_corpus_read (const char *directory)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = g_dir_open (directory, 0, &error);
  GPtrArray  *pages = g_ptr_array_new_with_free_func (page_free);
  const char *entry;

  g_assert_no_error (error);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      LadderTestPage  *page;

      if (!g_str_has_suffix (entry, ".md") || g_str_equal (entry, "README.md")
          || g_str_equal (entry, "VARIANTS.md"))
        continue;

      path = g_build_filename (directory, entry, NULL);
      page = g_new0 (LadderTestPage, 1);
      page->name = g_strdup (entry);
      g_assert_true (g_file_get_contents (path, &page->text, &page->length, &error));
      g_assert_no_error (error);
      g_ptr_array_add (pages, page);
    }

  g_ptr_array_sort (pages, compare_pages);
  g_assert_cmpuint (pages->len, >, 0);
  return pages;
}

void
ladder_test_tally_init (LadderTestTally *tally, const LadderTestLimit *limits, guint n_limits)
{
  *tally = (LadderTestTally){
    .limits = limits,
    .n_limits = n_limits,
    .failures = g_ptr_array_new_with_free_func (g_free),
  };
}

void
ladder_test_tally_add (LadderTestTally *tally, const char *page, const char *what, char *why)
{
  gboolean known = FALSE;

  tally->n_cases++;
  for (guint i = 0; i < tally->n_limits && !known; i++)
    known = g_str_equal (tally->limits[i].page, page) && g_str_equal (tally->limits[i].what, what);

  if (known)
    {
      tally->n_limits_seen++;
      if (why == NULL)
        g_ptr_array_add (
            tally->failures,
            g_strdup_printf ("%s: %s: reopens now, and is no longer a limit", page, what));
    }
  else if (why != NULL)
    g_ptr_array_add (tally->failures, g_strdup_printf ("%s: %s: %s", page, what, why));

  g_free (why);
}

void
ladder_test_tally_check (LadderTestTally *tally, const char *summary)
{
  g_test_message ("%s: %u cases, %u failed, %u known limits", summary, tally->n_cases,
                  tally->failures->len, tally->n_limits_seen);
  for (guint i = 0; i < tally->failures->len; i++)
    g_test_message ("  %s", (const char *) g_ptr_array_index (tally->failures, i));

  g_assert_cmpuint (tally->n_cases, >, 0);
  g_assert_cmpuint (tally->n_limits_seen, ==, tally->n_limits);
  g_assert_cmpuint (tally->failures->len, ==, 0);
  g_clear_pointer (&tally->failures, g_ptr_array_unref);
}
