/* ladder-markdown-export.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-export.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ladder-bullet-private.h"
#include "ladder-error.h"
#include "ladder-front-matter.h"
#include "ladder-markdown-blocks.h"
#include "ladder-markdown-sentence.h"
#include "ladder-markdown-text.h"
#include "ladder-role-slots.h"

#define BLOCK_GAP "\n"
#define BULLET_GAP ""

/* Writes blocks one after another. The blank lines after a block are only
 * written once the next block comes, so the last block's are dropped and
 * the page's own ending is used instead. */
typedef struct
{
  GString *out;
  /* Owned: the gap may belong to layout records freed before it is used. */
  char             *pending_gap;
  gboolean          started;
  LadderExportFlags flags;
  /* When a map of the page is asked for: the blocks so far, what the next
   * one stands for, and each role's position in the family. */
  GArray         *map;
  LadderPageBlock current;
  GHashTable     *role_positions;
} Emitter;

static void
mark (Emitter            *emitter,
      LadderPageBlockKind kind,
      int                 section,
      LadderSlotKind      slot,
      LadderBulletList    list,
      int                 bullet)
{
  emitter->current.kind = kind;
  emitter->current.section = section;
  emitter->current.slot = slot;
  emitter->current.list = list;
  emitter->current.bullet = bullet;
}

static gboolean
is_canonical (Emitter *emitter)
{
  return (emitter->flags & LADDER_EXPORT_CANONICAL) != 0;
}

static const char *
gap_or (Emitter *emitter, const LadderOrigin *origin, const char *fallback)
{
  if (is_canonical (emitter) || origin == NULL || origin->gap == NULL)
    return fallback;

  return origin->gap;
}

static void
set_pending_gap (Emitter *emitter, const char *gap)
{
  if (emitter->pending_gap == gap)
    return;

  g_free (emitter->pending_gap);
  emitter->pending_gap = g_strdup (gap);
}

static void
emit_block (Emitter *emitter, const char *text, const char *gap)
{
  gsize length = strlen (text);

  /* Verbatim Markdown typed in the editor may end in newlines; blank lines
   * between blocks are the emitter's business. */
  while (length > 0 && text[length - 1] == '\n')
    length--;

  if (emitter->started)
    g_string_append (emitter->out, emitter->pending_gap);

  if (emitter->map != NULL)
    {
      LadderPageBlock block = emitter->current;

      block.offset = emitter->out->len;
      block.length = length;
      g_array_append_val (emitter->map, block);
    }

  g_string_append_len (emitter->out, text, length);
  g_string_append_c (emitter->out, '\n');
  set_pending_gap (emitter, gap);
  emitter->started = TRUE;
}

/* emit_block () of ladder_block_bullet (@marker, @text), without making
 * the bullet's text first. */
static void
emit_bullet (Emitter *emitter, const char *marker, const char *text, const char *gap)
{
  gsize start;

  if (emitter->started)
    g_string_append (emitter->out, emitter->pending_gap);

  start = emitter->out->len;
  ladder_block_append_bullet (emitter->out, marker, text);
  while (emitter->out->len > start && emitter->out->str[emitter->out->len - 1] == '\n')
    g_string_truncate (emitter->out, emitter->out->len - 1);

  if (emitter->map != NULL)
    {
      LadderPageBlock block = emitter->current;

      block.offset = start;
      block.length = emitter->out->len - start;
      g_array_append_val (emitter->map, block);
    }

  g_string_append_c (emitter->out, '\n');
  set_pending_gap (emitter, gap);
  emitter->started = TRUE;
}

/* Writes a block as the page wrote it while its values are unchanged, and
 * in the canonical form otherwise. */
static void
emit_with_origin (Emitter            *emitter,
                  const LadderOrigin *origin,
                  const char         *canonical,
                  const char         *gap)
{
  if (!is_canonical (emitter) && ladder_origin_matches (origin, canonical))
    emit_block (emitter, origin->source, gap);
  else
    emit_block (emitter, canonical, gap);
}

