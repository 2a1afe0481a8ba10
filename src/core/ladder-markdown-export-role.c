/* ladder-markdown-export-role.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-emitter.h"

#include <string.h>

#include "ladder-bullet-private.h"
#include "ladder-markdown-blocks.h"
#include "ladder-markdown-text.h"
#include "ladder-role-slots.h"

/*
 * A role written as a page has it: its heading, then its slots (the parts
 * the page wrote, in its order), each part as the page wrote it while its
 * values are unchanged.
 */

typedef struct
{
  LadderRole *role;
  int         level;
  int         sublevel;
  gboolean    prefixed;
  gboolean    has_grade_slot;
  /* The grade's heading is the page's own: it stays with the grade
   * cleared. */
  gboolean grade_heading_kept;
  guint    next_subsection;
  /* The next of the role's texts (ladder_role_get_texts ()). */
  guint next_text;
} RoleContext;

static void
emit_heading_slot (LadderEmitter *emitter, RoleContext *context, const LadderSlot *slot)
{
  g_autofree char *canonical = NULL;
  const char      *label = slot->label;
  int              level = slot->level > 0 ? slot->level : context->sublevel;
  gboolean         prefixed = slot->level > 0 ? slot->prefixed : context->prefixed;

  if (ladder_emitter_is_canonical (emitter) || label == NULL)
    label = ladder_slot_default_label (slot->kind);
  if (ladder_emitter_is_canonical (emitter))
    {
      level = context->sublevel;
      prefixed = context->prefixed;
    }

  canonical = ladder_block_heading (level, prefixed ? ladder_role_get_title (context->role) : NULL,
                                    label);
  ladder_emitter_with_origin (emitter, &slot->origin, canonical,
                              ladder_emitter_gap_or (emitter, &slot->origin, BLOCK_GAP));
}

/* "Extends that of the …": as the page wrote it, and when the role it
 * names was renamed, with the new title where the page had the old one, in
 * the page's own words ("Extends the …", "… responsibilities" in a list of
 * requirements), a link to its heading going to the new heading. */
static void
emit_extends (LadderEmitter      *emitter,
              const LadderOrigin *origin,
              const char         *marker,
              const char         *extends,
              LadderSlotKind      kind,
              const char         *gap)
{
  g_autofree char *canonical = NULL;

  if (!ladder_emitter_is_canonical (emitter) && origin->source != NULL && origin->span_start >= 0
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
          ladder_emitter_block (emitter, text->str, gap);
          return;
        }
    }

  canonical = ladder_block_extends (marker, extends, kind);
  ladder_emitter_with_origin (emitter, origin, canonical, gap);
}

static void
emit_bullets (LadderEmitter *emitter, RoleContext *context, const LadderSlot *slot)
{
  LadderBulletList which = slot->kind == LADDER_SLOT_REQUIREMENTS
                               ? LADDER_BULLET_LIST_REQUIREMENTS
                               : LADDER_BULLET_LIST_RESPONSIBILITIES;
  guint            n_items = ladder_role_get_n_bullets (context->role, which);
  const char      *marker
      = slot->marker != NULL && !ladder_emitter_is_canonical (emitter) ? slot->marker : "-";
  const char *extends = ladder_role_get_extends (context->role);
  gboolean    wrote = FALSE;
  /* Where the bullet written last starts in the page. */
  gsize bullet_start = 0;

  if (slot->carries_extends && *extends != '\0')
    {
      ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_EXTENDS, -1, slot->kind, which, -1);
      emit_extends (emitter, &slot->extends_origin, marker, extends, slot->kind,
                    ladder_emitter_gap_or (emitter, &slot->extends_origin, BULLET_GAP));
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
            ladder_emitter_set_pending_gap (emitter, BLOCK_GAP);
          ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_ROLE_TEXT, -1, LADDER_SLOT_TEXT, which,
                               (int) i);
          ladder_emitter_block (emitter, prefix,
                                prefix_gap != NULL && !ladder_emitter_is_canonical (emitter)
                                    ? prefix_gap
                                    : BLOCK_GAP);
        }

      ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_BULLET, -1, slot->kind, which, (int) i);
      bullet_start = emitter->out->len + (emitter->started ? strlen (emitter->pending_gap) : 0);
      origin = ladder_bullet_record_peek_origin (bullet);
      if (origin->source == NULL)
        {
          /* Written as the exporter writes it: straight into the page. */
          ladder_emitter_bullet (emitter, marker, bullet->text,
                                 ladder_emitter_gap_or (emitter, origin, BULLET_GAP));
        }
      else
        {
          canonical = ladder_block_bullet (marker, bullet->text);
          ladder_emitter_with_origin (emitter, origin, canonical,
                                      ladder_emitter_gap_or (emitter, origin, BULLET_GAP));
        }
      wrote = TRUE;
    }

  if (wrote)
    ladder_emitter_set_pending_gap (emitter,
                                    ladder_emitter_gap_or (emitter, &slot->origin, BLOCK_GAP));
}

