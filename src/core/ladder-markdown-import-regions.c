/* ladder-markdown-import-regions.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-import-private.h"

#include <string.h>

/*
 * Region detection: which headings are roles, and the runs of roles they
 * make in the page (ladder_import_find_regions() below says how).
 */

/* How much of a role blocks from..to hold: the distinct kinds of part
 * headings below @level, a grade counting above all, since a grade is what
 * sets a role apart from a specialty or a general description. */
static guint
count_parts (Importer *importer, guint from, guint to, int level)
{
  gboolean seen[4] = {
    FALSE,
  };
  guint count = 0;

  for (guint i = from; i < to; i++)
    {
      Block *block = block_at (importer, i);

      if (block->type == CMARK_NODE_HEADING && block->part != PART_NONE && block->level > level
          && !seen[block->part])
        {
          seen[block->part] = TRUE;
          count += block->part == PART_GRADE ? 1000 : 1;
        }
    }

  return count;
}

static void
region_clear (gpointer data)
{
  Region *region = data;

  g_clear_pointer (&region->members, g_array_unref);
  g_clear_pointer (&region->lead_title, g_free);
  g_clear_pointer (&region->nested, g_array_unref);
}

/* Higher score first, then page order. */
static int
compare_scores (gconstpointer a, gconstpointer b, gpointer data)
{
  GArray *groups = data;
  guint   first = *(const guint *) a;
  guint   second = *(const guint *) b;
  guint   first_score = g_array_index (groups, Region, first).score;
  guint   second_score = g_array_index (groups, Region, second).score;

  if (first_score != second_score)
    return first_score > second_score ? -1 : 1;

  return first < second ? -1 : first > second;
}

/* A heading that speaks of a part without being one ("Requirements (all
 * levels)", "Responsibilities for Security Engineer roles"): it is no role,
 * and the part headings under it are the parts of the role above it. */
static gboolean
names_a_part (Block *block)
{
  static const char *const words[] = { "responsibilities", "requirements", "job grade" };
  g_autofree char         *lower = NULL;

  if (block->type != CMARK_NODE_HEADING || block->part != PART_NONE)
    return FALSE;

  lower = g_ascii_strdown (block->plain, -1);
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      gsize length = strlen (words[w]);

      for (const char *found = strstr (lower, words[w]); found != NULL;
           found = strstr (found + 1, words[w]))
        if ((found == lower || !g_ascii_isalnum (found[-1])) && !g_ascii_isalnum (found[length]))
          return TRUE;
    }

  return FALSE;
}

/* Text compared as a reader compares names: case and runs of spaces do not
 * matter. */
static char *
name_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString         *key = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t')
        {
          if (key->len > 0 && key->str[key->len - 1] != ' ')
            g_string_append_c (key, ' ');
          continue;
        }
      g_string_append_c (key, *p);
    }

  if (key->len > 0 && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);

  return g_string_free (key, FALSE);
}

/* The name a heading is compared by, made once per heading: @keys holds
 * them by block index. For a part heading, the name of the role it names
 * ("Senior Analyst" for "Senior Analyst Job Grade"), empty for none. */
static const char *
heading_key (Importer *importer, guint index_, char **keys)
{
  if (keys[index_] == NULL)
    {
      Block *block = block_at (importer, index_);

      if (block->part != PART_NONE)
        {
          g_autofree char *prefix = NULL;
          g_autofree char *label = NULL;

          ladder_import_split_part_heading (block, &prefix, &label);
          keys[index_] = name_key (prefix);
        }
      else
        {
          keys[index_] = name_key (block->plain);
        }
    }

  return keys[index_];
}

/* Whether part heading @part is named after heading @heading: "### Junior
 * Analyst Job Grade" after "### Junior Analyst". */
static gboolean
part_named_after (Importer *importer, guint part, int heading, char **keys)
{
  const char *found = heading_key (importer, part, keys);

  return heading >= 0 && *found != '\0'
         && g_str_equal (found, heading_key (importer, (guint) heading, keys));
}

/* A "Job Grades" heading over the levels of the family, each with its own
 * "Job Grade" heading, is the heading of a run of roles, not a part.
 * @known caches the answers (0 unknown, 1 no, 2 yes), so that each range is
 * gone through once. */