/* A sentence with its main value at a known place: when only that value
 * changed, the new value is written into the sentence as the page had it;
 * when the role's title or the grade's link changed, see
 * ladder_sentence_rewrite(). */
static void
emit_spanned (Emitter            *emitter,
              const LadderOrigin *origin,
              const char         *canonical_rest,
              const char         *value_markdown,
              LadderSentenceKind  kind,
              const char         *title,
              const char         *link,
              const char         *gap)
{
  g_autofree char *canonical = NULL;
  const char      *placeholder = strstr (canonical_rest, LADDER_VALUE_PLACEHOLDER);
  GString         *full;

  if (!is_canonical (emitter) && origin->source != NULL && origin->span_start >= 0
      && origin->fingerprint == ladder_fingerprint (canonical_rest)
      && (gsize) origin->span_start + (gsize) origin->span_length <= strlen (origin->source))
    {
      if (origin->value_fingerprint == ladder_fingerprint (value_markdown))
        {
          emit_block (emitter, origin->source, gap);
        }
      else
        {
          g_autoptr (GString) text = g_string_new_len (origin->source, origin->span_start);

          g_string_append (text, value_markdown);
          g_string_append (text, origin->source + origin->span_start + origin->span_length);
          emit_block (emitter, text->str, gap);
        }
      return;
    }

  if (!is_canonical (emitter))
    {
      g_autofree char *kept = ladder_sentence_rewrite (origin, kind, title, link, value_markdown);

      if (kept != NULL)
        {
          emit_block (emitter, kept, gap);
          return;
        }
    }

  g_assert (placeholder != NULL);
  full = g_string_new_len (canonical_rest, placeholder - canonical_rest);
  g_string_append (full, value_markdown);
  g_string_append (full, placeholder + strlen (LADDER_VALUE_PLACEHOLDER));
  canonical = g_string_free (full, FALSE);

  emit_with_origin (emitter, origin, canonical, gap);
}

static void
emit_section (Emitter *emitter, LadderSection *section, int position)
{
  int         level = ladder_section_get_level (section);
  const char *body = ladder_section_get_body (section);

  if (level > 0)
    {
      mark (emitter, LADDER_PAGE_BLOCK_SECTION_HEADING, position, LADDER_SLOT_SUBSECTION, 0, -1);
      g_autofree char *canonical
          = ladder_block_title_heading (level, ladder_section_get_heading (section));

      emit_with_origin (emitter, ladder_section_get_heading_origin (section), canonical,
                        gap_or (emitter, ladder_section_get_heading_origin (section), BLOCK_GAP));
    }

  if (*body != '\0')
    {
      mark (emitter, LADDER_PAGE_BLOCK_SECTION_BODY, position, LADDER_SLOT_SUBSECTION, 0, -1);
      emit_block (emitter, body,
                  gap_or (emitter, ladder_section_get_body_origin (section), BLOCK_GAP));
    }
}

typedef struct
{
  LadderRole *role;
  int         level;
  int         sublevel;
  gboolean    prefixed;
  gboolean    has_grade_slot;
  /* The grade cleared, words of its paragraph kept. */
  gboolean grade_text_kept;
  guint    next_subsection;
} RoleContext;

static void
emit_heading_slot (Emitter *emitter, RoleContext *context, const LadderSlot *slot)
{
  g_autofree char *canonical = NULL;
  const char      *label = slot->label;
  int              level = slot->level > 0 ? slot->level : context->sublevel;
  gboolean         prefixed = slot->level > 0 ? slot->prefixed : context->prefixed;

  if (is_canonical (emitter) || label == NULL)
    label = ladder_slot_default_label (slot->kind);
  if (is_canonical (emitter))
    {
      level = context->sublevel;
      prefixed = context->prefixed;
    }

  canonical = ladder_block_heading (level, prefixed ? ladder_role_get_title (context->role) : NULL,
                                    label);
  emit_with_origin (emitter, &slot->origin, canonical, gap_or (emitter, &slot->origin, BLOCK_GAP));
}

