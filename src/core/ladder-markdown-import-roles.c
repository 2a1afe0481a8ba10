/* ladder-markdown-import-roles.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-import-private.h"

#include <string.h>

#include "ladder-markdown-blocks.h"
#include "ladder-markdown-text.h"

/*
 * Reading roles: a role's blocks into its fields and slots, the roles
 * without headings that follow it, and "Extends …" lines made into the
 * role's `extends`.
 */

/* A "Job Grade", "Responsibilities" or "Requirements" heading of this role:
 * the first of its kind. The role's blocks are only those ladder_import_find_regions()
 * gave it, so such a heading is the role's at any level: below the role's
 * heading, beside it but named after the role ("### Junior Analyst Job
 * Grade" after "### Junior Analyst"), or one level too high after it. */
static gboolean
is_role_part (RoleReader *reader, Block *block)
{
  return block->part != PART_NONE && !reader->seen[block->part];
}

/* A further Requirements heading while the role's requirements are read
 * ("Nice-to-have Requirements", "Preferred Requirements", "AMER Specific
 * Requirements") qualifies them; it does not start another role. A role
 * that follows without a heading starts with its grade or its
 * responsibilities. */
static gboolean
continues_requirements (RoleReader *reader, Block *block)
{
  return block->part == PART_REQUIREMENTS && reader->part == PART_REQUIREMENTS
         && block->level >= reader->part_level;
}

/* A part heading that names another role than this one, of a kind this
 * role already has: the page goes on with a role that has no heading of
 * its own ("#### Principal Analyst Job Grade" with no "### Principal
 * Analyst" above). Returns that role's title. */
static char *
next_role_title (RoleReader *reader, guint index_, guint to)
{
  Importer        *importer = reader->importer;
  Block           *block = block_at (importer, index_);
  g_autofree char *prefix = NULL;
  g_autofree char *label = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *found = NULL;

  if (block->part == PART_NONE)
    return NULL;

  ladder_import_split_part_heading (block, &prefix, &label);
  if (*prefix == '\0')
    return NULL;

  wanted = g_utf8_casefold (ladder_role_get_title (reader->role), -1);
  found = g_utf8_casefold (prefix, -1);
  if (g_str_equal (wanted, found))
    return NULL;

  /* A part of a kind the role has not had starts the next role when that
   * role goes on with a part the role has had: "VP (EMEA) Job Grade" (its
   * grade added) before "VP (EMEA) Responsibilities", after "VP (Americas)
   * Responsibilities". The grade went to the role before. */
  for (guint i = index_ + 1; !reader->seen[block->part] && i < to; i++)
    {
      Block           *later = block_at (importer, i);
      g_autofree char *later_prefix = NULL;
      g_autofree char *later_label = NULL;
      g_autofree char *later_found = NULL;

      if (later->type != CMARK_NODE_HEADING || later->part == PART_NONE)
        continue;
      ladder_import_split_part_heading (later, &later_prefix, &later_label);
      later_found = g_utf8_casefold (later_prefix, -1);
      if (!g_str_equal (later_found, found))
        break;
      if (reader->seen[later->part])
        return g_steal_pointer (&prefix);
    }

  if (!reader->seen[block->part])
    return NULL;

  return g_steal_pointer (&prefix);
}

/* Reads the role's blocks from..to. Returns where it stopped: @to, or the
 * first block of a role that follows without a heading, whose title it
 * gives in @next_title. */