static gboolean
holds_roles (Importer *importer, guint heading, guint8 *known)
{
  Block *block = block_at (importer, heading);

  if (known[heading] == 0)
    {
      known[heading] = 1;
      for (guint i = heading + 1; block->part == PART_GRADE && i < block->range_end; i++)
        {
          Block *inner = block_at (importer, i);

          if (inner->type == CMARK_NODE_HEADING && inner->part == PART_GRADE)
            {
              known[heading] = 2;
              break;
            }
        }
    }

  return known[heading] == 2;
}

static guint
score_of_kinds (guint kinds)
{
  return ((kinds >> PART_GRADE) & 1) * 1000 + ((kinds >> PART_RESPONSIBILITIES) & 1)
         + ((kinds >> PART_REQUIREMENTS) & 1);
}

static int
compare_indices (gconstpointer a, gconstpointer b)
{
  guint first = *(const guint *) a;
  guint second = *(const guint *) b;

  return first < second ? -1 : first > second;
}

/* The name a run's first heading would have as a role, when its part
 * headings name two other roles instead ("## Territories", then "### VP
 * (Americas) Responsibilities" and "### VP (EMEA) Responsibilities"): it is
 * the heading of the run, not a role. NULL when it is a role. */
static char *
first_named_role (Importer *importer, guint heading, guint to)
{
  Block           *block = block_at (importer, heading);
  g_autofree char *title = name_key (block->plain);
  g_autofree char *first = NULL;
  g_autofree char *first_key = NULL;
  /* The kinds of part headings named after the first role (bits). */
  guint first_kinds = 0;

  for (guint i = heading + 1; i < to; i++)
    {
      Block           *part = block_at (importer, i);
      g_autofree char *prefix = NULL;
      g_autofree char *label = NULL;
      g_autofree char *key = NULL;

      if (part->type != CMARK_NODE_HEADING || part->part == PART_NONE)
        continue;

      ladder_import_split_part_heading (part, &prefix, &label);
      key = name_key (prefix);

      if (first == NULL)
        {
          if (*key == '\0' || g_str_equal (key, title))
            return NULL;
          first = g_steal_pointer (&prefix);
          first_key = g_steal_pointer (&key);
          first_kinds = 1u << part->part;
          continue;
        }

      /* A part the first role has, named after another: the second role.
       * (Its grade added, the first role's parts start with a grade
       * heading that the second's do not have.) */
      if (*key != '\0' && !g_str_equal (key, first_key) && (first_kinds & (1u << part->part)) != 0)
        return g_steal_pointer (&first);
      if (g_str_equal (key, first_key))
        first_kinds |= 1u << part->part;
    }

  return NULL;
}

/* A heading whose whole range is text that gives a grade ("### Associate
 * Backend Engineer", then "The Associate level in the Engineering Division
 * is a [grade 5](…)." and nothing more, but whom it reports to): a level
 * with its grade alone. */
static gboolean
gives_only_a_grade (Importer *importer, guint heading)
{
  Block   *block = block_at (importer, heading);
  gboolean graded = FALSE;

  if (block->type != CMARK_NODE_HEADING || block->part != PART_NONE || names_a_part (block)
      || block->range_end <= heading + 1)
    return FALSE;

  for (guint i = heading + 1; i < block->range_end; i++)
    {
      Block           *inner = block_at (importer, i);
      g_autofree char *raw = NULL;
      g_autofree char *link = NULL;
      gsize            start, length;
      int              grade;

      if (inner->type == CMARK_NODE_HEADING)
        return FALSE;
      if (graded || inner->type != CMARK_NODE_PARAGRAPH
          || ladder_import_says_whom_role_reports_to (importer, i, block->plain))
        continue;

      raw = ladder_import_block_text (importer, inner);
      /* A sentence of one grade: not a table of levels and their grades
       * (a paragraph of "|" rows to cmark), nor a list of grades. */
      if (raw[0] == '|' || strstr (raw, "\n|") != NULL || g_strstr_len (raw, -1, "grade") == NULL
          || !ladder_import_find_grade (raw, &grade, &start, &length, &link))
        return FALSE;
      g_clear_pointer (&link, g_free);
      if (ladder_import_find_grade (raw + start + length, &grade, &start, &length, &link))
        return FALSE;
      graded = TRUE;
    }

  return graded;
}

/* The last word of a heading, folded: "engineer" for "Associate Backend
 * Engineer". */
