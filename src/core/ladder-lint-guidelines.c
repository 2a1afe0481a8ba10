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
/* Names of roles                                                       */

static gboolean
is_filler_word (const char *word)
{
  static const char *fillers[] = {
    "the", "of",   "a",     "an",     "and",  "that",  "those",    "for", "to",     "in",
    "our", "this", "level", "levels", "role", "roles", "position", "job", "family",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fillers); i++)
    if (g_str_equal (word, fillers[i]))
      return TRUE;

  return FALSE;
}

/* Adds a word of a name, spelling out the abbreviations pages use in
 * titles ("Sr", "VP"). */
static void
add_name_word (GPtrArray  *words,
               const char *word)
{
  static const struct {
    const char *short_form;
    const char *words[3];
  } abbreviations[] = {
    { "sr", { "senior" } },
    { "jr", { "junior" } },
    { "mgr", { "manager" } },
    { "dir", { "director" } },
    { "assoc", { "associate" } },
    { "vp", { "vice", "president" } },
    { "svp", { "senior", "vice", "president" } },
    { "evp", { "executive", "vice", "president" } },
  };

  if (is_filler_word (word))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    {
      if (g_str_equal (word, abbreviations[i].short_form))
        {
          for (guint k = 0; k < 3 && abbreviations[i].words[k] != NULL; k++)
            g_ptr_array_add (words, g_strdup (abbreviations[i].words[k]));
          return;
        }
    }

  /* "Insides Sales", "Requirements": plurals count as the word. */
  if (strlen (word) > 3 && g_str_has_suffix (word, "s") && !g_str_has_suffix (word, "ss"))
    g_ptr_array_add (words, g_strndup (word, strlen (word) - 1));
  else
    g_ptr_array_add (words, g_strdup (word));
}

/* The words of a name, in order, without the small ones. */
static GPtrArray *
name_words (const char *text,
            gssize      length)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *end = text + (length < 0 ? (gssize) strlen (text) : length);

  for (const char *p = text; p < end;)
    {
      gsize word = ladder_lint_word_length (p, end);
      g_autoptr (GString) folded = NULL;

      if (word == 0)
        {
          p = g_utf8_next_char (p);
          continue;
        }

      folded = g_string_sized_new (word);
      ladder_lint_append_folded (folded, p, word);
      add_name_word (words, folded->str);
      p += word;
    }

  return words;
}

/* "Finance" and "Financial": a long common beginning, short endings. */
static gboolean
same_word (const char *a,
           const char *b)
{
  gsize common = 0;
  gsize shorter = MIN (strlen (a), strlen (b));

  while (a[common] != '\0' && a[common] == b[common])
    common++;

  /* The shorter word goes on by one letter at most past the common part
   * ("Finance" and "Financial"; not "Analyst" and "Analytics"). */
  return common == shorter ? strlen (a) == strlen (b) || common >= 5
                           : common >= 5 && common + 1 >= shorter;
}

static gboolean
has_word (GPtrArray  *words,
          const char *word)
{
  for (guint i = 0; i < words->len; i++)
    if (same_word (g_ptr_array_index (words, i), word))
      return TRUE;

  return FALSE;
}

/* "ps" for "Professional Services": the initials of words that follow
 * each other in @words. */
static gboolean
is_acronym_of (const char *acronym,
               GPtrArray  *words)
{
  gsize length = strlen (acronym);

  if (length < 2 || length > 4)
    return FALSE;

  for (guint start = 0; start + length <= words->len; start++)
    {
      gboolean all = TRUE;

      for (gsize k = 0; k < length && all; k++)
        all = ((const char *) g_ptr_array_index (words, start + k))[0] == acronym[k];
      if (all)
        return TRUE;
    }

  return FALSE;
}

/* Whether every word of @small is in @large, as a word or as initials. */
static gboolean
covers (GPtrArray *small,
        GPtrArray *large)
{
  if (small->len == 0)
    return FALSE;

  for (guint i = 0; i < small->len; i++)
    {
      const char *word = g_ptr_array_index (small, i);

      if (!has_word (large, word) && !is_acronym_of (word, large))
        return FALSE;
    }

  return TRUE;
}

/* The role a name stands for, as a page names its levels: "Senior
 * Analyst", "the Analyst (Intermediate)", "Sr Manager, Sales", or either
 * of "Manager or Director". Returns the role's position, -1 for none, and
 * -2 for a name without words. */
static char *
join_words (GPtrArray *words)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (words, i));
    }

  return g_string_free (out, FALSE);
}

static int
find_named_role_full (GPtrArray  *titles,
                      GHashTable *index,
                      const char *name,
                      int         except,
                      gboolean    exact);

