/* ladder-bullet.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-bullet.h"

#include "ladder-model-private.h"

struct _LadderBullet
{
  GObject      parent_instance;
  char        *text;
  char        *prefix;
  char        *prefix_gap;
  LadderOrigin origin;
  LadderOwnerLink owner_link;
};

G_DEFINE_FINAL_TYPE (LadderBullet, ladder_bullet, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ladder_bullet_finalize (GObject *object)
{
  LadderBullet *self = (LadderBullet *) object;

  g_free (self->text);
  g_free (self->prefix);
  g_free (self->prefix_gap);
  ladder_origin_clear (&self->origin);

  G_OBJECT_CLASS (ladder_bullet_parent_class)->finalize (object);
}

static void
ladder_bullet_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
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
ladder_bullet_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
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
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_bullet_init (LadderBullet *self)
{
  self->text = g_strdup ("");
  ladder_origin_init (&self->origin);
}

LadderBullet *
ladder_bullet_new (const char *text)
{
  LadderBullet *self = g_object_new (LADDER_TYPE_BULLET, NULL);

  if (text != NULL)
    {
      g_free (self->text);
      self->text = g_strdup (text);
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

  copy = ladder_bullet_new (self->text);
  copy->prefix = g_strdup (self->prefix);
  copy->prefix_gap = g_strdup (self->prefix_gap);
  ladder_origin_copy_into (&copy->origin, &self->origin);
  ladder_model_copy_unknown_members (self, copy);

  return copy;
}

const char *
ladder_bullet_get_text (LadderBullet *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET (self), NULL);

  return self->text;
}

void
ladder_bullet_set_text (LadderBullet *self,
                        const char   *text)
{
  g_autofree char *old_text = NULL;

  g_return_if_fail (LADDER_IS_BULLET (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->text, text) == 0)
    return;

  old_text = g_steal_pointer (&self->text);
  self->text = g_strdup (text);
  ladder_owner_link_report_string (&self->owner_link, self, properties[PROP_TEXT],
                                   old_text, self->text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

LadderOrigin *
ladder_bullet_get_origin (LadderBullet *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET (self), NULL);

  return &self->origin;
}

const char *
ladder_bullet_get_prefix (LadderBullet *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET (self), NULL);

  return self->prefix;
}

const char *
ladder_bullet_get_prefix_gap (LadderBullet *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET (self), NULL);

  return self->prefix_gap;
}

void
ladder_bullet_set_prefix (LadderBullet *self,
                          const char   *prefix,
                          const char   *gap)
{
  g_return_if_fail (LADDER_IS_BULLET (self));

  g_free (self->prefix);
  g_free (self->prefix_gap);
  self->prefix = g_strdup (prefix);
  self->prefix_gap = g_strdup (gap);
}

LadderOwnerLink *
ladder_bullet_get_owner_link (LadderBullet *self)
{
  return &self->owner_link;
}
