/* ladder-bullet.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-bullet.h"

#include "ladder-bullet-private.h"
#include "ladder-json.h"

struct _LadderBullet
{
  GObject             parent_instance;
  LadderBulletRecord *record;
  gboolean            owns_record;
  LadderOwnerLink     owner_link;
};

G_DEFINE_FINAL_TYPE (LadderBullet, ladder_bullet, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ladder_bullet_finalize (GObject *object)
{
  LadderBullet *self = (LadderBullet *) object;

  if (self->owns_record)
    ladder_bullet_record_free (self->record);

  G_OBJECT_CLASS (ladder_bullet_parent_class)->finalize (object);
}

static void
ladder_bullet_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderBullet *self = LADDER_BULLET (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, ladder_bullet_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_bullet_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LadderBullet *self = LADDER_BULLET (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      ladder_bullet_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_bullet_class_init (LadderBulletClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ladder_bullet_finalize;
  object_class->get_property = ladder_bullet_get_property;
  object_class->set_property = ladder_bullet_set_property;

  /**
   * LadderBullet:text:
   *
   * The bullet's Markdown, without its list marker. Nested bullets and
   * continuation lines follow on further lines, indented relative to the
   * bullet's text.
   */
  properties[PROP_TEXT] = g_param_spec_string (
      "text", NULL, NULL, "",
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* An object made by g_object_new() alone stands in no list yet. */
static void
ladder_bullet_init (LadderBullet *self)
{
  self->record = ladder_bullet_record_new (NULL);
  self->owns_record = TRUE;
}

LadderBulletRecord *
ladder_bullet_record_new (const char *text)
{
  LadderBulletRecord *record = g_new0 (LadderBulletRecord, 1);

  record->text = g_ref_string_new (text != NULL ? text : "");

  return record;
}

static LadderBulletExtras *
ensure_extras (LadderBulletRecord *record)
{
  if (record->extras == NULL)
    record->extras = g_new0 (LadderBulletExtras, 1);

  return record->extras;
}

LadderBulletRecord *
ladder_bullet_record_copy (const LadderBulletRecord *record)
{
  LadderBulletRecord       *copy = g_new0 (LadderBulletRecord, 1);
  const LadderBulletExtras *extras = record->extras;

  /* The text is shared: the handbook checks' copy of a family of 60,000
   * bullets would otherwise hold a second 5 MB of it. */
  copy->text = g_ref_string_acquire (record->text);
  if (extras != NULL)
    {
      ladder_bullet_record_set_prefix (copy, extras->prefix, extras->prefix_gap);
      if (extras->unknown != NULL)
        ladder_bullet_record_take_unknown (copy, ladder_json_object_copy_deep (extras->unknown));
      if (extras->has_origin)
        ladder_origin_copy_into (ladder_bullet_record_ensure_origin (copy), &extras->origin);
    }

  return copy;
}

void
ladder_bullet_record_free (LadderBulletRecord *record)
{
  LadderBulletExtras *extras;

  if (record == NULL)
    return;

  g_ref_string_release (record->text);
  extras = record->extras;
  if (extras != NULL)
    {
      g_free (extras->prefix);
      g_free (extras->prefix_gap);
      g_clear_pointer (&extras->unknown, json_object_unref);
      if (extras->has_origin)
        ladder_origin_clear (&extras->origin);
      g_free (extras);
    }
  g_free (record);
}

/* The origin of a bullet written as the exporter writes it. */
static const LadderOrigin default_origin = { .span_start = -1 };

const LadderOrigin *
ladder_bullet_record_peek_origin (const LadderBulletRecord *record)
{
  return ladder_bullet_record_has_origin (record) ? &record->extras->origin : &default_origin;
}

gboolean
ladder_bullet_record_has_origin (const LadderBulletRecord *record)
{
  return record->extras != NULL && record->extras->has_origin;
}

/* The record's origin, to be written: made when it had none. */
LadderOrigin *
ladder_bullet_record_ensure_origin (LadderBulletRecord *record)
{
  LadderBulletExtras *extras = ensure_extras (record);

  if (!extras->has_origin)
    {
      ladder_origin_init (&extras->origin);
      extras->has_origin = TRUE;
    }

  return &extras->origin;
}

const char *
ladder_bullet_record_peek_prefix (const LadderBulletRecord *record)
{
  return record->extras != NULL ? record->extras->prefix : NULL;
}

const char *
ladder_bullet_record_peek_prefix_gap (const LadderBulletRecord *record)
{
  return record->extras != NULL ? record->extras->prefix_gap : NULL;
}

JsonObject *
ladder_bullet_record_peek_unknown (const LadderBulletRecord *record)
{
  return record->extras != NULL ? record->extras->unknown : NULL;
}

/* Takes @unknown (which may be %NULL). */
void
ladder_bullet_record_take_unknown (LadderBulletRecord *record, JsonObject *unknown)
{
  if ((unknown == NULL && record->extras == NULL)
      || (record->extras != NULL && record->extras->unknown == unknown))
    return;

  g_clear_pointer (&ensure_extras (record)->unknown, json_object_unref);
  record->extras->unknown = unknown;
}

void
ladder_bullet_record_set_prefix (LadderBulletRecord *record, const char *prefix, const char *gap)
{
  LadderBulletExtras *extras;

  if (prefix == NULL && gap == NULL && record->extras == NULL)
    return;

  extras = ensure_extras (record);
  g_free (extras->prefix);
  g_free (extras->prefix_gap);
  extras->prefix = g_strdup (prefix);
  extras->prefix_gap = g_strdup (gap);
}

LadderBullet *
ladder_bullet_new_for_record (LadderBulletRecord *record)
{
  LadderBullet *self = g_object_new (LADDER_TYPE_BULLET, NULL);

  ladder_bullet_record_free (self->record);
  self->record = record;
  self->owns_record = FALSE;

  return self;
}

LadderBulletRecord *
ladder_bullet_get_record (LadderBullet *self)
{
  return self->record;
}

gboolean
ladder_bullet_owns_record (LadderBullet *self)
{
  return self->owns_record;
}

void
ladder_bullet_set_owns_record (LadderBullet *self, gboolean owns)
{
  self->owns_record = owns;
}

LadderBullet *
ladder_bullet_new (const char *text)
{
  LadderBullet *self = g_object_new (LADDER_TYPE_BULLET, NULL);

  if (text != NULL)
    {
      g_ref_string_release (self->record->text);
      self->record->text = g_ref_string_new (text);
    }

  return self;
}

/* A copy carries the text and how it was written, so a duplicated role
 * exports like the original. */
LadderBullet *
ladder_bullet_copy (LadderBullet *self)
{
  LadderBullet *copy;

  g_return_val_if_fail (LADDER_IS_BULLET (self), NULL);

  copy = ladder_bullet_new_for_record (ladder_bullet_record_copy (self->record));
  copy->owns_record = TRUE;

  return copy;
}

const char *
ladder_bullet_get_text (LadderBullet *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET (self), NULL);

  return self->record->text;
}

