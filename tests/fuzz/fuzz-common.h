/* fuzz-common.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the libFuzzer harnesses share: GLib warnings and criticals are bugs
 * too, and a failed check prints what differed before aborting. */

#pragma once

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ladder-error.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  (void) argc;
  (void) argv;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void G_GNUC_NORETURN
fuzz_fail (const char *what,
           const char *expected,
           gsize       expected_length,
           const char *found,
           gsize       found_length)
{
  gsize at = 0;

  while (at < expected_length && at < found_length && expected[at] == found[at])
    at++;

  fprintf (stderr, "%s: %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT " bytes, first difference at byte %"
           G_GSIZE_FORMAT "\n", what, expected_length, found_length, at);
  abort ();
}

static void
fuzz_check_same (const char *what,
                 const char *expected,
                 gsize       expected_length,
                 const char *found,
                 gsize       found_length)
{
  if (expected_length != found_length || memcmp (expected, found, expected_length) != 0)
    fuzz_fail (what, expected, expected_length, found, found_length);
}

/* A refusal must be a LadderError naming the file. */
static void
fuzz_check_error (GError     *error,
                  const char *filename)
{
  gsize length = strlen (filename);

  if (error == NULL || error->domain != LADDER_ERROR
      || strncmp (error->message, filename, length) != 0 || error->message[length] != ':')
    {
      fprintf (stderr, "not a Ladder error naming %s: %s\n", filename,
               error != NULL ? error->message : "(no error)");
      abort ();
    }
}
