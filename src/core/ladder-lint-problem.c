/* ladder-lint-problem.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/*
 * The rules, their ids and severities, and the problems the checks find:
 * each a small immutable object (read-only properties, for binding a
 * checks panel's rows to it) that may carry a quick fix.
 */

static const LadderLintRule rules[] = {
  /* The job-description guidelines */
  { "front-matter-title", LADDER_LINT_ERROR, N_ ("The front matter gives the page a title") },
  { "ability-to-use-gitlab", LADDER_LINT_ERROR,
    N_ ("Every role’s requirements include “Ability to use GitLab”") },
  { "missing-responsibilities", LADDER_LINT_ERROR, N_ ("Every role has responsibilities") },
  { "missing-requirements", LADDER_LINT_ERROR, N_ ("Every role has requirements") },
  { "missing-job-grade", LADDER_LINT_ERROR, N_ ("Every level has a job grade") },
  { "missing-performance-indicators", LADDER_LINT_ERROR,
    N_ ("The family has performance indicators") },
  { "missing-hiring-process", LADDER_LINT_ERROR, N_ ("The family has a hiring process") },
  { "grade-order", LADDER_LINT_WARNING, N_ ("Levels ascend: grades never decrease down the page") },
  { "grade-link", LADDER_LINT_WARNING, N_ ("A job grade links to the job grades table") },
  { "extends-unknown-level", LADDER_LINT_ERROR,
    N_ ("“Extends the …” names a level of the family") },
  { "extends-missing", LADDER_LINT_WARNING,
    N_ ("Where the page uses “Extends the …”, each higher level’s list begins with it") },
  { "reports-to-unknown", LADDER_LINT_WARNING,
    N_ ("The reports-to line names a role of the family, or links to it") },
  { "reports-to-twice", LADDER_LINT_WARNING, N_ ("A role says whom it reports to once") },
  { "location-requirement", LADDER_LINT_WARNING,
    N_ ("No location requirements: GitLab is all-remote") },
  { "years-of-experience", LADDER_LINT_ERROR, N_ ("No years of experience for grades 4 and 5") },
  { "years-of-experience-count", LADDER_LINT_WARNING,
    N_ ("Prefer skills to counts of years of experience") },
  { "vacancy-ad", LADDER_LINT_WARNING,
    N_ ("A job family describes the job; it is not a vacancy ad") },
  { "pi-count", LADDER_LINT_WARNING, N_ ("Three to five performance indicators") },
  { "pi-unlinked", LADDER_LINT_WARNING, N_ ("Each performance indicator links to its definition") },
  { "pi-per-level-and-family", LADDER_LINT_WARNING,
    N_ ("Performance indicators per level or once for the family, not both") },
  { "empty-section", LADDER_LINT_WARNING, N_ ("No empty Levels, Specialties or Segment sections") },
  { "automatic-section", LADDER_LINT_ERROR,
    N_ ("No Compensation or About GitLab section: the handbook adds them") },
  { "hiring-page-link", LADDER_LINT_WARNING, N_ ("The hiring process links to the hiring page") },
  { "screening-call", LADDER_LINT_WARNING, N_ ("The hiring process keeps the screening call") },
  /* The handbook's Markdown rules */
  { "heading-link", LADDER_LINT_WARNING, N_ ("No links in headings") },
  { "reference-link", LADDER_LINT_WARNING, N_ ("No reference-style link definitions") },
  { "absolute-handbook-link", LADDER_LINT_WARNING, N_ ("Handbook links are relative") },
  { "handbook-link-prefix", LADDER_LINT_WARNING,
    N_ ("Links into the handbook start with /handbook/") },
  { "heading-length", LADDER_LINT_WARNING, N_ ("Headings are at most 100 characters") },
  { "heading-punctuation", LADDER_LINT_WARNING, N_ ("Headings do not end in punctuation") },
  { "heading-in-text", LADDER_LINT_WARNING,
    N_ ("No heading in a text field that would start a section of its own") },
  /* Hygiene */
  { "duplicate-bullet", LADDER_LINT_WARNING, N_ ("No bullet twice in one list") },
  { "empty-bullet", LADDER_LINT_WARNING, N_ ("No empty bullets") },
  { "doubled-space", LADDER_LINT_WARNING, N_ ("No doubled spaces") },
  { "trailing-space", LADDER_LINT_WARNING, N_ ("No spaces at the end of a line") },
  /* Inclusive language */
  { "gendered-pronoun", LADDER_LINT_WARNING, N_ ("No gendered pronouns") },
  { "gendered-address", LADDER_LINT_WARNING, N_ ("No gendered forms of address") },
  { "misused-term", LADDER_LINT_WARNING,
    N_ ("No terms the handbook’s inclusive language guidance replaces") },
  { "gender-coded", LADDER_LINT_WARNING,
    N_ ("No more masculine-coded than feminine-coded words in a role") },
};