/* As a page names the level another extends: loosely, either name may
 * hold more words than the other. */
static int
find_named_role (GPtrArray  *titles,
                 GHashTable *index,
                 const char *name,
                 int         except)
{
  return find_named_role_full (titles, index, name, except, FALSE);
}

static int
find_named_role_full (GPtrArray  *titles,
                      GHashTable *index,
                      const char *name,
                      int         except,
                      gboolean    exact)
{
  g_auto (GStrv) alternatives = NULL;
  g_autofree char *separated = NULL;
  gboolean any_words = FALSE;

  /* "Manager or Senior Manager", "Manager/Director" */
  {
    g_autoptr (GString) text = g_string_new (name);

    g_string_replace (text, " or ", "\x1f", 0);
    g_string_replace (text, " Or ", "\x1f", 0);
    g_string_replace (text, "/", "\x1f", 0);
    separated = g_string_free (g_steal_pointer (&text), FALSE);
  }
  alternatives = g_strsplit (separated, "\x1f", -1);

  for (guint a = 0; alternatives[a] != NULL; a++)
    {
      g_autoptr (GPtrArray) wanted = name_words (alternatives[a], -1);

      if (wanted->len == 0)
        continue;
      any_words = TRUE;

      if (index != NULL)
        {
          g_autofree char *key = join_words (wanted);
          int found = GPOINTER_TO_INT (g_hash_table_lookup (index, key)) - 1;

          if (found >= 0 && found != except)
            return found;
        }

      for (guint r = 0; r < titles->len; r++)
        {
          GPtrArray *title = g_ptr_array_index (titles, r);

          if ((int) r == except)
            continue;
          if (exact ? covers (wanted, title) && covers (title, wanted)
                    : covers (wanted, title) || covers (title, wanted))
            return (int) r;
        }
    }

  return any_words ? -1 : -2;
}

/* ------------------------------------------------------------------ */
/* What each role is                                                    */

/*
 * Not every role Ladder reads is a level. Specialties and segments add to
 * the levels; a page may open with a description of the whole family
 * (its own Responsibilities and Requirements, a grade given per level
 * further down); and a part heading named after no role ("Nice-to-have
 * Requirements" after a role's Requirements) reads as a role without a
 * heading, which is the end of the role before it. The checks that are
 * about levels leave the others out.
 */
typedef enum
{
  ROLE_LEVEL,
  ROLE_SPECIALTY,
  ROLE_FAMILY,
  ROLE_CONTINUATION,
} RoleKind;

typedef struct
{
  LintContext *context;
  GPtrArray   *titles;  /* name_words() of each role's title */
  /* The same words joined by spaces → the first role with them, + 1: a
   * level named as it is titled is found at once. */
  GHashTable  *title_index;
  RoleKind    *kinds;
} Guide;

/* Whether a role stands among specialties (or segments) rather than
 * levels: they have no grade of their own. */
static gboolean
is_specialty (LintContext *context,
              LadderRole  *role)
{
  guint region = ladder_role_get_region (role);
  guint seen = 0;

  for (guint s = 0; s < context->sections->len; s++)
    {
      LadderSection *section = g_ptr_array_index (context->sections, s);
      g_autofree char *heading = NULL;

      if (ladder_section_get_kind (section) != LADDER_SECTION_ROLES)
        continue;
      if (seen++ != region)
        continue;

      heading = g_utf8_casefold (ladder_section_get_heading (section), -1);
      return strstr (heading, "specialt") != NULL || strstr (heading, "specialit") != NULL
             || strstr (heading, "segment") != NULL;
    }

  return FALSE;
}

/* How many roles each run has: region + 1 → count. */
static GHashTable *
count_regions (LintContext *context)
{
  GHashTable *counts = g_hash_table_new (NULL, NULL);

  for (guint r = 0; r < context->roles->len; r++)
    {
      gpointer region
          = GUINT_TO_POINTER (ladder_role_get_region (g_ptr_array_index (context->roles, r)) + 1);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, region));

      g_hash_table_insert (counts, region, GUINT_TO_POINTER (count + 1));
    }

  return counts;
}

static guint
roles_in_region (GHashTable *counts,
                 LadderRole *role)
{
  return GPOINTER_TO_UINT (
      g_hash_table_lookup (counts, GUINT_TO_POINTER (ladder_role_get_region (role) + 1)));
}

/* Roles that come after a "Specialties" heading of their own run
 * ("### Specialties" among the levels, not around them). */