/* "Extends that of the …": as the page wrote it, and when the role it
 * names was renamed, with the new title where the page had the old one, in
 * the page's own words ("Extends the …", "… responsibilities" in a list of
 * requirements), a link to its heading going to the new heading. */
static void
emit_extends (Emitter            *emitter,
              const LadderOrigin *origin,
              const char         *marker,
              const char         *extends,
              LadderSlotKind      kind,
              const char         *gap)
{
  g_autofree char *canonical = NULL;

  if (!is_canonical (emitter) && origin->source != NULL && origin->span_start >= 0
      && (gsize) origin->span_start + (gsize) origin->span_length <= strlen (origin->source))
    {
      g_autofree char *rest
          = ladder_block_extends_markdown (marker, LADDER_VALUE_PLACEHOLDER, kind);

      if (origin->fingerprint == ladder_fingerprint (rest))
        {
          const char      *span = origin->source + origin->span_start;
          gboolean         linked = g_strstr_len (span, origin->span_length, "](#") != NULL;
          g_autofree char *value = ladder_block_extends_name (extends, linked);
          g_autoptr (GString) text = g_string_new (origin->source);

          if (origin->value_fingerprint != ladder_fingerprint (value))
            {
              g_string_truncate (text, (gsize) origin->span_start);
              g_string_append (text, value);
              g_string_append (text, span + origin->span_length);
            }
          emit_block (emitter, text->str, gap);
          return;
        }
    }

  canonical = ladder_block_extends (marker, extends, kind);
  emit_with_origin (emitter, origin, canonical, gap);
}

static void
emit_bullets (Emitter *emitter, RoleContext *context, const LadderSlot *slot)
{
  LadderBulletList which = slot->kind == LADDER_SLOT_REQUIREMENTS
                               ? LADDER_BULLET_LIST_REQUIREMENTS
                               : LADDER_BULLET_LIST_RESPONSIBILITIES;
  guint            n_items = ladder_role_get_n_bullets (context->role, which);
  const char      *marker = slot->marker != NULL && !is_canonical (emitter) ? slot->marker : "-";
  const char      *extends = ladder_role_get_extends (context->role);
  gboolean         wrote = FALSE;
  /* Where the bullet written last starts in the page. */
  gsize bullet_start = 0;

  if (slot->carries_extends && *extends != '\0')
    {
      mark (emitter, LADDER_PAGE_BLOCK_EXTENDS, -1, slot->kind, which, -1);
      emit_extends (emitter, &slot->extends_origin, marker, extends, slot->kind,
                    gap_or (emitter, &slot->extends_origin, BULLET_GAP));
      wrote = TRUE;
    }

  for (guint i = 0; i < n_items; i++)
    {
      LadderBulletRecord *bullet = ladder_role_get_bullet_record (context->role, which, i);
      const char         *prefix = ladder_bullet_record_peek_prefix (bullet);
      const LadderOrigin *origin;
      g_autofree char    *canonical = NULL;

      if (prefix != NULL && *prefix != '\0')
        {
          const char *prefix_gap = ladder_bullet_record_peek_prefix_gap (bullet);

          /* Text between bullets that would read back as the end of the
           * bullet right above it (after an edit, another bullet than the
           * page had there) stands a blank line below it. */
          if (i > 0 && strchr (emitter->pending_gap, '\n') == NULL
              && ladder_markdown_joins_bullet_above (emitter->out->str + bullet_start,
                                                     emitter->out->len - bullet_start, prefix))
            set_pending_gap (emitter, BLOCK_GAP);
          mark (emitter, LADDER_PAGE_BLOCK_ROLE_TEXT, -1, LADDER_SLOT_TEXT, which, (int) i);
          emit_block (emitter, prefix,
                      prefix_gap != NULL && !is_canonical (emitter) ? prefix_gap : BLOCK_GAP);
        }

      mark (emitter, LADDER_PAGE_BLOCK_BULLET, -1, slot->kind, which, (int) i);
      bullet_start = emitter->out->len + (emitter->started ? strlen (emitter->pending_gap) : 0);
      origin = ladder_bullet_record_peek_origin (bullet);
      if (origin->source == NULL)
        {
          /* Written as the exporter writes it: straight into the page. */
          emit_bullet (emitter, marker, bullet->text, gap_or (emitter, origin, BULLET_GAP));
        }
      else
        {
          canonical = ladder_block_bullet (marker, bullet->text);
          emit_with_origin (emitter, origin, canonical, gap_or (emitter, origin, BULLET_GAP));
        }
      wrote = TRUE;
    }

  if (wrote)
    set_pending_gap (emitter, gap_or (emitter, &slot->origin, BLOCK_GAP));
}

