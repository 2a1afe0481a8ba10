/* ladder-lint.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-family.h"
#include "ladder-lint-config.h"

G_BEGIN_DECLS

/*
 * Handbook checks: the job-description guidelines, the handbook's Markdown
 * rules as they apply to what Ladder writes, hygiene and inclusive
 * language. A check runs over a family (the model), and each problem names
 * the part of the model it is about (a role, a field, a bullet) and its
 * place in the page the family is written as. See docs/lint.md.
 */

typedef enum
{
  /* In a configuration only: the rule does not run. */
  LADDER_LINT_OFF,
  LADDER_LINT_WARNING,
  LADDER_LINT_ERROR,
} LadderLintSeverity;

/* The part of the model a problem is about. With a role (role >= 0), the
 * role's fields; without, the family's. `index` is the bullet's position
 * in RESPONSIBILITIES or REQUIREMENTS (-1 for the list as a whole), or the
 * section's position in SECTION (the family's sections, or the role's
 * subsections), or the text's in ROLE_TEXT (ladder_role_get_texts (); -1
 * for text between bullets). */
typedef enum
{
  LADDER_LINT_FIELD_PAGE,
  LADDER_LINT_FIELD_FRONT_MATTER,
  LADDER_LINT_FIELD_INTRO,
  LADDER_LINT_FIELD_SECTION,
  LADDER_LINT_FIELD_TITLE,
  LADDER_LINT_FIELD_REPORTS_TO,
  LADDER_LINT_FIELD_GRADE,
  LADDER_LINT_FIELD_EXTENDS,
  LADDER_LINT_FIELD_RESPONSIBILITIES,
  LADDER_LINT_FIELD_REQUIREMENTS,
  /* Markdown of the role that Ladder keeps as it was written. */
  LADDER_LINT_FIELD_ROLE_TEXT,
} LadderLintField;

const char *ladder_lint_severity_to_string (LadderLintSeverity severity);
gboolean    ladder_lint_severity_from_string (const char         *text,
                                              LadderLintSeverity *severity);
const char *ladder_lint_field_to_string    (LadderLintField    field);

typedef struct
{
  const char         *id;
  LadderLintSeverity  severity;
  /* What the rule asks for (translatable, N_()). */
  const char         *summary;
} LadderLintRule;

const LadderLintRule *ladder_lint_get_rules (guint      *n_rules);
const LadderLintRule *ladder_lint_find_rule (const char *id);

#define LADDER_TYPE_LINT_PROBLEM (ladder_lint_problem_get_type ())

G_DECLARE_FINAL_TYPE (LadderLintProblem, ladder_lint_problem, LADDER, LINT_PROBLEM, GObject)

const char         *ladder_lint_problem_get_rule_id      (LadderLintProblem *self);
LadderLintSeverity  ladder_lint_problem_get_severity     (LadderLintProblem *self);
const char         *ladder_lint_problem_get_message      (LadderLintProblem *self);
int                 ladder_lint_problem_get_role         (LadderLintProblem *self);
LadderLintField     ladder_lint_problem_get_field        (LadderLintProblem *self);
int                 ladder_lint_problem_get_index        (LadderLintProblem *self);
/* The place in the page, from 1 (column in characters); 0 when unknown. */
guint               ladder_lint_problem_get_line         (LadderLintProblem *self);
guint               ladder_lint_problem_get_column       (LadderLintProblem *self);
/* How many characters of that line the problem covers (0: a place only). */
guint               ladder_lint_problem_get_length       (LadderLintProblem *self);
/* The byte range in the field's value (a bullet's text, a section's
 * body), for marking it where the field is edited; -1 when the problem is
 * not about a part of the value. */
int                 ladder_lint_problem_get_field_offset (LadderLintProblem *self);
int                 ladder_lint_problem_get_field_length (LadderLintProblem *self);

/* Quick fixes: only where the fix is certain. The label says what the fix
 * does ("Replace with “ambitious”"); NULL without a fix. */
const char         *ladder_lint_problem_get_fix_label    (LadderLintProblem *self);
gboolean            ladder_lint_problem_apply_fix        (LadderLintProblem *self,
                                                          LadderFamily      *family,
                                                          GError           **error);

#define LADDER_TYPE_LINTER (ladder_linter_get_type ())

G_DECLARE_FINAL_TYPE (LadderLinter, ladder_linter, LADDER, LINTER, GObject)

/* The word lists are read from @data_dir, or with NULL from
 * ladder_lint_data_dir(). */
LadderLinter *ladder_linter_new   (const char        *data_dir,
                                   GError           **error);
/* Checks @family. @config may be NULL (every rule at its own severity);
 * @path is the page's or file's path, for the configuration's exemptions.
 * Returns the problems in page order. */
GPtrArray    *ladder_linter_check (LadderLinter      *self,
                                   LadderFamily      *family,
                                   LadderLintConfig  *config,
                                   const char        *path);

/* Where the word lists are: $LADDER_LINT_DATA_DIR, the source tree for a
 * program run from its build tree, or the installed data folder. */
char         *ladder_lint_data_dir (void);

G_END_DECLS
