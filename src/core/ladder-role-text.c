/* ladder-role-text.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A block of a role's text that is none of its fields: the page keeps it
 * as written (a TEXT slot of the role's layout, whose source is the
 * Markdown), and this object edits it there. The slot stays the one place
 * the text is kept; the object only reads and writes it, so the exporter,
 * the Ladder file and the comparison see an edit without knowing of it. */

#include "ladder-role-text.h"

#include "ladder-model-private.h"
#include "ladder-role-private.h"

struct _LadderRoleText
{
  GObject parent_instance;
  /* The role's slot, borrowed: the role lets its texts go (NULL here)
   * before its slots go. */
  LadderSlot         *slot;
  LadderRoleTextPlace place;
  /* AFTER_SUBSECTION: which of the role's subsections is above. */
  guint           subsection;
  LadderOwnerLink owner_link;
};

G_DEFINE_FINAL_TYPE (LadderRoleText, ladder_role_text, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_MARKDOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ladder_role_text_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderRoleText *self = LADDER_ROLE_TEXT (object);

  switch (prop_id)
    {
    case PROP_MARKDOWN:
      g_value_set_string (value, ladder_role_text_get_markdown (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_text_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LadderRoleText *self = LADDER_ROLE_TEXT (object);

  switch (prop_id)
    {
    case PROP_MARKDOWN:
      ladder_role_text_set_markdown (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_text_class_init (LadderRoleTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ladder_role_text_get_property;
  object_class->set_property = ladder_role_text_set_property;

  /**
   * LadderRoleText:markdown:
   *
   * The text, as the page writes it.
   */
  properties[PROP_MARKDOWN]
      = g_param_spec_string ("markdown", NULL, NULL, "",
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_role_text_init (LadderRoleText *self)
{
}

const char *
ladder_role_text_get_markdown (LadderRoleText *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_TEXT (self), NULL);

  if (self->slot == NULL || self->slot->origin.source == NULL)
    return "";

  return self->slot->origin.source;
}

void
ladder_role_text_set_markdown (LadderRoleText *self, const char *markdown)
{
  g_autofree char *old = NULL;

  g_return_if_fail (LADDER_IS_ROLE_TEXT (self));

  if (markdown == NULL)
    markdown = "";

  /* A text whose role has let it go (its page read again) has nowhere
   * to go. */
  if (self->slot == NULL || g_strcmp0 (self->slot->origin.source, markdown) == 0)
    return;

  old = g_steal_pointer (&self->slot->origin.source);
  self->slot->origin.source = g_strdup (markdown);
  ladder_owner_link_report_string (&self->owner_link, self, properties[PROP_MARKDOWN],
                                   old != NULL ? old : "", markdown);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARKDOWN]);
}

LadderRoleTextPlace
ladder_role_text_get_place (LadderRoleText *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_TEXT (self), LADDER_ROLE_TEXT_AT_START);

  return self->place;
}

LadderSection *
ladder_role_text_dup_subsection (LadderRoleText *self)
{
  LadderRole *role;

  g_return_val_if_fail (LADDER_IS_ROLE_TEXT (self), NULL);

  role = self->owner_link.owner;
  if (self->place != LADDER_ROLE_TEXT_AFTER_SUBSECTION || role == NULL
      || self->subsection >= g_list_model_get_n_items (ladder_role_get_subsections (role)))
    return NULL;

  return g_list_model_get_item (ladder_role_get_subsections (role), self->subsection);
}

LadderOwnerLink *
ladder_role_text_get_owner_link (LadderRoleText *self)
{
  return &self->owner_link;
}

static LadderRoleTextPlace
place_after (LadderSlotKind kind)
{
  switch (kind)
    {
    case LADDER_SLOT_REPORTS_TO:
      return LADDER_ROLE_TEXT_AFTER_REPORTS_TO;
    case LADDER_SLOT_GRADE_HEADING:
      return LADDER_ROLE_TEXT_UNDER_GRADE_HEADING;
    case LADDER_SLOT_GRADE:
      return LADDER_ROLE_TEXT_AFTER_GRADE;
    case LADDER_SLOT_RESPONSIBILITIES_HEADING:
      return LADDER_ROLE_TEXT_UNDER_RESPONSIBILITIES_HEADING;
    case LADDER_SLOT_RESPONSIBILITIES:
      return LADDER_ROLE_TEXT_AFTER_RESPONSIBILITIES;
    case LADDER_SLOT_REQUIREMENTS_HEADING:
      return LADDER_ROLE_TEXT_UNDER_REQUIREMENTS_HEADING;
    case LADDER_SLOT_REQUIREMENTS:
      return LADDER_ROLE_TEXT_AFTER_REQUIREMENTS;
    case LADDER_SLOT_SUBSECTION:
      return LADDER_ROLE_TEXT_AFTER_SUBSECTION;
    case LADDER_SLOT_TEXT:
    case LADDER_N_SLOT_KINDS:
    default:
      return LADDER_ROLE_TEXT_AT_START;
    }
}

/* The texts of @role's @slots (NULL: none), their changes told to @role
 * through @changed. */
GListStore *
ladder_role_texts_new (LadderRole *role, GPtrArray *slots, LadderOwnerChanged changed)
{
  GListStore *texts = g_list_store_new (LADDER_TYPE_ROLE_TEXT);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  LadderRoleTextPlace place = LADDER_ROLE_TEXT_AT_START;
  guint               n_subsections = 0;

  for (guint i = 0; slots != NULL && i < slots->len; i++)
    {
      LadderSlot     *slot = g_ptr_array_index (slots, i);
      LadderRoleText *text;

      if (slot->kind != LADDER_SLOT_TEXT)
        {
          place = place_after (slot->kind);
          if (slot->kind == LADDER_SLOT_SUBSECTION)
            n_subsections++;
          continue;
        }
      if (slot->origin.source == NULL)
        continue;

      text = g_object_new (LADDER_TYPE_ROLE_TEXT, NULL);
      text->slot = slot;
      text->place = place;
      text->subsection = n_subsections > 0 ? n_subsections - 1 : 0;
      text->owner_link.owner = role;
      text->owner_link.changed = changed;
      g_ptr_array_add (items, text);
    }

  g_list_store_splice (texts, 0, 0, items->pdata, items->len);
  return texts;
}

const char *
ladder_role_peek_text (LadderRole *self, guint position)
{
  GPtrArray *slots;

  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  slots = ladder_role_get_slots (self);
  for (guint i = 0; slots != NULL && i < slots->len; i++)
    {
      LadderSlot *slot = g_ptr_array_index (slots, i);

      if (slot->kind == LADDER_SLOT_TEXT && slot->origin.source != NULL && position-- == 0)
        return slot->origin.source;
    }

  return NULL;
}

/* @role lets its @texts go: they no longer edit its page. */
void
ladder_role_texts_release (GListStore *texts)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (texts));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (LadderRoleText) text = g_list_model_get_item (G_LIST_MODEL (texts), i);

      text->slot = NULL;
      text->owner_link.owner = NULL;
    }
}