static char *
last_word (const Block *block)
{
  const char *text = block->plain != NULL ? block->plain : "";
  const char *end = text + strlen (text);
  const char *start;

  while (end > text && !g_ascii_isalnum (end[-1]))
    end--;
  start = end;
  while (start > text && g_ascii_isalnum (start[-1]))
    start--;

  return g_ascii_strdown (start, end - start);
}

/* A heading with nothing under it right before a level of @group and
 * named like it: such a level with its grade cleared ("### Associate
 * Backend Engineer" before "### Intermediate Backend Engineer"), which
 * read back as text. A heading over the levels ("## Levels", "###
 * Specialties") is named otherwise. */
static gboolean
is_empty_level (Importer *importer, guint heading, Region *group)
{
  Block           *block = block_at (importer, heading);
  g_autofree char *word = NULL;
  g_autofree char *next_word = NULL;
  gboolean         next_is_member = FALSE;

  if (block->part != PART_NONE || names_a_part (block) || block->range_end != heading + 1
      || heading + 1 >= importer->blocks->len)
    return FALSE;

  for (guint m = 0; m < group->members->len && !next_is_member; m++)
    next_is_member = g_array_index (group->members, guint, m) == heading + 1;
  if (!next_is_member)
    return FALSE;

  word = last_word (block);
  next_word = last_word (block_at (importer, heading + 1));
  return *word != '\0' && g_str_equal (word, next_word);
}

/* The group of roles @member joins: those under the same heading, at the
 * same level. */
static gpointer
group_key (Block *member)
{
  return GSIZE_TO_POINTER (((gsize) (member->parent + 1) << 3) | (gsize) member->level);
}

/* Adds to the runs of graded levels the levels beside them that give
 * their grade alone, without part headings, or nothing. */
static void
add_levels_given_a_grade (Importer   *importer,
                          GArray     *groups,
                          GHashTable *group_of,
                          gboolean   *is_candidate,
                          guint      *extent,
                          guint      *kinds,
                          guint      *last_part)
{
  for (guint i = 0; i < importer->blocks->len; i++)
    {
      Block   *block = block_at (importer, i);
      gpointer found;
      Region  *group;

      if (block->type != CMARK_NODE_HEADING || is_candidate[i]
          || !g_hash_table_lookup_extended (group_of, group_key (block), NULL, &found))
        continue;

      group = &g_array_index (groups, Region, GPOINTER_TO_UINT (found));
      /* Only a run of levels, which have grades, not of specialties, nor
       * one role alone (a page's "## Levels" that gives the grade of its
       * one role is not a second role beside a role added after it). */
      if (group->score < score_of_kinds (1u << PART_GRADE) || group->members->len < 2
          || (!gives_only_a_grade (importer, i) && !is_empty_level (importer, i, group)))
        continue;

      is_candidate[i] = TRUE;
      extent[i] = block->range_end;
      kinds[i] = 1u << PART_GRADE;
      last_part[i] = i;
      g_array_append_val (group->members, i);
      g_array_sort (group->members, compare_indices);
      group->start = MIN (group->start, i);
      group->end = MAX (group->end, extent[i]);
    }
}

/* The position in @region's members of the last one before block @index_
 * (members are in page order), or 0. */
static guint
member_position (Region *region, guint index_)
{
  guint low = 0, high = region->members->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (region->members, guint, middle) < index_)
        low = middle + 1;
      else
        high = middle;
    }

  return low > 0 ? low - 1 : 0;
}

/* Whether run @inner stands among the blocks of one role of run @outer,
 * after that role's own parts: it is a further level of @outer ("###
 * Director" after the parts of "## Senior Manager"). Members of @inner
 * before the end of that role's parts are the role's content, not roles.
 * After the last role of @outer, @inner may go on up to @limit. */
static gboolean
nests_in (Region *inner, Region *outer, const guint *last_part, guint limit)
{
  guint position;
  guint member;
  guint next;

  if (outer->members == NULL || inner->members == NULL || outer->members->len == 0
      || inner->start <= outer->start || inner->start >= outer->end)
    return FALSE;

  position = member_position (outer, inner->start);
  member = g_array_index (outer->members, guint, position);
  next = limit;
  if (position + 1 < outer->members->len)
    next = g_array_index (outer->members, guint, position + 1);

  if (inner->end > next)
    return FALSE;

  return g_array_index (inner->members, guint, inner->members->len - 1) > last_part[member];
}

