/* ladder-lint-grades.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-markdown-blocks.h"

/*
 * The guidelines about grades: every level has one (where the page gives
 * its grades role by role), grades ascend down each track, and a grade
 * links to the job grades table.
 */

static gboolean
region_has_grade (LintContext*context,
                  guint       region)
{
  for (guint r = 0; r < context->roles->len; r++)
    {
      LadderRole *role = g_ptr_array_index (context->roles, r);

      if (ladder_role_get_region (role) == region
          && ladder_role_get_job_grade (role) != LADDER_GRADE_NONE)
        return TRUE;
    }

  return FALSE;
}

/* "grade 9", "Grade 5", "grade [9": a grade number in Markdown. */
static gboolean
text_mentions_grade (const char*text,
                     gsize      length)
{
  const char *end = text + length;

  for (const char *p = text; p + 5 <= end; p++)
    {
      const char *q;

      p = memchr (p, 'r', (gsize) (end - p));
      if (p == NULL)
        break;
      if (p == text || (p[-1] != 'g' && p[-1] != 'G') || p + 4 > end
          || g_ascii_strncasecmp (p, "rade", 4) != 0)
        continue;

      q = p + 4;
      while (q < end && (*q == ' ' || *q == '[' || *q == '#'))
        q++;
      if (q < end && g_ascii_isdigit (*q))
        return TRUE;
    }

  return FALSE;
}

/* A grade the page gives in words Ladder does not read as the role's
 * ("is [Job Grade 11]" under a heading of its own, "is a grade 9 and
 * reports to …"). */
static gboolean
role_mentions_grade (LintContext*context,
                     guint       role)
{
  LintRoleBlocks *blocks = &context->role_blocks[role];

  for (int b = blocks->first; b >= 0 && b <= blocks->last; b++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, (guint) b);

      if (block->kind != LADDER_PAGE_BLOCK_BULLET && block->kind != LADDER_PAGE_BLOCK_EXTENDS
          && text_mentions_grade (context->page + block->offset, block->length))
        return TRUE;
    }

  return FALSE;
}

/* The page's headings that speak of a grade, lowercase: read once, and
 * only when a role lacks its grade. */
static GPtrArray *
grade_headings (LintContext *context)
{
  GPtrArray *headings = g_ptr_array_new_with_free_func (g_free);
  LintLines lines;
  const char *line;
  gsize length, start;
  gboolean code;

  ladder_lint_lines_init (&lines, context->page, context->page_length);
  while (ladder_lint_lines_next (&lines, &line, &length, &code))
    if (!code && ladder_lint_is_heading_line (line, length, &start)
        && ladder_lint_contains_folded (line + start, length - start, "grade"))
      g_ptr_array_add (headings,
                       ladder_lint_casefold_trim (line + start, (gssize) (length - start)));

  return headings;
}

/* Whether the page has a heading "<title> Job Grade" that Ladder did not
 * read as the role's (it stands among another role's parts). */