void
ladder_bullet_set_text (LadderBullet *self, const char *text)
{
  char *old_text;

  g_return_if_fail (LADDER_IS_BULLET (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->record->text, text) == 0)
    return;

  old_text = g_steal_pointer (&self->record->text);
  self->record->text = g_ref_string_new (text);
  ladder_owner_link_report_string (&self->owner_link, self, properties[PROP_TEXT], old_text,
                                   self->record->text);
  g_ref_string_release (old_text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

LadderOrigin *
ladder_bullet_get_origin (LadderBullet *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET (self), NULL);

  return ladder_bullet_record_ensure_origin (self->record);
}

const char *
ladder_bullet_get_prefix (LadderBullet *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET (self), NULL);

  return ladder_bullet_record_peek_prefix (self->record);
}

const char *
ladder_bullet_get_prefix_gap (LadderBullet *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET (self), NULL);

  return ladder_bullet_record_peek_prefix_gap (self->record);
}

void
ladder_bullet_set_prefix (LadderBullet *self, const char *prefix, const char *gap)
{
  g_return_if_fail (LADDER_IS_BULLET (self));

  ladder_bullet_record_set_prefix (self->record, prefix, gap);
}

LadderOwnerLink *
ladder_bullet_get_owner_link (LadderBullet *self)
{
  return &self->owner_link;
}
