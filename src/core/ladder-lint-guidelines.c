/* ladder-lint-guidelines.c
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
 * The handbook's guidelines for job descriptions: what a family must have
 * (a title, responsibilities, requirements and a grade for each role,
 * performance indicators, a hiring process), how its levels relate
 * (ascending grades, "Extends the …" naming a level that exists, a manager
 * that is a role of the family or a link), and what it must not say
 * (location requirements, years of experience for the first grades).
 */

#define GITLAB_REQUIREMENT "Ability to use GitLab"

/* ------------------------------------------------------------------ */
/* Front matter and the family's parts                                  */

static gsize
body_offset (LintContext *context)
{
  for (guint i = 0; i < context->map->len; i++)
    if (ladder_lint_block (context, i)->kind != LADDER_PAGE_BLOCK_FRONT_MATTER)
      return ladder_lint_block (context, i)->offset;

  return 0;
}

static void
check_title (LintContext *context)
{
  if (*ladder_family_get_title (context->family) != '\0')
    return;

  ladder_lint_report (context, "front-matter-title", 0, 0, -1, LADDER_LINT_FIELD_FRONT_MATTER, -1,
                      _ ("The front matter has no title: add “title:” with the family’s name"));
}

/* The page's headings, lowercase, one a line: what the family's parts are
 * looked for in. */
static char *
page_headings (LintContext *context)
{
  GString    *out = g_string_new (NULL);
  LintLines   lines;
  const char *line;
  gsize       length;
  gboolean    code;

  ladder_lint_lines_init (&lines, context->page, context->page_length);
  while (ladder_lint_lines_next (&lines, &line, &length, &code))
    {
      gsize start;

      if (!code && ladder_lint_is_heading_line (line, length, &start))
        {
          for (gsize i = start; i < length; i++)
            g_string_append_c (out, g_ascii_tolower (line[i]));
          g_string_append_c (out, '\n');
        }
    }

  return g_string_free (out, FALSE);
}

