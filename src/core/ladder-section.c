/* ladder-section.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-section.h"

#include "ladder-model-private.h"

#include <string.h>

struct _LadderSection
{
  GObject            parent_instance;
  LadderSectionKind  kind;
  char              *heading;
  int                level;
  char              *body;
  LadderOrigin       heading_origin;
  LadderOrigin       body_origin;
  LadderOwnerLink    owner_link;
};

G_DEFINE_FINAL_TYPE (LadderSection, ladder_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_HEADING,
  PROP_LEVEL,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GEnumValue kind_values[] = {
  { LADDER_SECTION_OTHER, "LADDER_SECTION_OTHER", "other" },
  { LADDER_SECTION_ROLES, "LADDER_SECTION_ROLES", "roles" },
  { LADDER_SECTION_SPECIALTIES, "LADDER_SECTION_SPECIALTIES", "specialties" },
  { LADDER_SECTION_PERFORMANCE_INDICATORS, "LADDER_SECTION_PERFORMANCE_INDICATORS", "performance-indicators" },
  { LADDER_SECTION_CAREER_LADDER, "LADDER_SECTION_CAREER_LADDER", "career-ladder" },
  { LADDER_SECTION_HIRING_PROCESS, "LADDER_SECTION_HIRING_PROCESS", "hiring-process" },
  { 0, NULL, NULL }
};

GType
ladder_section_kind_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("LadderSectionKind", kind_values));

  return type_id;
}

const char *
ladder_section_kind_to_string (LadderSectionKind kind)
{
  for (guint i = 0; kind_values[i].value_nick != NULL; i++)
    if (kind_values[i].value == (int) kind)
      return kind_values[i].value_nick;

  return NULL;
}

gboolean
ladder_section_kind_from_string (const char        *text,
                                 LadderSectionKind *kind)
{
  for (guint i = 0; kind_values[i].value_nick != NULL; i++)
    {
      if (g_strcmp0 (kind_values[i].value_nick, text) == 0)
        {
          *kind = kind_values[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
contains_word (const char *haystack,
               const char *needle)
{
  return strstr (haystack, needle) != NULL;
}

/* Guesses what a page section is from its heading, as the handbook names
 * them ("Career Ladder", "Career Progression", "Specialities", ...). Where
 * the roles stand is for the importer to say, not the heading. */
LadderSectionKind
ladder_section_kind_for_heading (const char *heading)
{
  g_autofree char *lower = NULL;

  if (heading == NULL)
    return LADDER_SECTION_OTHER;

  lower = g_utf8_strdown (heading, -1);
  g_strstrip (lower);

  if (contains_word (lower, "performance indicator"))
    return LADDER_SECTION_PERFORMANCE_INDICATORS;
  if (contains_word (lower, "career ladder") || contains_word (lower, "career progression")
      || contains_word (lower, "career path"))
    return LADDER_SECTION_CAREER_LADDER;
  if (contains_word (lower, "hiring process"))
    return LADDER_SECTION_HIRING_PROCESS;
  if (g_str_has_prefix (lower, "specialt") || g_str_has_prefix (lower, "specialit"))
    return LADDER_SECTION_SPECIALTIES;

  return LADDER_SECTION_OTHER;
}

static void
ladder_section_finalize (GObject *object)
{
  LadderSection *self = (LadderSection *) object;

  g_free (self->heading);
  g_free (self->body);
  ladder_origin_clear (&self->heading_origin);
  ladder_origin_clear (&self->body_origin);

  G_OBJECT_CLASS (ladder_section_parent_class)->finalize (object);
}