static guint
read_role_body (RoleReader *reader, guint from, guint to, char **next_title)
{
  Importer *importer = reader->importer;

  for (guint i = from; i < to; i++)
    {
      Block *block = block_at (importer, i);

      if (block->type == CMARK_NODE_HEADING)
        {
          if (continues_requirements (reader, block))
            {
              ladder_import_add_pending (reader, i);
              continue;
            }

          *next_title = next_role_title (reader, i, to);
          if (*next_title != NULL)
            {
              guint stop = i;

              /* The next role's manager, added, is written right before
               * its first part heading: it is that role's. */
              if (reader->pending_last == (int) i - 1
                  && ladder_import_says_whom_role_reports_to (importer, i - 1, *next_title))
                {
                  stop = i - 1;
                  if (reader->pending_first == (int) stop)
                    reader->pending_first = reader->pending_last = -1;
                  else
                    reader->pending_last = (int) stop - 1;
                }
              ladder_import_end_part (reader);
              return stop;
            }

          gboolean direct_part = is_role_part (reader, block);

          if (reader->part != PART_NONE && block->level > reader->part_level && !direct_part)
            {
              ladder_import_add_pending (reader, i);
              continue;
            }

          if (direct_part)
            {
              ladder_import_start_part (reader, block, i);
              continue;
            }

          /* Any other heading starts a subsection of the role. */
          {
            guint end = MIN (block->range_end, to);
            g_autoptr (LadderSection) section = NULL;

            /* A part heading further down still belongs to the role. */
            for (guint j = i + 1; j < end; j++)
              {
                Block *other = block_at (importer, j);

                if (other->type == CMARK_NODE_HEADING && is_role_part (reader, other))
                  {
                    end = j;
                    break;
                  }
              }

            ladder_import_end_part (reader);
            section = ladder_import_read_section (importer, i, end);
            ladder_role_insert_subsection (
                reader->role, g_list_model_get_n_items (ladder_role_get_subsections (reader->role)),
                section);
            ladder_import_add_slot (reader, LADDER_SLOT_SUBSECTION);
            i = end - 1;
          }
          continue;
        }

      switch (reader->part)
        {
        case PART_GRADE:
          if (ladder_role_get_job_grade (reader->role) == LADDER_GRADE_NONE
              && ladder_import_read_grade (reader, block))
            continue;
          break;

        case PART_RESPONSIBILITIES:
        case PART_REQUIREMENTS:
          if (block->type == CMARK_NODE_LIST)
            {
              ladder_import_read_list (reader, i);
              continue;
            }
          break;

        case PART_NONE:
        default:
          if (*ladder_role_get_reports_to (reader->role) == '\0'
              && ladder_import_read_reports_to (reader, block))
            continue;
          if (ladder_role_get_job_grade (reader->role) == LADDER_GRADE_NONE
              && !reader->seen[PART_GRADE] && block->type == CMARK_NODE_PARAGRAPH)
            {
              g_autofree char *raw = ladder_import_block_text (importer, block);
              g_autofree char *link = NULL;
              gsize            start, length;
              int              grade;

              g_autofree char *lower = g_ascii_strdown (raw, -1);

              /* "is a [Grade 8](…)": the word in any case. Only the
               * link's "#job-grades" had it read; with another link the
               * grade was lost on reopening. */
              if (strstr (lower, "grade") != NULL
                  && ladder_import_find_grade (raw, &grade, &start, &length, &link)
                  && ladder_import_read_grade (reader, block))
                continue;
            }
          break;
        }

      ladder_import_add_pending (reader, i);
    }

  ladder_import_end_part (reader);
  return to;
}

static gboolean
slot_is_default (const LadderSlot *slot, LadderSlotKind kind, int sublevel, gboolean prefixed)
{
  if (slot->kind != kind || !ladder_origin_is_default (&slot->origin) || slot->label != NULL
      || slot->marker != NULL || slot->carries_extends)
    return FALSE;

  if (ladder_slot_kind_is_heading (kind))
    return slot->level == sublevel && slot->prefixed == prefixed;

  return TRUE;
}

/* Roles written exactly as the template writes them keep no slots, but
 * for one whose list starts "Extends …": the line may be its extends,
 * which a slot carries. */