/* A value cleared (a grade, a manager): the sentence that held it goes,
 * the rest of its paragraph stays as the page wrote it. */
static void
emit_rest_of_paragraph (LadderEmitter *emitter, const LadderSlot *slot)
{
  g_autofree char *kept = NULL;

  if (ladder_emitter_is_canonical (emitter))
    return;

  kept = ladder_sentence_drop (&slot->origin);
  if (kept == NULL)
    return;

  ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_ROLE_TEXT, -1, slot->kind, 0, -1);
  ladder_emitter_block (emitter, kept, ladder_emitter_gap_or (emitter, &slot->origin, BLOCK_GAP));
}

static void
emit_slot (LadderEmitter *emitter, RoleContext *context, const LadderSlot *slot)
{
  LadderRole *role = context->role;
  const char *title = ladder_role_get_title (role);

  switch (slot->kind)
    {
    case LADDER_SLOT_TEXT:
      /* A block of the role's text gives its place among the role's
       * texts as its `section`. */
      ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_ROLE_TEXT,
                           slot->origin.source != NULL ? (int) context->next_text++ : -1,
                           slot->kind, 0, -1);
      if (slot->origin.source != NULL && *slot->origin.source != '\0')
        ladder_emitter_block (emitter, slot->origin.source,
                              ladder_emitter_gap_or (emitter, &slot->origin, BLOCK_GAP));
      break;

    case LADDER_SLOT_REPORTS_TO:
      if (*ladder_role_get_reports_to (role) != '\0')
        {
          g_autofree char *manager = ladder_block_manager (ladder_role_get_reports_to (role),
                                                           ladder_role_get_reports_to_link (role));
          g_autofree char *rest = ladder_block_reports_to (title, LADDER_VALUE_PLACEHOLDER);

          ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_REPORTS_TO, -1, slot->kind, 0, -1);
          ladder_emitter_spanned (emitter, &slot->origin, rest, manager, LADDER_SENTENCE_REPORTS_TO,
                                  title, NULL,
                                  ladder_emitter_gap_or (emitter, &slot->origin, BLOCK_GAP));
        }
      else
        {
          /* The manager cleared: the sentence that named them goes. */
          emit_rest_of_paragraph (emitter, slot);
        }
      break;

    case LADDER_SLOT_GRADE_HEADING:
      /* A heading the page wrote over a grade stays when the grade is
       * cleared (the checks then ask for its number); only one the
       * template would add for it goes. */
      ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_PART_HEADING, -1, slot->kind, 0, -1);
      if (ladder_role_get_job_grade (role) != LADDER_GRADE_NONE || !context->has_grade_slot
          || context->grade_heading_kept)
        emit_heading_slot (emitter, context, slot);
      break;

    case LADDER_SLOT_GRADE:
      if (ladder_role_get_job_grade (role) != LADDER_GRADE_NONE)
        {
          g_autofree char *value = ladder_block_grade_value (ladder_role_get_job_grade (role));
          g_autofree char *rest = ladder_block_grade (title, LADDER_VALUE_PLACEHOLDER,
                                                      ladder_role_get_grade_link (role));

          ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_GRADE, -1, slot->kind, 0, -1);
          ladder_emitter_spanned (emitter, &slot->origin, rest, value, LADDER_SENTENCE_GRADE, title,
                                  ladder_role_get_grade_link (role),
                                  ladder_emitter_gap_or (emitter, &slot->origin, BLOCK_GAP));
        }
      else
        {
          /* The grade cleared: its sentence goes. */
          emit_rest_of_paragraph (emitter, slot);
        }
      break;

    case LADDER_SLOT_RESPONSIBILITIES_HEADING:
    case LADDER_SLOT_REQUIREMENTS_HEADING:
      ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_PART_HEADING, -1, slot->kind, 0, -1);
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

            ladder_emitter_section (emitter, section, (int) position);
          }
      }
      break;

    case LADDER_N_SLOT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* A role's heading, the role renamed since the page was read, in the
 * page's own bytes where its title was written as it reads: the heading's
 * text was the title itself (no Markdown in it, or HTML the title holds
 * as typed, as `<a name="Gitaly"></a>Cluster`), so the words kept keep
 * their bytes and only the words typed are escaped. The title written
 * anew escaped the page's HTML ("\\<a name=…>"), losing its anchor. NULL
 * when the heading's text is not the title as it reads. */
