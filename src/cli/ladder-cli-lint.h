/* ladder-cli-lint.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `ladder-cli lint`: the handbook checks over pages, Ladder files and
 * folders. Returns the exit status. */
int ladder_cli_lint (int    argc,
                     char **argv);

G_END_DECLS