static gboolean
holds_any (const char *headings, const char *const words[])
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (headings, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Whether the page includes, with a Hugo shortcode, a shared page whose
 * name holds @word. */
static gboolean
page_includes (LintContext *context, const char *word)
{
  const char *end = context->page + context->page_length;

  for (const char *p = g_strstr_len (context->page, (gssize) context->page_length, "{{"); p != NULL;
       p = g_strstr_len (p + 2, end - p - 2, "{{"))
    {
      const char      *close = g_strstr_len (p, end - p, "}}");
      g_autofree char *shortcode = NULL;

      if (close == NULL)
        break;
      shortcode = g_ascii_strdown (p, close - p);
      if (strstr (shortcode, "job-families/") != NULL && strstr (shortcode, word) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_list (LintContext *context, LadderBulletList list)
{
  for (guint r = 0; r < context->roles->len; r++)
    {
      LintRoleBlocks *blocks = &context->role_blocks[r];

      if (blocks->bullets[list]->len > 0 || blocks->extends[list] >= 0
          || blocks->part_heading[list + 1] >= 0)
        return TRUE;
    }

  return FALSE;
}

/* What every family has: responsibilities and requirements (for each
 * level, or for all of them), performance indicators, a hiring process. */
static void
check_family_parts (LintContext *context)
{
  /* A heading misspelt ("Responsbilities") still says what it is. */
  static const char *const responsibilities[]
      = { "respons", "what you’ll do", "what you'll do", NULL };
  static const char *const requirements[]
      = { "requir", "what you’ll bring", "what you'll bring", NULL };
  static const char *const indicators[] = { "performance indicator", "kpi", NULL };
  static const char *const hiring[] = { "hiring process", NULL };
  gsize                    body = body_offset (context);
  g_autofree char         *headings = page_headings (context);

  if (ladder_lint_wants (context, "missing-responsibilities")
      && !has_list (context, LADDER_BULLET_LIST_RESPONSIBILITIES)
      && !holds_any (headings, responsibilities))
    ladder_lint_report (context, "missing-responsibilities", body, 0, -1, LADDER_LINT_FIELD_PAGE,
                        -1, _ ("The family has no responsibilities: add a Responsibilities list"));

  if (ladder_lint_wants (context, "missing-requirements")
      && !has_list (context, LADDER_BULLET_LIST_REQUIREMENTS)
      && !holds_any (headings, requirements))
    ladder_lint_report (context, "missing-requirements", body, 0, -1, LADDER_LINT_FIELD_PAGE, -1,
                        _ ("The family has no requirements: add a Requirements list"));

  /* "{{% job-families/sales/performance %}}" brings them from a page
   * shared by the families of a department. */
  if (ladder_lint_wants (context, "missing-performance-indicators")
      && !holds_any (headings, indicators) && !page_includes (context, "performance"))
    ladder_lint_report (context, "missing-performance-indicators", body, 0, -1,
                        LADDER_LINT_FIELD_PAGE, -1,
                        _ ("The family has no Performance Indicators section: add one with three "
                           "to five linked indicators"));

  if (ladder_lint_wants (context, "missing-hiring-process") && !holds_any (headings, hiring)
      && !page_includes (context, "hiring"))
    ladder_lint_report (
        context, "missing-hiring-process", body, 0, -1, LADDER_LINT_FIELD_PAGE, -1,
        _ ("The family has no Hiring Process section: add the handbook’s hiring process"));
}

/* ------------------------------------------------------------------ */
/* Roles                                                                */

/* "Ability to use GitLab", and its variants ("Willingness to learn and
 * use GitLab"). */
static gboolean
contains_gitlab_requirement (const char *text, gsize length)
{
  return ladder_lint_contains_folded (text, length, "use gitlab");
}

static gboolean
role_asks_gitlab (LintContext *context, guint role)
{
  LadderRole     *self = g_ptr_array_index (context->roles, role);
  guint           n_bullets = ladder_role_get_n_bullets (self, LADDER_BULLET_LIST_REQUIREMENTS);
  LintRoleBlocks *blocks = &context->role_blocks[role];

  for (guint i = 0; i < n_bullets; i++)
    {
      const char *text = ladder_role_get_bullet_text (self, LADDER_BULLET_LIST_REQUIREMENTS, i);

      if (contains_gitlab_requirement (text, strlen (text)))
        return TRUE;
    }

  /* Requirements the page keeps as Markdown. */
  for (int b = blocks->first; b >= 0 && b <= blocks->last; b++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, (guint) b);

      if (block->kind == LADDER_PAGE_BLOCK_ROLE_TEXT
          || block->kind == LADDER_PAGE_BLOCK_SECTION_BODY)
        {
          if (contains_gitlab_requirement (context->page + block->offset, block->length))
            return TRUE;
        }
    }

  return FALSE;
}

/* Text outside the roles, or a description of the whole family, that asks
 * it of every level ("Requirements for all levels"). */
static gboolean
family_asks_gitlab (LintGuide *guide, gboolean *asks)
{
  LintContext *context = guide->context;

  for (guint r = 0; r < context->roles->len; r++)
    if (guide->kinds[r] == LINT_ROLE_FAMILY && asks[r])
      return TRUE;

  for (guint i = 0; i < context->map->len; i++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, i);

      if (block->role < 0 && block->kind != LADDER_PAGE_BLOCK_FRONT_MATTER)
        {
          if (contains_gitlab_requirement (context->page + block->offset, block->length))
            return TRUE;
        }
    }

  return FALSE;
}

enum
{
  INHERITS_UNKNOWN,
  INHERITS_VISITING,
  INHERITS_NO,
  INHERITS_YES,
};

/* Whether a role that @role's requirements extend (or one it extends, and
 * so on) asks for "Ability to use GitLab". */
static gboolean
inherits_gitlab (LintGuide *guide, gboolean *asks, int *parents, guint8 *inherits, guint role)
{
  g_autoptr (GArray) path = g_array_new (FALSE, FALSE, sizeof (guint));
  int    current = (int) role;
  guint8 answer = INHERITS_NO;

  /* Up the chain to a role whose answer is known, one that asks, the top,
   * or a role seen on the way (a loop). */
  for (;;)
    {
      int parent;

      if (parents[current] == -2)
        parents[current] = ladder_lint_requirements_parent (guide, (guint) current);
      parent = parents[current];

      inherits[current] = INHERITS_VISITING;
      g_array_append_val (path, current);

      if (parent < 0 || inherits[parent] == INHERITS_VISITING)
        break;
      if (asks[parent] || inherits[parent] == INHERITS_YES)
        {
          answer = INHERITS_YES;
          break;
        }
      if (inherits[parent] == INHERITS_NO)
        break;
      current = parent;
    }

  for (guint i = 0; i < path->len; i++)
    inherits[g_array_index (path, guint, i)] = answer;

  return answer == INHERITS_YES;
}

static void
check_gitlab_requirement (LintGuide *guide)
{
  LintContext         *context = guide->context;
  guint                n_roles = context->roles->len;
  g_autofree gboolean *asks = NULL;
  g_autofree int      *parents = NULL;
  g_autofree guint8   *inherits = NULL;

  if (!ladder_lint_wants (context, "ability-to-use-gitlab"))
    return;

  asks = g_new0 (gboolean, MAX (n_roles, 1));
  for (guint r = 0; r < n_roles; r++)
    asks[r] = role_asks_gitlab (context, r);

  /* Each role's parent once, and whether its chain asks it, remembered:
   * a page of a thousand levels, each extending the one before, costs no
   * more than their number. */
  parents = g_new (int, MAX (n_roles, 1));
  inherits = g_new0 (guint8, MAX (n_roles, 1));
  for (guint r = 0; r < n_roles; r++)
    parents[r] = -2;

  if (family_asks_gitlab (guide, asks))
    return;

  for (guint r = 0; r < n_roles; r++)
    {
      LadderRole        *role = g_ptr_array_index (context->roles, r);
      LintRoleBlocks    *blocks = &context->role_blocks[r];
      GArray            *requirements = blocks->bullets[LADDER_BULLET_LIST_REQUIREMENTS];
      int                parent = (int) r;
      gboolean           inherited = FALSE;
      LadderLintProblem *problem;
      gsize              offset;

      /* Specialties add to a level's requirements; a continuation is the
       * role before it. */
      if (asks[r] || guide->kinds[r] == LINT_ROLE_SPECIALTY
          || guide->kinds[r] == LINT_ROLE_CONTINUATION
          || (requirements->len == 0 && blocks->extends[LADDER_BULLET_LIST_REQUIREMENTS] < 0
              && blocks->part_heading[2] < 0))
        continue;

      /* A continuation of this role ("Nice-to-have Requirements") may
       * hold it. */
      for (guint next = r + 1;
           next < n_roles && guide->kinds[next] == LINT_ROLE_CONTINUATION && !inherited; next++)
        inherited = asks[next];

      /* Through "Extends …" lines, to the level that says it. */
      if (!inherited)
        inherited = inherits_gitlab (guide, asks, parents, inherits, (guint) parent);
      if (inherited)
        continue;

      if (requirements->len > 0)
        offset = ladder_lint_block (
                     context, (guint) g_array_index (requirements, int, requirements->len - 1))
                     ->offset;
      else if (blocks->part_heading[2] >= 0)
        offset = ladder_lint_block (context, (guint) blocks->part_heading[2])->offset;
      else
        offset = ladder_lint_role_place (context, r);

      problem = ladder_lint_report (
          context, "ability-to-use-gitlab", offset, 0, (int) r, LADDER_LINT_FIELD_REQUIREMENTS, -1,
          _ ("The requirements of “%s” do not include “Ability to use GitLab”: add it"),
          ladder_role_get_title (role));
      if (problem != NULL && requirements->len > 0)
        ladder_lint_problem_set_fix (problem, LINT_FIX_APPEND_BULLET, NULL, NULL,
                                     GITLAB_REQUIREMENT,
                                     /* TRANSLATORS: a quick fix */
                                     _ ("Add “Ability to use GitLab”"));
    }
}

/* "the corresponding level", "the general responsibilities", "the above":
 * no level in particular. */
static gboolean
names_no_level (const char *name)
{
  static const char *words[]
      = { "corresponding", "previous", "general", "above", "prior", "same", "base" };
  g_autofree char *folded = g_ascii_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (folded, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

static void
check_unknown_extends (LintGuide *guide)
{
  LintContext *context = guide->context;

  if (!ladder_lint_wants (context, "extends-unknown-level"))
    return;

  for (guint r = 0; r < context->roles->len; r++)
    {
      LadderRole *role = g_ptr_array_index (context->roles, r);

      for (guint list = 0; list < 2; list++)
        {
          const char            *first = ladder_lint_first_bullet_text (role, list);
          g_autofree char       *name = NULL;
          GArray                *blocks = context->role_blocks[r].bullets[list];
          const LadderPageBlock *block;
          const char            *at;

          if (context->role_blocks[r].extends[list] >= 0 || !ladder_lint_starts_with_extends (first)
              || blocks->len == 0)
            continue;

          name = ladder_lint_extends_target (first);
          /* A link names its level elsewhere; "the corresponding level"
           * names none in particular. */
          if (strchr (name, '[') != NULL || strchr (name, '{') != NULL || names_no_level (name)
              || ladder_lint_find_level (guide, name, (int) r, FALSE) != -1)
            continue;

          block = ladder_lint_block (context, (guint) g_array_index (blocks, int, 0));
          at = g_strstr_len (context->page + block->offset, (gssize) block->length, name);
          ladder_lint_report_at_block (
              context, "extends-unknown-level", (guint) g_array_index (blocks, int, 0),
              at != NULL ? (gsize) (at - context->page) : block->offset,
              at != NULL ? strlen (name) : 0,
              /* TRANSLATORS: %s is a level's name from the page */
              _ ("“%s” is not a level of this family: name the level this one extends"), name);
        }
    }
}

/* Where the page begins lists with "Extends …", a level that follows one
 * of its own track (a "Senior Analyst" after the "Analyst") begins that
 * list so too. */
static void
check_missing_extends (LintGuide *guide)
{
  LintContext *context = guide->context;

  if (!ladder_lint_wants (context, "extends-missing"))
    return;

  for (guint list = 0; list < 2; list++)
    {
      gboolean used = FALSE;
      int      previous = -1;

      for (guint r = 0; r < context->roles->len && !used; r++)
        used = guide->kinds[r] == LINT_ROLE_LEVEL && ladder_lint_list_extends (context, r, list);
      if (!used)
        continue;

      for (guint r = 0; r < context->roles->len; r++)
        {
          LadderRole      *role = g_ptr_array_index (context->roles, r);
          GArray          *blocks = context->role_blocks[r].bullets[list];
          g_autofree char *track = NULL;
          g_autofree char *previous_track = NULL;
          guint            first;

          if (guide->kinds[r] != LINT_ROLE_LEVEL)
            continue;

          if (previous < 0
              || ladder_role_get_region (g_ptr_array_index (context->roles, previous))
                     != ladder_role_get_region (role))
            {
              previous = (int) r;
              continue;
            }

          track = ladder_lint_track_of (guide, r);
          previous_track = ladder_lint_track_of (guide, previous);
          previous = (int) r;

          if (blocks->len == 0 || !g_str_equal (track, previous_track)
              || ladder_lint_list_extends (context, r, list)
              || ladder_lint_extends_sentence (context, r, list) != NULL
              || ladder_lint_adds_to_level_below (context, r, list))
            continue;

          first = (guint) g_array_index (blocks, int, 0);
          ladder_lint_report_at_block (
              context, "extends-missing", first, ladder_lint_block (context, first)->offset, 0,
              list == LADDER_BULLET_LIST_REQUIREMENTS
                  ? _ ("Begin these requirements with “Extends that of the … requirements”, naming "
                       "the level below, as the page does elsewhere")
                  : _ ("Begin these responsibilities with “Extends that of the … "
                       "responsibilities”, naming the level below, as the page does elsewhere"));
        }
    }
}

static void
check_reports_to (LintGuide *guide)
{
  LintContext *context = guide->context;

  if (!ladder_lint_wants (context, "reports-to-unknown"))
    return;

  for (guint r = 0; r < context->roles->len; r++)
    {
      LadderRole            *role = g_ptr_array_index (context->roles, r);
      const char            *manager = ladder_role_get_reports_to (role);
      const char            *link = ladder_role_get_reports_to_link (role);
      int                    block = context->role_blocks[r].reports_to;
      const LadderPageBlock *where;
      const char            *at;

      if (*manager == '\0' || (link != NULL && *link != '\0') || block < 0
          || ladder_lint_find_level (guide, manager, -1, TRUE) != -1)
        continue;

      where = ladder_lint_block (context, (guint) block);
      at = g_strstr_len (context->page + where->offset, (gssize) where->length, manager);
      ladder_lint_report (
          context, "reports-to-unknown", at != NULL ? (gsize) (at - context->page) : where->offset,
          at != NULL ? strlen (manager) : 0, (int) r, LADDER_LINT_FIELD_REPORTS_TO, -1,
          /* TRANSLATORS: %s is a role's title */
          _ ("“%s” is not a role of this family: link it to its job family page"), manager);
    }
}

/* A role whose text says whom it reports to beside its reports-to line:
 * a sentence Ladder does not read as the manager ("… reports to the X and
 * leads …") leaves the field empty, and a manager typed there adds a
 * second sentence, which may say otherwise. */
static void
check_reports_to_twice (LintGuide *guide)
{
  LintContext *context = guide->context;

  if (!ladder_lint_wants (context, "reports-to-twice"))
    return;

  for (guint r = 0; r < context->roles->len; r++)
    {
      const LintRoleBlocks *blocks = &context->role_blocks[r];

      if (blocks->reports_to < 0 || blocks->first < 0)
        continue;

      for (int b = blocks->first; b <= blocks->last; b++)
        {
          const LadderPageBlock *where = ladder_lint_block (context, (guint) b);
          const char            *text = context->page + where->offset;
          const char            *at;

          if (where->kind != LADDER_PAGE_BLOCK_ROLE_TEXT)
            continue;
          at = g_strstr_len (text, (gssize) where->length, " reports to ");
          if (at == NULL)
            continue;

          ladder_lint_report (context, "reports-to-twice", (gsize) (at + 1 - context->page),
                              strlen ("reports to"), (int) r, LADDER_LINT_FIELD_REPORTS_TO, -1,
                              /* TRANSLATORS: %s is a role's title */
                              _ ("The text of “%s” says whom it reports to, and so does its "
                                 "reports-to line: keep one"),
                              ladder_role_get_title (g_ptr_array_index (context->roles, r)));
          break;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Years of experience                                                  */

static gboolean
is_number_word (const char *word)
{
  static const char *numbers[] = {
    "one",   "two",  "three", "four",   "five",   "six",     "seven",
    "eight", "nine", "ten",   "eleven", "twelve", "fifteen", "twenty",
  };

  if (g_ascii_isdigit (*word))
    {
      for (const char *p = word; *p != '\0'; p++)
        if (!g_ascii_isdigit (*p) && *p != '-' && *p != '.')
          return FALSE;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    if (g_str_equal (word, numbers[i]))
      return TRUE;

  return FALSE;
}

static const char *
token_word (LintContext *context, guint token)
{
  return context->arena->str + g_array_index (context->tokens, LintToken, token).text;
}

/* Called as the words are read, a block at a time
 * (ladder-lint-scan.c): the context's tokens are the block's. */
void
ladder_lint_check_years (LintContext *context, guint b)
{
  gboolean entry = context->years_entry;
  gboolean count = context->years_count;

  const LadderPageBlock *block = ladder_lint_block (context, b);
  guint                  first = 0;
  guint                  last = context->tokens->len;
  gboolean               experience = FALSE;
  LadderRole            *role;
  int                    grade;

  if (block->role < 0
      || (block->kind != LADDER_PAGE_BLOCK_BULLET && block->kind != LADDER_PAGE_BLOCK_ROLE_TEXT))
    return;

  /* Responsibilities may plan for years; requirements count them. */
  for (guint t = first; t < last && !experience; t++)
    {
      const char *word = token_word (context, t);

      experience = word[0] == 'e' && strncmp (word, "experience", strlen ("experience")) == 0;
    }
  if (!experience
      && !(block->kind == LADDER_PAGE_BLOCK_BULLET
           && block->list == LADDER_BULLET_LIST_REQUIREMENTS))
    return;

  role = g_ptr_array_index (context->roles, block->role);
  grade = ladder_role_get_job_grade (role);

  for (guint t = first; t + 1 < last; t++)
    {
      const LintToken *number = &g_array_index (context->tokens, LintToken, t);
      guint            years = t + 1;
      const char      *unit;
      const char      *between;
      gboolean         entry_grade = grade == 4 || grade == 5;

      const char *word = token_word (context, t);
      gboolean    unit_near = FALSE;

      /* Most words are neither numbers nor before "years": cheaply so. */
      if (!g_ascii_isdigit (word[0]) && strchr ("otfsen", word[0]) == NULL)
        continue;
      for (guint k = t + 1; k < last && k <= t + 3 && !unit_near; k++)
        unit_near = token_word (context, k)[0] == 'y';
      if (!unit_near || !is_number_word (word))
        continue;

      /* "1–3 years": a range with a dash between its numbers. */
      if (years + 1 < last && is_number_word (token_word (context, years)))
        {
          const LintToken *second = &g_array_index (context->tokens, LintToken, years);
          const char      *p = context->page + number->offset + number->length;
          const char      *end = context->page + second->offset;
          gboolean         dash = FALSE;

          while (p < end
                 && (*p == ' ' || *p == '-' || strncmp (p, "–", strlen ("–")) == 0
                     || strncmp (p, "—", strlen ("—")) == 0))
            {
              dash |= *p != ' ';
              p += *p == ' ' || *p == '-' ? 1 : strlen ("–");
            }
          if (p == end && dash)
            years++;
        }

      /* "3 to 5 years" */
      if (years + 2 < last && g_str_equal (token_word (context, years), "to")
          && is_number_word (token_word (context, years + 1)))
        years += 2;

      unit = token_word (context, years);
      if (!(g_str_equal (unit, "years") || g_str_equal (unit, "yrs") || g_str_equal (unit, "years'")
            || g_str_equal (unit, "year's")
            || (g_str_equal (unit, "year") && years + 1 < last
                && (g_str_equal (token_word (context, years + 1), "of")
                    || g_str_has_prefix (token_word (context, years + 1), "experience")))))
        continue;

      /* Only a plus or spaces between the number and the unit. */
      between = context->page + number->offset + number->length;
      while (between < context->page + g_array_index (context->tokens, LintToken, years).offset
             && strchr ("+ \t", *between) != NULL)
        between++;
      if (years == t + 1
          && between != context->page + g_array_index (context->tokens, LintToken, years).offset)
        continue;

      {
        const LintToken *end = &g_array_index (context->tokens, LintToken, years);
        gsize            length = end->offset + end->length - number->offset;
        g_autofree char *phrase = g_strndup (context->page + number->offset, length);

        if (entry_grade && entry)
          ladder_lint_report_at_block (
              context, "years-of-experience", b, number->offset, length,
              /* TRANSLATORS: %s is a phrase from the page, %d a grade */
              _ ("“%s”: grade %d asks for no years of experience; describe the skills instead"),
              phrase, grade);
        else if (!entry_grade && count)
          ladder_lint_report_at_block (context, "years-of-experience-count", b, number->offset,
                                       length,
                                       _ ("“%s” counts years of experience: describe the "
                                          "skills and results that count instead"),
                                       phrase);
      }
      t = years;
    }
}

void
ladder_lint_check_guidelines (LintContext *context)
{
  LintGuide guide;

  ladder_lint_guide_init (&guide, context);

  if (ladder_lint_wants (context, "front-matter-title"))
    check_title (context);
  check_family_parts (context);
  check_gitlab_requirement (&guide);
  ladder_lint_check_grades (&guide);
  check_unknown_extends (&guide);
  check_missing_extends (&guide);
  check_reports_to (&guide);
  check_reports_to_twice (&guide);

  ladder_lint_guide_clear (&guide);
}
