/* ladder-role-slots.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where each part of a role goes on its page: the slots the page had for
 * it, and the places of the parts it gained since (a grade, a first
 * responsibility or requirement, a manager), so that the exporter writes
 * them where the importer reads them back as the role's. */

#include "ladder-role-slots.h"

#include "ladder-bullet-private.h"

gboolean
ladder_slots_have (GPtrArray      *slots,
                   LadderSlotKind  kind)
{
  for (guint i = 0; i < slots->len; i++)
    if (((LadderSlot *) g_ptr_array_index (slots, i))->kind == kind)
      return TRUE;

  return FALSE;
}

/* Index of the first slot of any of the given kinds, or the end. */
static guint
find_first (GPtrArray            *slots,
            const LadderSlotKind *kinds,
            guint                 n_kinds)
{
  for (guint i = 0; i < slots->len; i++)
    {
      LadderSlot *slot = g_ptr_array_index (slots, i);

      for (guint k = 0; k < n_kinds; k++)
        if (slot->kind == kinds[k])
          return i;
    }

  return slots->len;
}

static void
insert_slot (GPtrArray      *slots,
             guint           position,
             LadderSlotKind  kind)
{
  LadderSlot *slot = ladder_slot_new (kind);

  /* A heading the role gains is written like the part headings the page
   * has for it: at their level, named after the role or not. So it reads
   * back as this role's, also in a role without a heading of its own. */
  for (guint i = 0; ladder_slot_kind_is_heading (kind) && i < slots->len; i++)
    {
      LadderSlot *other = g_ptr_array_index (slots, i);

      if (ladder_slot_kind_is_heading (other->kind) && other->level > 0)
        {
          slot->level = other->level;
          slot->prefixed = other->prefixed;
          break;
        }
    }

  g_ptr_array_insert (slots, position, slot);
}

/* A list the role did not have. When the page has its heading already (over
 * prose, or over nothing), the list goes under that heading, after the
 * prose, where the importer reads it back as the role's; else heading and
 * list go at @position. */
static void
insert_list (GPtrArray      *slots,
             LadderSlotKind  heading_kind,
             LadderSlotKind  list_kind,
             guint           position)
{
  guint heading = find_first (slots, &heading_kind, 1);

  if (heading < slots->len)
    {
      position = heading + 1;
      while (position < slots->len
             && ((LadderSlot *) g_ptr_array_index (slots, position))->kind == LADDER_SLOT_TEXT)
        position++;

      insert_slot (slots, position, list_kind);
      return;
    }

  insert_slot (slots, position, list_kind);
  insert_slot (slots, position, heading_kind);
}

/* Whether one of @slots writes the role it extends (the first line of its
 * list, "- Extends the … requirements"). */
static gboolean
carries_extends (GPtrArray *slots)
{
  for (guint i = 0; i < slots->len; i++)
    if (((LadderSlot *) g_ptr_array_index (slots, i))->carries_extends)
      return TRUE;

  return FALSE;
}

/**
 * ladder_role_dup_page_slots:
 * @role: a role
 *
 * The role's parts in page order: as the page had them, plus any part the
 * role has gained since, at the place the handbook template gives it.
 *
 * Returns: (transfer full) (element-type LadderSlot): the slots
 */