static void
emit_slot (Emitter *emitter, RoleContext *context, const LadderSlot *slot)
{
  LadderRole *role = context->role;
  const char *title = ladder_role_get_title (role);

  switch (slot->kind)
    {
    case LADDER_SLOT_TEXT:
      mark (emitter, LADDER_PAGE_BLOCK_ROLE_TEXT, -1, slot->kind, 0, -1);
      if (slot->origin.source != NULL && *slot->origin.source != '\0')
        emit_block (emitter, slot->origin.source, gap_or (emitter, &slot->origin, BLOCK_GAP));
      break;

    case LADDER_SLOT_REPORTS_TO:
      if (*ladder_role_get_reports_to (role) != '\0')
        {
          g_autofree char *manager = ladder_block_manager (ladder_role_get_reports_to (role),
                                                           ladder_role_get_reports_to_link (role));
          g_autofree char *rest = ladder_block_reports_to (title, LADDER_VALUE_PLACEHOLDER);

          mark (emitter, LADDER_PAGE_BLOCK_REPORTS_TO, -1, slot->kind, 0, -1);
          emit_spanned (emitter, &slot->origin, rest, manager, LADDER_SENTENCE_REPORTS_TO, title,
                        NULL, gap_or (emitter, &slot->origin, BLOCK_GAP));
        }
      else if (!is_canonical (emitter))
        {
          /* The manager cleared: the sentence that named them goes, the
           * rest of its paragraph stays. */
          g_autofree char *kept = ladder_sentence_drop (&slot->origin);

          if (kept != NULL)
            {
              mark (emitter, LADDER_PAGE_BLOCK_ROLE_TEXT, -1, slot->kind, 0, -1);
              emit_block (emitter, kept, gap_or (emitter, &slot->origin, BLOCK_GAP));
            }
        }
      break;

    case LADDER_SLOT_GRADE_HEADING:
      /* A heading over a grade the page wrote in its own words stays; one
       * over a grade that has been cleared goes with it, unless words of
       * the page's stay under it. */
      mark (emitter, LADDER_PAGE_BLOCK_PART_HEADING, -1, slot->kind, 0, -1);
      if (ladder_role_get_job_grade (role) != LADDER_GRADE_NONE || !context->has_grade_slot
          || context->grade_text_kept)
        emit_heading_slot (emitter, context, slot);
      break;

    case LADDER_SLOT_GRADE:
      if (ladder_role_get_job_grade (role) != LADDER_GRADE_NONE)
        {
          g_autofree char *value = ladder_block_grade_value (ladder_role_get_job_grade (role));
          g_autofree char *rest = ladder_block_grade (title, LADDER_VALUE_PLACEHOLDER,
                                                      ladder_role_get_grade_link (role));

          mark (emitter, LADDER_PAGE_BLOCK_GRADE, -1, slot->kind, 0, -1);
          emit_spanned (emitter, &slot->origin, rest, value, LADDER_SENTENCE_GRADE, title,
                        ladder_role_get_grade_link (role),
                        gap_or (emitter, &slot->origin, BLOCK_GAP));
        }
      else if (!is_canonical (emitter))
        {
          /* The grade cleared: its sentence goes, the rest of its
           * paragraph stays. */
          g_autofree char *kept = ladder_sentence_drop (&slot->origin);

          if (kept != NULL)
            {
              mark (emitter, LADDER_PAGE_BLOCK_ROLE_TEXT, -1, slot->kind, 0, -1);
              emit_block (emitter, kept, gap_or (emitter, &slot->origin, BLOCK_GAP));
            }
        }
      break;

    case LADDER_SLOT_RESPONSIBILITIES_HEADING:
    case LADDER_SLOT_REQUIREMENTS_HEADING:
      mark (emitter, LADDER_PAGE_BLOCK_PART_HEADING, -1, slot->kind, 0, -1);
      emit_heading_slot (emitter, context, slot);
      break;

    case LADDER_SLOT_RESPONSIBILITIES:
    case LADDER_SLOT_REQUIREMENTS:
      emit_bullets (emitter, context, slot);
      break;

    case LADDER_SLOT_SUBSECTION:
      {
        GListModel *subsections = ladder_role_get_subsections (role);

        if (context->next_subsection < g_list_model_get_n_items (subsections))
          {
            guint position = context->next_subsection++;
            g_autoptr (LadderSection) section = g_list_model_get_item (subsections, position);

            emit_section (emitter, section, (int) position);
          }
      }
      break;

    case LADDER_N_SLOT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
emit_role (Emitter *emitter, LadderRole *role)
{
  g_autoptr (GPtrArray) slots = ladder_role_dup_page_slots (role);
  RoleContext context = {
    .role = role,
    .level = ladder_role_get_heading_level (role),
  };

  if (is_canonical (emitter) && context.level > 0)
    context.level = 3;

  context.sublevel = ladder_block_subheading_level (context.level);
  context.has_grade_slot = ladder_slots_have (slots, LADDER_SLOT_GRADE);
  if (context.has_grade_slot && ladder_role_get_job_grade (role) == LADDER_GRADE_NONE
      && !is_canonical (emitter))
    for (guint i = 0; i < slots->len; i++)
      {
        const LadderSlot *slot = g_ptr_array_index (slots, i);
        g_autofree char  *kept = NULL;

        if (slot->kind == LADDER_SLOT_GRADE
            && (kept = ladder_sentence_drop (&slot->origin)) != NULL)
          context.grade_text_kept = TRUE;
      }
  context.prefixed = context.level > 0;

  if (emitter->role_positions != NULL)
    emitter->current.role
        = GPOINTER_TO_INT (g_hash_table_lookup (emitter->role_positions, role)) - 1;

  if (context.level > 0)
    {
      mark (emitter, LADDER_PAGE_BLOCK_ROLE_HEADING, -1, LADDER_SLOT_TEXT, 0, -1);
      g_autofree char *canonical
          = ladder_block_title_heading (context.level, ladder_role_get_title (role));
      LadderOrigin *origin = ladder_role_get_heading_origin (role);

      emit_with_origin (emitter, origin, canonical, gap_or (emitter, origin, BLOCK_GAP));
    }

  for (guint i = 0; i < slots->len; i++)
    emit_slot (emitter, &context, g_ptr_array_index (slots, i));

  emitter->current.role = -1;
}

/* The roles of each run, in order; the last run also takes any role whose
 * run the page no longer has. Sorted once, so that a page of many runs
 * does not go through all the roles for each. */
static GPtrArray *
roles_by_region (LadderFamily *family, guint n_regions)
{
  GListModel *roles = ladder_family_get_roles (family);
  guint       n_roles = g_list_model_get_n_items (roles);
  GPtrArray  *by_region = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint r = 0; r < MAX (n_regions, 1); r++)
    g_ptr_array_add (by_region, g_ptr_array_new_with_free_func (g_object_unref));

  for (guint i = 0; i < n_roles; i++)
    {
      LadderRole *role = g_list_model_get_item (roles, i);
      guint       region = MIN (ladder_role_get_region (role), by_region->len - 1);

      g_ptr_array_add (g_ptr_array_index (by_region, region), role);
    }

  return by_region;
}

static void
emit_roles (Emitter *emitter, GPtrArray *by_region, guint region)
{
  GPtrArray *roles = g_ptr_array_index (by_region, MIN (region, by_region->len - 1));

  for (guint i = 0; i < roles->len; i++)
    emit_role (emitter, g_ptr_array_index (roles, i));
}

static guint
count_roles_sections (GListModel *sections)
{
  guint n_sections = g_list_model_get_n_items (sections);
  guint count = 0;

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
        count++;
    }

  return count;
}

