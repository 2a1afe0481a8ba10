/* ladder-window-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-window.h"

G_BEGIN_DECLS

void ladder_window_start_benchmark (LadderWindow *window);

G_END_DECLS