/* Adds the members of @from that come after the parts of the member of
 * @into they stand in to @into, as further levels of its run. They are
 * sorted into place once all runs are taken (finish_members()), so that
 * many runs joining one stay linear. */
static void
add_nested (Region *into, Region *from, const guint *extent, const guint *last_part)
{
  guint   holder = g_array_index (into->members, guint, member_position (into, from->start));
  guint   after = last_part[holder];
  GArray *sources[] = { from->members, from->nested };

  if (into->nested == NULL)
    into->nested = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    for (guint m = 0; sources[s] != NULL && m < sources[s]->len; m++)
      {
        guint member = g_array_index (sources[s], guint, m);

        if (member <= after)
          continue;

        g_array_append_val (into->nested, member);
        into->start = MIN (into->start, member);
        into->end = MAX (into->end, extent[member]);
      }
}

static void
finish_members (Region *region)
{
  if (region->nested == NULL)
    return;

  g_array_append_vals (region->members, region->nested->data, region->nested->len);
  g_array_sort (region->members, compare_indices);
  g_clear_pointer (&region->nested, g_array_unref);
}

/*
 * Decides which headings are roles.
 *
 * Each part heading ("Job Grade", "Responsibilities", "Requirements") is
 * given to the heading of the role it belongs to, the first that applies:
 * the heading it stands under, when it is named after it; the last heading
 * at its level or deeper since a heading above it, when it is named after
 * that one ("### Junior Analyst" then "### Junior Analyst Job Grade", or
 * "#### Senior Manager" then "### Senior Manager Job Grade"); the heading
 * the part heading before it went to, when both are named alike; the
 * heading it stands under, when that is a role already; the role whose
 * parts end right where it stands, when that role has no part of its kind
 * yet (a "## Requirements" written one level too high after "## Manager"'s
 * "### Responsibilities"); else the heading it stands under. A part heading
 * under another part heading is a part of that part's role; headings that
 * only speak of parts ("Requirements (all levels)") are passed over, and a
 * "Job Grades" heading above the levels' own "Job Grade" headings is the
 * heading of their run, not a part. Part headings under no heading at all
 * are the parts of a role without a heading: the page's one role, or the
 * family's description.
 *
 * The headings given parts are the roles. They are grouped by their
 * enclosing heading and level, each group a run of roles (the levels of the
 * family, the specialties). Where runs would overlap, the one holding more
 * parts wins, a grade counting above all; but a run that stands inside one
 * role of another, after that role's parts, is a further level of that run
 * and joins it. The parts without a heading never win over a run with
 * headings, and a grade alone without a heading, on a page of headed
 * roles, is a table of grades, not a role. A heading beside the levels of
 * a run (the same level, under the same heading) that only gives its
 * grade, in a sentence, is a level of that run too.
 */