static void
simplify_slots (RoleReader *reader)
{
  static const LadderSlotKind template[] = {
    LADDER_SLOT_REPORTS_TO,
    LADDER_SLOT_GRADE_HEADING,
    LADDER_SLOT_GRADE,
    LADDER_SLOT_RESPONSIBILITIES_HEADING,
    LADDER_SLOT_RESPONSIBILITIES,
    LADDER_SLOT_REQUIREMENTS_HEADING,
    LADDER_SLOT_REQUIREMENTS,
  };
  LadderRole *role = reader->role;
  guint       n_subsections = g_list_model_get_n_items (ladder_role_get_subsections (role));

  if (reader->slots->len != G_N_ELEMENTS (template) + n_subsections
      || reader->n_extends_candidates > 0 || *ladder_role_get_reports_to (role) == '\0'
      || ladder_role_get_job_grade (role) == LADDER_GRADE_NONE || reader->level != 3)
    return;

  for (guint i = 0; i < reader->slots->len; i++)
    {
      LadderSlotKind kind = i < G_N_ELEMENTS (template) ? template[i] : LADDER_SLOT_SUBSECTION;

      if (!slot_is_default (g_ptr_array_index (reader->slots, i), kind, reader->sublevel, TRUE))
        return;
    }

  g_ptr_array_set_size (reader->slots, 0);
}

static LadderRole *
read_role (Importer   *importer,
           int         heading,
           const char *title,
           int         level,
           guint       from,
           guint       to,
           guint      *stopped,
           char      **next_title)
{
  g_autoptr (LadderRole) role = ladder_role_new (title);
  gboolean   had_parts;
  RoleReader reader = {
    .importer = importer,
    .role = role,
    .slots = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_slot_free),
    .level = level,
    .sublevel = ladder_block_subheading_level (level),
    .heading = heading,
    .pending_first = -1,
    .pending_last = -1,
  };

  ladder_role_set_heading_level (role, level);

  if (heading >= 0)
    {
      Block           *block = block_at (importer, heading);
      g_autofree char *raw = ladder_import_block_text (importer, block);
      g_autofree char *canonical = ladder_block_title_heading (level, title);
      LadderOrigin    *origin = ladder_role_get_heading_origin (role);

      ladder_origin_set_source (origin, raw, canonical);
      origin->gap = ladder_import_block_gap (importer, block, "\n");
    }

  *stopped = read_role_body (&reader, from, to, next_title);

  /* A role with no parts at all on its page keeps an empty list of slots,
   * which says so: its export adds no list headings (a new role, without
   * slots, gets them). */
  had_parts = reader.slots->len > 0;

  /* A role whose parts all stand at one other level, or without the role
   * prefix, says so in its slots; nothing else is needed. */
  simplify_slots (&reader);

  if (reader.slots->len > 0 || !had_parts)
    ladder_role_take_slots (role, g_steal_pointer (&reader.slots));
  else
    g_clear_pointer (&reader.slots, g_ptr_array_unref);

  g_object_set_data (G_OBJECT (role), "ladder-import-extends-first", reader.extends_candidates[0]);
  g_object_set_data (G_OBJECT (role), "ladder-import-extends-second", reader.extends_candidates[1]);

  return g_steal_pointer (&role);
}

/* Where a page's "Extends" line, written otherwise than Ladder writes it,
 * names the role (as Markdown, but for ASCII case, after the word
 * "Extends"; with the destination of a link to its heading when it is
 * one): the span that a rename writes the new title into, keeping the rest
 * of the line as written. */