static void
emit_front_matter (Emitter *emitter, LadderFamily *family)
{
  LadderFamilyLayout *layout = ladder_family_get_layout (family);
  guint               n_entries = ladder_family_get_n_front_matter (family);
  g_autoptr (GString) text = NULL;

  if (!layout->has_front_matter && n_entries == 0)
    return;

  text = g_string_new (NULL);
  g_string_append (text, layout->front_matter_open != NULL && !is_canonical (emitter)
                             ? layout->front_matter_open
                             : "---");
  g_string_append_c (text, '\n');

  for (guint i = 0; i < n_entries; i++)
    {
      const char *key = ladder_family_get_front_matter_key (family, i);
      const char *yaml = ladder_family_get_front_matter_yaml (family, i);

      if (key != NULL)
        {
          g_string_append (text, key);
          g_string_append_c (text, ':');
        }
      g_string_append (text, yaml);
      g_string_append_c (text, '\n');
    }

  g_string_append (text, layout->front_matter_close != NULL && !is_canonical (emitter)
                             ? layout->front_matter_close
                             : "---");

  mark (emitter, LADDER_PAGE_BLOCK_FRONT_MATTER, -1, LADDER_SLOT_TEXT, 0, -1);
  emit_block (emitter, text->str, gap_or (emitter, &layout->front_matter, BLOCK_GAP));
}

