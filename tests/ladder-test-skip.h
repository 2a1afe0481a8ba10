/* ladder-test-skip.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* How a test that cannot do its real check ends: a skip (exit status 77)
 * with the reason on a developer's machine, a failure under CI (`CI` set),
 * so that a green CI always means the check ran. */
static inline gboolean
ladder_test_under_ci (void)
{
  const char *ci = g_getenv ("CI");

  return ci != NULL && *ci != '\0' && g_strcmp0 (ci, "0") != 0 && g_strcmp0 (ci, "false") != 0;
}

static inline int
ladder_test_skip_status (const char *why)
{
  if (ladder_test_under_ci ())
    {
      g_printerr ("FAIL: cannot run under CI: %s\n", why);
      return 1;
    }

  g_printerr ("SKIP: %s\n", why);
  return 77;
}

/* Inside a GTest case: g_test_skip() outside CI, a failure under it. */
static inline void
ladder_test_skip_case (const char *why)
{
  if (ladder_test_under_ci ())
    {
      g_test_message ("cannot run under CI: %s", why);
      g_test_fail ();
      return;
    }

  g_test_skip (why);
}