static void
note_extended_title (LadderOrigin  *origin,
                     const char    *raw,
                     const char    *marker,
                     const char    *title,
                     LadderSlotKind kind)
{
  g_autofree char *name = ladder_block_extends_name (title, FALSE);
  g_autofree char *linked = ladder_block_extends_name (title, TRUE);
  gsize            name_length = strlen (name);
  gsize            raw_length = strlen (raw);
  gsize            start = 0;

  if (origin->source == NULL || name_length == 0)
    return;

  for (gsize i = 0; i + strlen ("extends") <= raw_length && start == 0; i++)
    if (g_ascii_strncasecmp (raw + i, "extends", strlen ("extends")) == 0)
      start = i + strlen ("extends");

  for (gsize i = start; i + name_length <= raw_length; i++)
    if (g_ascii_strncasecmp (raw + i, name, name_length) == 0)
      {
        g_autofree char *rest
            = ladder_block_extends_markdown (marker, LADDER_VALUE_PLACEHOLDER, kind);
        gsize    linked_length = strlen (linked);
        gboolean is_linked
            = strncmp (raw + i + name_length, linked + name_length, linked_length - name_length)
                  == 0
              && raw[i + linked_length] == ')';
        const char *value = is_linked ? linked : name;

        ladder_origin_set_spanned_source (origin, raw, (int) i, (int) strlen (value), rest, value);
        return;
      }
}

/* Whether @candidate, the first bullet of one of @role's lists, names a
 * role of the family as "Extends that of the Senior X responsibilities"
 * does: then the line becomes the role's `extends`. */
static gboolean
resolve_candidate (LadderFamily       *family,
                   LadderRole         *role,
                   LadderBulletRecord *candidate,
                   const char         *only_title,
                   GHashTable        **by_title)
{
  GPtrArray       *slots = ladder_role_get_slots (role);
  const char      *text;
  const char      *name;
  gsize            length;
  g_autofree char *label = NULL;
  g_autofree char *destination = NULL;
  g_autofree char *plain = NULL;
  LadderRole      *target;
  LadderSlot      *slot = NULL;

  if (candidate == NULL || slots == NULL)
    return FALSE;

  text = candidate->text;
  if (strchr (text, '\n') != NULL)
    return FALSE;

  name = text + strlen ("extends ");
  if (g_str_has_prefix (name, "that of "))
    name += strlen ("that of ");
  if (g_str_has_prefix (name, "the "))
    name += strlen ("the ");

  length = strlen (name);
  while (length > 0 && strchr (".: ", name[length - 1]) != NULL)
    length--;
  if (length > strlen (" responsibilities")
      && g_ascii_strncasecmp (name + length - strlen (" responsibilities"), " responsibilities",
                              strlen (" responsibilities"))
             == 0)
    length -= strlen (" responsibilities");
  else if (length > strlen (" requirements")
           && g_ascii_strncasecmp (name + length - strlen (" requirements"), " requirements",
                                   strlen (" requirements"))
                  == 0)
    length -= strlen (" requirements");

  if (ladder_import_parse_simple_link (name, length, &label, &destination))
    plain = g_steal_pointer (&label);
  else if ((plain = ladder_import_plain_text (name, length)) == NULL)
    return FALSE;

  /* As ladder_family_find_role() finds it, without going through all the
   * roles for each one. */
  if (*by_title == NULL)
    {
      GListModel *model = ladder_family_get_roles (family);
      guint       n_roles = g_list_model_get_n_items (model);

      *by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < n_roles; i++)
        {
          g_autoptr (LadderRole) other = g_list_model_get_item (model, i);
          char *key = g_utf8_casefold (ladder_role_get_title (other), -1);

          if (*key == '\0' || g_hash_table_contains (*by_title, key))
            g_free (key);
          else
            g_hash_table_insert (*by_title, key, other);
        }
    }

  {
    g_autofree char *wanted = g_utf8_casefold (plain, -1);
    g_autofree char *own = g_utf8_casefold (ladder_role_get_title (role), -1);

    /* A role does not extend one of its own title (the page's "Extends
     * that of the Senior X" under Senior X itself, or under a copy of it
     * beside it): the line stays a bullet. */
    if (g_str_equal (wanted, own))
      return FALSE;
    target = g_hash_table_lookup (*by_title, wanted);
  }
  if (target == NULL || target == role
      || (only_title != NULL && g_strcmp0 (ladder_role_get_title (target), only_title) != 0))
    return FALSE;

  for (guint i = 0; i < slots->len && slot == NULL; i++)
    {
      LadderSlot *candidate_slot = g_ptr_array_index (slots, i);

      if (candidate_slot->kind == LADDER_SLOT_RESPONSIBILITIES
          || candidate_slot->kind == LADDER_SLOT_REQUIREMENTS)
        {
          LadderBulletList    which = candidate_slot->kind == LADDER_SLOT_REQUIREMENTS
                                          ? LADDER_BULLET_LIST_REQUIREMENTS
                                          : LADDER_BULLET_LIST_RESPONSIBILITIES;
          GListModel         *bullets = ladder_role_get_bullets (role, which);
          LadderBulletRecord *first = g_list_model_get_n_items (bullets) > 0
                                          ? ladder_role_get_bullet_record (role, which, 0)
                                          : NULL;

          if (first == candidate)
            {
              g_autofree char *canonical = NULL;
              LadderOrigin    *origin = ladder_bullet_record_ensure_origin (candidate);
              g_autofree char *raw = NULL;

              slot = candidate_slot;
              ladder_role_set_extends (role, ladder_role_get_title (target));

              raw = origin->source != NULL
                        ? g_strdup (origin->source)
                        : ladder_block_bullet (slot->marker != NULL ? slot->marker : "-", text);
              canonical = ladder_block_extends (slot->marker != NULL ? slot->marker : "-",
                                                ladder_role_get_extends (role), slot->kind);

              slot->carries_extends = TRUE;
              ladder_origin_set_source (&slot->extends_origin, raw, canonical);
              note_extended_title (&slot->extends_origin, raw,
                                   slot->marker != NULL ? slot->marker : "-",
                                   ladder_role_get_extends (role), slot->kind);
              slot->extends_origin.gap = g_strdup (origin->gap);

              ladder_role_remove_bullet (role, which, 0);
              return TRUE;
            }
        }
    }

  return FALSE;
}