static gboolean *
find_headed_specialties (LintContext *context)
{
  gboolean *after = g_new0 (gboolean, MAX (context->roles->len, 1));
  int region = -1;
  gboolean seen = FALSE;

  for (guint i = 0; i < context->map->len; i++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, i);
      LadderRole *role;

      if (block->role < 0)
        continue;

      role = g_ptr_array_index (context->roles, block->role);
      if ((int) ladder_role_get_region (role) != region)
        {
          region = (int) ladder_role_get_region (role);
          seen = FALSE;
        }

      if (block->kind == LADDER_PAGE_BLOCK_SECTION_HEADING
          || block->kind == LADDER_PAGE_BLOCK_ROLE_TEXT)
        {
          LintLines lines;
          const char *line;
          gsize length, start;
          gboolean code;

          ladder_lint_lines_init (&lines, context->page + block->offset, block->length);
          while (ladder_lint_lines_next (&lines, &line, &length, &code))
            {
              if (!code && ladder_lint_is_heading_line (line, length, &start)
                  && (g_ascii_strncasecmp (line + start, "specialt", 8) == 0
                      || g_ascii_strncasecmp (line + start, "specialit", 9) == 0))
                seen = TRUE;
            }
        }
      else if (block->kind == LADDER_PAGE_BLOCK_ROLE_HEADING && seen)
        {
          after[block->role] = TRUE;
        }
    }

  return after;
}

/* "Senior Manager, Tax" and "Senior Manager, Tax (Non US)": one role,
 * its parts' headings spelt two ways. */
static gboolean
same_role_named (LadderRole *first,
                 LadderRole *second)
{
  g_autofree char *a = ladder_lint_casefold_trim (ladder_role_get_title (first), -1);
  g_autofree char *b = ladder_lint_casefold_trim (ladder_role_get_title (second), -1);

  return *a != '\0' && *b != '\0' && (g_str_has_prefix (a, b) || g_str_has_prefix (b, a));
}

static RoleKind *
classify_roles (LintContext *context)
{
  g_autofree gboolean *headed_specialties = find_headed_specialties (context);
  g_autoptr (GHashTable) counts = count_regions (context);
  guint n_roles = context->roles->len;
  RoleKind *kinds = g_new0 (RoleKind, MAX (n_roles, 1));
  g_autofree char *family_title
      = ladder_lint_casefold_trim (ladder_family_get_title (context->family), -1);
  guint largest_region = 0;

  for (guint r = 0; r < n_roles; r++)
    largest_region
        = MAX (largest_region, roles_in_region (counts, g_ptr_array_index (context->roles, r)));

  for (guint r = 0; r < n_roles; r++)
    {
      LadderRole *role = g_ptr_array_index (context->roles, r);
      LadderRole *before = r > 0 ? g_ptr_array_index (context->roles, r - 1) : NULL;
      LintRoleBlocks *blocks = &context->role_blocks[r];
      g_autofree char *title = ladder_lint_casefold_trim (ladder_role_get_title (role), -1);
      gboolean headed = ladder_role_get_heading_level (role) > 0;
      gboolean         graded
          = ladder_role_get_job_grade (role) != LADDER_GRADE_NONE || blocks->part_heading[0] >= 0;
      gboolean alone = roles_in_region (counts, role) == 1;
      guint n_lists = (blocks->bullets[0]->len > 0 || blocks->part_heading[1] >= 0)
                      + (blocks->bullets[1]->len > 0 || blocks->part_heading[2] >= 0);

      if (is_specialty (context, role) || headed_specialties[r])
        kinds[r] = ROLE_SPECIALTY;
      else if (!headed && before != NULL && !graded
               && ladder_role_get_region (before) == ladder_role_get_region (role)
               && (n_lists <= 1 || same_role_named (before, role)))
        kinds[r] = ROLE_CONTINUATION;
      else if (n_roles > 1
               && ((*family_title != '\0' && g_str_equal (title, family_title)
                    && (alone || ladder_role_get_job_grade (role) == LADDER_GRADE_NONE))
                   || (!headed && r == 0)
                   || (alone && ladder_role_get_job_grade (role) == LADDER_GRADE_NONE
                       && largest_region > 1)))
        kinds[r] = ROLE_FAMILY;
      else
        kinds[r] = ROLE_LEVEL;
    }

  return kinds;
}

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
                      _("The front matter has no title: add “title:” with the family’s name"));
}

/* The page's headings, lowercase, one a line: what the family's parts are
 * looked for in. */
