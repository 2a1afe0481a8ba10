/* ladder-lint-levels.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include <string.h>

/*
 * What the guideline checks need to know of the family's roles: which of
 * them are levels (and which are specialties, a description of the whole
 * family, or a part of the role before them), which track each level is
 * on, which level a name stands for, and which level an "Extends the …"
 * line points to.
 */

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
add_name_word (GPtrArray *words,
               const char*word)
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
name_words (const char*text,
            gssize     length)
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
same_word (const char*a,
           const char*b)
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
has_word (GPtrArray *words,
          const char*word)
{
  for (guint i = 0; i < words->len; i++)
    if (same_word (g_ptr_array_index (words, i), word))
      return TRUE;

  return FALSE;
}

/* "ps" for "Professional Services": the initials of words that follow
 * each other in @words. */
static gboolean
is_acronym_of (const char*acronym,
               GPtrArray *words)
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
covers (GPtrArray*small,
        GPtrArray*large)
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

static int find_named_role_full (GPtrArray  *titles,
                                 GHashTable *index,
                                 const char *name,
                                 int         except,
                                 gboolean    exact);

/* As a page names a level: loosely (as "Extends the …" does: either name
 * may hold more words than the other), or @exact (word for word). */
int
ladder_lint_find_level (LintGuide *guide,
                        const char*name,
                        int        except,
                        gboolean   exact)
{
  return find_named_role_full (guide->titles, guide->title_index, name, except, exact);
}

static int
find_named_role_full (GPtrArray *titles,
                      GHashTable*index,
                      const char*name,
                      int        except,
                      gboolean   exact)
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

/* Whether a role stands among specialties (or segments) rather than
 * levels: they have no grade of their own. */
static gboolean
is_specialty (LintContext*context,
              LadderRole *role)
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
roles_in_region (GHashTable*counts,
                 LadderRole*role)
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
same_role_named (LadderRole*first,
                 LadderRole*second)
{
  g_autofree char *a = ladder_lint_casefold_trim (ladder_role_get_title (first), -1);
  g_autofree char *b = ladder_lint_casefold_trim (ladder_role_get_title (second), -1);

  return *a != '\0' && *b != '\0' && (g_str_has_prefix (a, b) || g_str_has_prefix (b, a));
}

static LintRoleKind *
classify_roles (LintContext *context)
{
  g_autofree gboolean *headed_specialties = find_headed_specialties (context);
  g_autoptr (GHashTable) counts = count_regions (context);
  guint n_roles = context->roles->len;
  LintRoleKind *kinds = g_new0 (LintRoleKind, MAX (n_roles, 1));
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
        kinds[r] = LINT_ROLE_SPECIALTY;
      else if (!headed && before != NULL && !graded
               && ladder_role_get_region (before) == ladder_role_get_region (role)
               && (n_lists <= 1 || same_role_named (before, role)))
        kinds[r] = LINT_ROLE_CONTINUATION;
      else if (n_roles > 1
               && ((*family_title != '\0' && g_str_equal (title, family_title)
                    && (alone || ladder_role_get_job_grade (role) == LADDER_GRADE_NONE))
                   || (!headed && r == 0)
                   || (alone && ladder_role_get_job_grade (role) == LADDER_GRADE_NONE
                       && largest_region > 1)))
        kinds[r] = LINT_ROLE_FAMILY;
      else
        kinds[r] = LINT_ROLE_LEVEL;
    }

  return kinds;
}

/* ------------------------------------------------------------------ */
/* Roles                                                                */

gsize
ladder_lint_role_place (LintContext*context,
                        guint       role)
{
  LintRoleBlocks *blocks = &context->role_blocks[role];

  if (blocks->heading >= 0)
    return ladder_lint_block (context, (guint) blocks->heading)->offset;

  return ladder_lint_role_offset (context, (int) role);
}

const char *
ladder_lint_first_bullet_text (LadderRole      *role,
                               LadderBulletList list)
{
  if (ladder_role_get_n_bullets (role, list) == 0)
    return NULL;

  return ladder_role_get_bullet_text (role, list, 0);
}

/* The level an "Extends …" line names: the text between "Extends (that
 * of) the" and "responsibilities" or "requirements". */
char *
ladder_lint_extends_target (const char *text)
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

gboolean
ladder_lint_starts_with_extends (const char *text)
{
  return text != NULL && g_ascii_strncasecmp (text, "extends ", strlen ("extends ")) == 0;
}

/* Whether @role's list begins with "Extends …", as the model holds it or
 * as a first bullet. */