/* "Extends that of the Senior X responsibilities" at the head of a list:
 * when the named role is in the family, the line becomes the role's
 * `extends`. The page's later list is tried first, then, when its line
 * names no role of the family, the earlier's: which line is the extends
 * does not depend on whether the other list starts with one. When both
 * name the same role ("… responsibilities", then "… requirements"), both
 * are: a rename or another choice changes both. */
void
ladder_import_resolve_extends (LadderFamily *family, LadderRole *role, GHashTable **by_title)
{
  LadderBulletRecord *first = g_object_steal_data (G_OBJECT (role), "ladder-import-extends-first");
  LadderBulletRecord *second
      = g_object_steal_data (G_OBJECT (role), "ladder-import-extends-second");

  if (second != NULL && resolve_candidate (family, role, second, NULL, by_title))
    {
      g_autofree char *extended = g_strdup (ladder_role_get_extends (role));

      if (first != NULL)
        resolve_candidate (family, role, first, extended, by_title);
      return;
    }
  if (first != NULL)
    resolve_candidate (family, role, first, NULL, by_title);
}

/* Reads a role, and the roles without headings that may follow it. */
void
ladder_import_read_roles (Importer   *importer,
                          int         heading,
                          const char *title,
                          int         level,
                          guint       from,
                          guint       to)
{
  g_autofree char *current_title = g_strdup (title);

  while (from < to || heading >= 0)
    {
      g_autofree char *next_title = NULL;
      guint            stopped = to;
      g_autoptr (LadderRole) role
          = read_role (importer, heading, current_title, level, from, to, &stopped, &next_title);

      ladder_role_set_region (role, importer->region);
      ladder_family_append_role (importer->family, role);

      if (next_title == NULL)
        break;

      g_free (current_title);
      current_title = g_steal_pointer (&next_title);
      heading = -1;
      level = 0;
      from = stopped;
    }
}