GPtrArray *
ladder_role_dup_page_slots (LadderRole *role)
{
  static const LadderSlotKind after_grade[] = {
    LADDER_SLOT_RESPONSIBILITIES_HEADING, LADDER_SLOT_RESPONSIBILITIES,
    LADDER_SLOT_REQUIREMENTS_HEADING, LADDER_SLOT_REQUIREMENTS, LADDER_SLOT_SUBSECTION,
  };
  static const LadderSlotKind structured[] = {
    LADDER_SLOT_GRADE_HEADING, LADDER_SLOT_GRADE,
    LADDER_SLOT_RESPONSIBILITIES_HEADING, LADDER_SLOT_RESPONSIBILITIES,
    LADDER_SLOT_REQUIREMENTS_HEADING, LADDER_SLOT_REQUIREMENTS, LADDER_SLOT_SUBSECTION,
  };
  GPtrArray *recorded = ladder_role_get_slots (role);
  GPtrArray *slots;
  guint n_subsections = g_list_model_get_n_items (ladder_role_get_subsections (role));
  guint n_subsection_slots = 0;

  if (recorded != NULL)
    {
      slots = ladder_slots_copy (recorded);
    }
  else
    {
      slots = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_slot_free);
    }

  if (*ladder_role_get_reports_to (role) != '\0'
      && !ladder_slots_have (slots, LADDER_SLOT_REPORTS_TO))
    insert_slot (slots, find_first (slots, structured, G_N_ELEMENTS (structured)),
                 LADDER_SLOT_REPORTS_TO);

  if ((recorded == NULL || ladder_role_get_job_grade (role) != LADDER_GRADE_NONE)
      && !ladder_slots_have (slots, LADDER_SLOT_GRADE))
    {
      static const LadderSlotKind grade_heading[] = { LADDER_SLOT_GRADE_HEADING };
      guint heading = find_first (slots, grade_heading, 1);

      if (heading < slots->len)
        {
          insert_slot (slots, heading + 1, LADDER_SLOT_GRADE);
        }
      else
        {
          guint position = find_first (slots, after_grade, G_N_ELEMENTS (after_grade));

          insert_slot (slots, position, LADDER_SLOT_GRADE);
          insert_slot (slots, position, LADDER_SLOT_GRADE_HEADING);
        }
    }

  /* The role it extends is written as the first line of its
   * responsibilities ("- Extends the … responsibilities"): a role that had
   * none gains the list for it. It was not written, and the field read back
   * empty. */
  if (!ladder_slots_have (slots, LADDER_SLOT_RESPONSIBILITIES)
      && (recorded == NULL
          || ladder_role_get_n_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES) > 0
          || (*ladder_role_get_extends (role) != '\0' && !carries_extends (slots))))
    {
      static const LadderSlotKind later[] = {
        LADDER_SLOT_REQUIREMENTS_HEADING, LADDER_SLOT_REQUIREMENTS, LADDER_SLOT_SUBSECTION,
      };

      insert_list (slots, LADDER_SLOT_RESPONSIBILITIES_HEADING, LADDER_SLOT_RESPONSIBILITIES,
                   find_first (slots, later, G_N_ELEMENTS (later)));
    }

  if (!ladder_slots_have (slots, LADDER_SLOT_REQUIREMENTS)
      && (recorded == NULL
          || ladder_role_get_n_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS) > 0))
    {
      static const LadderSlotKind later[] = { LADDER_SLOT_SUBSECTION };

      insert_list (slots, LADDER_SLOT_REQUIREMENTS_HEADING, LADDER_SLOT_REQUIREMENTS,
                   find_first (slots, later, G_N_ELEMENTS (later)));
    }

  if (*ladder_role_get_extends (role) != '\0')
    {
      gboolean carried = carries_extends (slots);

      for (guint i = 0; i < slots->len && !carried; i++)
        {
          LadderSlot *slot = g_ptr_array_index (slots, i);

          if (slot->kind == LADDER_SLOT_RESPONSIBILITIES)
            carried = slot->carries_extends = TRUE;
        }
    }

  for (guint i = 0; i < slots->len; i++)
    if (((LadderSlot *) g_ptr_array_index (slots, i))->kind == LADDER_SLOT_SUBSECTION)
      n_subsection_slots++;

  for (guint i = n_subsection_slots; i < n_subsections; i++)
    insert_slot (slots, slots->len, LADDER_SLOT_SUBSECTION);

  return slots;
}

const char *
ladder_role_peek_list_text (LadderRole *role, LadderBulletList list)
{
  LadderSlotKind kind = list == LADDER_BULLET_LIST_REQUIREMENTS ? LADDER_SLOT_REQUIREMENTS
                                                                : LADDER_SLOT_RESPONSIBILITIES;
  GPtrArray     *slots;

  g_return_val_if_fail (LADDER_IS_ROLE (role), NULL);

  slots = ladder_role_get_slots (role);
  for (guint i = 1; slots != NULL && i < slots->len; i++)
    {
      const LadderSlot *slot = g_ptr_array_index (slots, i);
      const LadderSlot *above = g_ptr_array_index (slots, i - 1);

      if (slot->kind == kind)
        return above->kind == LADDER_SLOT_TEXT ? above->origin.source : NULL;
    }

  return NULL;
}
