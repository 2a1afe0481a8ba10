/* ladder-role-row.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-role-row.h"

#include <glib/gi18n.h>

/* A row of the roles list: the title and the grade. Rows are recycled by
 * the list view, so a row holds nothing but its bindings to the role it
 * shows now. */
struct _LadderRoleRow
{
  GtkWidget      parent_instance;
  GtkWidget     *box;
  GtkLabel      *title_label;
  GtkLabel      *grade_label;
  LadderRole    *role;
  GBindingGroup *bindings;
};

G_DEFINE_FINAL_TYPE (LadderRoleRow, ladder_role_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
title_or_placeholder (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  const char *title = g_value_get_string (from);

  g_value_set_string (to, title != NULL && *title != '\0' ? title : _("Untitled role"));
  return TRUE;
}

static gboolean
grade_to_text (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  int grade = g_value_get_int (from);

  if (grade == LADDER_GRADE_NONE)
    g_value_set_string (to, _("No grade"));
  else
    /* TRANSLATORS: a job grade, as in "Grade 9" */
    g_value_take_string (to, g_strdup_printf (_("Grade %d"), grade));

  return TRUE;
}

static void
ladder_role_row_dispose (GObject *object)
{
  LadderRoleRow *self = (LadderRoleRow *) object;

  g_clear_object (&self->bindings);
  g_clear_object (&self->role);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_ROLE_ROW);

  G_OBJECT_CLASS (ladder_role_row_parent_class)->dispose (object);
}

static void
ladder_role_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LadderRoleRow *self = LADDER_ROLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, ladder_role_row_get_role (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LadderRoleRow *self = LADDER_ROLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      ladder_role_row_set_role (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_row_class_init (LadderRoleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_role_row_dispose;
  object_class->get_property = ladder_role_row_get_property;
  object_class->set_property = ladder_role_row_set_property;

  properties[PROP_ROLE] =
    g_param_spec_object ("role", NULL, NULL,
                         LADDER_TYPE_ROLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-role-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderRoleRow, box);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleRow, grade_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_role_row_init (LadderRoleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind_full (self->bindings, "title", self->title_label, "label",
                             G_BINDING_SYNC_CREATE, title_or_placeholder, NULL, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "job-grade", self->grade_label, "label",
                             G_BINDING_SYNC_CREATE, grade_to_text, NULL, NULL, NULL);
}

GtkWidget *
ladder_role_row_new (void)
{
  return g_object_new (LADDER_TYPE_ROLE_ROW, NULL);
}

LadderRole *
ladder_role_row_get_role (LadderRoleRow *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_ROW (self), NULL);

  return self->role;
}

void
ladder_role_row_set_role (LadderRoleRow *self,
                          LadderRole    *role)
{
  g_return_if_fail (LADDER_IS_ROLE_ROW (self));
  g_return_if_fail (role == NULL || LADDER_IS_ROLE (role));

  if (!g_set_object (&self->role, role))
    return;

  g_binding_group_set_source (self->bindings, role);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}
