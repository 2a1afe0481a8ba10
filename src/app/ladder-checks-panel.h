/* ladder-checks-panel.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-lint-runner.h"

G_BEGIN_DECLS

#define LADDER_TYPE_CHECKS_PANEL (ladder_checks_panel_get_type ())

G_DECLARE_FINAL_TYPE (LadderChecksPanel, ladder_checks_panel, LADDER, CHECKS_PANEL, GtkWidget)

GtkWidget        *ladder_checks_panel_new (void);
LadderLintRunner *ladder_checks_panel_get_runner (LadderChecksPanel *self);
void ladder_checks_panel_set_runner (LadderChecksPanel *self, LadderLintRunner *runner);
/* The row showing the problem at @position of the runner's problems
 * (rows are made only while the panel is on show). */
GtkWidget *ladder_checks_panel_get_row (LadderChecksPanel *self, guint position);

/* Where in the family @problem is, for people: "Senior Manager ›
 * Requirements › 3", "Introduction". */
char *ladder_checks_describe_place (LadderFamily *family, LadderLintProblem *problem);

G_END_DECLS
