/* ladder-test-corpus.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A page of the corpus, read. */
typedef struct
{
  char *name;
  char *text;
  gsize length;
} LadderTestPage;

/* The folder of corpus pages (LADDER_CORPUS_DIR), or NULL after saying
 * why there is none: the caller then returns ladder_test_skip_status()'s
 * answer, in @skip_status. */
const char *ladder_test_corpus_dir (int *skip_status);

/* The job-family pages of @directory (not its README.md and VARIANTS.md),
 * in the order of their names; at least one. */
GPtrArray *ladder_test_corpus_read (const char *directory);

/* A case known to fail, and why: a page whose words stand where its
 * headings do not say. */
typedef struct
{
  const char *page;
  const char *what;
  const char *why;
} LadderTestLimit;

/* The cases of a test over the corpus: what failed, and the known limits
 * seen. */
typedef struct
{
  const LadderTestLimit *limits;
  guint                  n_limits;
  GPtrArray             *failures;
  guint                  n_cases;
  guint                  n_limits_seen;
} LadderTestTally;

void ladder_test_tally_init (LadderTestTally *tally, const LadderTestLimit *limits, guint n_limits);
/* Counts the case @what of @page, which failed for @why (taken; NULL when
 * it passed). A known limit must fail: one that passes is a failure too,
 * so that the list stays true. */
void ladder_test_tally_add (LadderTestTally *tally, const char *page, const char *what, char *why);
/* Says @summary and the failures, and asserts that there were cases, no
 * failure, and every known limit. */
void ladder_test_tally_check (LadderTestTally *tally, const char *summary);

G_END_DECLS
