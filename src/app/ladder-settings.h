/* ladder-settings.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The application's settings, or NULL when its schema is not installed
 * (an uninstalled build): the program then runs with its defaults rather
 * than aborting, as g_settings_new() would. */
GSettings *ladder_settings_new (void);

G_END_DECLS