/**
 * ladder_markdown_export:
 * @family: the family to write
 * @flags: how to write it
 *
 * Writes @family as a handbook page. A family imported from a page comes
 * out as the page was, but for what was edited since.
 *
 * Returns: (transfer full): the page's Markdown
 */
GString *
ladder_markdown_export (LadderFamily *family, LadderExportFlags flags)
{
  return ladder_markdown_export_mapped (family, flags, NULL);
}

/* Room for the page and its map, found from the bullets (most of a large
 * page), so that they are not copied to larger blocks over and over as
 * they grow: the page of 60,000 bullets is 6 MB. A guess too small only
 * grows as before; what a guess too large leaves unwritten takes no
 * memory. */
#define BYTES_PER_ROLE 512
#define BLOCKS_PER_ROLE 12

static void
reserve (Emitter *emitter, LadderFamily *family)
{
  GListModel *roles = ladder_family_get_roles (family);
  guint       n_roles = g_list_model_get_n_items (roles);
  gsize       n_bytes = 8192, n_blocks = 64;

  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      n_bytes += BYTES_PER_ROLE;
      n_blocks += BLOCKS_PER_ROLE;
      for (LadderBulletList list = LADDER_BULLET_LIST_RESPONSIBILITIES;
           list <= LADDER_BULLET_LIST_REQUIREMENTS; list++)
        {
          guint n_bullets = ladder_role_get_n_bullets (role, list);

          n_blocks += n_bullets;
          for (guint j = 0; j < n_bullets; j++)
            /* "- " and the newline, and room for a gap or a prefix */
            n_bytes
                += g_ref_string_length (ladder_role_get_bullet_record (role, list, j)->text) + 8;
        }
    }

  /* Room for that much more than is there: a map may be added to. */
  if (emitter->out->len + n_bytes > emitter->out->allocated_len)
    {
      gsize length = emitter->out->len;

      g_string_set_size (emitter->out, length + n_bytes);
      g_string_set_size (emitter->out, length);
    }

  if (emitter->map != NULL)
    {
      guint length = emitter->map->len;

      g_array_set_size (emitter->map, (guint) MIN (length + n_blocks, G_MAXUINT));
      g_array_set_size (emitter->map, length);
    }
}

/**
 * ladder_markdown_export_mapped:
 * @family: the family to write
 * @flags: how to write it
 * @blocks: (nullable) (element-type LadderPageBlock): where to add a
 *   #LadderPageBlock for each block written, in page order
 *
 * Writes @family as ladder_markdown_export() does, and says which part of
 * the model each block of the page stands for. A page imported and not
 * edited since is written back as it was, so the map gives the places of
 * the page that was read.
 *
 * Returns: (transfer full): the page's Markdown
 */