static gboolean
has_grade_heading_for (GPtrArray *headings,
                       const char*title)
{
  g_autofree char *wanted = ladder_lint_casefold_trim (title, -1);

  if (*wanted == '\0')
    return FALSE;

  for (guint i = 0; i < headings->len; i++)
    {
      const char *heading = g_ptr_array_index (headings, i);

      if (g_str_has_prefix (heading, wanted) && strstr (heading + strlen (wanted), "grade") != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Whether the page gives the grades of its levels in one place: a "Job
 * Grade" part of a description of the whole family, or a section of its
 * own. */
static gboolean
family_gives_grades (LintGuide *guide)
{
  LintContext *context = guide->context;

  for (guint r = 0; r < context->roles->len; r++)
    if (guide->kinds[r] == LINT_ROLE_FAMILY && context->role_blocks[r].part_heading[0] >= 0)
      return TRUE;

  for (guint s = 0; s < context->sections->len; s++)
    {
      g_autofree char *heading = ladder_lint_casefold_trim (
        ladder_section_get_heading (g_ptr_array_index (context->sections, s)), -1);

      if (strstr (heading, "grade") != NULL)
        return TRUE;
    }

  /* A table or list of the levels and their grades. */
  for (guint i = 0; i < context->map->len; i++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, i);

      if (block->role < 0 && block->kind != LADDER_PAGE_BLOCK_FRONT_MATTER
          && text_mentions_grade (context->page + block->offset, block->length))
        return TRUE;
    }

  return FALSE;
}

static void
check_missing_grades (LintGuide *guide)
{
  LintContext *context = guide->context;
  g_autoptr (GPtrArray) headings = NULL;
  gboolean any_grade = FALSE;

  if (!ladder_lint_wants (context, "missing-job-grade") || family_gives_grades (guide))
    return;

  for (guint r = 0; r < context->roles->len; r++)
    any_grade
        |= ladder_role_get_job_grade (g_ptr_array_index (context->roles, r)) != LADDER_GRADE_NONE;

  for (guint r = 0; r < context->roles->len; r++)
    {
      LadderRole *role = g_ptr_array_index (context->roles, r);
      const char *title = ladder_role_get_title (role);
      int heading = context->role_blocks[r].part_heading[0];

      if (guide->kinds[r] != LINT_ROLE_LEVEL
          || ladder_role_get_job_grade (role) != LADDER_GRADE_NONE
          || role_mentions_grade (context, r))
        continue;

      if (headings == NULL)
        headings = grade_headings (context);
      if (has_grade_heading_for (headings, title))
        continue;

      /* A run of roles none of which has a grade, where other roles have
       * theirs, is not a run of levels. */
      if (heading < 0 && any_grade && !region_has_grade (context, ladder_role_get_region (role)))
        continue;

      if (heading >= 0)
        ladder_lint_report (
            context, "missing-job-grade", ladder_lint_block (context, (guint) heading)->offset, 0,
            (int) r, LADDER_LINT_FIELD_GRADE, -1,
            /* TRANSLATORS: %s is a role's title */
            _("The Job Grade of “%s” gives no grade number: write “The %s is a grade N.”"), title,
            title);
      else
        ladder_lint_report (context, "missing-job-grade", ladder_lint_role_place (context, r), 0,
                            (int) r, LADDER_LINT_FIELD_GRADE, -1,
                            _("“%s” has no job grade: add its grade"), title);
    }
}

static void
check_order_and_links (LintGuide *guide)
{
  LintContext *context = guide->context;
  gboolean order = ladder_lint_wants (context, "grade-order");
  gboolean link = ladder_lint_wants (context, "grade-link");
  /* Per run of roles and track: the highest grade so far. Tracks are
   * compared apart: a page may list its individual contributors and then
   * its managers. */
  g_autoptr (GHashTable) highest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint r = 0; r < context->roles->len; r++)
    {
      LadderRole *role = g_ptr_array_index (context->roles, r);
      int grade = ladder_role_get_job_grade (role);
      int block = context->role_blocks[r].grade;
      g_autofree char *track = ladder_lint_track_of (guide, r);
      g_autofree char *region = g_strdup_printf ("%u %s", ladder_role_get_region (role), track);
      gpointer found;
      gsize place;

      if (grade == LADDER_GRADE_NONE)
        continue;

      place = block >= 0 ? ladder_lint_block (context, (guint) block)->offset
                         : ladder_lint_role_place (context, r);

      if (order && guide->kinds[r] == LINT_ROLE_LEVEL)
        {
          if (g_hash_table_lookup_extended (highest, region, NULL, &found))
            {
              LadderRole *above = g_ptr_array_index (context->roles, GPOINTER_TO_UINT (found));

              if (grade < ladder_role_get_job_grade (above))
                ladder_lint_report (
                    context, "grade-order", place, 0, (int) r, LADDER_LINT_FIELD_GRADE, -1,
                    /* TRANSLATORS: grade numbers and role titles */
                    _("Grade %d of “%s” comes after grade %d of “%s”: list the levels from the "
                       "lowest grade to the highest"),
                    grade, ladder_role_get_title (role), ladder_role_get_job_grade (above),
                    ladder_role_get_title (above));
              else
                g_hash_table_insert (highest, g_strdup (region), GUINT_TO_POINTER (r));
            }
          else
            {
              g_hash_table_insert (highest, g_strdup (region), GUINT_TO_POINTER (r));
            }
        }

      if (link && block >= 0)
        {
          const char *target = ladder_role_get_grade_link (role);
          LadderLintProblem *problem;

          if (target != NULL
              && (strstr (target, "compensation-calculator") != NULL
                  || strstr (target, "job-grades") != NULL))
            continue;

          if (target == NULL || *target == '\0')
            problem = ladder_lint_report (
                context, "grade-link", place, 0, (int) r, LADDER_LINT_FIELD_GRADE, -1,
                _("The grade is not linked: link it to the job grades table"));
          else
            problem = ladder_lint_report (
                context, "grade-link", place, 0, (int) r, LADDER_LINT_FIELD_GRADE, -1,
                /* TRANSLATORS: %s is a link destination */
                _("The grade links to “%s”: link it to the job grades table"), target);

          ladder_lint_problem_set_fix (problem, LINT_FIX_SET_TEXT, "grade-link", target,
                                       LADDER_DEFAULT_GRADE_LINK,
                                       /* TRANSLATORS: a quick fix */
                                       _("Link the grade to the job grades table"));
        }
    }
}

void
ladder_lint_check_grades (LintGuide *guide)
{
  check_missing_grades (guide);
  check_order_and_links (guide);
}