gboolean
ladder_lint_list_extends (LintContext     *context,
                          guint            role,
                          LadderBulletList list)
{

  if (context->role_blocks[role].extends[list] >= 0)
    return TRUE;

  return ladder_lint_starts_with_extends (
      ladder_lint_first_bullet_text (g_ptr_array_index (context->roles, role), list));
}

/* "Additional Requirements": a list that adds to the level below's. */
gboolean
ladder_lint_adds_to_level_below (LintContext     *context,
                                 guint            role,
                                 LadderBulletList list)
{
  int heading = context->role_blocks[role].part_heading[list + 1];
  const LadderPageBlock *block;

  if (heading < 0)
    return FALSE;

  block = ladder_lint_block (context, (guint) heading);
  return ladder_lint_contains_folded (context->page + block->offset, block->length, "additional");
}

/* "Extends the … plus:" written as a sentence before the list. */
const LadderPageBlock *
ladder_lint_extends_sentence (LintContext     *context,
                              guint            role,
                              LadderBulletList list)
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

/* The role whose requirements this role's requirements extend, or -1. */
int
ladder_lint_requirements_parent (LintGuide*guide,
                                 guint     role)
{
  LintContext *context = guide->context;
  LadderRole *self = g_ptr_array_index (context->roles, role);
  const char *first;

  /* The level the model says it extends, found by its title. */
  if (context->role_blocks[role].extends[LADDER_BULLET_LIST_REQUIREMENTS] >= 0)
    return MAX (ladder_lint_find_level (guide, ladder_role_get_extends (self), (int) role, FALSE),
                -1);

  first = ladder_lint_first_bullet_text (self, LADDER_BULLET_LIST_REQUIREMENTS);
  if (ladder_lint_starts_with_extends (first))
    {
      g_autofree char *name = ladder_lint_extends_target (first);

      return MAX (ladder_lint_find_level (guide, name, (int) role, FALSE), -1);
    }

  /* "Additional Requirements": those of the level before, in the run. */
  if (ladder_lint_adds_to_level_below (context, role, LADDER_BULLET_LIST_REQUIREMENTS))
    {
      for (int r = (int) role - 1; r >= 0; r--)
        if (ladder_role_get_region (g_ptr_array_index (context->roles, r))
                == ladder_role_get_region (self)
            && guide->kinds[r] == LINT_ROLE_LEVEL)
          return r;
      return -1;
    }

  /* "Extends the … requirements plus:" as a sentence before the list. */
  {
    const LadderPageBlock *block
        = ladder_lint_extends_sentence (context, role, LADDER_BULLET_LIST_REQUIREMENTS);

    if (block != NULL)
      {
        g_autofree char *text = g_strndup (context->page + block->offset, block->length);
        g_autofree char *name = ladder_lint_extends_target (text);

        return MAX (ladder_lint_find_level (guide, name, (int) role, FALSE), -1);
      }
  }

  return -1;
}

/* A title without the words that say how senior it is: the track a level
 * is on ("Senior Analyst" and "Analyst" are on one, "Manager" on
 * another). */
static char *
track_of (GPtrArray *title);

char *
ladder_lint_track_of (LintGuide*guide,
                      guint     role)
{
  return track_of (g_ptr_array_index (guide->titles, role));
}

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

/* ------------------------------------------------------------------ */
/* The guide                                                            */

void
ladder_lint_guide_init (LintGuide  *guide,
                        LintContext*context)
{
  guide->context = context;
  guide->titles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint r = 0; r < context->roles->len; r++)
    g_ptr_array_add (
        guide->titles,
        name_words (ladder_role_get_title (g_ptr_array_index (context->roles, r)), -1));

  guide->title_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint r = 0; r < context->roles->len; r++)
    {
      char *key = join_words (g_ptr_array_index (guide->titles, r));

      if (*key == '\0' || g_hash_table_contains (guide->title_index, key))
        g_free (key);
      else
        g_hash_table_insert (guide->title_index, key, GINT_TO_POINTER ((int) r + 1));
    }

  guide->kinds = classify_roles (context);

  g_free (context->role_owner);
  context->role_owner = g_new (int, MAX (context->roles->len, 1));
  for (guint r = 0; r < context->roles->len; r++)
    context->role_owner[r]
        = guide->kinds[r] == LINT_ROLE_CONTINUATION && r > 0 ? context->role_owner[r - 1] : (int) r;
}

void
ladder_lint_guide_clear (LintGuide *guide)
{
  g_clear_pointer (&guide->titles, g_ptr_array_unref);
  g_clear_pointer (&guide->title_index, g_hash_table_unref);
  g_clear_pointer (&guide->kinds, g_free);
}