GString *
ladder_markdown_export_mapped (LadderFamily *family, LadderExportFlags flags, GArray *blocks)
{
  LadderFamilyLayout *layout;
  GListModel         *sections;
  guint               n_sections;
  guint               n_regions;
  guint               region = 0;
  GPtrArray          *by_region;
  Emitter             emitter = {
                .out = g_string_sized_new (8192),
                .pending_gap = g_strdup (""),
                .flags = flags,
                .map = blocks,
                .current = { .role = -1, .section = -1, .bullet = -1 },
  };

  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  layout = ladder_family_get_layout (family);
  sections = ladder_family_get_sections (family);
  n_sections = g_list_model_get_n_items (sections);
  n_regions = count_roles_sections (sections);

  if (blocks != NULL)
    {
      GListModel *roles = ladder_family_get_roles (family);
      guint       n_roles = g_list_model_get_n_items (roles);

      g_return_val_if_fail (g_array_get_element_size (blocks) == sizeof (LadderPageBlock), NULL);

      /* Positions from 1, so that a missing role reads as -1. */
      emitter.role_positions = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < n_roles; i++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

          g_hash_table_insert (emitter.role_positions, role, GUINT_TO_POINTER (i + 1));
        }
    }

  reserve (&emitter, family);
  emit_front_matter (&emitter, family);

  /* Blank lines at the top of a page that has no front matter. */
  if (!layout->has_front_matter && layout->front_matter.gap != NULL && !is_canonical (&emitter))
    g_string_append (emitter.out, layout->front_matter.gap);

  mark (&emitter, LADDER_PAGE_BLOCK_INTRO, -1, LADDER_SLOT_TEXT, 0, -1);
  if (*ladder_family_get_intro (family) != '\0')
    emit_block (&emitter, ladder_family_get_intro (family),
                gap_or (&emitter, &layout->intro, BLOCK_GAP));

  by_region = roles_by_region (family, n_regions);

  /* Without a section that places them, the roles come first. */
  if (n_regions == 0)
    emit_roles (&emitter, by_region, 0);

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      emit_section (&emitter, section, (int) i);

      if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
        {
          emit_roles (&emitter, by_region, region);
          region++;
        }
    }

  /* A page of blank lines alone has no block, but still its own ending. */
  if (!is_canonical (&emitter))
    {
      if (layout->final_gap != NULL)
        g_string_append (emitter.out, layout->final_gap);

      if (layout->no_final_newline && emitter.out->len > 0
          && emitter.out->str[emitter.out->len - 1] == '\n')
        g_string_truncate (emitter.out, emitter.out->len - 1);
    }

  g_ptr_array_unref (by_region);
  g_free (emitter.pending_gap);
  g_clear_pointer (&emitter.role_positions, g_hash_table_unref);
  return emitter.out;
}

/**
 * ladder_markdown_export_checked:
 * @family: the family to write
 * @flags: how to write it
 * @filename: (nullable): the name of the family's file, for the message
 * @error: return location for a #GError
 *
 * As ladder_markdown_export (), but refuses to write a front matter that
 * is not one YAML mapping of the family's keys (which every way into the
 * model already refuses, so this is the last line of defence).
 *
 * Returns: (transfer full) (nullable): the page's Markdown, or %NULL with
 *   @error set
 */
GString *
ladder_markdown_export_checked (LadderFamily     *family,
                                LadderExportFlags flags,
                                const char       *filename,
                                GError          **error)
{
  guint            entry, line, column;
  g_autofree char *message = NULL;

  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  if (!ladder_front_matter_check_family (family, &entry, &line, &column, &message))
    {
      /* TRANSLATORS: %s says what is wrong with the front matter */
      ladder_set_error_at (error, LADDER_ERROR_INVALID, filename, 0, 0,
                           _ ("the page cannot be written: %s"), message);
      return NULL;
    }

  return ladder_markdown_export (family, flags);
}
