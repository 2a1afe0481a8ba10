/* ladder-cli-diff.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `ladder-cli diff`: argv[0] is "diff". Returns the exit status. */
int ladder_cli_diff (int    argc,
                     char **argv);

G_END_DECLS
