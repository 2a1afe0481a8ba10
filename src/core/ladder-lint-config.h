/* ladder-lint-config.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * A project's settings for the handbook checks: `.ladder.json` at the root
 * of a handbook checkout or beside a page (docs/lint.md, schema in
 * data/ladder-config.schema.json). It turns rules off, changes their
 * severity, exempts pages from rules, and adds words to the word lists or
 * takes words out of them.
 */

#define LADDER_LINT_CONFIG_NAME ".ladder.json"

#define LADDER_TYPE_LINT_CONFIG (ladder_lint_config_get_type ())

G_DECLARE_FINAL_TYPE (LadderLintConfig, ladder_lint_config, LADDER, LINT_CONFIG, GObject)

LadderLintConfig *ladder_lint_config_new (void);
LadderLintConfig *ladder_lint_config_load (const char *path, GError **error);
LadderLintConfig *
ladder_lint_config_load_data (const char *data, gsize length, const char *path, GError **error);
/* The settings for the page or file at @path: every `.ladder.json` from
 * the root of the checkout it is in (the folder holding `.git`) down to
 * its own folder, the nearer overriding the farther. A page outside any
 * checkout gets the one beside it, if any. Never NULL but on error. */
LadderLintConfig *ladder_lint_config_find (const char *path, GError **error);
/* Applies @other's settings over @self's. */
void ladder_lint_config_merge (LadderLintConfig *self, LadderLintConfig *other);
/* Whether an exemption of this configuration covers @rule in the page or
 * file at @path. */
gboolean
ladder_lint_config_is_exempt (LadderLintConfig *config, const char *rule, const char *path);
/* The files this configuration was read from, farthest first. */
const char *const *ladder_lint_config_get_sources (LadderLintConfig *self);

G_END_DECLS