const LadderLintRule *
ladder_lint_get_rules (guint *n_rules)
{
  if (n_rules != NULL)
    *n_rules = G_N_ELEMENTS (rules);

  return rules;
}

const LadderLintRule *
ladder_lint_find_rule (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_strcmp0 (rules[i].id, id) == 0)
      return &rules[i];

  return NULL;
}

const char *
ladder_lint_severity_to_string (LadderLintSeverity severity)
{
  switch (severity)
    {
    case LADDER_LINT_ERROR:
      return "error";
    case LADDER_LINT_WARNING:
      return "warning";
    case LADDER_LINT_OFF:
    default:
      return "off";
    }
}

gboolean
ladder_lint_severity_from_string (const char *text, LadderLintSeverity *severity)
{
  if (g_strcmp0 (text, "error") == 0)
    *severity = LADDER_LINT_ERROR;
  else if (g_strcmp0 (text, "warning") == 0)
    *severity = LADDER_LINT_WARNING;
  else if (g_strcmp0 (text, "off") == 0)
    *severity = LADDER_LINT_OFF;
  else
    return FALSE;

  return TRUE;
}

const char *
ladder_lint_field_to_string (LadderLintField field)
{
  static const char *names[] = {
    "page",    "front-matter",     "intro",        "section",   "title", "reports-to", "grade",
    "extends", "responsibilities", "requirements", "role-text",
  };

  if ((guint) field >= G_N_ELEMENTS (names))
    return "page";

  return names[field];
}

/* ------------------------------------------------------------------ */
/* Problems                                                             */

struct _LadderLintProblem
{
  GObject            parent_instance;
  const char        *rule_id;
  LadderLintSeverity severity;
  char              *message;
  int                role;
  LadderLintField    field;
  int                index;
  guint              line;
  guint              column;
  guint              length;
  int                field_offset;
  int                field_length;
  gsize              page_offset;
  /* The quick fix */
  LintFixKind fix_kind;
  char       *fix_property;
  /* A GRefString, shared by the problems found in one value. */
  char *fix_old;
  /* The new value; or with fix_splice, what replaces fix_start..fix_end
   * of the old one. */
  char    *fix_new;
  gboolean fix_splice;
  gsize    fix_start;
  gsize    fix_end;
  char    *fix_label;
};

G_DEFINE_FINAL_TYPE (LadderLintProblem, ladder_lint_problem, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_RULE_ID,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_ROLE,
  PROP_FIELD,
  PROP_INDEX,
  PROP_LINE,
  PROP_COLUMN,
  PROP_FIX_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ladder_lint_problem_finalize (GObject *object)
{
  LadderLintProblem *self = (LadderLintProblem *) object;

  g_free (self->message);
  g_free (self->fix_property);
  g_clear_pointer (&self->fix_old, g_ref_string_release);
  g_free (self->fix_new);
  g_free (self->fix_label);

  G_OBJECT_CLASS (ladder_lint_problem_parent_class)->finalize (object);
}

static void
ladder_lint_problem_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderLintProblem *self = LADDER_LINT_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_RULE_ID:
      g_value_set_string (value, self->rule_id);
      break;
    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_ROLE:
      g_value_set_int (value, self->role);
      break;
    case PROP_FIELD:
      g_value_set_int (value, self->field);
      break;
    case PROP_INDEX:
      g_value_set_int (value, self->index);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;
    case PROP_FIX_LABEL:
      g_value_set_string (value, self->fix_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_lint_problem_class_init (LadderLintProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ladder_lint_problem_finalize;
  object_class->get_property = ladder_lint_problem_get_property;

  /* A problem does not change once found: the properties are read-only,
   * for binding list rows to them. */
  properties[PROP_RULE_ID] = g_param_spec_string ("rule-id", NULL, NULL, NULL, flags);
  properties[PROP_SEVERITY] = g_param_spec_int ("severity", NULL, NULL, LADDER_LINT_OFF,
                                                LADDER_LINT_ERROR, LADDER_LINT_WARNING, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_ROLE] = g_param_spec_int ("role", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_FIELD]
      = g_param_spec_int ("field", NULL, NULL, 0, LADDER_LINT_FIELD_ROLE_TEXT, 0, flags);
  properties[PROP_INDEX] = g_param_spec_int ("index", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_COLUMN] = g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_FIX_LABEL] = g_param_spec_string ("fix-label", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_lint_problem_init (LadderLintProblem *self)
{
  self->role = -1;
  self->index = -1;
  self->field_offset = -1;
  self->field_length = -1;
}

const char *
ladder_lint_problem_get_rule_id (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), NULL);
  return self->rule_id;
}

LadderLintSeverity
ladder_lint_problem_get_severity (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), LADDER_LINT_OFF);
  return self->severity;
}