static char *
page_headings (LintContext *context)
{
  GString *out = g_string_new (NULL);
  LintLines lines;
  const char *line;
  gsize length;
  gboolean code;

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
holds_any (const char        *headings,
           const char * const words[])
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (headings, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Whether the page includes, with a Hugo shortcode, a shared page whose
 * name holds @word. */
static gboolean
page_includes (LintContext *context,
               const char  *word)
{
  const char *end = context->page + context->page_length;

  for (const char *p = g_strstr_len (context->page, (gssize) context->page_length, "{{");
       p != NULL; p = g_strstr_len (p + 2, end - p - 2, "{{"))
    {
      const char *close = g_strstr_len (p, end - p, "}}");
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
has_list (LintContext      *context,
          LadderBulletList  list)
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
  static const char * const indicators[] = { "performance indicator", "kpi", NULL };
  static const char * const hiring[] = { "hiring process", NULL };
  gsize body = body_offset (context);
  g_autofree char *headings = page_headings (context);

  if (ladder_lint_wants (context, "missing-responsibilities")
      && !has_list (context, LADDER_BULLET_LIST_RESPONSIBILITIES)
      && !holds_any (headings, responsibilities))
    ladder_lint_report (context, "missing-responsibilities", body, 0, -1, LADDER_LINT_FIELD_PAGE,
                        -1, _("The family has no responsibilities: add a Responsibilities list"));

  if (ladder_lint_wants (context, "missing-requirements")
      && !has_list (context, LADDER_BULLET_LIST_REQUIREMENTS)
      && !holds_any (headings, requirements))
    ladder_lint_report (context, "missing-requirements", body, 0, -1, LADDER_LINT_FIELD_PAGE, -1,
                        _("The family has no requirements: add a Requirements list"));

  /* "{{% job-families/sales/performance %}}" brings them from a page
   * shared by the families of a department. */
  if (ladder_lint_wants (context, "missing-performance-indicators")
      && !holds_any (headings, indicators) && !page_includes (context, "performance"))
    ladder_lint_report (context, "missing-performance-indicators", body, 0, -1,
                        LADDER_LINT_FIELD_PAGE, -1,
                        _("The family has no Performance Indicators section: add one with three "
                           "to five linked indicators"));

  if (ladder_lint_wants (context, "missing-hiring-process") && !holds_any (headings, hiring)
      && !page_includes (context, "hiring"))
    ladder_lint_report (
        context, "missing-hiring-process", body, 0, -1, LADDER_LINT_FIELD_PAGE, -1,
        _("The family has no Hiring Process section: add the handbook’s hiring process"));
}

/* ------------------------------------------------------------------ */
/* Roles                                                                */

static gsize
role_place (LintContext *context,
            guint        role)
{
  LintRoleBlocks *blocks = &context->role_blocks[role];

  if (blocks->heading >= 0)
    return ladder_lint_block (context, (guint) blocks->heading)->offset;

  return ladder_lint_role_offset (context, (int) role);
}

static const char *
first_bullet_text (LadderRole       *role,
                   LadderBulletList  list,
                   LadderBullet    **holder)
{
  GListModel *bullets = ladder_role_get_bullets (role, list);

  if (g_list_model_get_n_items (bullets) == 0)
    return NULL;

  *holder = g_list_model_get_item (bullets, 0);
  return ladder_bullet_get_text (*holder);
}

/* The level an "Extends …" line names: the text between "Extends (that
 * of) the" and "responsibilities" or "requirements". */
static char *
extends_target (const char *text)
{
  static const char *openers[] = { "that of ", "those of ", "the ", "a ", "an ", "thet " };
  const char *name = text + strlen ("extends ");
  g_autofree char *lower = NULL;
  const char *cut;
  gsize length;
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
        {
          if (g_ascii_strncasecmp (name, openers[i], strlen (openers[i])) == 0)
            {
              name += strlen (openers[i]);
              again = TRUE;
            }
        }
    }

  lower = g_ascii_strdown (name, -1);
  if ((cut = strstr (lower, "responsibilit")) != NULL
      || (cut = strstr (lower, "requirement")) != NULL)
    {
      length = (gsize) (cut - lower);
    }
  else
    {
      const char *newline = strchr (lower, '\n');

      length = newline != NULL ? (gsize) (newline - lower) : strlen (lower);
      if ((cut = strstr (lower, ". ")) != NULL && (gsize) (cut - lower) < length)
        length = (gsize) (cut - lower);
    }

  while (length > 0 && strchr (" .,:;", name[length - 1]) != NULL)
    length--;

  return g_strndup (name, length);
}

static gboolean
starts_with_extends (const char *text)
{
  return text != NULL && g_ascii_strncasecmp (text, "extends ", strlen ("extends ")) == 0;
}

/* Whether @role's list begins with "Extends …", as the model holds it or
 * as a first bullet. */
static gboolean
list_extends (LintContext      *context,
              guint             role,
              LadderBulletList  list)
{
  g_autoptr (LadderBullet) holder = NULL;

  if (context->role_blocks[role].extends[list] >= 0)
    return TRUE;

  return starts_with_extends (
      first_bullet_text (g_ptr_array_index (context->roles, role), list, &holder));
}

/* "Additional Requirements": a list that adds to the level below's. */
static gboolean
adds_to_level_below (LintContext      *context,
                     guint             role,
                     LadderBulletList  list)
{
  int heading = context->role_blocks[role].part_heading[list + 1];
  const LadderPageBlock *block;

  if (heading < 0)
    return FALSE;

  block = ladder_lint_block (context, (guint) heading);
  return ladder_lint_contains_folded (context->page + block->offset, block->length, "additional");
}

/* "Extends the … plus:" written as a sentence before the list. */
static const LadderPageBlock *
extends_sentence (LintContext      *context,
                  guint             role,
                  LadderBulletList  list)
{
  int heading = context->role_blocks[role].part_heading[list + 1];

  for (int b = heading + 1; heading >= 0 && b <= context->role_blocks[role].last; b++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, (guint) b);

      if (block->kind != LADDER_PAGE_BLOCK_ROLE_TEXT)
        break;
      if (g_ascii_strncasecmp (context->page + block->offset, "extends ",
                               MIN (block->length, strlen ("extends ")))
              == 0
          && block->length > strlen ("extends "))
        return block;
    }

  return NULL;
}

static gboolean
requirements_sentence_extends (LintContext      *context,
                               guint             role,
                               LadderBulletList  list)
{
  return extends_sentence (context, role, list) != NULL;
}

/* The role whose requirements this role's requirements extend, or -1. */
static int
requirements_parent (Guide *guide,
                     guint  role)
{
  LintContext *context = guide->context;
  LadderRole *self = g_ptr_array_index (context->roles, role);
  g_autoptr (LadderBullet) holder = NULL;
  const char *first;

  /* The level the model says it extends, found by its title. */
  if (context->role_blocks[role].extends[LADDER_BULLET_LIST_REQUIREMENTS] >= 0)
    return MAX (find_named_role (guide->titles, guide->title_index, ladder_role_get_extends (self),
                                 (int) role),
                -1);

  first = first_bullet_text (self, LADDER_BULLET_LIST_REQUIREMENTS, &holder);
  if (starts_with_extends (first))
    {
      g_autofree char *name = extends_target (first);

      return MAX (find_named_role (guide->titles, guide->title_index, name, (int) role), -1);
    }

  /* "Additional Requirements": those of the level before, in the run. */
  if (adds_to_level_below (context, role, LADDER_BULLET_LIST_REQUIREMENTS))
    {
      for (int r = (int) role - 1; r >= 0; r--)
        if (ladder_role_get_region (g_ptr_array_index (context->roles, r))
                == ladder_role_get_region (self)
            && guide->kinds[r] == ROLE_LEVEL)
          return r;
      return -1;
    }

  /* "Extends the … requirements plus:" as a sentence before the list. */
  {
    const LadderPageBlock *block
        = extends_sentence (context, role, LADDER_BULLET_LIST_REQUIREMENTS);

    if (block != NULL)
      {
        g_autofree char *text = g_strndup (context->page + block->offset, block->length);
        g_autofree char *name = extends_target (text);

        return MAX (find_named_role (guide->titles, guide->title_index, name, (int) role), -1);
      }
  }

  return -1;
}

/* "Ability to use GitLab", and its variants ("Willingness to learn and
 * use GitLab"). */
static gboolean
contains_gitlab_requirement (const char *text,
                             gsize       length)
{
  return ladder_lint_contains_folded (text, length, "use gitlab");
}

static gboolean
role_asks_gitlab (LintContext *context,
                  guint        role)
{
  LadderRole *self = g_ptr_array_index (context->roles, role);
  GListModel *bullets = ladder_role_get_requirements (self);
  LintRoleBlocks *blocks = &context->role_blocks[role];

  for (guint i = 0; i < g_list_model_get_n_items (bullets); i++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);

      const char *text = ladder_bullet_get_text (bullet);

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
family_asks_gitlab (Guide   *guide,
                    gboolean *asks)
{
  LintContext *context = guide->context;

  for (guint r = 0; r < context->roles->len; r++)
    if (guide->kinds[r] == ROLE_FAMILY && asks[r])
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

enum {
  INHERITS_UNKNOWN,
  INHERITS_VISITING,
  INHERITS_NO,
  INHERITS_YES,
};

/* Whether a role that @role's requirements extend (or one it extends, and
 * so on) asks for "Ability to use GitLab". */
static gboolean
inherits_gitlab (Guide    *guide,
                 gboolean *asks,
                 int      *parents,
                 guint8   *inherits,
                 guint     role)
{
  g_autoptr (GArray) path = g_array_new (FALSE, FALSE, sizeof (guint));
  int current = (int) role;
  guint8 answer = INHERITS_NO;

  /* Up the chain to a role whose answer is known, one that asks, the top,
   * or a role seen on the way (a loop). */
  for (;;)
    {
      int parent;

      if (parents[current] == -2)
        parents[current] = requirements_parent (guide, (guint) current);
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
check_gitlab_requirement (Guide *guide)
{
  LintContext *context = guide->context;
  guint n_roles = context->roles->len;
  g_autofree gboolean *asks = NULL;
  g_autofree int *parents = NULL;
  g_autofree guint8 *inherits = NULL;

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
      LadderRole *role = g_ptr_array_index (context->roles, r);
      LintRoleBlocks *blocks = &context->role_blocks[r];
      GArray *requirements = blocks->bullets[LADDER_BULLET_LIST_REQUIREMENTS];
      int parent = (int) r;
      gboolean inherited = FALSE;
      LadderLintProblem *problem;
      gsize offset;

      /* Specialties add to a level's requirements; a continuation is the
       * role before it. */
      if (asks[r] || guide->kinds[r] == ROLE_SPECIALTY || guide->kinds[r] == ROLE_CONTINUATION
          || (requirements->len == 0 && blocks->extends[LADDER_BULLET_LIST_REQUIREMENTS] < 0
              && blocks->part_heading[2] < 0))
        continue;

      /* A continuation of this role ("Nice-to-have Requirements") may
       * hold it. */
      for (guint next = r + 1;
           next < n_roles && guide->kinds[next] == ROLE_CONTINUATION && !inherited; next++)
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
        offset = role_place (context, r);

      problem = ladder_lint_report (
          context, "ability-to-use-gitlab", offset, 0, (int) r, LADDER_LINT_FIELD_REQUIREMENTS, -1,
          _("The requirements of “%s” do not include “Ability to use GitLab”: add it"),
          ladder_role_get_title (role));
      if (problem != NULL && requirements->len > 0)
        ladder_lint_problem_set_fix (problem, LINT_FIX_APPEND_BULLET, NULL, NULL,
                                     GITLAB_REQUIREMENT,
                                     /* TRANSLATORS: a quick fix */
                                     _("Add “Ability to use GitLab”"));
    }
}

static gboolean
region_has_grade (LintContext *context,
                  guint        region)
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
text_mentions_grade (const char *text,
                     gsize       length)
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
role_mentions_grade (LintContext *context,
                     guint        role)
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
has_grade_heading_for (GPtrArray  *headings,
                       const char *title)
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
family_gives_grades (Guide *guide)
{
  LintContext *context = guide->context;

  for (guint r = 0; r < context->roles->len; r++)
    if (guide->kinds[r] == ROLE_FAMILY && context->role_blocks[r].part_heading[0] >= 0)
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
check_missing_grades (Guide *guide)
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

      if (guide->kinds[r] != ROLE_LEVEL || ladder_role_get_job_grade (role) != LADDER_GRADE_NONE
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
        ladder_lint_report (context, "missing-job-grade", role_place (context, r), 0, (int) r,
                            LADDER_LINT_FIELD_GRADE, -1, _("“%s” has no job grade: add its grade"),
                            title);
    }
}

/* A title without the words that say how senior it is: the track a level
 * is on ("Senior Analyst" and "Analyst" are on one, "Manager" on
 * another). */
static char *
track_of (GPtrArray *title)
{
  static const char *seniority[] = {
    "junior", "intermediate", "senior", "staff", "principal", "distinguished", "associate", "lead",
  };
  GString *track = g_string_new (NULL);

  for (guint i = 0; i < title->len; i++)
    {
      const char *word = g_ptr_array_index (title, i);
      gboolean skip = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (seniority) && !skip; k++)
        skip = g_str_equal (word, seniority[k]);
      if (skip)
        continue;
      if (track->len > 0)
        g_string_append_c (track, ' ');
      g_string_append (track, word);
    }

  return g_string_free (track, FALSE);
}

static void
check_grades (Guide *guide)
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
      g_autofree char *track = track_of (g_ptr_array_index (guide->titles, r));
      g_autofree char *region = g_strdup_printf ("%u %s", ladder_role_get_region (role), track);
      gpointer found;
      gsize place;

      if (grade == LADDER_GRADE_NONE)
        continue;

      place = block >= 0 ? ladder_lint_block (context, (guint) block)->offset
                         : role_place (context, r);

      if (order && guide->kinds[r] == ROLE_LEVEL)
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
check_unknown_extends (Guide *guide)
{
  LintContext *context = guide->context;

  if (!ladder_lint_wants (context, "extends-unknown-level"))
    return;

  for (guint r = 0; r < context->roles->len; r++)
    {
      LadderRole *role = g_ptr_array_index (context->roles, r);

      for (guint list = 0; list < 2; list++)
        {
          g_autoptr (LadderBullet) holder = NULL;
          const char *first = first_bullet_text (role, list, &holder);
          g_autofree char *name = NULL;
          GArray *blocks = context->role_blocks[r].bullets[list];
          const LadderPageBlock *block;
          const char *at;

          if (context->role_blocks[r].extends[list] >= 0 || !starts_with_extends (first)
              || blocks->len == 0)
            continue;

          name = extends_target (first);
          /* A link names its level elsewhere; "the corresponding level"
           * names none in particular. */
          if (strchr (name, '[') != NULL || strchr (name, '{') != NULL || names_no_level (name)
              || find_named_role (guide->titles, guide->title_index, name, (int) r) != -1)
            continue;

          block = ladder_lint_block (context, (guint) g_array_index (blocks, int, 0));
          at = g_strstr_len (context->page + block->offset, (gssize) block->length, name);
          ladder_lint_report_at_block (
              context, "extends-unknown-level", (guint) g_array_index (blocks, int, 0),
              at != NULL ? (gsize) (at - context->page) : block->offset,
              at != NULL ? strlen (name) : 0,
              /* TRANSLATORS: %s is a level's name from the page */
              _("“%s” is not a level of this family: name the level this one extends"), name);
        }
    }
}

/* Where the page begins lists with "Extends …", a level that follows one
 * of its own track (a "Senior Analyst" after the "Analyst") begins that
 * list so too. */
static void
check_missing_extends (Guide *guide)
{
  LintContext *context = guide->context;

  if (!ladder_lint_wants (context, "extends-missing"))
    return;

  for (guint list = 0; list < 2; list++)
    {
      gboolean used = FALSE;
      int previous = -1;

      for (guint r = 0; r < context->roles->len && !used; r++)
        used = guide->kinds[r] == ROLE_LEVEL && list_extends (context, r, list);
      if (!used)
        continue;

      for (guint r = 0; r < context->roles->len; r++)
        {
          LadderRole *role = g_ptr_array_index (context->roles, r);
          GArray *blocks = context->role_blocks[r].bullets[list];
          g_autofree char *track = NULL;
          g_autofree char *previous_track = NULL;
          guint first;

          if (guide->kinds[r] != ROLE_LEVEL)
            continue;

          if (previous < 0
              || ladder_role_get_region (g_ptr_array_index (context->roles, previous))
                     != ladder_role_get_region (role))
            {
              previous = (int) r;
              continue;
            }

          track = track_of (g_ptr_array_index (guide->titles, r));
          previous_track = track_of (g_ptr_array_index (guide->titles, previous));
          previous = (int) r;

          if (blocks->len == 0 || !g_str_equal (track, previous_track)
              || list_extends (context, r, list) || requirements_sentence_extends (context, r, list)
              || adds_to_level_below (context, r, list))
            continue;

          first = (guint) g_array_index (blocks, int, 0);
          ladder_lint_report_at_block (
              context, "extends-missing", first, ladder_lint_block (context, first)->offset, 0,
              list == LADDER_BULLET_LIST_REQUIREMENTS
                  ? _("Begin these requirements with “Extends that of the … requirements”, naming "
                       "the level below, as the page does elsewhere")
                  : _("Begin these responsibilities with “Extends that of the … "
                       "responsibilities”, naming the level below, as the page does elsewhere"));
        }
    }
}

static void
check_reports_to (Guide *guide)
{
  LintContext *context = guide->context;

  if (!ladder_lint_wants (context, "reports-to-unknown"))
    return;

  for (guint r = 0; r < context->roles->len; r++)
    {
      LadderRole *role = g_ptr_array_index (context->roles, r);
      const char *manager = ladder_role_get_reports_to (role);
      const char *link = ladder_role_get_reports_to_link (role);
      int block = context->role_blocks[r].reports_to;
      const LadderPageBlock *where;
      const char *at;

      if (*manager == '\0' || (link != NULL && *link != '\0') || block < 0
          || find_named_role_full (guide->titles, guide->title_index, manager, -1, TRUE) != -1)
        continue;

      where = ladder_lint_block (context, (guint) block);
      at = g_strstr_len (context->page + where->offset, (gssize) where->length, manager);
      ladder_lint_report (
          context, "reports-to-unknown", at != NULL ? (gsize) (at - context->page) : where->offset,
          at != NULL ? strlen (manager) : 0, (int) r, LADDER_LINT_FIELD_REPORTS_TO, -1,
          /* TRANSLATORS: %s is a role's title */
          _("“%s” is not a role of this family: link it to its job family page"), manager);
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
token_word (LintContext *context,
            guint        token)
{
  return context->arena->str + g_array_index (context->tokens, LintToken, token).text;
}

static void
check_years (LintContext *context)
{
  gboolean entry = ladder_lint_wants (context, "years-of-experience");
  gboolean count = ladder_lint_wants (context, "years-of-experience-count");

  if (!entry && !count)
    return;

  for (guint b = 0; b < context->map->len; b++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, b);
      guint first = g_array_index (context->block_tokens, guint, b);
      guint last = g_array_index (context->block_tokens, guint, b + 1);
      gboolean experience = FALSE;
      LadderRole *role;
      int grade;

      if (block->role < 0
          || (block->kind != LADDER_PAGE_BLOCK_BULLET
              && block->kind != LADDER_PAGE_BLOCK_ROLE_TEXT))
        continue;

      /* Responsibilities may plan for years; requirements count them. */
      for (guint t = first; t < last && !experience; t++)
        {
          const char *word = token_word (context, t);

          experience = word[0] == 'e' && strncmp (word, "experience", strlen ("experience")) == 0;
        }
      if (!experience
          && !(block->kind == LADDER_PAGE_BLOCK_BULLET
               && block->list == LADDER_BULLET_LIST_REQUIREMENTS))
        continue;

      role = g_ptr_array_index (context->roles, block->role);
      grade = ladder_role_get_job_grade (role);

      for (guint t = first; t + 1 < last; t++)
        {
          const LintToken *number = &g_array_index (context->tokens, LintToken, t);
          guint years = t + 1;
          const char *unit;
          const char *between;
          gboolean entry_grade = grade == 4 || grade == 5;

          const char *word = token_word (context, t);
          gboolean unit_near = FALSE;

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
              const char *p = context->page + number->offset + number->length;
              const char *end = context->page + second->offset;
              gboolean dash = FALSE;

              while (p < end && (*p == ' ' || *p == '-' || strncmp (p, "–", strlen ("–")) == 0
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
          if (!(g_str_equal (unit, "years") || g_str_equal (unit, "yrs")
                || g_str_equal (unit, "years'") || g_str_equal (unit, "year's")
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
              && between
                     != context->page + g_array_index (context->tokens, LintToken, years).offset)
            continue;

          {
            const LintToken *end = &g_array_index (context->tokens, LintToken, years);
            gsize length = end->offset + end->length - number->offset;
            g_autofree char *phrase = g_strndup (context->page + number->offset, length);

            if (entry_grade && entry)
              ladder_lint_report_at_block (
                  context, "years-of-experience", b, number->offset, length,
                  /* TRANSLATORS: %s is a phrase from the page, %d a grade */
                  _("“%s”: grade %d asks for no years of experience; describe the skills instead"),
                  phrase, grade);
            else if (!entry_grade && count)
              ladder_lint_report_at_block (context, "years-of-experience-count", b, number->offset,
                                           length,
                                           _("“%s” counts years of experience: describe the "
                                              "skills and results that count instead"),
                                           phrase);
          }
          t = years;
        }
    }
}

void
ladder_lint_check_guidelines (LintContext *context)
{
  Guide guide = { .context = context };

  guide.titles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint r = 0; r < context->roles->len; r++)
    g_ptr_array_add (
        guide.titles,
        name_words (ladder_role_get_title (g_ptr_array_index (context->roles, r)), -1));
  guide.title_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint r = 0; r < context->roles->len; r++)
    {
      char *key = join_words (g_ptr_array_index (guide.titles, r));

      if (*key == '\0' || g_hash_table_contains (guide.title_index, key))
        g_free (key);
      else
        g_hash_table_insert (guide.title_index, key, GINT_TO_POINTER ((int) r + 1));
    }
  guide.kinds = classify_roles (context);

  context->role_owner = g_new (int, MAX (context->roles->len, 1));
  for (guint r = 0; r < context->roles->len; r++)
    context->role_owner[r]
        = guide.kinds[r] == ROLE_CONTINUATION && r > 0 ? context->role_owner[r - 1] : (int) r;

  if (ladder_lint_wants (context, "front-matter-title"))
    check_title (context);
  check_family_parts (context);
  check_gitlab_requirement (&guide);
  check_missing_grades (&guide);
  check_grades (&guide);
  check_unknown_extends (&guide);
  check_missing_extends (&guide);
  check_reports_to (&guide);
  check_years (context);

  g_ptr_array_unref (guide.titles);
  g_hash_table_unref (guide.title_index);
  g_free (guide.kinds);
}
