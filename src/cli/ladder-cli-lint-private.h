/* ladder-cli-lint-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ladder-family.h"
#include "ladder-lint.h"

G_BEGIN_DECLS

/* How `ladder-cli lint` reports (ladder-cli-lint.c), shared with the
 * checks of family folders (ladder-cli-lint-folder.c). */

typedef enum
{
  FORMAT_TEXT,
  FORMAT_JSON,
  FORMAT_GITLAB,
} LadderLintFormat;

typedef struct
{
  LadderLinter    *linter;
  LadderLintFormat format;
  /* The settings given on the command line, or NULL to look for them
   * beside each file; with --no-config, an empty one. */
  LadderLintConfig *config;
  GHashTable       *configs;         /* folder → LadderLintConfig */
  GHashTable       *folders_checked; /* the family folders checked, by canonical path */
  /* The folders of the pages given alone, each looked at once: folder →
   * its family's pages (a set of paths), or NULL when it is no family. */
  GHashTable  *family_pages;
  JsonBuilder *report;
  guint        n_errors;
  guint        n_warnings;
  guint        n_files;
  gboolean     unreadable;
} LadderLintRun;

/* Where a problem is shown: a line and a column of a file, from 1 (0 when
 * unknown), and how many characters of that line it covers. */
typedef struct
{
  guint line;
  guint column;
  guint length;
} LadderLintPlace;

LadderLintConfig *ladder_cli_lint_config_for (LadderLintRun *run, const char *path, GError **error);
const char       *ladder_cli_lint_shown_path (const char *path);
void              ladder_cli_lint_print_error (const char *message);
void              ladder_cli_lint_report (LadderLintRun         *run,
                                          const char            *path,
                                          const LadderLintPlace *place,
                                          LadderFamily          *family,
                                          LadderLintProblem     *problem);

gboolean
     ladder_cli_lint_is_family_folder (const char *folder, GPtrArray *entries, GHashTable *members);
void ladder_cli_lint_folder (LadderLintRun *run, const char *folder_path);

G_END_DECLS