static char *
rename_heading (const LadderOrigin *origin, int level, const char *title)
{
  const char      *source = origin->source;
  const char      *text;
  const char      *end;
  g_autofree char *old_title = NULL;
  g_autofree char *old_canonical = NULL;
  gsize            prefix = 0, suffix = 0, n_old, n_new;
  GString         *heading;

  if (source == NULL || strchr (source, '\n') != NULL)
    return NULL;

  text = source;
  while (*text == ' ')
    text++;
  while (*text == '#')
    text++;
  if (*text != ' ' && *text != '\t')
    return NULL;
  while (*text == ' ' || *text == '\t')
    text++;

  end = text + strlen (text);
  while (end > text && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  old_title = g_strndup (text, (gsize) (end - text));
  old_canonical = ladder_block_title_heading (level, old_title);
  if (!ladder_origin_matches (origin, old_canonical))
    return NULL;

  /* The words the rename kept, at either end, stay as they are. */
  n_old = strlen (old_title);
  n_new = strlen (title);
  while (prefix < n_old && prefix < n_new && old_title[prefix] == title[prefix])
    prefix++;
  while (prefix > 0 && !g_utf8_validate (title, (gssize) prefix, NULL))
    prefix--;
  while (suffix < n_old - prefix && suffix < n_new - prefix
         && old_title[n_old - 1 - suffix] == title[n_new - 1 - suffix])
    suffix++;
  while (suffix > 0 && !g_utf8_validate (title + n_new - suffix, -1, NULL))
    suffix--;

  heading = g_string_new_len (source, text - source + (gssize) prefix);
  {
    const char      *start = title + prefix;
    const char      *stop = title + n_new - suffix;
    g_autofree char *typed = NULL;

    /* Spaces between kept words and typed ones are spaces: only at the
     * heading's ends would they be lost, and be escaped. */
    while (prefix > 0 && start < stop && *start == ' ')
      g_string_append_c (heading, *start++);
    typed = g_strndup (start, (gsize) (stop - start));
    while (suffix > 0 && *typed != '\0' && typed[strlen (typed) - 1] == ' ')
      typed[strlen (typed) - 1] = '\0';
    ladder_markdown_append_escaped (heading, typed);
    g_string_append_len (heading, start + strlen (typed), stop - start - (gssize) strlen (typed));
  }
  g_string_append (heading, text + n_old - suffix);
  return g_string_free (heading, FALSE);
}

void
ladder_emitter_role (LadderEmitter *emitter, LadderRole *role)
{
  g_autoptr (GPtrArray) slots = ladder_role_dup_page_slots (role);
  RoleContext context = {
    .role = role,
    .level = ladder_role_get_heading_level (role),
  };

  if (ladder_emitter_is_canonical (emitter) && context.level > 0)
    context.level = 3;

  context.sublevel = ladder_block_subheading_level (context.level);
  context.has_grade_slot = ladder_slots_have (slots, LADDER_SLOT_GRADE);
  /* Without its heading, a role whose grade was cleared read back from the
   * page as text, or gave its heading's place to others (headings under
   * it moved up; 12 corpus roles). A role read from a page records its
   * slots; one made in Ladder has none and gets the template's. */
  context.grade_heading_kept
      = ladder_role_get_slots (role) != NULL && !ladder_emitter_is_canonical (emitter);
  context.prefixed = context.level > 0;

  if (emitter->role_positions != NULL)
    emitter->current.role
        = GPOINTER_TO_INT (g_hash_table_lookup (emitter->role_positions, role)) - 1;

  if (context.level > 0)
    {
      ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_ROLE_HEADING, -1, LADDER_SLOT_TEXT, 0, -1);
      g_autofree char *canonical
          = ladder_block_title_heading (context.level, ladder_role_get_title (role));
      LadderOrigin    *origin = ladder_role_get_heading_origin (role);
      g_autofree char *renamed = NULL;

      if (!ladder_emitter_is_canonical (emitter) && !ladder_origin_matches (origin, canonical)
          && (renamed = rename_heading (origin, context.level, ladder_role_get_title (role)))
                 != NULL)
        ladder_emitter_block (emitter, renamed, ladder_emitter_gap_or (emitter, origin, BLOCK_GAP));
      else
        ladder_emitter_with_origin (emitter, origin, canonical,
                                    ladder_emitter_gap_or (emitter, origin, BLOCK_GAP));
    }

  for (guint i = 0; i < slots->len; i++)
    emit_slot (emitter, &context, g_ptr_array_index (slots, i));

  emitter->current.role = -1;
}
