/* ladder-problem-count.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ladder-problem-count.h"

/*
 * What the handbook checks found, in words, as the checks button, the
 * checks panel and the workspace list say it: "2 errors, 5 warnings",
 * "1 warning", "No problems". Each count is a whole phrase of its own, so
 * that a language can inflect it; only the list of them is joined.
 */

char *
ladder_problem_count_text (guint n_errors, guint n_warnings)
{
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;

  if (n_errors == 0 && n_warnings == 0)
    /* TRANSLATORS: what the handbook checks found: nothing */
    return g_strdup (_ ("No problems"));

  /* TRANSLATORS: what the handbook checks found */
  errors = g_strdup_printf (ngettext ("%u error", "%u errors", n_errors), n_errors);
  /* TRANSLATORS: what the handbook checks found */
  warnings = g_strdup_printf (ngettext ("%u warning", "%u warnings", n_warnings), n_warnings);

  if (n_warnings == 0)
    return g_steal_pointer (&errors);
  if (n_errors == 0)
    return g_steal_pointer (&warnings);

  /* TRANSLATORS: two counts of what the handbook checks found, joined:
   * "2 errors, 3 warnings" */
  return g_strdup_printf (C_ ("problem counts", "%s, %s"), errors, warnings);
}