GArray *
ladder_import_find_regions (Importer *importer)
{
  guint n_blocks = importer->blocks->len;
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) groups = g_array_new (FALSE, TRUE, sizeof (Region));
  g_autoptr (GHashTable) group_of = g_hash_table_new (NULL, NULL);
  g_autofree gboolean *is_candidate = g_new0 (gboolean, n_blocks + 1);
  /* For a part heading, the role heading it belongs to, or -1. */
  g_autofree int *owner = g_new (int, n_blocks + 1);
  /* For a role heading: the first block past its parts, the kinds of
   * parts it has (bits) and its last part heading. */
  g_autofree guint *extent = g_new0 (guint, n_blocks + 1);
  g_autofree guint *kinds = g_new0 (guint, n_blocks + 1);
  g_autofree guint *last_part = g_new0 (guint, n_blocks + 1);
  /* For a block, the innermost role whose parts end there, or -1. */
  g_autofree int    *ends_at = g_new (int, n_blocks + 1);
  g_autofree guint8 *holds = g_new0 (guint8, n_blocks + 1);
  /* Names of headings, as heading_key() makes them; not a GStrv, since
   * only some are made. */
  g_autofree char **keys = g_new0 (char *, n_blocks + 1);
  /* For each level, the last heading at it that may own a part heading
   * named after it, while no heading above that level has come. */
  int      sibling[7];
  int      previous_owner = -1;
  GArray  *order;
  GArray  *regions = g_array_new (FALSE, TRUE, sizeof (Region));
  Region   implicit = { .wrapper = -1 };
  gboolean has_implicit = FALSE;
  int      implicit_level = 6;

  g_array_set_clear_func (groups, region_clear);
  g_array_set_clear_func (regions, region_clear);

  for (guint i = 0; i <= n_blocks; i++)
    owner[i] = ends_at[i] = -1;
  for (guint l = 0; l < G_N_ELEMENTS (sibling); l++)
    sibling[l] = -1;

  for (guint i = 0; i < n_blocks; i++)
    {
      Block *block = block_at (importer, i);
      int    parent;
      int    role = -1;

      if (block->type != CMARK_NODE_HEADING)
        continue;

      if (block->part == PART_NONE || holds_roles (importer, i, holds))
        {
          for (int l = block->level + 1; l < (int) G_N_ELEMENTS (sibling); l++)
            sibling[l] = -1;
          if (block->part == PART_NONE && !names_a_part (block))
            sibling[block->level] = (int) i;
          continue;
        }

      parent = block->parent;
      while (parent >= 0 && names_a_part (block_at (importer, parent)))
        parent = block_at (importer, parent)->parent;

      if (parent >= 0 && block_at (importer, parent)->part != PART_NONE
          && !holds_roles (importer, (guint) parent, holds))
        {
          owner[i] = owner[parent];
          if (owner[i] >= 0)
            kinds[owner[i]] |= 1u << block->part;
          continue;
        }

      if (part_named_after (importer, i, parent, keys))
        role = parent;

      for (int l = block->level; role < 0 && l < (int) G_N_ELEMENTS (sibling); l++)
        if (part_named_after (importer, i, sibling[l], keys))
          role = sibling[l];

      if (role < 0 && previous_owner >= 0 && previous_owner > parent
          && part_named_after (importer, i, previous_owner, keys))
        role = previous_owner;

      if (role < 0 && parent >= 0 && is_candidate[parent])
        role = parent;

      if (role < 0 && ends_at[i] >= 0 && extent[ends_at[i]] == i
          && (kinds[ends_at[i]] & (1u << block->part)) == 0)
        role = ends_at[i];

      if (role < 0)
        role = parent;

      for (int l = block->level + 1; l < (int) G_N_ELEMENTS (sibling); l++)
        sibling[l] = -1;

      if (role < 0)
        {
          if (!has_implicit)
            implicit.start = i;
          has_implicit = TRUE;
          implicit.end = MAX (implicit.end, block->range_end);
          implicit_level = MIN (implicit_level, block->level);
          continue;
        }

      owner[i] = role;
      previous_owner = role;
      if (!is_candidate[role])
        {
          guint index_ = (guint) role;

          is_candidate[role] = TRUE;
          extent[role] = block_at (importer, index_)->range_end;
          g_array_append_val (candidates, index_);
        }
      kinds[role] |= 1u << block->part;
      last_part[role] = i;
      extent[role] = MAX (extent[role], block->range_end);
      if (ends_at[extent[role]] < role)
        ends_at[extent[role]] = role;
    }

  g_array_sort (candidates, compare_indices);

  for (guint c = 0; c < candidates->len; c++)
    {
      guint   index_ = g_array_index (candidates, guint, c);
      Block  *member = block_at (importer, index_);
      Region *group = NULL;
      /* Groups are told apart by their enclosing heading and level. */
      gpointer key = group_key (member);
      gpointer found;

      if (g_hash_table_lookup_extended (group_of, key, NULL, &found))
        group = &g_array_index (groups, Region, GPOINTER_TO_UINT (found));

      if (group == NULL)
        {
          Region fresh = {
            .members = g_array_new (FALSE, FALSE, sizeof (guint)),
            .wrapper = member->parent,
            .start = index_,
          };

          g_hash_table_insert (group_of, key, GUINT_TO_POINTER (groups->len));
          g_array_append_val (groups, fresh);
          group = &g_array_index (groups, Region, groups->len - 1);
        }

      g_array_append_val (group->members, index_);
      group->end = MAX (group->end, extent[index_]);
      group->score += score_of_kinds (kinds[index_]);
    }

  add_levels_given_a_grade (importer, groups, group_of, is_candidate, extent, kinds, last_part);

  /* Best first (the earlier of equals). The runs taken are kept in page
   * order, so a new one is checked against its neighbours only. */
  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), groups->len);
  for (guint g = 0; g < groups->len; g++)
    if (g_array_index (groups, Region, g).score > 0)
      g_array_append_val (order, g);
  g_array_sort_with_data (order, compare_scores, groups);

  for (guint k = 0; k < order->len; k++)
    {
      Region  *group = &g_array_index (groups, Region, g_array_index (order, guint, k));
      guint    low = 0, high = regions->len;
      guint    first, last;
      gboolean all_nested = TRUE;

      /* The first run taken that starts after this one. */
      while (low < high)
        {
          guint middle = low + (high - low) / 2;

          if (g_array_index (regions, Region, middle).start <= group->start)
            low = middle + 1;
          else
            high = middle;
        }

      /* The runs taken that this one overlaps: first..last-1. */
      first = low;
      if (low > 0 && group->start < g_array_index (regions, Region, low - 1).end)
        first = low - 1;
      last = low;
      while (last < regions->len && g_array_index (regions, Region, last).start < group->end)
        last++;

      if (first == last)
        {
          Region region = *group;

          group->members = NULL;
          group->score = 0;
          g_array_insert_val (regions, low, region);
          continue;
        }

      /* Inside one role of a run taken: a further level of it. */
      if (last == first + 1
          && nests_in (group, &g_array_index (regions, Region, first), last_part,
                       last < regions->len ? g_array_index (regions, Region, last).start
                                           : n_blocks))
        {
          Region *outer = &g_array_index (regions, Region, first);

          add_nested (outer, group, extent, last_part);
          continue;
        }

      /* Holding runs taken inside its roles: they are its further levels. */
      for (guint r = first; r < last && all_nested; r++)
        all_nested = nests_in (&g_array_index (regions, Region, r), group, last_part,
                               g_array_index (regions, Region, r).end);

      if (all_nested)
        {
          Region region = *group;

          group->members = NULL;
          group->score = 0;
          for (guint r = first; r < last; r++)
            {
              Region *inner = &g_array_index (regions, Region, r);

              add_nested (&region, inner, extent, last_part);
            }
          g_array_remove_range (regions, first, last - first);
          g_array_insert_val (regions, first, region);
        }
    }

  g_array_unref (order);

  for (guint r = 0; r < regions->len; r++)
    finish_members (&g_array_index (regions, Region, r));

  /* The parts without a role heading, where no run with headings is. */
  if (has_implicit)
    {
      guint low = 0;

      while (low < regions->len && g_array_index (regions, Region, low).start <= implicit.start)
        low++;
      if (low < regions->len)
        implicit.end = MIN (implicit.end, g_array_index (regions, Region, low).start);

      implicit.score = count_parts (importer, implicit.start, implicit.end, implicit_level - 1);

      if ((low == 0 || g_array_index (regions, Region, low - 1).end <= implicit.start)
          && !(regions->len > 0 && implicit.score == score_of_kinds (1u << PART_GRADE)))
        g_array_insert_val (regions, low, implicit);
    }

  /* An enclosing heading stands at the head of its run's section only if
   * nothing else of the page comes between them. */
  for (guint r = 0; r < regions->len; r++)
    {
      Region *region = &g_array_index (regions, Region, r);
      guint   previous_end = r > 0 ? g_array_index (regions, Region, r - 1).end : 0;

      if (region->wrapper >= 0 && (guint) region->wrapper < previous_end)
        region->wrapper = -1;
    }

  /* A first heading whose parts name other roles heads the run. */
  for (guint r = 0; r < regions->len; r++)
    {
      Region *region = &g_array_index (regions, Region, r);
      guint   first;
      guint   to;

      if (region->members == NULL || region->wrapper >= 0)
        continue;

      first = g_array_index (region->members, guint, 0);
      to = region->members->len > 1 ? g_array_index (region->members, guint, 1) : region->end;
      region->lead_title = first_named_role (importer, first, to);
      if (region->lead_title != NULL)
        {
          region->wrapper = (int) first;
          region->start = first + 1;
          g_array_remove_index (region->members, 0);
        }
    }

  for (guint i = 0; i < n_blocks; i++)
    g_free (keys[i]);

  return regions;
}