static void
ladder_section_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LadderSection *self = LADDER_SECTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;

    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_section_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LadderSection *self = LADDER_SECTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      ladder_section_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_HEADING:
      ladder_section_set_heading (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      ladder_section_set_level (self, g_value_get_int (value));
      break;

    case PROP_BODY:
      ladder_section_set_body (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_section_class_init (LadderSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ladder_section_finalize;
  object_class->get_property = ladder_section_get_property;
  object_class->set_property = ladder_section_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LADDER_TYPE_SECTION_KIND,
                       LADDER_SECTION_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderSection:heading:
   *
   * The heading as plain text, as a reader sees it.
   */
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderSection:level:
   *
   * The heading level, 1 to 6, or 0 for a section without a heading.
   */
  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL,
                      0, 6, 2,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderSection:body:
   *
   * The section's Markdown below its heading.
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_section_init (LadderSection *self)
{
  self->heading = g_strdup ("");
  self->body = g_strdup ("");
  self->level = 2;
  ladder_origin_init (&self->heading_origin);
  ladder_origin_init (&self->body_origin);
}

LadderSection *
ladder_section_new (LadderSectionKind  kind,
                    const char        *heading,
                    int                level)
{
  LadderSection *self = g_object_new (LADDER_TYPE_SECTION, NULL);

  self->kind = kind;
  g_free (self->heading);
  self->heading = g_strdup (heading != NULL ? heading : "");
  self->level = CLAMP (level, 0, 6);

  return self;
}

LadderSection *
ladder_section_copy (LadderSection *self)
{
  LadderSection *copy;

  g_return_val_if_fail (LADDER_IS_SECTION (self), NULL);

  copy = ladder_section_new (self->kind, self->heading, self->level);
  g_free (copy->body);
  copy->body = g_strdup (self->body);
  ladder_origin_copy_into (&copy->heading_origin, &self->heading_origin);
  ladder_origin_copy_into (&copy->body_origin, &self->body_origin);
  ladder_model_copy_unknown_members (self, copy);

  return copy;
}

LadderSectionKind
ladder_section_get_kind (LadderSection *self)
{
  g_return_val_if_fail (LADDER_IS_SECTION (self), LADDER_SECTION_OTHER);

  return self->kind;
}

void
ladder_section_set_kind (LadderSection     *self,
                         LadderSectionKind  kind)
{
  LadderSectionKind old_kind;

  g_return_if_fail (LADDER_IS_SECTION (self));

  if (self->kind == kind)
    return;

  old_kind = self->kind;
  self->kind = kind;
  ladder_owner_link_report_int (&self->owner_link, self, properties[PROP_KIND], old_kind, kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
ladder_section_get_heading (LadderSection *self)
{
  g_return_val_if_fail (LADDER_IS_SECTION (self), NULL);

  return self->heading;
}

void
ladder_section_set_heading (LadderSection *self,
                            const char    *heading)
{
  g_autofree char *old_heading = NULL;

  g_return_if_fail (LADDER_IS_SECTION (self));

  if (heading == NULL)
    heading = "";

  if (g_strcmp0 (self->heading, heading) == 0)
    return;

  old_heading = g_steal_pointer (&self->heading);
  self->heading = g_strdup (heading);
  ladder_owner_link_report_string (&self->owner_link, self, properties[PROP_HEADING],
                                   old_heading, self->heading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
}

int
ladder_section_get_level (LadderSection *self)
{
  g_return_val_if_fail (LADDER_IS_SECTION (self), 0);

  return self->level;
}

void
ladder_section_set_level (LadderSection *self,
                          int            level)
{
  int old_level;

  g_return_if_fail (LADDER_IS_SECTION (self));
  g_return_if_fail (level >= 0 && level <= 6);

  if (self->level == level)
    return;

  old_level = self->level;
  self->level = level;
  ladder_owner_link_report_int (&self->owner_link, self, properties[PROP_LEVEL], old_level, level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
ladder_section_get_body (LadderSection *self)
{
  g_return_val_if_fail (LADDER_IS_SECTION (self), NULL);

  return self->body;
}

void
ladder_section_set_body (LadderSection *self,
                         const char    *body)
{
  g_autofree char *old_body = NULL;

  g_return_if_fail (LADDER_IS_SECTION (self));

  if (body == NULL)
    body = "";

  if (g_strcmp0 (self->body, body) == 0)
    return;

  old_body = g_steal_pointer (&self->body);
  self->body = g_strdup (body);
  ladder_owner_link_report_string (&self->owner_link, self, properties[PROP_BODY],
                                   old_body, self->body);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

LadderOrigin *
ladder_section_get_heading_origin (LadderSection *self)
{
  g_return_val_if_fail (LADDER_IS_SECTION (self), NULL);

  return &self->heading_origin;
}

LadderOrigin *
ladder_section_get_body_origin (LadderSection *self)
{
  g_return_val_if_fail (LADDER_IS_SECTION (self), NULL);

  return &self->body_origin;
}

LadderOwnerLink *
ladder_section_get_owner_link (LadderSection *self)
{
  return &self->owner_link;
}