const char *
ladder_lint_problem_get_message (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), NULL);
  return self->message;
}

int
ladder_lint_problem_get_role (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), -1);
  return self->role;
}

LadderLintField
ladder_lint_problem_get_field (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), LADDER_LINT_FIELD_PAGE);
  return self->field;
}

int
ladder_lint_problem_get_index (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), -1);
  return self->index;
}

guint
ladder_lint_problem_get_line (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), 0);
  return self->line;
}

guint
ladder_lint_problem_get_column (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), 0);
  return self->column;
}

guint
ladder_lint_problem_get_length (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), 0);
  return self->length;
}

int
ladder_lint_problem_get_field_offset (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), -1);
  return self->field_offset;
}

int
ladder_lint_problem_get_field_length (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), -1);
  return self->field_length;
}

const char *
ladder_lint_problem_get_fix_label (LadderLintProblem *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), NULL);
  return self->fix_kind != LINT_FIX_NONE ? self->fix_label : NULL;
}

void
ladder_lint_problem_set_fix (LadderLintProblem *problem,
                             LintFixKind        kind,
                             const char        *property,
                             const char        *old_value,
                             const char        *new_value,
                             const char        *label)
{
  if (problem == NULL)
    return;

  problem->fix_kind = kind;
  g_free (problem->fix_property);
  problem->fix_property = g_strdup (property);
  g_clear_pointer (&problem->fix_old, g_ref_string_release);
  problem->fix_old = old_value != NULL ? g_ref_string_new (old_value) : NULL;
  g_free (problem->fix_new);
  problem->fix_new = g_strdup (new_value);
  problem->fix_splice = FALSE;
  g_free (problem->fix_label);
  problem->fix_label = g_strdup (label);
}

void
ladder_lint_problem_set_fix_splice (LadderLintProblem *problem,
                                    const char        *property,
                                    char              *old_value,
                                    gsize              start,
                                    gsize              end,
                                    const char        *replacement,
                                    const char        *label)
{
  if (problem == NULL)
    return;

  ladder_lint_problem_set_fix (problem, LINT_FIX_SET_TEXT, property, NULL, replacement, label);
  problem->fix_old = g_ref_string_acquire (old_value);
  problem->fix_splice = TRUE;
  problem->fix_start = start;
  problem->fix_end = end;
}

void
ladder_lint_problem_get_fix (LadderLintProblem *self,
                             LintFixKind       *kind,
                             const char       **property,
                             const char       **old_value,
                             char             **new_value)
{
  *kind = self->fix_kind;
  *property = self->fix_property;
  *old_value = self->fix_old;

  if (self->fix_splice)
    {
      GString *spliced = g_string_new_len (self->fix_old, (gssize) self->fix_start);

      g_string_append (spliced, self->fix_new);
      g_string_append (spliced, self->fix_old + self->fix_end);
      *new_value = g_string_free (spliced, FALSE);
    }
  else
    {
      *new_value = g_strdup (self->fix_new);
    }
}

/* A problem, as the checks report it; @message is taken. */
LadderLintProblem *
ladder_lint_problem_new (const char        *rule_id,
                         LadderLintSeverity severity,
                         char              *message,
                         int                role,
                         LadderLintField    field,
                         int                index,
                         guint              line,
                         guint              column,
                         guint              length,
                         gsize              page_offset)
{
  LadderLintProblem *self = g_object_new (LADDER_TYPE_LINT_PROBLEM, NULL);

  self->rule_id = rule_id;
  self->severity = severity;
  self->message = message;
  self->role = role;
  self->field = field;
  self->index = index;
  self->line = line;
  self->column = column;
  self->length = length;
  self->page_offset = page_offset;

  return self;
}

void
ladder_lint_problem_set_field_range (LadderLintProblem *self, int offset, int length)
{
  self->field_offset = offset;
  self->field_length = length;
}

gsize
ladder_lint_problem_get_page_offset (LadderLintProblem *self)
{
  return self->page_offset;
}
